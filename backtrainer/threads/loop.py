"""A QThread whose event loop is entered from Python.

Qt calls into Python on a worker thread many times a second: the microphone handing over
sound, a timer's slot (the audio sink once pulled a Python device too; see phrase_source).
On a plain QThread, Python has never seen the thread, so each call makes a new Python
thread state and frees it again when it returns (PySide's GIL guard): 18-21 us of the
thread's CPU a call, against 3.5-4 us when the loop was entered from Python and the
thread keeps one state for its life (benchmarks/thread_calls.py). Thread-local data then
lasts from one call to the next as well.

Note that QThread.started is emitted before run(): a slot connected to it still runs
under a passing thread state (once, which is fine for setting up).
"""

from __future__ import annotations

from PySide6.QtCore import QThread


class LoopThread(QThread):
    """A QThread that runs Qt's event loop until quit(), as QThread.run() does; entered
    from this Python method, so that calls into Python on it reuse one thread state."""

    def run(self) -> None:
        self.exec()
