"""The routine editor, used as a person would: keys, fields, the outline's buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from backtrainer.core.model import Reps, Timed
from backtrainer.core.planner import plan
from backtrainer.core.routine_edit import Item
from backtrainer.storage.routine_files import duplicate, save_user_routine, taken_ids
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.editor.dialog import RoutineEditor


@pytest.fixture
def editor(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[RoutineEditor]:
    # Closing the dialog at the end of a test must not ask about the edits made.
    monkeypatch.setattr(RoutineEditor, "confirm_discard", classmethod(lambda cls, parent: True))
    library = RoutineLibrary.load()
    copy = duplicate(library.routines["upper-body-runners"].routine, taken_ids(library))
    dialog = RoutineEditor(copy, "A copy")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):  # Ctrl+S is a window shortcut
        dialog.activateWindow()
    yield dialog


def select(editor: RoutineEditor, item: Item) -> None:
    editor.outline.select(item)
    assert editor.outline.current() == item


def type_into(qtbot: QtBot, field: object, text: str) -> None:
    assert isinstance(field, QLineEdit | QSpinBox)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_edit_save_reload_equal(qtbot: QtBot, editor: RoutineEditor) -> None:
    type_into(qtbot, editor.routine_form.fields["title"], "My upper body")
    select(editor, Item(1, 0))  # Half-kneeling chop: 8 reps each side
    type_into(qtbot, editor.move_form.fields["dose.reps"], "12")
    editor.move_form.fields["dose.tempo.down"].setValue(3.5)  # type: ignore[union-attr]
    select(editor, Item(1))
    editor.block_form.fields["rounds"].setValue(2)  # type: ignore[union-attr]
    qtbot.mouseClick(editor.add_move_button, Qt.MouseButton.LeftButton)  # appended, selected
    type_into(qtbot, editor.move_form.fields["name"], "Dead bug")
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    select(editor, Item(0, 0))
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_Delete)

    routine = editor.routine
    assert routine.title == "My upper body"
    chop = routine.blocks[1].exercises[0]
    assert isinstance(chop.dose, Reps) and (chop.dose.reps, chop.dose.tempo.down) == (12, 3.5)
    assert routine.blocks[1].rounds == 2
    names = [e.name for e in routine.blocks[1].exercises]
    assert names == ["Half-kneeling chop", "Dead bug", "Bear plank lateral walk"]
    assert routine.blocks[1].exercises[1].id == "dead-bug"
    warm_up = [e.id for e in routine.blocks[0].exercises]
    assert warm_up == ["dynamic-childs-pose", "half-kneeling-rainbow"]

    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    library = RoutineLibrary.load()
    path = save_user_routine(routine, library)
    assert RoutineLibrary.load().routines[routine.id].routine == routine
    assert path.name == "upper-body-runners-copy.json"


def test_the_preview_follows_every_change(qtbot: QtBot, editor: RoutineEditor) -> None:
    before = plan(editor.routine).total_seconds
    select(editor, Item(1, 0))
    type_into(qtbot, editor.move_form.fields["dose.reps"], "20")
    after = plan(editor.routine).total_seconds
    assert after > before
    minutes, seconds = divmod(round(after), 60)
    assert editor.preview.total.text().startswith(f"Total {minutes}:{seconds:02d}")
    assert editor.preview.steps.topLevelItemCount() == len(plan(editor.routine).steps)


def test_an_invalid_value_is_refused_beside_its_field_and_save_is_off(
    qtbot: QtBot, editor: RoutineEditor
) -> None:
    select(editor, Item(1, 0))
    reps = editor.move_form.fields["dose.reps"]
    type_into(qtbot, reps, "0")
    error = editor.move_form.errors["dose.reps"]
    assert error.isVisible() and "must be at least 1" in error.text()
    assert reps.accessibleDescription() == "must be at least 1"
    assert not editor.save_button.isEnabled()
    assert "Half-kneeling chop" in editor.status.text()
    assert editor.preview.total.text() == "Total —"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted

    type_into(qtbot, reps, "8")
    assert not error.isVisible() and editor.save_button.isEnabled()
    assert editor.status.text() == ""


def test_a_rule_across_fields_and_a_problem_elsewhere(qtbot: QtBot, editor: RoutineEditor) -> None:
    select(editor, Item(1, 0))
    type_into(qtbot, editor.move_form.fields["dose.reps"], "100")
    editor.move_form.fields["dose.tempo.up"].setValue(9.0)  # type: ignore[union-attr]
    error = editor.move_form.errors["dose.reps"]  # reps x tempo: shown beside the reps
    assert "more than the 900 s a set may take" in error.text()

    select(editor, Item())  # the problem is in a move that is not on screen
    assert editor.go_button.isVisible() and not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.go_button, Qt.MouseButton.LeftButton)
    assert editor.outline.current() == Item(1, 0)
    assert editor.focusWidget() is editor.move_form.fields["dose.reps"]


def test_empty_title_and_a_block_without_moves(qtbot: QtBot, editor: RoutineEditor) -> None:
    title = editor.routine_form.fields["title"]
    type_into(qtbot, title, "x")
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert editor.routine_form.errors["title"].text() == "⚠ must not be empty"
    type_into(qtbot, title, "Mine")

    select(editor, Item(4, 1))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.outline.current() == Item(4)
    assert editor.block_form.problem.text() == "⚠ a block needs at least 1 move"
    assert not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.add_move_button, Qt.MouseButton.LeftButton)
    assert editor.save_button.isEnabled()


def test_switching_a_move_between_timed_and_reps(qtbot: QtBot, editor: RoutineEditor) -> None:
    select(editor, Item(0, 1))  # Dynamic child's pose: 30 s
    form = editor.move_form
    assert not form.fields["dose.reps"].isVisible()
    form.fields["dose.type"].setCurrentIndex(1)  # type: ignore[union-attr]
    assert form.fields["dose.reps"].isVisible() and not form.fields["dose.seconds"].isVisible()
    dose = editor.routine.blocks[0].exercises[1].dose
    assert isinstance(dose, Reps) and dose.reps == 10
    form.fields["dose.type"].setCurrentIndex(0)  # type: ignore[union-attr]
    assert editor.routine.blocks[0].exercises[1].dose == Timed(seconds=30)


def test_escape_cancels_and_asks_only_when_something_changed(
    qtbot: QtBot, editor: RoutineEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[bool] = []
    monkeypatch.setattr(
        RoutineEditor, "confirm_discard", classmethod(lambda cls, parent: answers.pop())
    )
    type_into(qtbot, editor.routine_form.fields["title"], "Changed")
    answers.append(False)
    qtbot.keyClick(editor.routine_form.fields["title"], Qt.Key.Key_Escape)
    assert editor.isVisible() and answers == []
    answers.append(True)
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(editor.routine_form.fields["title"], Qt.Key.Key_Escape)


def test_keyboard_mnemonics_reach_the_fields(qtbot: QtBot, editor: RoutineEditor) -> None:
    select(editor, Item(1, 0))
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert editor.focusWidget() is editor.move_form.fields["dose.reps"]
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    # "Add mo&ve": a button's mnemonic clicks it as an animation, a moment later.
    qtbot.waitUntil(lambda: editor.outline.current() == Item(1, 1))
    assert editor.focusWidget() is editor.move_form.fields["name"]
    assert editor.routine.blocks[1].exercises[1].name == "New move"


def test_tab_goes_from_the_outline_through_the_fields_to_save(
    qtbot: QtBot, editor: RoutineEditor
) -> None:
    select(editor, Item(1, 0))
    editor.outline.setFocus()
    visited = []
    for _ in range(19):
        visited.append(editor.focusWidget())
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
    form = editor.move_form.fields
    assert visited == [
        editor.outline,
        editor.add_block_button,
        editor.add_move_button,
        editor.up_button,
        editor.down_button,
        editor.remove_button,
        *(form[k] for k in ("name", "sides", "dose.type", "dose.reps")),
        *(form[f"dose.tempo.{k}"] for k in ("up", "hold", "down", "rest")),
        form["dose.to_comfort"],
        editor.preview.steps,
        editor.save_button,
        editor.cancel_button,
        editor.outline,
    ]


def test_translations_survive_editing_and_saving(qtbot: QtBot, editor: RoutineEditor) -> None:
    import msgspec

    from backtrainer.core.model import ExerciseText, RoutineText

    english = editor.routine
    texts = {e.id: ExerciseText(name=f"{e.name} (de)") for e in english.exercises()}
    german = RoutineText(title="Oberkörper", exercises=texts)
    dialog = RoutineEditor(msgspec.structs.replace(english, translations={"de": german}))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    type_into(qtbot, dialog.routine_form.fields["title"], "My upper body")
    select(dialog, Item(0, 0))
    dialog.outline.setFocus()
    qtbot.keyClick(dialog.outline, Qt.Key.Key_Delete)  # its German name goes with it
    routine = dialog.routine
    gone = english.blocks[0].exercises[0].id
    assert routine.translations["de"].title == "Oberkörper"
    assert set(routine.translations["de"].exercises) == set(texts) - {gone}
    path = save_user_routine(routine, RoutineLibrary.load())
    assert RoutineLibrary.load().routines[routine.id].routine == routine
    assert '"Oberkörper"' in path.read_text(encoding="utf-8")
