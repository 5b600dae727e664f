"""Start-up, phase by phase, in one process: where the time to the first window goes.

Not a test: prints figures. benchmarks/startup.py gives the ratio to a bare window; this
splits BackTrainer's own part once Qt is loaded:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_phases.py [--runs 5]

Each run is a fresh interpreter (imports are cached within one): Qt (QtWidgets and a
QApplication), the command line module, the window's modules, building the window's frame
as a launch does (`paint_first`), showing it until its first paint is processed, and the
pages (picker, menus, keys) built after that paint.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

CHILD = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
t1 = time.perf_counter()
import backtrainer.cli.main
t2 = time.perf_counter()
import backtrainer.ui.app as ui
from backtrainer.storage.preferences import PreferencesStore
t3 = time.perf_counter()
window = ui.MainWindow(None, speaker_factory=ui.make_speaker,
                       preferences=PreferencesStore(), history=ui.open_history, paint_first=True)
t4 = time.perf_counter()
window.show()
app.processEvents()
t5 = time.perf_counter()
while "picker" not in vars(window):
    app.processEvents()
t6 = time.perf_counter()
steps = ((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6))
print(*(round(1000 * (b - a), 1) for a, b in steps))
window.close()
"""
PHASES = (
    "Qt + QApplication",
    "cli module",
    "window modules",
    "build the frame",
    "show + paint",
    "pages after paint",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs: list[list[float]] = []
    with tempfile.TemporaryDirectory() as data:
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", CHILD],
                capture_output=True,
                text=True,
                check=True,
                env={**_env(), "BACKTRAINER_DATA_DIR": data},
            ).stdout
            runs.append([float(x) for x in out.split()])
    print(f"median of {args.runs} runs, ms")
    for i, name in enumerate(PHASES):
        print(f"  {name:<20} {statistics.median(r[i] for r in runs):7.1f}")


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


if __name__ == "__main__":
    main()
