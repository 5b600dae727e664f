"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from backtrainer import __version__
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.main_window import MainWindow

APP_ID = "io.github.backtrainer.BackTrainer"


def run_app(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BackTrainer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    window = MainWindow(RoutineLibrary.load())
    window.show()
    return app.exec()
