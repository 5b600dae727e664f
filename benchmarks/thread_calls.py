"""What a call from Qt into Python costs on a worker thread: a plain QThread against
`threads.loop.LoopThread`, whose event loop is entered from Python.

    .venv/bin/python benchmarks/thread_calls.py [--calls 20000] [--rounds 3]

Not a test: prints figures. A zero-interval QTimer on the worker thread calls a Python
slot `--calls` times; the figure is the worker thread's CPU time (time.thread_time) per
call. The main thread turns its own event loop meanwhile, as the window would, so the
GIL is shared as in the app. Rounds alternate between the two kinds of thread.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backtrainer.threads.loop import LoopThread


class Ticker(QObject):
    """Counts zero-interval timer calls on its thread, and the thread's CPU they took."""

    done = Signal()

    def __init__(self, calls: int) -> None:
        super().__init__()
        self.calls, self.count, self.spent = calls, 0, 0.0
        self._timer: QTimer | None = None
        self._started = 0.0

    @Slot()
    def go(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.tick)
        self._started = time.thread_time()
        self._timer.start()

    @Slot()
    def tick(self) -> None:
        self.count += 1
        if self.count == self.calls and self._timer is not None:
            self._timer.stop()
            self._timer = None  # freed here, on its own thread
            self.spent = time.thread_time() - self._started
            QThread.currentThread().quit()


def per_call_us(thread: QThread, calls: int, app: QCoreApplication) -> float:
    ticker = Ticker(calls)
    ticker.moveToThread(thread)
    thread.started.connect(ticker.go)
    thread.start()
    while not thread.wait(10):
        app.processEvents()
    return 1e6 * ticker.spent / ticker.count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QCoreApplication(sys.argv[:1])
    figures: dict[str, list[float]] = {"QThread": [], "LoopThread": []}
    for _ in range(args.rounds):
        for name, make in (("QThread", QThread), ("LoopThread", LoopThread)):
            figures[name].append(per_call_us(make(), args.calls, app))
    print(f"CPU of the worker thread per call into Python, us ({args.calls} calls a round)")
    for name, values in figures.items():
        shown = ", ".join(f"{v:.2f}" for v in values)
        print(f"  {name:<11} median {statistics.median(values):6.2f}   rounds: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
