"""SIGTERM and SIGINT close the window the ordinary way, even while Qt runs no Python."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from backtrainer.desktop import quit_on_signal

class Window(QWidget):
    def closeEvent(self, event):
        print("closed", flush=True)
        super().closeEvent(event)

app = QApplication([])
window = Window()
window.show()
quit_on_signal.install(app)
QTimer.singleShot(0, lambda: print("ready", flush=True))  # once the loop runs
status = app.exec()
print("exit", status, flush=True)
"""


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_window_and_ends_the_event_loop(number: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        child.send_signal(number)  # the loop is idle: no timer, no Python running
        out, _ = child.communicate(timeout=60)
    finally:
        child.kill()
        child.wait()
    assert out.split() == ["closed", "exit", "0"]
    assert child.returncode == 0


IDLE = """
import gc
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from backtrainer.desktop import quit_on_signal

calls = []
drain = quit_on_signal._drain
quit_on_signal._drain = lambda reader: (calls.append(1), drain(reader))
app = QApplication([])
quit_on_signal.install(app)  # the caller keeps nothing: the watch must hold on its own
gc.collect()
QTimer.singleShot(500, app.quit)
app.exec()
print(len(calls), flush=True)
"""


def test_an_idle_event_loop_is_not_woken_by_the_watch() -> None:
    """With no signal, the socket it watches stays quiet: no busy loop (it once spun at
    100 % of a core, its writer socket collected with the caller's reference)."""
    out = subprocess.run(
        [sys.executable, "-c", IDLE],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    assert out.split() == ["0"]
