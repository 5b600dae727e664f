"""The window in the user's language: which language, the translations loaded, Qt's own
dialogs matching, and .ts files that are whole."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from backtrainer.ui import i18n
from tests.ui.window import App

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


translations = _script()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LC_ALL": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}, "es"),
        ({"LANGUAGE": "nl:de", "LANG": "nl_NL.UTF-8"}, "de"),  # the first one shipped
        ({"LANG": "nl_NL.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_follows_the_system_when_none_is_chosen(
    environ: dict[str, str], expected: str
) -> None:
    assert i18n.language(None, environ) == expected
    assert i18n.language("fr", environ) == "fr"  # a choice in Settings wins
    assert i18n.language("xx", environ) == expected  # an unknown choice does not


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[list[QTranslator]]:
    translations.release()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    loaded = i18n.install(app, "de")
    yield loaded
    for translator in loaded:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


def test_german_menus_and_qt_buttons(german: list[QTranslator], qtbot: QtBot) -> None:
    assert len(german) == 2  # ours and Qt's
    app = App(qtbot)
    titles = [a.text() for a in app.window.menuBar().actions()]
    assert {"&Datei", "&Ansicht", "&Einstellungen", "&Hilfe"} <= set(titles)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German


def test_english_needs_no_translator_for_its_words() -> None:
    assert QCoreApplication.translate("menus", "&File") == "&File"


def test_every_string_of_the_window_is_translated_and_none_is_stale() -> None:
    """A fresh lupdate of the code against the .ts files in git: a string added or
    changed without its translation, or a translation whose string is gone, fails."""
    assert translations.problems() == []


def test_the_pseudo_language_lengthens_and_keeps_placeholders() -> None:
    text = translations.pseudo_text("Start %1 of %n")
    assert "%1" in text and "%n" in text
    assert len(text) >= len("Start %1 of %n") * 1.4
    fields = translations.pseudo_text("{done} of {planned}")  # str.format's names are code
    assert fields.format(done="3", planned="4").startswith("3 ")


def test_compiling_never_rewrites_a_loaded_translation_in_place(qtbot: QtBot) -> None:
    """A running BackTrainer maps its .qm into memory: a file rewritten in place under it
    kills it (SIGBUS). A new file renamed over the old one leaves the mapping whole."""
    translations.release()
    path = translations.ts_file("en").with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(path))
    before = path.stat().st_ino
    translations.release()
    assert path.stat().st_ino != before  # a new file, renamed over the old one
    assert translator.translate("Words", "%n reps", "", 1) == "%n rep"  # still readable
