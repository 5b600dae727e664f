"""The theme switcher: dark and light draw with Fusion; "system" puts back what the app
started with, style and palette, however often it is left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from backtrainer.ui.theme import ThemeSwitcher


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    app = qapp
    style, palette = app.style().name(), QPalette(app.palette())
    yield app
    app.setStyle(style)
    app.setPalette(palette)


def test_system_puts_back_the_style_and_palette_the_app_started_with(
    app: QApplication,
) -> None:
    app.setStyle("Windows")  # a start-up style that is not Fusion, and its palette
    app.setPalette(app.style().standardPalette())
    started = QPalette(app.palette()).color(QPalette.ColorRole.Window).name()
    themes = ThemeSwitcher(app)
    for name in ("dark", "light", "dark"):
        themes.apply(name)
        assert app.style().name() == "fusion"
        assert themes.current == name
    dark = app.palette().color(QPalette.ColorRole.Window).name()
    assert dark != started
    themes.apply("system")
    assert app.style().name() == "windows"
    assert app.palette().color(QPalette.ColorRole.Window).name() == started
    assert themes.current == "system"


def test_system_at_start_changes_nothing(app: QApplication) -> None:
    app.setStyle("Windows")
    themes = ThemeSwitcher(app)
    themes.apply("system")
    assert app.style().name() == "windows"
    assert themes.current == "system"


def test_an_unknown_theme_is_refused_and_the_current_one_kept(app: QApplication) -> None:
    themes = ThemeSwitcher(app)
    themes.apply("dark")
    with pytest.raises(ValueError, match="unknown theme 'sepia'"):
        themes.apply("sepia")
    assert themes.current == "dark"
