"""Voice settings: which voice, how fast, how loud, beeps, how a rep's tempo is given and
whether form reminders are said; with a button to hear the voice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backtrainer.listen.source import AudioSource
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.ui.settings.setup_fields import HINT_STYLE

TEST_PHRASE = "Renegade row, left side, 30 seconds. Three, two, one."

NEEDS_A_VOICE = QT_TRANSLATE_NOOP(
    "VoiceDialog",
    "The voice, its rate and volume, the beeps and Test need a voice; the choices below"
    " still set what the captions show.",
)
"""In English; the dialog shows it translated (`VoiceDialog.tr`)."""

TEMPO_CHOICES = (
    ("words", QT_TRANSLATE_NOOP("VoiceDialog", "Words (up, hold, down)")),
    ("sounds", QT_TRANSLATE_NOOP("VoiceDialog", "Sounds (rising and falling tones)")),
    ("numbers", QT_TRANSLATE_NOOP("VoiceDialog", "Counts only")),
)
"""Each tempo as saved (`storage.preferences.TEMPOS`) and as the runner reads it (the
texts in English, translated where shown)."""

LANGUAGE_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("VoiceDialog", "As the system (LANG)")),
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
)
"""Each cue language as saved (`storage.preferences.LANGUAGES`), named in itself."""


@dataclass(frozen=True)
class CueChoices:
    """What is said during a workout, besides the voice: read by the cue planner, not by
    the speaker, so kept apart from `VoiceSettings`."""

    tempo: str = "words"
    """One of `storage.preferences.TEMPOS`."""
    form_reminders: bool = True
    listen: bool = False
    """Listen for voice commands (opt-in); see `backtrainer.listen`."""
    microphone: str | None = None
    language: str = "system"
    """One of `storage.preferences.LANGUAGES`."""


class VoiceDialog(QDialog):
    def __init__(
        self,
        current: VoiceSettings,
        voices: list[tuple[str, str]],
        test: Callable[[VoiceSettings], None],
        problem: str | None = None,
        parent: QWidget | None = None,
        cues: CueChoices | None = None,
    ) -> None:
        super().__init__(parent)
        cues = cues or CueChoices()
        self.setWindowTitle(self.tr("Voice"))
        self._test = test
        self._language = current.language
        self.voice = QComboBox()
        self.voice.addItem(self.tr("Default voice"), None)
        for voice_id, name in voices:
            self.voice.addItem(name, voice_id)
        found = self.voice.findData(current.voice)
        self.voice.setCurrentIndex(max(0, found))
        self.rate = QSpinBox()
        self.rate.setRange(80, 400)
        self.rate.setSuffix(self.tr(" words/min"))
        self.rate.setValue(current.rate)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(current.volume * 100))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.beeps = QCheckBox(self.tr("Beep on the last three seconds"))
        self.beeps.setChecked(current.beeps)
        self.tempo = QComboBox()
        for value, text in TEMPO_CHOICES:
            self.tempo.addItem(self.tr(str(text)), value)
        self.tempo.setCurrentIndex(max(0, self.tempo.findData(cues.tempo)))
        tempo_note = _note(
            self.tr(
                "In a rep set, how each lift, hold and lowering is given."
                " The count and the side are always said."
            ),
            self.tempo,
        )
        self.form_reminders = QCheckBox(self.tr("&Form reminders (once per move)"))
        self.form_reminders.setChecked(cues.form_reminders)
        reminders_note = _note(
            self.tr(
                "A move's short form cue (“Hips back, back flat.”), said the first time"
                " it comes up in a session."
            ),
            self.form_reminders,
        )
        self.language = QComboBox()
        for value, text in LANGUAGE_CHOICES:
            self.language.addItem(self.tr(str(text)) if value == "system" else str(text), value)
        self.language.setCurrentIndex(max(0, self.language.findData(cues.language)))
        language_note = self.tr(
            "The language of the cues (at once) and of the window (from the next start)."
        )
        self.language.setToolTip(language_note)  # a tooltip, not a line: the dialog fits 600 px
        self.language.setAccessibleDescription(language_note)
        self.test_button = QPushButton(self.tr("&Test"))
        self.test_button.clicked.connect(lambda: self._test(self.settings()))

        # Two pages, so that the dialog fits a 1024x600 screen: the voice and what it says,
        # and the voice commands (Alt+1 / Alt+2 or Ctrl+Tab move between them).
        voice_page, commands_page = QWidget(), QWidget()
        form = QFormLayout(voice_page)
        if problem:  # no voice: what needs one cannot work, and the dialog says why
            needs_a_voice = self.tr(str(NEEDS_A_VOICE))
            note = QLabel(f"{problem} {needs_a_voice}")
            note.setWordWrap(True)
            form.addRow(note)
            for control in (self.voice, self.rate, self.volume, self.beeps, self.test_button):
                control.setEnabled(False)
                control.setToolTip(needs_a_voice)
        form.addRow(self.tr("Lan&guage"), self.language)
        form.addRow(self.tr("&Voice"), self.voice)
        form.addRow(self.tr("&Rate"), self.rate)
        form.addRow(self.tr("V&olume"), self.volume)
        form.addRow(self.beeps)
        form.addRow(self.test_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        form.addRow(line)  # above: the voice; below: what it says in a rep set
        tempo_label = QLabel(self.tr("T&empo of each rep"))
        tempo_label.setBuddy(self.tempo)
        # Drawn split at its underlined letter, the text comes out a pixel or two wider than
        # measured, and the label column is no wider than this label: its last "p" was cut.
        spare = tempo_label.fontMetrics().averageCharWidth()
        tempo_label.setMinimumWidth(tempo_label.sizeHint().width() + spare)
        form.addRow(tempo_label, self.tempo)
        form.addRow("", tempo_note)
        form.addRow(self.form_reminders)
        form.addRow(_under_check_box(reminders_note, self.form_reminders))
        self._add_listening(QFormLayout(commands_page), cues)
        self.pages = QTabWidget()
        self.pages.addTab(voice_page, self.tr("&1 Voice"))
        self.pages.addTab(commands_page, self.tr("&2 Voice commands"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.pages)
        column.addWidget(buttons)
        # Wide enough that each note reads in two lines rather than three or four.
        self.setMinimumWidth(max(self.sizeHint().width(), 34 * self.fontMetrics().height()))

    def settings(self) -> VoiceSettings:
        return VoiceSettings(
            voice=self.voice.currentData(),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
            beeps=self.beeps.isChecked(),
            language=self._language,
        )

    def _add_listening(self, form: QFormLayout, cues: CueChoices) -> None:
        """Voice commands: opt-in, with the microphone; without a microphone or without
        the recogniser, the option is off and says why."""
        from backtrainer.listen.availability import missing_for_listening
        from backtrainer.listen.microphone import microphones

        self.listen = QCheckBox(
            self.tr("&Listen for commands (pause, continue, skip ahead, repeat…)")
        )
        self.listen.setChecked(cues.listen)
        self.microphone = QComboBox()
        self.microphone.addItem(self.tr("Default microphone"), None)
        found = microphones()
        for device_id, name in found:
            self.microphone.addItem(name, device_id)
        self.microphone.setCurrentIndex(max(0, self.microphone.findData(cues.microphone)))
        form.addRow(self.listen)
        form.addRow(self.tr("&Microphone"), self.microphone)
        form.addRow(self._mic_check_row())
        missing = missing_for_listening(has_microphone=bool(found))
        problem = {
            "recogniser": self.tr(
                "Voice commands need the speech recogniser: pip install 'pocketsphinx>=5'."
            ),
            "microphone": self.tr("Voice commands need a microphone, and none was found."),
            None: None,
        }[missing]
        text = problem or self.tr(
            "Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout”"
            " (then “yes”). Heard on this computer only: nothing leaves it."
        )
        form.addRow("", _note(text, self.listen))
        if problem:
            for control in (self.listen, self.microphone, self.mic_test):
                control.setEnabled(False)
                control.setToolTip(problem)
            self.listen.setChecked(False)

    def _mic_check_row(self) -> QWidget:
        """The level meter and "Say 'pause' to test", with a line for what was heard."""
        from backtrainer.storage import paths
        from backtrainer.ui.settings.mic_check import MicCheck

        self.level = QProgressBar()
        self.level.setRange(0, 100)
        self.level.setValue(0)
        self.level.setTextVisible(False)
        self.level.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.level.setAccessibleName(self.tr("Microphone level"))
        self.mic_test = QPushButton(self.tr("&Say “pause” to test"))
        self.mic_line = QLabel("")
        self.mic_line.setWordWrap(True)
        self.mic_line.setStyleSheet(HINT_STYLE)
        self.mic_line.hide()  # until the test has something to say
        self.mic_check = MicCheck(
            self.level, self.mic_line, _open_microphone, paths.cache_dir() / "listen"
        )
        self.mic_test.clicked.connect(lambda: self.mic_check.start(self.microphone.currentData()))
        self.finished.connect(self.mic_check.stop)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.mic_test)
        row.addWidget(self.level, 1)
        column.addLayout(row)
        column.addWidget(self.mic_line)
        return holder

    def cue_choices(self) -> CueChoices:
        return CueChoices(
            tempo=self.tempo.currentData(),
            form_reminders=self.form_reminders.isChecked(),
            listen=self.listen.isChecked(),
            microphone=self.microphone.currentData(),
            language=self.language.currentData(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        current: VoiceSettings,
        voices: list[tuple[str, str]],
        test: Callable[[VoiceSettings], None],
        problem: str | None = None,
        cues: CueChoices | None = None,
    ) -> tuple[VoiceSettings, CueChoices] | None:
        """The chosen settings, or None if cancelled. Tests replace this classmethod."""
        dialog = cls(current, voices, test, problem, parent, cues)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.settings(), dialog.cue_choices()


def _open_microphone(device_id: str | None) -> AudioSource:
    from backtrainer.listen import microphone

    return microphone.MicrophoneSource(device_id)


def _note(text: str, about: QWidget) -> QLabel:
    """A short explanation under a control, also its accessible description."""
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet(HINT_STYLE)
    about.setAccessibleDescription(text)
    return note


def _under_check_box(note: QLabel, box: QCheckBox) -> QWidget:
    """`note` lined up with the text of `box`, past its tick box."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    style = box.style()
    indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
    indent += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, box)
    column.setContentsMargins(indent, 0, 0, 0)
    column.addWidget(note)
    return holder
