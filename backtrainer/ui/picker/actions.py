"""The Routine menu: duplicate and edit, edit, import, export, delete.

The work is done by storage.routine_files and the editor dialog; this wires them to the
main window: it asks (file dialogs, confirmations, through classmethods that tests
replace), reports errors naming the file, the JSON path and the reason, and reloads
the routine list showing the routine just saved.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

if TYPE_CHECKING:
    from backtrainer.core.model import Routine
    from backtrainer.storage.routines import LoadedRoutine, RoutineError, RoutineLibrary
    from backtrainer.ui.picker.view import RoutinePicker

JSON_FILES = "Routine files (*.json)"


log = logging.getLogger(__name__)


class RoutineWindow(Protocol):
    """What the routine actions need of the main window."""

    @property
    def library(self) -> RoutineLibrary | None: ...
    @property
    def picker(self) -> RoutinePicker: ...
    def reload_library(self, select: str | None = None) -> None: ...


class RoutineActions(QObject):
    def __init__(self, owner: QMainWindow, window: RoutineWindow) -> None:
        super().__init__(owner)
        self.setObjectName("routine_actions")
        self.owner = owner
        self.window = window
        menu = owner.menuBar().addMenu("&Routine")
        for name, text, keys, slot in (
            ("duplicate_routine", "&Duplicate and edit…", "Ctrl+D", self.duplicate_current),
            ("edit_routine", "&Edit…", "Ctrl+E", self.edit_current),
            ("import_routine", "&Import…", "Ctrl+O", self.import_file),
            ("export_routine", "E&xport…", "", self.export_current),
            ("delete_routine", "De&lete…", "", self.delete_current),
        ):
            action = menu.addAction(text)
            action.setObjectName(name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            if name in ("edit_routine", "export_routine"):
                menu.addSeparator()
        window.picker.edit_button.clicked.connect(self.edit_current)

    def current(self) -> LoadedRoutine | None:
        """The routine selected in the list, when the list is on screen."""
        library, picker = self.window.library, self.window.picker
        routine_id = picker.current_id()
        if library is None or routine_id is None or not picker.isVisible():
            return None  # during a workout, say: nothing to act on
        return library.routines.get(routine_id)

    # -- commands ------------------------------------------------------------------------

    def duplicate_current(self) -> None:
        from backtrainer.storage.routine_files import duplicate, taken_ids
        from backtrainer.ui.editor.dialog import RoutineEditor

        loaded = self.current()
        if loaded is None or self.window.library is None:
            return
        copy = duplicate(loaded.routine, taken_ids(self.window.library))
        intro = (
            f"Your own copy of “{loaded.routine.title}”, saved as {copy.id}.json in your"
            " routines folder. The original stays as it is."
        )
        edited = RoutineEditor.edit(self.owner, copy, intro)
        if edited is not None:
            self._save(edited, None)

    def edit_current(self) -> None:
        """Edit the user's own routine; a bundled one is duplicated first."""
        from backtrainer.ui.editor.dialog import RoutineEditor

        loaded = self.current()
        if loaded is None:
            return
        if loaded.bundled:
            self.duplicate_current()
            return
        edited = RoutineEditor.edit(self.owner, loaded.routine, f"Your routine, in {loaded.file}.")
        if edited is not None and edited != loaded.routine:
            self._save(edited, loaded.file)

    def import_file(self) -> None:
        from backtrainer.storage.routine_files import RoutineExists, import_routine
        from backtrainer.storage.routines import RoutineError

        source = self.ask_import_path(self.owner)
        if source is None or self.window.library is None:
            return
        try:
            try:
                routine, target = import_routine(source, self.window.library)
            except RoutineExists as exc:
                if not self.confirm_replace(self.owner, exc.existing):
                    return
                routine, target = import_routine(source, self.window.library, replace=True)
        except RoutineError as exc:
            self.show_error(self.owner, "The routine was not imported", _describe(exc))
            return
        self._done(routine.id, f"Imported “{routine.title}” into {target}.")

    def export_current(self) -> None:
        from backtrainer.storage.routine_files import export_routine

        loaded = self.current()
        if loaded is None:
            return
        dest = self.ask_export_path(self.owner, Path.home() / f"{loaded.routine.id}.json")
        if dest is None:
            return
        try:
            export_routine(loaded.routine, dest)
        except OSError as exc:
            reason = f"{dest}\n\nCould not write the file: {_why(exc)}"
            self.show_error(self.owner, "The routine was not exported", reason)
            return
        self.owner.statusBar().showMessage(f"Exported “{loaded.routine.title}” to {dest}.")

    def delete_current(self) -> None:
        from backtrainer.storage.routine_files import delete_user_routine

        loaded = self.current()
        if loaded is None:
            return
        if loaded.bundled:
            self.show_error(
                self.owner,
                "Bundled routine",
                f"“{loaded.routine.title}” comes with BackTrainer and cannot be deleted.",
            )
            return
        if not self.confirm_delete(self.owner, loaded):
            return
        try:
            delete_user_routine(loaded)
        except OSError as exc:
            self.show_error(self.owner, "Not deleted", f"{loaded.file}: {_why(exc)}")
            return
        self._done(None, f"Deleted “{loaded.routine.title}” ({loaded.file}).")

    def _save(self, routine: Routine, replace: Path | None) -> None:
        from backtrainer.storage.routine_files import save_user_routine
        from backtrainer.storage.routines import RoutineError

        assert self.window.library is not None
        try:
            target = save_user_routine(routine, self.window.library, replace=replace)
        except RoutineError as exc:
            self.show_error(self.owner, "The routine was not saved", _describe(exc))
            return
        except OSError as exc:
            self.show_error(self.owner, "The routine was not saved", f"{_why(exc)}")
            return
        self._done(routine.id, f"Saved “{routine.title}” to {target}.")

    def _done(self, select: str | None, message: str) -> None:
        self.window.reload_library(select)
        self.owner.statusBar().showMessage(message)

    # -- questions (tests replace these classmethods) ------------------------------------

    @classmethod
    def ask_import_path(cls, parent: QWidget) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            parent, "Import a routine", str(Path.home()), JSON_FILES
        )
        return Path(name) if name else None

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            parent, "Export the routine", str(suggested), JSON_FILES
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".json")

    @classmethod
    def confirm_replace(cls, parent: QWidget, existing: LoadedRoutine) -> bool:
        return _yes(
            parent,
            "Replace your routine?",
            f"You already have a routine with the id {existing.routine.id}"
            f" (“{existing.routine.title}”, {existing.file}). Replace it with the imported one?",
        )

    @classmethod
    def confirm_delete(cls, parent: QWidget, loaded: LoadedRoutine) -> bool:
        return _yes(
            parent,
            "Delete the routine?",
            f"Delete “{loaded.routine.title}”? Its file {loaded.file} is removed;"
            " the history of the workouts you did with it is kept.",
        )

    @classmethod
    def show_error(cls, parent: QWidget, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, f"{title}.", QMessageBox.StandardButton.Ok, parent
        )
        box.setInformativeText(text)
        # Wide enough for a file's path and a JSON path on one line each.
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 34em; }")
        box.exec()


def _yes(parent: QWidget, title: str, question: str) -> bool:
    """Yes or No, No by default: both questions replace or remove a file."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, question, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _why(exc: OSError) -> str:
    """The system's reason in its own short words ("Permission denied"); never the
    exception's text, which goes to the log."""
    log.warning("file operation failed", exc_info=exc)
    return exc.strerror or "the system refused it (Help > Show the log folder has the details)"


def _describe(error: RoutineError) -> str:
    """File, reason and JSON path on lines of their own, for a message box."""
    return f"File: {error.file}\nWhere: {error.path}\nWhy: {error.reason}"
