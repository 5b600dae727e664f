"""Command-line settings belong to the session they start: the saved settings, the
picker and Adjust stay as they were; the history marks the session; a one-off dose
makes no progression offer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from backtrainer.core.customise import RoutineSetup
from backtrainer.core.settings import IntervalSettings
from backtrainer.storage.history.store import HistoryStore
from backtrainer.storage.setup_store import SetupStore
from backtrainer.ui.settings.setup_dialog import SetupDialog
from tests.ui.window import App


@pytest.fixture
def history() -> HistoryStore:
    store = HistoryStore()
    store.open_for_writing()
    return store


@pytest.fixture
def plain(qtbot: QtBot, history: HistoryStore) -> Iterator[App]:
    """The window as `backtrainer --start ...` opens it: no window-wide settings."""
    app = App(qtbot, settings=None, history=lambda: history)
    yield app
    app.window.close()


def run_to_end(app: App) -> None:
    runner = app.window.runner
    assert runner is not None
    app.advance(runner.controller.timeline.total_seconds + 2)


def test_start_options_shape_the_session_alone(
    plain: App, history: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    routine = plain.window.library.routines["best-back"].routine  # type: ignore[union-attr]
    shown_before = plain.window.setups.timeline(routine).total_seconds
    plain.window.start("best-back", once=IntervalSettings(rounds=1))
    runner = plain.window.runner
    assert runner is not None
    assert {s.round for s in runner.controller.timeline.work_steps} == {1}
    assert runner.controller.timeline.overrides == ("rounds",)

    # The picker plans with the saved settings, and Adjust opens them.
    assert plain.window.setups.timeline(routine).total_seconds == shown_before
    assert plain.window.setups.setup(routine).intervals.rounds is None
    opened: list[RoutineSetup] = []
    monkeypatch.setattr(
        SetupDialog, "edit", classmethod(lambda cls, p, r, saved, d: opened.append(saved))
    )
    plain.window.show_picker()
    plain.pick("best-back")
    plain.window.adjust_routine()
    assert opened == [RoutineSetup()]
    assert SetupStore().load().saved("best-back") == RoutineSetup()

    (session,) = history.sessions()
    assert session.overrides == ["rounds"] and session.settings == {"rounds": 1}


def test_a_one_round_run_of_a_three_set_routine_offers_no_progression(
    plain: App, history: HistoryStore
) -> None:
    plain.window.start("best-back", once=IntervalSettings(rounds=1))
    run_to_end(plain)
    assert plain.window.summary.progression.isHidden()
    assert SetupStore().load().saved("best-back") == RoutineSetup()


def test_one_off_settings_that_keep_the_doses_still_offer_the_next_dose(plain: App) -> None:
    plain.window.start("best-back", once=IntervalSettings(rest=5, round_rest=5, prepare=0))
    run_to_end(plain)
    offer = plain.window.summary.progression
    assert offer.isVisibleTo(plain.window.summary)
    assert [b.text() for b in offer.buttons] == ["Accept 3 x 12", "Accept 3 x 12"]


def test_a_session_with_the_saved_settings_is_not_marked(plain: App, history: HistoryStore) -> None:
    plain.window.start("best-back", once=IntervalSettings())
    assert plain.window.runner is not None
    assert plain.window.runner.controller.timeline.overrides == ()
    (session,) = history.sessions()
    assert session.overrides == []
