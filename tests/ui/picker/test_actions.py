"""The Routine menu in the main window: duplicate and edit, edit, import, export, delete,
with the editor and the file dialogs replaced through their classmethods."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from backtrainer.core.model import Routine
from backtrainer.storage.routines import RoutineLibrary, load_routine
from backtrainer.ui.editor.dialog import RoutineEditor
from backtrainer.ui.picker.actions import RoutineActions
from tests.factories import block, exercise, routine_dict
from tests.storage.test_routine_files import snapshot
from tests.ui.window import App


@pytest.fixture
def ui(qtbot: QtBot) -> Iterator[App]:
    """The main window with the bundled routines, shown and active."""
    ui = App(qtbot)
    yield ui
    ui.window.close()


class FakeEditor:
    """Stands in for the dialog: records what it was given, returns it retitled."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.given: list[Routine] = []
        self.title: str | None = "My back"
        monkeypatch.setattr(RoutineEditor, "edit", classmethod(self._edit))

    def _edit(self, cls: type, parent: object, routine: Routine, intro: str = "") -> Routine | None:
        self.given.append(routine)
        if self.title is None:
            return None  # cancelled
        return msgspec.structs.replace(routine, title=self.title)


def trigger(ui: App, name: str) -> None:
    action = ui.window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def listed(ui: App) -> dict[str, str]:
    items = ui.window.picker.routine_list
    return {
        items.item(i).data(Qt.ItemDataRole.UserRole): items.item(i).text()
        for i in range(items.count())
    }


def test_duplicate_via_the_menu_adds_the_copy_to_the_picker(
    ui: App, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    editor = FakeEditor(monkeypatch)
    bundled = ui.window.library.routines["best-back"].file  # type: ignore[union-attr]
    before = bundled.read_bytes()
    ui.pick("best-back")
    trigger(ui, "duplicate_routine")
    assert [r.id for r in editor.given] == ["best-back-copy"]
    assert editor.given[0].title == "Best Back Workout (copy)"
    assert ui.window.picker.current_id() == "best-back-copy"
    assert listed(ui)["best-back-copy"].startswith("My back\n")
    assert "your routine" in listed(ui)["best-back-copy"]
    saved = data_dir / "routines" / "best-back-copy.json"
    assert load_routine(saved).title == "My back"
    assert bundled.read_bytes() == before
    assert ui.window.picker.edit_button.text() == "&Edit…"

    ui.qtbot.keyClick(ui.window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert editor.given[-1].id == "best-back-copy-2"  # a copy of the copy
    assert ui.window.picker.current_id() == "best-back-copy-2"


def test_editing_a_user_routine_replaces_its_file_and_cancel_changes_nothing(
    ui: App, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    editor = FakeEditor(monkeypatch)
    ui.pick("ultimate-back")
    ui.window.picker.edit_button.click()  # on a bundled routine: duplicate and edit
    folder = data_dir / "routines"
    assert sorted(snapshot(folder)) == ["ultimate-back-copy.json"]
    editor.title = "Renamed"
    ui.window.picker.edit_button.click()  # now on the user's copy: edit it in place
    assert editor.given[-1].id == "ultimate-back-copy"
    assert sorted(snapshot(folder)) == ["ultimate-back-copy.json"]
    assert RoutineLibrary.load().routines["ultimate-back-copy"].routine.title == "Renamed"
    editor.title = None
    before = snapshot(folder)
    trigger(ui, "edit_routine")
    assert snapshot(folder) == before


def test_a_bad_import_shows_file_path_and_reason_and_adds_nothing(
    ui: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_dir: Path
) -> None:
    data = routine_dict(block(exercise("row", reps=10))) | {"id": "shared"}
    data["blocks"][0]["exercises"][0]["dose"]["reps"] = 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(RoutineActions, "ask_import_path", classmethod(lambda cls, p: bad))
    monkeypatch.setattr(
        RoutineActions, "show_error", classmethod(lambda cls, p, t, text: errors.append((t, text)))
    )
    before = snapshot(data_dir / "routines")
    trigger(ui, "import_routine")
    ((title, text),) = errors
    assert title == "The routine was not imported"
    assert str(bad) in text
    assert "$.blocks[0].exercises[0].dose.reps" in text and ">= 1" in text
    assert snapshot(data_dir / "routines") == before
    assert "shared" not in listed(ui)


def test_an_imported_routine_can_be_started_and_replaced(
    ui: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "shared.json"
    source.write_text(json.dumps(routine_dict(block(exercise("row"))) | {"id": "shared"}))
    monkeypatch.setattr(RoutineActions, "ask_import_path", classmethod(lambda cls, p: source))
    trigger(ui, "import_routine")
    assert ui.window.picker.current_id() == "shared"
    assert "Imported" in ui.window.statusBar().currentMessage()

    asked: list[str] = []
    monkeypatch.setattr(
        RoutineActions,
        "confirm_replace",
        classmethod(lambda cls, p, existing: asked.append(existing.routine.id) or True),
    )
    source.write_text(source.read_text().replace("Test routine", "Shared twice"))
    trigger(ui, "import_routine")
    assert asked == ["shared"]
    assert listed(ui)["shared"].startswith("Shared twice\n")

    ui.window.picker.routine_list.setFocus()
    ui.key(Qt.Key.Key_Return)
    assert ui.window.runner is not None
    assert ui.window.runner.controller.timeline.routine_id == "shared"


def test_export_and_delete_via_the_menu(
    ui: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    FakeEditor(monkeypatch)
    ui.pick("kettlebell-pull")
    dest = tmp_path / "kb.json"
    monkeypatch.setattr(RoutineActions, "ask_export_path", classmethod(lambda cls, p, s: dest))
    trigger(ui, "export_routine")
    assert load_routine(dest) == ui.window.library.routines["kettlebell-pull"].routine  # type: ignore[union-attr]

    errors: list[str] = []
    monkeypatch.setattr(
        RoutineActions, "show_error", classmethod(lambda cls, p, t, text: errors.append(text))
    )
    trigger(ui, "delete_routine")  # bundled: refused, with the reason
    assert "cannot be deleted" in errors[0]
    trigger(ui, "duplicate_routine")
    monkeypatch.setattr(RoutineActions, "confirm_delete", classmethod(lambda cls, p, r: True))
    trigger(ui, "delete_routine")
    assert "kettlebell-pull-copy" not in listed(ui)
    assert "kettlebell-pull" in listed(ui)
