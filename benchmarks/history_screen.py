"""The history review screen with 10,000 and 100,000 sessions: from opening the store to
the screen shown with its table filled, summary and chart drawn; and the peak memory.

    .venv/bin/python benchmarks/history_screen.py [--sessions 10000,100000] [--runs 3]
                                                  [--against DIR]

Not a test: prints figures. Each run is a fresh process (as when the user opens the app
and presses Ctrl+H: the screen is made, which reads the store, as `HistoryControl.review`
does the first time; until 2026-11-27 this benchmark also called `refresh()` after that,
a second reading the app does not do on first opening), so nothing is warm but the OS
file cache; one run before them is not counted (it makes the history's index, when the
screen uses one). Targets: <= 150 ms at 10,000 sessions, <= 400 ms at 100,000. The growth
from the first size to the last is printed.

The time ends when the event loop has painted the screen once: the table's rows, the week
chart and the summary among it (each watched for its paint). Until 2026-11-27 it ended
after a `grab()` as well, which paints the whole screen a second time (36 ms in one run
at 10,000 sessions). A run whose first paint missed one of the three is printed as
"incomplete", and its time then runs to the end of such a grab. The table's viewport is
found by its name, not by `viewport()`: that call made PySide create the Python types of
every widget class of QtWidgets it had not made yet (51, 15-21 ms inside the figure at
10,000 sessions), which opening the screen never does.

The child is `python -c`: the current folder comes first on its path, so it measures the
code of the folder it is run from. `--against DIR` (another checkout, e.g. `git archive
main | tar -x -C DIR`) runs DIR's code too, each of its runs right after one of this
folder's, on the same history: on a shared machine both then see the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from history import build  # the store builder of benchmarks/history.py

CHILD = """
import collections, json, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
from backtrainer.storage.history.store import HistoryStore
from backtrainer.ui.history.view import HistoryView

painted = collections.Counter()
names = {}


class Paints(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            painted[names[id(obj)]] += 1
        return False


paints = Paints()
start = time.perf_counter()
store = HistoryStore()
store.open_for_writing()
view = HistoryView(store, None)  # reads the store, as HistoryControl.review does
watched = {
    "table": view.table.findChild(QWidget, "qt_scrollarea_viewport"),  # see the module
    "chart": view.chart,
    "summary": view.summary_box,
}
for name, widget in watched.items():  # these few only: a filter on the whole
    names[id(widget)] = name  # application would slow every event down
    widget.installEventFilter(paints)
view.resize(1366, 768)
view.show()
app.processEvents()  # the first paint of every widget, flushed
shown = time.perf_counter()
complete = all(painted[name] for name in watched)
if not complete:  # then the figure runs to the end of a paint of everything
    view.grab()
    shown = time.perf_counter()
peak = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")][0]
assert watched["table"] is view.table.viewport()  # (after the figure is taken)
print(json.dumps({"ms": (shown - start) * 1000, "rows": view.table.model().rowCount(),
                  "peak_mb": int(peak) / 1024, "complete": complete}))
store.close()
"""


TARGETS = {10_000: 150.0, 100_000: 400.0}


Result = tuple[list[float], list[float], int, int]
"""(ms each run, peak RSS in MB each run, rows shown, runs whose first paint missed a
widget)."""


def measure(count: int, runs: int, against: Path | None = None) -> list[Result]:
    """This folder's code, then `against`'s if given, their runs interleaved."""
    folders = [Path.cwd()] if against is None else [Path.cwd(), against]
    times: list[list[float]] = [[] for _ in folders]
    peaks: list[list[float]] = [[] for _ in folders]
    rows = [0 for _ in folders]
    incomplete = [0 for _ in folders]
    with tempfile.TemporaryDirectory(prefix="bt-history-screen-") as data:
        build(Path(data) / "history", count)
        for _ in range(runs + 1):  # the first makes the index (if there is one): not counted
            for n, folder in enumerate(folders):
                env = dict(os.environ, BACKTRAINER_DATA_DIR=data)
                env.setdefault("QT_QPA_PLATFORM", "offscreen")
                if n:
                    env["PYTHONPATH"] = str(folder)
                out = subprocess.run(
                    [sys.executable, "-c", CHILD],
                    env=env,
                    cwd=folder,
                    capture_output=True,
                    text=True,
                    check=True,
                    timeout=600,
                ).stdout
                result = json.loads(out.strip().splitlines()[-1])
                times[n].append(result["ms"])
                peaks[n].append(result["peak_mb"])
                rows[n] = result["rows"]
                incomplete[n] += not result["complete"] and len(times[n]) > 1
    return [(t[1:], p[1:], r, i) for t, p, r, i in zip(times, peaks, rows, incomplete, strict=True)]


def report(count: int, runs: int, result: Result, label: str = "") -> float:
    """Prints a size's figures; returns the median."""
    times, peaks, rows, incomplete = result
    median = statistics.median(times)
    target = TARGETS.get(count)
    verdict = (
        ""
        if target is None
        else f"   target <= {target:.0f} ms: " + ("ok" if median <= target else "MISSED")
    )
    print(f"{label}{count:,} sessions, {rows:,} rows shown, {runs} fresh processes")
    print(
        "  open store + build + fill + show + paint:"
        f" {', '.join(f'{t:.0f}' for t in times)} ms (median {median:.0f}){verdict}"
    )
    print(f"  peak RSS: {', '.join(f'{p:.0f}' for p in peaks)} MB")
    if incomplete:
        print(f"  incomplete first paint in {incomplete} run(s): timed to the end of the grab")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", default="10000,100000", help="comma-separated sizes")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout, measured in turn")
    args = parser.parse_args()
    against = None if args.against is None else args.against.resolve()
    sizes = [int(n) for n in args.sessions.split(",")]
    medians = {}
    for count in sizes:
        results = measure(count, args.runs, against)
        medians[count] = report(count, args.runs, results[0])
        if against is not None:
            report(count, args.runs, results[1], f"{against}: ")
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        print(f"growth {a:,} -> {b:,} sessions ({b / a:.0f}x): {medians[b] / medians[a]:.1f}x")


if __name__ == "__main__":
    main()
