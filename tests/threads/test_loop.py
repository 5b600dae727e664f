"""LoopThread: an event loop that ends on quit(), and one Python thread state for the
thread's life, so that calls into Python on it are cheap (see threads/loop.py)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from pytestqt.qtbot import QtBot

from backtrainer.threads.loop import LoopThread

local = threading.local()


class Worker(QObject):
    """Marks thread-local data in one call and reads it back in a later one."""

    read_back = Signal(object)
    _later = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._later.connect(self.look, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def mark(self) -> None:
        local.mark = "kept"
        self._later.emit()  # look() is a second call from the thread's event loop

    @Slot()
    def look(self) -> None:
        self.read_back.emit(getattr(local, "mark", None))


class Trigger(QObject):
    """Lives in the test's thread: starts the worker, and is handed what it read back
    (queued: a signal from the worker's thread is never handled on that thread here)."""

    go = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.values: list[object] = []

    @Slot(object)
    def take(self, value: object) -> None:
        self.values.append(value)


def test_thread_local_data_lasts_from_one_call_into_python_to_the_next(qtbot: QtBot) -> None:
    """On a plain QThread each call from Qt gets a new thread state, and the mark is gone
    by the second call."""
    thread = LoopThread()
    worker, trigger = Worker(), Trigger()
    worker.moveToThread(thread)
    thread.finished.connect(worker.deleteLater)  # freed in its own thread, as Qt wants
    trigger.go.connect(worker.mark)
    worker.read_back.connect(trigger.take)
    thread.start()
    try:
        trigger.go.emit()  # queued: delivered by the loop run() entered (not via `started`,
        # whose slots run before run())
        qtbot.waitUntil(lambda: bool(trigger.values), timeout=5000)
        assert trigger.values == ["kept"]
        assert worker.thread() is thread
    finally:
        thread.quit()
        assert thread.wait(5000)


def test_quit_ends_the_loop_and_wait_joins_it(qtbot: QtBot) -> None:
    thread = LoopThread()
    thread.start()
    qtbot.waitUntil(thread.isRunning, timeout=5000)
    thread.quit()
    assert thread.wait(5000)
    assert thread.isFinished()
