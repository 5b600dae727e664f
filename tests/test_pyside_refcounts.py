"""PySide6 must not leak references to None or to the bools.

PySide6 6.12.0 decremented None's reference count on every call of a method returning
nothing. Python 3.12 made None immortal, so only 3.11 notices, and only after some
thousands of calls: a 12-minute workout then aborted with "deallocating None". This
test catches such a release before a user does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 100


def test_void_methods_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(CALLS):
        label.setText("7")
        timer.start(1000)
        timer.stop()
        timer.isActive()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    drift = [a - b for a, b in zip(after, before, strict=True)]
    assert all(abs(d) < CALLS // 5 for d in drift), f"None/True/False refcounts drift: {drift}"
