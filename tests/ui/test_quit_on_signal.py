"""SIGTERM and SIGINT close the window the ordinary way, even while Qt runs no Python."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from backtrainer.ui import quit_on_signal

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
