"""The banner at the top of the main window, the plain words it says, Help's log folder
and keyboard shortcuts window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame
from pytestqt.qtbot import QtBot

from backtrainer.core.clock import FakeClock
from backtrainer.speech.engine import engine_problem
from backtrainer.speech.factory import NO_AUDIO_OUTPUT
from backtrainer.ui.help.shortcuts import ShortcutsDialog
from backtrainer.ui.main_window import VOICE_CHECK_MS, MainWindow
from backtrainer.ui.messages import notices
from backtrainer.ui.messages.banner import MessageBanner
from backtrainer.ui.window_actions import _actions, shortcut_rows
from tests.fakes import FakeSpeaker
from tests.ui.window import SHORT, App


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[App]:
    app = App(qtbot)
    yield app
    app.window.close()


RAW = engine_problem(RuntimeError("This means you probably do not have eSpeak installed!"))


def test_messages_stack_without_duplicates_and_close(qtbot: QtBot) -> None:
    banner = MessageBanner()
    qtbot.addWidget(banner)
    assert banner.isHidden()
    banner.show_message("voice", "No voice.")
    banner.show_message("history", "Not saved.")
    banner.show_message("voice", "No voice at all.")  # the same subject: replaced
    banner.show_message("other", "Not saved.")  # the same words: said already
    assert banner.messages() == {"voice": "No voice at all.", "history": "Not saved."}
    assert not banner.isHidden()
    qtbot.mouseClick(banner.close_button("voice"), Qt.MouseButton.LeftButton)
    assert banner.messages() == {"history": "Not saved."}
    banner.close_message("history")
    assert banner.isHidden()


def test_a_transient_message_closes_itself(qtbot: QtBot) -> None:
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.show_message("refused", "No.", seconds=0.05)
    qtbot.waitUntil(lambda: banner.messages() == {}, timeout=2000)


@pytest.mark.parametrize(
    ("platform", "words"),
    [
        ("linux", "No voice installed: sudo apt install espeak-ng"),
        ("win32", "Windows has voices built in"),
        ("darwin", "macOS has voices built in"),
    ],
)
def test_a_missing_voice_is_said_per_platform_without_the_exception(
    platform: str, words: str
) -> None:
    said = notices.voice(RAW, platform)
    assert words in said and "caption" in said
    assert "RuntimeError" not in said and "eSpeak installed" not in said


def test_no_sound_output_says_so() -> None:
    said = notices.voice(NO_AUDIO_OUTPUT, "linux")
    assert said.startswith("No sound output: connect speakers or headphones")
    assert "sudo apt" not in said


@pytest.mark.parametrize(
    "problem",
    [
        "Another BackTrainer is open (process 12) and keeps the workout history in /x;"
        " this one does not save workouts. Close the other one and start again to save here.",
        "Could not save the workout history to /x/h.log: [Errno 28] No space left. Workouts"
        " are kept in memory and saving is retried at every step.",
        "/x/preferences.json could not be read (Expecting value: line 1 column 1 (char 0));"
        " it was moved to /x/p.unreadable. Defaults are used.",
    ],
)
def test_no_path_or_exception_text_reaches_the_banner(problem: str) -> None:
    for said in (notices.history(problem), notices.settings(problem), notices.preferences(problem)):
        assert "/x" not in said and "Errno" not in said and "Expecting" not in said


def test_another_instance_is_said_with_what_to_do() -> None:
    said = notices.history("Another BackTrainer is open (process 12) and keeps ...")
    assert "Close the other one, then start BackTrainer again." in said


def test_the_voice_is_checked_after_the_window_shows(qtbot: QtBot) -> None:
    made: list[FakeSpeaker] = []

    def factory(_settings: object) -> FakeSpeaker:
        made.append(FakeSpeaker(RAW))
        return made[-1]

    window = MainWindow(None, settings=SHORT, clock=FakeClock(), speaker_factory=factory)
    qtbot.addWidget(window)
    window.show()
    assert made == []  # not before the first paint
    qtbot.waitUntil(lambda: "voice" in window.banner.messages(), timeout=VOICE_CHECK_MS + 2000)
    assert len(made) == 1
    assert "RuntimeError" not in window.banner.messages()["voice"]
    window.close()


def test_a_refused_minus_on_a_rep_set_says_why(app: App) -> None:
    app.window.start("best-back")
    runner = app.window.runner
    assert runner is not None
    while runner.controller.step is not None and runner.controller.step.reps is None:
        app.key(Qt.Key.Key_N)
    for _ in range(30):
        app.key(Qt.Key.Key_Minus)
    said = app.window.banner.messages().get("refused", "")
    assert "is the last one already" in said
    assert not app.window.banner.isHidden()  # shown on the workout screen


def test_the_voice_problem_waits_during_a_workout(app: App) -> None:
    app.window.show_problem("voice", "No voice.")
    app.window.start("best-back")
    assert app.window.banner.isHidden()
    app.window.show_picker()
    assert not app.window.banner.isHidden()


def test_help_shows_the_log_folder(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(
        MainWindow, "open_folder", classmethod(lambda _c, f: opened.append(f) or True)
    )
    app.window.log_path = tmp_path / "logs" / "backtrainer.log"
    (action,) = [a for a in _actions(app.window.menuBar()) if "log folder" in a.text()]
    action.trigger()
    assert opened == [tmp_path / "logs"] and opened[0].is_dir()


def test_every_menu_shortcut_is_in_the_shortcuts_window(app: App) -> None:
    rows = shortcut_rows(app.window)
    keys = {k for k, _what in rows}
    with_keys: list[QAction] = [
        a for a in _actions(app.window.menuBar()) if not a.shortcut().isEmpty()
    ]
    assert len(with_keys) >= 5
    for action in with_keys:
        assert action.shortcut().toString() in keys, action.text()
    assert ("Ctrl+H", "View > History") in rows
    assert any(k == "Enter" for k in keys) and any(k == "I" for k in keys)


def test_typing_in_the_filter_narrows_the_rows(qtbot: QtBot, app: App) -> None:
    dialog = ShortcutsDialog(shortcut_rows(app.window), app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as when it opens: the window's own Esc is not in the way
    qtbot.waitUntil(dialog.isActiveWindow)
    everything = dialog.visible_rows()
    qtbot.keyClicks(dialog.filter, "full screen")
    narrowed = dialog.visible_rows()
    assert 0 < len(narrowed) < len(everything)
    assert all("full screen" in f"{k} {w}".casefold() for k, w in narrowed)
    qtbot.keyClicks(dialog.filter, " zzz")
    assert dialog.visible_rows() == [] and dialog.none_found.isVisibleTo(dialog)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    QApplication.processEvents()


def test_the_words_stay_readable_when_the_theme_changes(app: App) -> None:
    """Words in the theme's colours, light on dark after a switch to the dark theme (a
    style sheet resolves its palette once: the words stayed dark on the dark band)."""
    window = app.window
    window.set_theme("light")
    window.show_problem("history", "Part of the workout history is damaged.")
    window.set_theme("dark")
    app.qtbot.wait(10)
    row = window.banner.findChild(QFrame, "banner-row")
    assert row is not None
    image = row.grab().toImage()
    lightness = sorted(
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 2)
        for y in range(image.height())
    )
    background, brightest = lightness[len(lightness) // 2], lightness[-1]
    assert background < 90  # a dark band...
    assert brightest - background > 120  # ...with light words on it
