"""The main window driven as a user would drive it, with a fake clock, speaker and
screen-saver inhibitor: the harness of the window tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backtrainer.core.clock import FakeClock
from backtrainer.core.settings import IntervalSettings
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.storage.history.store import HistoryStore
from backtrainer.storage.preferences import PreferencesStore
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.storage.window_state import WindowStateStore
from backtrainer.storage.writer import FolderWriter
from backtrainer.ui.main_window import MainWindow
from tests.fakes import FakeSpeaker

SHORT = IntervalSettings(prepare=5, work=5, rest=0, round_rest=5, rounds=1, switch=0)


class FakeInhibitor:
    def __init__(self) -> None:
        self.held = False
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> bool:
        self.held = True
        self.calls.append("inhibit")
        return True

    def release(self) -> None:
        self.held = False
        self.calls.append("release")


class App:
    def __init__(
        self,
        qtbot: QtBot,
        settings: IntervalSettings | None = SHORT,
        preferences: PreferencesStore | None = None,
        *,
        history: Callable[[], HistoryStore] | None = None,
        window_state: WindowStateStore | None = None,
        writer: FolderWriter | None = None,
    ) -> None:
        self.qtbot = qtbot
        self.clock = FakeClock()
        self.speakers: list[FakeSpeaker] = []
        self.inhibitor = FakeInhibitor()
        self.window = MainWindow(
            RoutineLibrary.load(),
            speaker_factory=self._speaker,
            settings=settings,
            clock=self.clock,
            inhibitor=self.inhibitor,
            preferences=preferences,
            history=history,
            window_state=window_state,
            writer=writer,
        )
        qtbot.addWidget(self.window)
        self.window.show()
        with qtbot.waitActive(self.window):  # window shortcuts need an active window
            self.window.activateWindow()

    def _speaker(self, settings: VoiceSettings) -> FakeSpeaker:
        self.speakers.append(FakeSpeaker())
        return self.speakers[-1]

    @property
    def speaker(self) -> FakeSpeaker:
        return self.speakers[-1]

    def key(self, key: Qt.Key) -> None:
        """Press a key where the user's keyboard would send it: the focused widget."""
        target = QApplication.focusWidget() or self.window.pages.currentWidget()
        self.qtbot.keyClick(target, key)

    def pick(self, routine_id: str) -> None:
        picker = self.window.picker
        ids = [
            picker.routine_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(picker.routine_list.count())
        ]
        picker.routine_list.setCurrentRow(ids.index(routine_id))
        picker.routine_list.setFocus()

    def advance(self, seconds: float) -> None:
        """Let fake time pass, polling as the runner's timer does every 0.1 s of it."""
        for _ in range(round(seconds * 10)):
            self.clock.advance(0.1)
            if self.window.runner is not None:
                self.window.runner.poll()

    def countdown(self) -> str:
        assert self.window.workout is not None
        return self.window.workout.countdown.text()
