"""The window records workouts in the history, offers to resume an unfinished one, and
opens the review screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backtrainer.core import history
from backtrainer.core.clock import FakeClock
from backtrainer.core.settings import IntervalSettings
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.storage.history.store import HistoryStore
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.main_window import MainWindow
from tests.fakes import FakeSpeaker

SHORT = IntervalSettings(prepare=5, work=5, rest=0, round_rest=5, rounds=1, switch=0)


def make_window(qtbot: QtBot, folder: Path, clock: FakeClock) -> MainWindow:
    store = HistoryStore(folder)
    store.open_for_writing()

    def speaker(_settings: VoiceSettings) -> FakeSpeaker:
        return FakeSpeaker()

    window = MainWindow(
        RoutineLibrary.load(),
        speaker_factory=speaker,
        settings=SHORT,
        clock=clock,
        history=lambda: store,
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def run_to_end(window: MainWindow, clock: FakeClock) -> None:
    while window.runner is not None and window.runner.controller.state == "running":
        clock.advance(0.5)
        window.runner.poll()


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "history"


def test_a_finished_and_a_stopped_workout_are_in_the_history(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    window = make_window(qtbot, folder, clock)
    window.start("one-dumbbell-back")
    run_to_end(window, clock)
    window.show_picker()
    monkeypatch.setattr(MainWindow, "confirm_stop", classmethod(lambda cls, parent: True))
    window.start("best-back")
    clock.advance(7)
    window.runner.poll()  # type: ignore[union-attr]
    window.ask_stop()
    window.close()

    sessions = HistoryStore(folder).sessions()
    assert [(s.routine, s.status) for s in sessions] == [
        ("one-dumbbell-back", "completed"),
        ("best-back", "stopped"),
    ]
    done, stopped = sessions
    assert done.sets_done == done.planned_sets == 8
    assert done.settings["work"] == 5
    assert [(s.kind, s.skipped) for s in stopped.steps] == [("prepare", False), ("work", True)]


def _leave_unfinished(folder: Path) -> str:
    """A session whose app died after its fourth step."""
    store = HistoryStore(folder)
    store.open_for_writing()
    store.append(
        history.SessionStarted(
            session="dead",
            routine="best-back",
            title="Best Back Workout",
            started_at="2026-11-20T07:00:00+01:00",
            planned_seconds=600,
            planned_sets=9,
            settings={"rest": 20},
        )
    )
    for i, kind in enumerate(["prepare", "work", "round_rest", "work"]):
        store.append(
            history.StepDone(
                session="dead", index=i, kind=kind, planned_seconds=10, actual_seconds=10
            )
        )
    store.close()
    return "dead"


@pytest.mark.parametrize("resume", [True, False])
def test_an_unfinished_session_is_offered_once_and_resumed_where_it_stopped(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch, resume: bool
) -> None:
    dead = _leave_unfinished(folder)
    asked: list[str] = []

    def ask(cls: type, parent: object, session: history.Session) -> bool:
        asked.append(session.id)
        return resume

    monkeypatch.setattr(MainWindow, "ask_resume", classmethod(ask))
    window = make_window(qtbot, folder, FakeClock())
    qtbot.waitUntil(lambda: asked == [dead])
    if resume:
        assert window.runner is not None
        assert window.runner.controller.step_index == 4  # the step after the last on record
    else:
        assert window.runner is None
    window.close()

    sessions = {s.id: s for s in HistoryStore(folder).sessions()}
    assert sessions[dead].status == "interrupted"
    resumed = [s for s in sessions.values() if s.resumed_from == dead]
    assert len(resumed) == (1 if resume else 0)
    if resume:
        assert resumed[0].settings == {"rest": 20}  # the settings it ran with
    again = make_window(qtbot, folder, FakeClock())
    qtbot.wait(10)
    # Not offered a second time; the session that resumed it was quit mid-workout, which
    # leaves it to be resumed in turn.
    assert asked == ([dead, resumed[0].id] if resume else [dead])
    again.close()


def test_ctrl_h_opens_the_review_screen_and_back_returns(qtbot: QtBot, folder: Path) -> None:
    clock = FakeClock()
    window = make_window(qtbot, folder, clock)
    window.start("one-dumbbell-back")
    run_to_end(window, clock)
    window.show_picker()
    qtbot.keyClick(window.picker.routine_list, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = window.history.view
    assert view is not None and window.pages.currentWidget() is view
    assert view.table.model().rowCount() == 1
    view.back_requested.emit()
    assert window.pages.currentWidget() is window.picker
    window.close()


def test_in_the_window_tab_reaches_every_control_and_esc_goes_back(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.history.test_view import reading_order, sample, tab_order

    store = HistoryStore(folder)
    for record in sample():
        store.append(record)
    store.close()
    monkeypatch.setattr(MainWindow, "ask_resume", classmethod(lambda cls, *_: False))
    window = make_window(qtbot, folder, FakeClock())
    window.show_history()
    view = window.history.view
    assert view is not None and QApplication.focusWidget() is view.table
    expected = reading_order(view)
    order = tab_order(qtbot, len(expected))
    start = order.index(view.back_button)  # the focus starts on the table
    assert order[start:] + order[1 : start + 1] == expected

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.routine_filter  # not the Routine menu
    assert QApplication.activePopupWidget() is None

    window.showFullScreen()
    qtbot.keyClick(view.routine_filter, Qt.Key.Key_Escape)  # first out of full screen
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.pages.currentWidget() is view
    qtbot.keyClick(view.routine_filter, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.picker
    window.close()


def test_a_session_cut_off_with_its_own_rounds_work_and_tempo_resumes_with_them(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The history keeps the settings as numbers of JSON (floats once read back): the
    resumed plan has the same rounds, work and tempo as the one that was cut off."""
    clock = FakeClock()
    window = make_window(qtbot, folder, clock)
    once = IntervalSettings(rounds=2, work=20, tempo_scale=1.5)
    window.start("best-back", once=once)
    assert window.runner is not None
    first = window.runner.controller.timeline
    clock.advance(7)
    window.runner.poll()
    # The app dies here: no end record. Quitting mid-workout leaves the same journal.
    monkeypatch.setattr(MainWindow, "confirm_quit", classmethod(lambda cls, parent: True))
    window.close()
    (cut_off,) = HistoryStore(folder).interrupted()
    assert cut_off.settings["rounds"] == 2 and cut_off.settings["tempo_scale"] == 1.5

    monkeypatch.setattr(MainWindow, "ask_resume", classmethod(lambda cls, *_: True))
    again = make_window(qtbot, folder, FakeClock())
    qtbot.waitUntil(lambda: again.runner is not None)
    assert again.runner is not None
    resumed = again.runner.controller.timeline
    assert resumed.steps == first.steps  # same rounds, same work, same tempo
    setup = again._running[1]  # type: ignore[index]
    assert (setup.intervals.rounds, setup.intervals.work) == (2, 20)
    assert type(setup.intervals.rounds) is int and setup.intervals.tempo_scale == 1.5
    again.close()


def test_a_resume_that_cannot_start_says_so_and_is_offered_again(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = _leave_unfinished(folder)
    asked: list[str] = []

    def ask(cls: type, parent: object, session: history.Session) -> bool:
        asked.append(session.id)
        return True

    def broken(*_args: object, **_kwargs: object) -> None:
        raise TypeError("the session could not be made")

    monkeypatch.setattr(MainWindow, "ask_resume", classmethod(ask))
    monkeypatch.setattr("backtrainer.core.session.SessionController", broken)
    window = make_window(qtbot, folder, FakeClock())
    qtbot.waitUntil(lambda: asked == [dead])
    assert window.runner is None
    assert "could not" in window.banner.messages()["resume"].lower()
    window.close()
    monkeypatch.undo()
    monkeypatch.setattr(MainWindow, "ask_resume", classmethod(ask))
    sessions = {s.id: s for s in HistoryStore(folder).sessions()}
    assert sessions[dead].ended_at is None  # no end record: offered again next time
    again = make_window(qtbot, folder, FakeClock())
    qtbot.waitUntil(lambda: asked == [dead, dead])
    assert again.runner is not None
    again.close()
