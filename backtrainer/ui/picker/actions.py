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

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from backtrainer.ui.i18n import arg
from backtrainer.ui.messages.ask import yes_or_no

if TYPE_CHECKING:
    from backtrainer.core.model import Routine
    from backtrainer.storage.routines import LoadedRoutine, RoutineError, RoutineLibrary
    from backtrainer.ui.picker.view import RoutinePicker

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def json_files() -> str:
    """The file dialogs' filter."""
    return translate("RoutineActions", "Routine files (*.json)")


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
        menu = owner.menuBar().addMenu(translate("menus", "&Routine"))
        for name, text, keys, slot in (
            (
                "duplicate_routine",
                translate("menus", "&Duplicate and edit…"),
                "Ctrl+D",
                self.duplicate_current,
            ),
            ("edit_routine", translate("menus", "&Edit…"), "Ctrl+E", self.edit_current),
            ("import_routine", translate("menus", "&Import…"), "Ctrl+O", self.import_file),
            ("export_routine", translate("menus", "E&xport…"), "", self.export_current),
            ("delete_routine", translate("menus", "De&lete…"), "", self.delete_current),
        ):
            action = menu.addAction(text)
            action.setObjectName(name)
            if keys:
                # setShortcuts: choosing among setShortcut's overloads builds `Qt`, which
                # waits until the routines are listed (see `ui.main_window`).
                action.setShortcuts([QKeySequence(keys)])
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
        intro = arg(
            self.tr(
                "Your own copy of “%1”, saved as %2 in your routines folder. The original"
                " stays as it is."
            ),
            loaded.routine.title,
            f"{copy.id}.json",
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
        intro = arg(self.tr("Your routine, in %1."), loaded.file)
        edited = RoutineEditor.edit(self.owner, loaded.routine, intro)
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
            self.show_error(self.owner, self.tr("The routine was not imported"), _describe(exc))
            return
        self._done(routine.id, arg(self.tr("Imported “%1” into %2."), routine.title, target))

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
            reason = arg(self.tr("%1\n\nCould not write the file: %2"), dest, _why(exc))
            self.show_error(self.owner, self.tr("The routine was not exported"), reason)
            return
        exported = arg(self.tr("Exported “%1” to %2."), loaded.routine.title, dest)
        self.owner.statusBar().showMessage(exported)

    def delete_current(self) -> None:
        from backtrainer.storage.routine_files import delete_user_routine

        loaded = self.current()
        if loaded is None:
            return
        if loaded.bundled:
            self.show_error(
                self.owner,
                self.tr("Bundled routine"),
                arg(
                    self.tr("“%1” comes with BackTrainer and cannot be deleted."),
                    loaded.routine.title,
                ),
            )
            return
        if not self.confirm_delete(self.owner, loaded):
            return
        try:
            delete_user_routine(loaded)
        except OSError as exc:
            self.show_error(self.owner, self.tr("Not deleted"), f"{loaded.file}: {_why(exc)}")
            return
        deleted = arg(self.tr("Deleted “%1” (%2)."), loaded.routine.title, loaded.file)
        self._done(None, deleted)

    def _save(self, routine: Routine, replace: Path | None) -> None:
        from backtrainer.storage.routine_files import save_user_routine
        from backtrainer.storage.routines import RoutineError

        assert self.window.library is not None
        try:
            target = save_user_routine(routine, self.window.library, replace=replace)
        except RoutineError as exc:
            self.show_error(self.owner, self.tr("The routine was not saved"), _describe(exc))
            return
        except OSError as exc:
            self.show_error(self.owner, self.tr("The routine was not saved"), f"{_why(exc)}")
            return
        self._done(routine.id, arg(self.tr("Saved “%1” to %2."), routine.title, target))

    def _done(self, select: str | None, message: str) -> None:
        self.window.reload_library(select)
        self.owner.statusBar().showMessage(message)

    # -- questions (tests replace these classmethods) ------------------------------------

    @classmethod
    def ask_import_path(cls, parent: QWidget) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # its enums cost the first paint 2 ms

        name, _filter = QFileDialog.getOpenFileName(
            parent, translate("RoutineActions", "Import a routine"), str(Path.home()), json_files()
        )
        return Path(name) if name else None

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getSaveFileName(
            parent, translate("RoutineActions", "Export the routine"), str(suggested), json_files()
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".json")

    @classmethod
    def confirm_replace(cls, parent: QWidget, existing: LoadedRoutine) -> bool:
        return yes_or_no(
            parent,
            translate("RoutineActions", "Replace your routine?"),
            arg(
                translate(
                    "RoutineActions",
                    "You already have a routine with the id %1 (“%2”, %3). Replace it with the"
                    " imported one?",
                ),
                existing.routine.id,
                existing.routine.title,
                existing.file,
            ),
        )

    @classmethod
    def confirm_delete(cls, parent: QWidget, loaded: LoadedRoutine) -> bool:
        return yes_or_no(
            parent,
            translate("RoutineActions", "Delete the routine?"),
            arg(
                translate(
                    "RoutineActions",
                    "Delete “%1”? Its file %2 is removed; the history of the workouts you did"
                    " with it is kept.",
                ),
                loaded.routine.title,
                loaded.file,
            ),
        )

    @classmethod
    def show_error(cls, parent: QWidget, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # see messages.ask

        box = QMessageBox(
            QMessageBox.Icon.Warning, title, f"{title}.", QMessageBox.StandardButton.Ok, parent
        )
        box.setInformativeText(text)
        # Wide enough for a file's path and a JSON path on one line each.
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 34em; }")
        box.exec()


def _why(exc: OSError) -> str:
    """The system's reason in its own short words ("Permission denied"); never the
    exception's text, which goes to the log."""
    log.warning("file operation failed", exc_info=exc)
    return exc.strerror or translate(
        "RoutineActions", "the system refused it (Help > Show the log folder has the details)"
    )


def _describe(error: RoutineError) -> str:
    """File, reason and JSON path on lines of their own, for a message box."""
    said = translate("RoutineActions", "File: %1\nWhere: %2\nWhy: %3")
    return arg(said, error.file, error.path, error.reason)
