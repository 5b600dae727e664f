"""Startup: from launching `backtrainer` to its window being shown, against a bare window.

Not a test: prints figures. Absolute launch times vary with the machine, so the figure
that matters is the ratio to a bare PySide6 window (QApplication + QMainWindow.show())
launched the same way in the same run. Each launch is a fresh subprocess, the two kinds
interleaved (and alternating which goes first) so cache and load effects fall on both.
The parent reads time.monotonic() just before Popen; the child prints time.monotonic()
when its window is first exposed (QEvent.Expose with isExposed(), seen by an event filter
on the window's QWindow, or at once if show() already exposed it). CLOCK_MONOTONIC is
system-wide on Linux, so the two readings compare. The BackTrainer child runs the real
command, `backtrainer.cli.main.main([])` (which imports the UI and calls run_app), on an empty
data folder; MainWindow.show is wrapped there so that the same watch starts right after
show() in both children. The BackTrainer child also notes when the routines are listed
(MainWindow.list_routines, from the routine index, or MainWindow.set_library returns), and
before it leaves it removes its single-instance socket, as a window closed the ordinary way
does (a socket left behind would send the next launch down the path of a crashed one).

Both ratios are printed: to the first expose (target <= 1.3x) and to the routines listed
(target <= 1.6x). A set of interleaved launches is repeated (--repeat, 3 by default) and
every set's figures are printed, since the machine may be shared. The package is byte-
compiled first, as an installed one is (PYTHONDONTWRITEBYTECODE would otherwise make every
launch compile every module from source).

    .venv/bin/python benchmarks/startup.py [--runs 10] [--repeat 3]

QT_QPA_PLATFORM defaults to offscreen; set it (e.g. xcb with DISPLAY) for a real display.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.3
"""To the first expose."""
TARGET_LISTED = 1.6
"""To the routines listed."""

CHILD_PRELUDE = """
import time
times = {"start": time.monotonic()}
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


NEEDED = {"exposed"}


def mark(name):
    times.setdefault(name, time.monotonic())
    if NEEDED <= times.keys():
        print(json.dumps(times), flush=True)
        cleanup()
        os._exit(0)  # the figures are taken; teardown is not part of them


def cleanup():
    pass


def exposed():
    mark("exposed")


class FirstExpose(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and obj.isExposed():
            exposed()
        return False


def watch(window):
    # Only the shown window's QWindow is watched: an application-wide Python filter would
    # cost ~0.1 ms per event and so tax the window with more widgets (hundreds of events).
    times["show"] = time.monotonic()
    handle = window.windowHandle()
    if handle.isExposed():
        exposed()
    handle.installEventFilter(FirstExpose(handle))
"""

CHILDREN = {
    "bare": CHILD_PRELUDE
    + """
times["imported"] = time.monotonic()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 760)
window.show()
watch(window)
app.exec()
""",
    # The real command: cli.main -> run_app. MainWindow.show is wrapped to start watching.
    "backtrainer": CHILD_PRELUDE
    + """
from backtrainer.cli.main import main
times["imported"] = time.monotonic()
from backtrainer.ui.main_window import MainWindow

def show_and_watch(self, _show=MainWindow.show):
    _show(self)
    watch(self)

def set_library_and_mark(self, library, _set=MainWindow.set_library):
    _set(self, library)
    mark("listed")

# The window appears first and lists the routines on the next turn of the event loop;
# the time until they are listed is measured too.
NEEDED.add("listed")


def cleanup():
    from pathlib import Path
    from PySide6.QtNetwork import QLocalServer
    from backtrainer.desktop.single_instance import server_name

    QLocalServer.removeServer(server_name(Path(os.environ["BACKTRAINER_DATA_DIR"])))


MainWindow.show = show_and_watch
MainWindow.set_library = set_library_and_mark
if hasattr(MainWindow, "list_routines"):  # listed from the routine index, where there is one
    def list_routines_and_mark(self, entries, _list=MainWindow.list_routines):
        _list(self, entries)
        if entries:
            mark("listed")

    MainWindow.list_routines = list_routines_and_mark
