"""The Voice dialog, run through VoiceControl as the window runs it: the tempo of each rep
and form reminders, chosen, saved to preferences.json and shown again."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backtrainer.speech.speaker import VoiceSettings
from backtrainer.storage.preferences import FILE_NAME, TEMPOS, Preferences, PreferencesStore
from backtrainer.ui.settings.voice_control import VoiceControl
from backtrainer.ui.settings.voice_dialog import CueChoices, VoiceDialog
from tests.fakes import FakeSpeaker

Interact = Callable[[VoiceDialog], None]


def control(folder: Path) -> VoiceControl:
    return VoiceControl(lambda _settings: FakeSpeaker(), PreferencesStore(folder))


def run_dialog(qtbot: QtBot, voice: VoiceControl, interact: Interact) -> str | None:
    """Open the real dialog with `voice.edit`, let `interact` play the user once it is
    shown; a failure inside `interact` cancels the dialog and is raised here."""
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VoiceDialog):
            QTimer.singleShot(10, when_shown)
            return
        try:
            interact(dialog)
        except BaseException as exc:
            failures.append(exc)
            dialog.reject()

    QTimer.singleShot(0, when_shown)
    message = voice.edit(parent)
    if failures:
        raise failures[0]
    return message


def button(dialog: VoiceDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    found = box.button(which)
    assert found is not None
    return found


def press_ok(qtbot: QtBot, dialog: VoiceDialog) -> None:
    qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def press_cancel(qtbot: QtBot, dialog: VoiceDialog) -> None:
    cancel = button(dialog, QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


def test_the_tempo_choices_and_the_reminders_box_read_as_asked(qtbot: QtBot) -> None:
    dialog = VoiceDialog(VoiceSettings(), [], lambda _s: None)
    qtbot.addWidget(dialog)
    texts = [dialog.tempo.itemText(i) for i in range(dialog.tempo.count())]
    assert texts == ["Words (up, hold, down)", "Sounds (rising and falling tones)", "Counts only"]
    values = [dialog.tempo.itemData(i) for i in range(dialog.tempo.count())]
    assert values == ["words", "sounds", "numbers"] == list(TEMPOS)
    assert dialog.form_reminders.text() == "&Form reminders (once per move)"
    assert dialog.cue_choices() == CueChoices()  # the defaults when none are given
    for widget in (dialog.tempo, dialog.form_reminders):  # explained, to screen readers too
        note = widget.accessibleDescription()
        assert note
        assert any(label.text() == note for label in dialog.findChildren(QLabel))


def test_sounds_and_no_reminders_are_saved_and_shown_again(qtbot: QtBot, tmp_path: Path) -> None:
    voice = control(tmp_path)
    voice.save(rate=150)
    assert voice.cue_options_fields() == ("words", True)

    def choose(dialog: VoiceDialog) -> None:
        assert dialog.tempo.currentText() == "Words (up, hold, down)"
        assert dialog.form_reminders.isChecked()
        dialog.tempo.setFocus()
        qtbot.keyClick(dialog.tempo, Qt.Key.Key_Down)  # words -> sounds
        assert dialog.tempo.currentText() == "Sounds (rising and falling tones)"
        box = dialog.form_reminders
        tick = QPoint(box.height() // 2, box.height() // 2)  # on its tick box
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=tick)
        assert not dialog.form_reminders.isChecked()
        press_ok(qtbot, dialog)

    assert run_dialog(qtbot, voice, choose) is None
    saved = json.loads((tmp_path / FILE_NAME).read_text())
    assert saved["tempo"] == "sounds"
    assert saved["form_reminders"] is False
    assert saved["rate"] == 150  # the rest of the preferences kept
    assert voice.cue_options_fields() == ("sounds", False)

    again = control(tmp_path)  # as after a restart
    assert again.cue_options_fields() == ("sounds", False)
    shown: list[tuple[str, bool]] = []

    def look_then_cancel(dialog: VoiceDialog) -> None:
        shown.append((dialog.tempo.currentText(), dialog.form_reminders.isChecked()))
        dialog.tempo.setCurrentIndex(dialog.tempo.findData("numbers"))
        press_cancel(qtbot, dialog)

    before = (tmp_path / FILE_NAME).read_text()
    assert run_dialog(qtbot, again, look_then_cancel) is None
    assert shown == [("Sounds (rising and falling tones)", False)]
    assert (tmp_path / FILE_NAME).read_text() == before  # cancelled: nothing saved
    assert again.cue_options_fields() == ("sounds", False)


def test_counts_only_is_saved_as_numbers(qtbot: QtBot, tmp_path: Path) -> None:
    voice = control(tmp_path)

    def choose(dialog: VoiceDialog) -> None:
        dialog.tempo.setCurrentIndex(dialog.tempo.findText("Counts only"))
        press_ok(qtbot, dialog)

    run_dialog(qtbot, voice, choose)
    assert PreferencesStore(tmp_path).load() == Preferences(tempo="numbers")
    assert voice.cue_options_fields() == ("numbers", True)


def test_an_older_preferences_file_shows_the_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    older = {"schema_version": 1, "voice": None, "rate": 200, "volume": 0.5, "beeps": True}
    (tmp_path / FILE_NAME).write_text(json.dumps(older | {"theme": "dark", "weekly_goal": 4}))
    voice = control(tmp_path)
    assert voice.problem is None
    assert voice.cue_options_fields() == ("words", True)
    shown: list[tuple[str, bool]] = []

    def look_then_ok(dialog: VoiceDialog) -> None:
        shown.append((dialog.tempo.currentText(), dialog.form_reminders.isChecked()))
        press_ok(qtbot, dialog)

    run_dialog(qtbot, voice, look_then_ok)
    assert shown == [("Words (up, hold, down)", True)]
    saved = json.loads((tmp_path / FILE_NAME).read_text())
    assert saved == older | {
        "theme": "dark",
        "weekly_goal": 4,
        "tempo": "words",
        "form_reminders": True,
        "listen": False,
        "microphone": None,
        "language": "system",
    }


def test_the_cue_language_is_chosen_and_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    voice = control(tmp_path)
    assert voice.language() == "fr"  # "system": the locale's
    assert voice.voice_settings().language == "fr"

    def choose(dialog: VoiceDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        press_ok(qtbot, dialog)

    run_dialog(qtbot, voice, choose)
    assert PreferencesStore(tmp_path).load().language == "de"
    assert voice.language() == "de"


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("problem", [None, "Install espeak-ng."])
def test_every_alt_letter_is_its_own(qtbot: QtBot, problem: str | None) -> None:
    dialog = VoiceDialog(VoiceSettings(), [], lambda _s: None, problem)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton)]
    letters = [m for m in map(mnemonic, texts) if m]
    assert len(letters) == len(set(letters)), letters
    assert {"e", "f"} <= set(letters)


def test_the_new_choices_are_reached_by_keyboard_in_reading_order(qtbot: QtBot) -> None:
    dialog = VoiceDialog(VoiceSettings(), [], lambda _s: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    ok = button(dialog, QDialogButtonBox.StandardButton.Ok)
    cancel = button(dialog, QDialogButtonBox.StandardButton.Cancel)
    reading = [dialog.voice, dialog.rate, dialog.volume, dialog.beeps, dialog.test_button]
    reading += [dialog.tempo, dialog.form_reminders, ok, cancel]
    dialog.voice.setFocus()
    order = [QApplication.focusWidget()]
    for _ in reading[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    # a spin box's line edit takes the focus for its box
    order = [w.parentWidget() if w is dialog.rate.lineEdit() else w for w in order]
    assert order == reading

    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.tempo
    assert dialog.form_reminders.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.form_reminders.isChecked())  # an animated click
    assert QApplication.focusWidget() is dialog.form_reminders
    dialog.close()


def test_the_dialog_fits_a_1024_by_600_screen(qtbot: QtBot) -> None:
    problem = "No voice: the espeak-ng library is not installed. Install espeak-ng and restart."
    dialog = VoiceDialog(VoiceSettings(), [], lambda _s: None, problem)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.adjustSize()
    size = dialog.size()
    assert size.width() <= 1024 - 40 and size.height() <= 600 - 80  # title bar, panel
    ok = button(dialog, QDialogButtonBox.StandardButton.Ok)
    assert ok.isVisible() and ok.mapTo(dialog, ok.rect().bottomRight()).y() < size.height()
    dialog.close()


def test_without_a_voice_the_controls_that_need_one_are_off_and_say_why(qtbot: QtBot) -> None:
    from backtrainer.ui.settings.voice_dialog import NEEDS_A_VOICE

    dialog = VoiceDialog(VoiceSettings(), [], lambda _s: None, "No voice installed.")
    qtbot.addWidget(dialog)
    for control in (dialog.voice, dialog.rate, dialog.volume, dialog.beeps, dialog.test_button):
        assert not control.isEnabled() and control.toolTip() == NEEDS_A_VOICE
    assert dialog.tempo.isEnabled() and dialog.form_reminders.isEnabled()  # the captions
