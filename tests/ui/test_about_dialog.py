"""Help > About BackTrainer: version, licence, and every bundled routine's source."""

from __future__ import annotations

import json
import tomllib
from html import unescape
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backtrainer import __version__
from backtrainer.core.clock import FakeClock
from backtrainer.storage import paths
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.about_dialog import LICENSE, AboutDialog, app_icon, bundled_routines
from backtrainer.ui.main_window import MainWindow
from tests.fakes import FakeSpeaker

ROOT = Path(__file__).resolve().parents[2]


def shown_text(dialog: AboutDialog) -> str:
    return unescape(" ".join(label.text() for label in dialog.findChildren(QLabel)))


def test_every_bundled_routine_is_credited_to_its_coach_and_publication(qtbot: QtBot) -> None:
    dialog = AboutDialog(bundled_routines())
    qtbot.addWidget(dialog)
    credits = unescape(dialog.attributions.text())
    files = sorted(paths.bundled_routines_dir().glob("*.json"))
    assert len(files) == 5
    for file in files:  # read the files directly: the dialog must show what they say
        data = json.loads(file.read_text(encoding="utf-8"))
        assert data["title"] in credits
        assert data["source"]["coach"] in credits
        if "publication" in data["source"]:
            assert data["source"]["publication"] in credits


def test_version_and_licence_are_those_of_the_project(qtbot: QtBot) -> None:
    dialog = AboutDialog([])
    qtbot.addWidget(dialog)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"] == LICENSE
    text = shown_text(dialog)
    assert f"Version {__version__}" in text
    assert LICENSE in text


def test_help_menu_opens_the_about_dialog(qtbot: QtBot) -> None:
    window = MainWindow(
        RoutineLibrary.load(), clock=FakeClock(), speaker_factory=lambda _s: FakeSpeaker()
    )
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about = next(a for a in help_menu.actions() if a.text() == "&About BackTrainer")
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Yusuf Jeffers" in dialog.attributions.text()
    dialog.close()
    window.close()


def test_the_icon_has_every_size_from_16_to_512() -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256, 512}
    assert not app_icon().pixmap(QSize(48, 48)).isNull()