main([])
""",
}

PHASES = (
    ("start", "interpreter up"),
    ("imported", "+ imports (bare: Qt; ours: Qt, cli)"),
    ("show", "+ UI imports, build, show()"),
    ("exposed", "+ first expose"),
    ("listed", "+ routines listed (bare: = expose)"),
)


def launch(kind: str, env: dict[str, str]) -> dict[str, float]:
    """One fresh process; each phase's time is seconds since just before Popen."""
    spawned = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILDREN[kind]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        sys.exit(f"{kind}: no window exposed within 60 s")
    lines = out.strip().splitlines()
    if proc.returncode != 0 or not lines:
        sys.exit(f"{kind}: exit status {proc.returncode}\n{err}")
    times = json.loads(lines[-1])
    times.setdefault("listed", times["exposed"])
    return {name: times[name] - spawned for name in times}


def one_set(runs: int, env: dict[str, str]) -> dict[str, list[dict[str, float]]]:
    """`runs` launches of each kind, interleaved, alternating which goes first."""
    results: dict[str, list[dict[str, float]]] = {kind: [] for kind in CHILDREN}
    kinds = list(CHILDREN)
    for run in range(runs):
        for kind in kinds if run % 2 == 0 else reversed(kinds):
            results[kind].append(launch(kind, env))
    return results


def report(results: dict[str, list[dict[str, float]]]) -> tuple[float, float]:
    """Print one set's phases; its two ratios (first expose, routines listed)."""
    print(f"\n{'median seconds since Popen':<40}{'bare':>8} {'backtrainer':>12}")
    for name, label in PHASES:
        bare_s, ours_s = (statistics.median(r[name] for r in results[kind]) for kind in CHILDREN)
        print(f"  {label:<38}{bare_s:>8.3f}{ours_s:>13.3f}")
    bare = [r["exposed"] for r in results["bare"]]
    ours = [r["exposed"] for r in results["backtrainer"]]
    print(f"  {'min to first expose':<38}{min(bare):>8.3f}{min(ours):>13.3f}")
    print(f"  {'max to first expose':<38}{max(bare):>8.3f}{max(ours):>13.3f}")
    shown = statistics.median(ours) / statistics.median(bare)
    listed = statistics.median(r["listed"] for r in results["backtrainer"])
    listed /= statistics.median(bare)
    print(f"ratio to first expose (medians)    {shown:.2f}x   target <= {TARGET_RATIO:g}x")
    print(f"ratio to routines listed (medians) {listed:.2f}x   target <= {TARGET_LISTED:g}x")
    return shown, listed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="launches of each kind a set (10)")
    parser.add_argument("--repeat", type=int, default=3, help="sets, each reported (3)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed launches of each (1)")
    args = parser.parse_args()

    import backtrainer  # no Qt: only to find the package to byte-compile

    package = Path(backtrainer.__file__).parent
    compileall.compile_dir(package, quiet=1)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    sets: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="bt-startup-") as data:
        env["BACKTRAINER_DATA_DIR"] = data
        print(
            f"{args.repeat} sets of {args.runs} launches of each on"
            f" QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']} ({args.warmup} warm-up of each"
            f" first); backtrainer from {package}",
            flush=True,
        )
        for _ in range(args.warmup):
            for kind in CHILDREN:
                launch(kind, env)
        for number in range(1, args.repeat + 1):
            print(f"\n-- set {number} of {args.repeat}", flush=True)
            sets.append(report(one_set(args.runs, env)))
    shown = ", ".join(f"{s:.2f}x" for s, _ in sets)
    listed = ", ".join(f"{x:.2f}x" for _, x in sets)
    worst_shown, worst_listed = max(s for s, _ in sets), max(x for _, x in sets)
    print(f"\nevery set: first expose {shown} (target <= {TARGET_RATIO:g}x)")
    print(f"           routines listed {listed} (target <= {TARGET_LISTED:g}x)")
    verdict = worst_shown <= TARGET_RATIO and worst_listed <= TARGET_LISTED
    print("verdict (worst set):", "ok" if verdict else "MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
