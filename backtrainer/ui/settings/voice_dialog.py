"""Voice settings: which voice, how fast, how loud, beeps; with a button to hear it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from backtrainer.speech.speaker import VoiceSettings

TEST_PHRASE = "Renegade row, left side, 30 seconds. Three, two, one."


class VoiceDialog(QDialog):
    def __init__(
        self,
        current: VoiceSettings,
        voices: list[tuple[str, str]],
        test: Callable[[VoiceSettings], None],
        problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Voice")
        self._test = test
        self.voice = QComboBox()
        self.voice.addItem("Default voice", None)
        for voice_id, name in voices:
            self.voice.addItem(name, voice_id)
        found = self.voice.findData(current.voice)
        self.voice.setCurrentIndex(max(0, found))
        self.rate = QSpinBox()
        self.rate.setRange(80, 400)
        self.rate.setSuffix(" words/min")
        self.rate.setValue(current.rate)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(current.volume * 100))
        self.volume.setAccessibleName("Volume")
        self.beeps = QCheckBox("Beep on the last three seconds")
        self.beeps.setChecked(current.beeps)
        self.test_button = QPushButton("&Test")
        self.test_button.clicked.connect(lambda: self._test(self.settings()))

        form = QFormLayout(self)
        if problem:
            note = QLabel(problem)
            note.setWordWrap(True)
            form.addRow(note)
            self.test_button.setEnabled(False)
        form.addRow("&Voice", self.voice)
        form.addRow("&Rate", self.rate)
        form.addRow("V&olume", self.volume)
        form.addRow(self.beeps)
        form.addRow(self.test_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def settings(self) -> VoiceSettings:
        return VoiceSettings(
            voice=self.voice.currentData(),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
            beeps=self.beeps.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        current: VoiceSettings,
        voices: list[tuple[str, str]],
        test: Callable[[VoiceSettings], None],
        problem: str | None = None,
    ) -> VoiceSettings | None:
        """The chosen settings, or None if cancelled. Tests replace this classmethod."""
        dialog = cls(current, voices, test, problem, parent)
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
