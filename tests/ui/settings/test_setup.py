"""Adjusting a routine in the window: the dialog, the saved file, modes, progression."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from backtrainer.core.customise import MoveSetup, RoutineSetup, plan_setup
from backtrainer.core.model import Routine
from backtrainer.core.settings import LIMITS, IntervalSettings
from backtrainer.storage import paths
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.storage.setup_store import FILE_NAME, SetupStore
from backtrainer.ui.settings.setup_dialog import DefaultsDialog, SetupDialog
from tests.ui.window import App


def bundled(routine_id: str) -> Routine:
    return RoutineLibrary.load().routines[routine_id].routine


@pytest.fixture
def plain(qtbot: QtBot) -> Iterator[App]:
    """The window as launched without interval options on the command line."""
    app = App(qtbot, settings=None)
    yield app
    app.window.close()


def listed_length(app: App, routine_id: str) -> str:
    picker = app.window.picker
    for i in range(picker.routine_list.count()):
        item = picker.routine_list.item(i)
        if item.data(256) == routine_id:
            return item.text().splitlines()[1]
    raise AssertionError(routine_id)


def test_saved_work_time_changes_the_plan_everywhere_and_survives_a_restart(
    plain: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = RoutineSetup(intervals=IntervalSettings(work=45))
    monkeypatch.setattr(SetupDialog, "edit", classmethod(lambda cls, *a: chosen))
    plain.pick("one-dumbbell-back")
    before = listed_length(plain, "one-dumbbell-back")
    plain.window.adjust_routine()
    assert listed_length(plain, "one-dumbbell-back") != before
    assert "45 s" in plain.window.picker.detail.toPlainText()
    saved = json.loads((paths.data_dir() / FILE_NAME).read_text())
    assert saved["routines"]["one-dumbbell-back"]["intervals"] == {"work": 45}

    plain.window.close()
    again = App(qtbot, settings=None)
    try:
        again.pick("one-dumbbell-back")
        again.window.start("one-dumbbell-back")
        assert again.window.runner is not None
        works = again.window.runner.controller.timeline.work_steps
        assert {s.seconds for s in works} == {45}
    finally:
        again.window.close()


def test_the_command_line_wins_over_saved_settings(qtbot: QtBot) -> None:
    store = SetupStore()
    store.put("one-dumbbell-back", RoutineSetup(intervals=IntervalSettings(work=45)))
    store.save()
    app = App(qtbot, settings=IntervalSettings(work=50))
    try:
        app.window.start("one-dumbbell-back")
        assert app.window.runner is not None
        assert {s.seconds for s in app.window.runner.controller.timeline.work_steps} == {50}
    finally:
        app.window.close()


def test_the_dialog_refuses_a_bad_value_with_its_reason_and_updates_the_total(
    qtbot: QtBot,
) -> None:
    routine = bundled("one-dumbbell-back")
    dialog = SetupDialog(routine, RoutineSetup(), IntervalSettings())
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    total = dialog.total.text()
    assert "recommends 30 to 60 s" in dialog.rows["work"].hint.text()

    dialog.rows["work"].box.setValue(2)
    assert not save.isEnabled()
    assert "between 5 and 900" in dialog.rows["work"].error.text()
    assert not dialog.rows["work"].error.isHidden()

    dialog.rows["work"].box.setValue(45)
    assert save.isEnabled() and dialog.rows["work"].error.isHidden()
    assert dialog.total.text() != total
    expected = plan_setup(routine, RoutineSetup(intervals=IntervalSettings(work=45)))
    minutes, seconds = divmod(round(expected.total_seconds), 60)
    assert f"{minutes}:{seconds:02d}" in dialog.total.text()
    assert dialog.result_setup() == RoutineSetup(intervals=IntervalSettings(work=45))


def test_per_move_override_variation_and_reset(qtbot: QtBot) -> None:
    routine = bundled("kettlebell-pull")
    saved = RoutineSetup(moves={"gorilla-row": MoveSetup(reps=6)})
    dialog = SetupDialog(routine, saved, IntervalSettings())
    qtbot.addWidget(dialog)
    row = next(m for m in dialog.moves if m.exercise_id == "gorilla-row")
    assert row.box.value() == 6
    row.variation.setCurrentIndex(1)
    result = dialog.result_setup()
    assert result.move("gorilla-row") == MoveSetup(reps=6, variation="One-weight supported row")
    row.box.setValue(0)
    assert "between 1 and 100" in row.error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.reset()
    assert dialog.result_setup() == RoutineSetup()


def test_a_timed_move_follows_the_work_time_until_it_is_set(qtbot: QtBot) -> None:
    routine = bundled("one-dumbbell-back")
    dialog = SetupDialog(routine, RoutineSetup(), IntervalSettings())
    qtbot.addWidget(dialog)
    first = dialog.moves[0]
    dialog.rows["work"].box.setValue(40)
    assert first.box.value() == 40
    first.box.setValue(50)
    dialog.rows["work"].box.setValue(35)
    assert first.box.value() == 50
    assert dialog.result_setup().move(first.exercise_id).seconds == 50


def test_mode_is_chosen_before_start_and_remembered(plain: App, qtbot: QtBot) -> None:
    plain.pick("kettlebell-pull")
    picker = plain.window.picker
    assert picker.mode.isVisibleTo(picker)
    index = picker.mode.findData("conditioning")
    picker.mode.setCurrentIndex(index)
    picker.mode.activated.emit(index)
    assert SetupStore().load().saved("kettlebell-pull").mode == "conditioning"
    plain.window.start("kettlebell-pull")
    assert plain.window.runner is not None
    assert plain.window.runner.controller.timeline.mode == "conditioning"


def test_defaults_dialog_leaves_unset_fields_to_each_routine(qtbot: QtBot) -> None:
    dialog = DefaultsDialog(IntervalSettings(rest=20))
    qtbot.addWidget(dialog)
    assert dialog.rows["work"].box.text() == "each routine's own"
    dialog.rows["work"].box.setValue(40)
    assert dialog.settings() == IntervalSettings(rest=20, work=40)


def test_a_bad_settings_file_is_moved_aside_and_said_in_the_banner(
    plain: App, caplog: pytest.LogCaptureFixture
) -> None:
    path = paths.data_dir() / FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"defaults": {"work": 2}}')
    again = App(plain.qtbot, settings=None)
    try:
        again.pick("best-back")
        message = again.window.banner.messages()["settings"]
        assert "set aside" in message and "Settings > Default intervals" in message
        assert str(path) not in message  # the details are in the log
        logged = [r.getMessage() for r in caplog.records if r.name.endswith("main_window")]
        assert any(str(path) in m and "$.defaults.work" in m for m in logged)
        assert list(Path(path.parent).glob(f"{FILE_NAME}.unreadable-*"))
    finally:
        again.window.close()


def test_a_session_done_in_full_offers_the_next_dose(plain: App) -> None:
    plain.window.start("best-back")
    runner = plain.window.runner
    assert runner is not None
    plain.advance(runner.controller.timeline.total_seconds + 2)
    offer = plain.window.summary.progression
    assert offer.isVisibleTo(plain.window.summary)
    assert [b.text() for b in offer.buttons] == ["Accept 3 x 12", "Accept 3 x 12"]
    offer.buttons[0].click()
    saved = SetupStore().load().saved("best-back")
    assert saved.move("kettlebell-swing") == MoveSetup(reps=12)
    plain.window.show_picker()
    plain.pick("best-back")
    assert "Kettlebell swing — 12 reps" in plain.window.picker.detail.toPlainText()
    plain.window.start("best-back")
    assert plain.window.runner is not None
    steps = plain.window.runner.controller.timeline.work_steps
    assert {s.reps for s in steps if s.exercise_id == "kettlebell-swing"} == {12}


# -- stepping from "each routine's own", reasons that wrap, a work time that does nothing --


@pytest.mark.parametrize(
    ("name", "usual", "shown"),
    [
        ("work", 30, "30 s"),
        ("prepare", 10, "10 s"),
        ("rounds", 1, "1"),
        ("tempo_scale", 1.0, "1.00 x"),
    ],
)
def test_the_first_step_up_from_each_routines_own_is_a_usual_valid_value(
    qtbot: QtBot, name: str, usual: float, shown: str
) -> None:
    dialog = DefaultsDialog(IntervalSettings())
    qtbot.addWidget(dialog)
    row = dialog.rows[name]
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClick(row.box, Qt.Key.Key_Up)
    assert (row.box.value(), row.box.text()) == (usual, shown)
    assert row.error.isHidden() and save.isEnabled()
    assert getattr(dialog.settings(), name) == usual
    qtbot.keyClick(row.box, Qt.Key.Key_Down)
    low = LIMITS[name].low
    if usual > low:  # one step down: a valid value still
        assert row.box.value() == pytest.approx(usual - row.box.singleStep())
        row.set_value(low)
        qtbot.keyClick(row.box, Qt.Key.Key_Down)
    assert row.box.text() == "each routine's own"  # below the lowest: back to "own"
    assert getattr(dialog.settings(), name) is None and save.isEnabled()
    qtbot.keyClick(row.box, Qt.Key.Key_PageUp)  # a big step lands there too
    assert row.box.value() == usual


def test_a_value_typed_out_of_range_steps_back_into_it(qtbot: QtBot) -> None:
    dialog = DefaultsDialog(IntervalSettings())
    qtbot.addWidget(dialog)
    box = dialog.rows["work"].box
    box.setValue(2)
    assert not dialog.rows["work"].error.isHidden()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 5 and dialog.rows["work"].error.isHidden()
    box.setValue(1000)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.value() == 900


def test_a_reason_is_never_cut_off(qtbot: QtBot) -> None:
    dialog = DefaultsDialog(IntervalSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumSizeHint())
    error = dialog.rows["work"].error
    dialog.rows["work"].box.setValue(0)
    qtbot.waitUntil(error.isVisible)
    qtbot.wait(50)  # laid out again
    assert error.heightForWidth(error.width()) > error.fontMetrics().lineSpacing()  # wraps
    assert error.height() >= error.heightForWidth(error.width())  # every line shown
    bottom = error.mapTo(dialog, error.rect().bottomLeft()).y()
    assert bottom < dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()).y()


@pytest.mark.parametrize(
    ("routine_id", "mode", "used"),
    [
        ("best-back", None, False),  # reps only
        ("ultimate-back", None, False),
        ("kettlebell-pull", "strength", False),
        ("kettlebell-pull", "conditioning", True),  # a timed mode: the reps become time
        ("one-dumbbell-back", None, True),  # timed moves at the work time
    ],
)
def test_a_work_time_is_offered_only_where_a_move_takes_it(
    qtbot: QtBot, routine_id: str, mode: str | None, used: bool
) -> None:
    dialog = SetupDialog(bundled(routine_id), RoutineSetup(mode=mode), IntervalSettings())
    qtbot.addWidget(dialog)
    work = dialog.rows["work"]
    assert work.box.isEnabled() is used
    assert work.label is not None and work.label.isEnabled() is used
    if used:
        assert work.hint.text().startswith("default: ")
        assert work.box.accessibleDescription() == ""
    else:
        assert work.hint.text().startswith("Not used: every move ")
        assert work.hint.text().endswith(" is counted in reps")
        assert work.box.accessibleDescription() == work.hint.text()


def test_the_work_time_follows_the_mode_and_the_variation_chosen(qtbot: QtBot) -> None:
    dialog = SetupDialog(bundled("kettlebell-pull"), RoutineSetup(), IntervalSettings())
    qtbot.addWidget(dialog)
    work = dialog.rows["work"].box
    assert not work.isEnabled()
    assert dialog.rows["work"].hint.text() == "Not used: every move in Strength is counted in reps"
    dialog.mode.setCurrentIndex(dialog.mode.findData("conditioning"))
    assert work.isEnabled() and dialog.rows["work"].hint.text().startswith("default: ")
    dialog.mode.setCurrentIndex(dialog.mode.findData("strength"))
    assert not work.isEnabled()

    runners = SetupDialog(bundled("upper-body-runners"), RoutineSetup(), IntervalSettings())
    qtbot.addWidget(runners)
    assert not runners.rows["work"].box.isEnabled()  # the stretches have their own length
    assert runners.rows["work"].hint.text() == (
        "Not used: every move here is counted in reps or has its own length"
    )
    walk = next(m for m in runners.moves if m.exercise_id == "bear-plank-lateral-walk")
    walk.variation.setCurrentIndex(walk.variation.findData("Bear plank hold"))  # timed
    assert runners.rows["work"].box.isEnabled()
