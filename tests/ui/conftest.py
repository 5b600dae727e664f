"""The window tests' setup: closing a window mid-workout asks nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backtrainer.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def quit_without_asking() -> Iterator[None]:
    """Closing the window during a workout asks first (`MainWindow.confirm_quit`); a
    real question would wait for an answer for ever, and test teardowns close windows.
    Set here rather than with monkeypatch, which is undone before pytest-qt closes the
    windows; a test that checks the question replaces it with monkeypatch as usual."""
    ask = MainWindow.__dict__["confirm_quit"]
    MainWindow.confirm_quit = classmethod(lambda cls, parent: True)  # type: ignore[method-assign,assignment]
    yield
    MainWindow.confirm_quit = ask  # type: ignore[method-assign]
