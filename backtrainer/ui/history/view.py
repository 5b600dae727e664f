"""The history screen: past sessions in a sortable, filterable table (short sessions
hidden unless asked for); the current one in detail with its notes and effort; delete of
one or many, with one undo; export; and a summary of the weeks. Esc goes back, as the
Back button does.

Every change is a record appended to the history store (NotesSet, Deleted, Restored);
the screen then updates its own copy of the session, so an edit never waits for the
history to be read again. `refresh()` reads it again (call it whenever the screen is
shown). A store that reports a problem is shown saying so; a read-only store turns
editing off, with the reason.

This module is what the screen does; how it is laid out and shows its state is
`HistoryLayout` (layout.py), made of the parts in summary_panel, filter_bar,
session_list and session_details.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, tzinfo
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QWidget

from backtrainer.core.history import Deleted, NotesSet, Record, Restored
from backtrainer.core.history_stats import DEFAULT_GOAL
from backtrainer.core.plan_week import WeekPlan
from backtrainer.storage.preferences import Preferences
from backtrainer.ui.history.layout import HistoryLayout, HistoryStoreLike
from backtrainer.ui.history.rows import Rows
from backtrainer.ui.i18n import counted

__all__ = ["HistoryStoreLike", "HistoryView", "PreferencesHolder"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

EXPORT_KINDS = {
    "csv": QT_TRANSLATE_NOOP("HistoryView", "CSV files (*.csv)"),
    "json": QT_TRANSLATE_NOOP("HistoryView", "JSON files (*.json)"),
}
"""Each export's file filter, in English: translated where shown."""


class PreferencesHolder(Protocol):
    """The app's preferences and how to save a change to them: the main window's
    VoiceControl is one. (The goal must be saved through the one object that holds the
    preferences, or the next save of another preference would write the old goal back.)"""

    @property
    def preferences(self) -> Preferences: ...
    @property
    def problem(self) -> str | None: ...
    def save(self, **changes: object) -> bool: ...


class HistoryView(HistoryLayout):
    """`HistoryView(store, preferences, parent)`: `store` is the app's HistoryStore,
    `preferences` the object that holds and saves the app's preferences (the main
    window's VoiceControl), for the weekly goal. Call `refresh()` each time the screen is
    shown, and `commit_notes()` before the store is closed."""

    back_requested = Signal()

    def __init__(
        self,
        store: HistoryStoreLike,
        preferences: PreferencesHolder | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        tz: tzinfo | None = None,
        week_plan: Callable[[], WeekPlan] | None = None,
    ) -> None:
        goal = preferences.preferences.weekly_goal if preferences else DEFAULT_GOAL
        super().__init__(store, goal, parent, today=today, tz=tz)
        self.week_plan = week_plan or self.week_plan
        self.prefs = preferences
        self._loading = False
        """Reading the store: the filters wait until it is done."""
        self._saved = True
        """Whether the last change appended was saved at once."""
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.go_back)
        self.export_csv_button.clicked.connect(self.export_csv)
        self.export_json_button.clicked.connect(self.export_json)
        self.export_fit_button.bind(
            self.session_list.selected_sessions,
            self.proxy.visible,
            self.commit_notes,
            self.message.setText,
        )
        self.goal.valueChanged.connect(self.set_goal)
        self.filter_bar.changed.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._show_problem)
        self.table.activated.connect(self._open_details)
        self.table.delete_pressed.connect(self.delete_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.session_details.edited.connect(self._edited)
        self.save_button.clicked.connect(self.save_notes)
        self._shortcut(QKeySequence.StandardKey.Undo, self.undo_delete)
        self._shortcut(QKeySequence.StandardKey.Save, self.save_notes)

    def _shortcut(self, key: QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # -- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again (the store's current sessions) and show it."""
        self.commit_notes()
        keep = self._shown
        try:
            source, make = self._read()
        except (OSError, ValueError) as exc:  # the store should report, not raise: never crash
            log.exception("could not read the history")
            source, make = [], lambda: Rows.empty(self.tz)
            self._error = self.tr("Could not read the history: {problem}").format(problem=exc)
        else:
            self._error = None
        self._undo.clear()
        if self.model.holds(source):
            self._refresh_period()
        else:
            self._reload(make())
        self._select(keep)
        self._update_count()
        self._show_problem()
        self._update_summary()
        self._show_undo()

    def _read(self) -> tuple[object, Callable[[], Rows]]:
        """What the history is now (to tell whether it changed), and how to make the
        table's columns of it: from the store's index when it has one that covers the log
        (a session is then read whole only when looked at), else from its sessions."""
        indexed_of = getattr(self.store, "indexed", None)
        indexed = indexed_of() if indexed_of is not None else None
        if indexed is not None:
            live = self.store.live()  # type: ignore[attr-defined]
            load = partial(self.store.read_row, indexed)  # type: ignore[attr-defined]
            summaries = indexed.summaries
            return (summaries, live), lambda: Rows.of_index(summaries, live, load, self.tz)
        sessions = self.store.sessions()
        return sessions, lambda: Rows.of_sessions(sessions, self.tz)

    def _reload(self, rows: Rows) -> None:
        """Show these sessions: one reset of the model, with the routines, the period and
        the filter set within it (the rows are sorted and filtered once)."""
        self._loading = True
        self.model.beginResetModel()
        try:
            self.model.load(rows)
            self.filter_bar.fill_routines()
            self.filter_bar.period_changed()  # its dates; the filter waits (loading)
            self.proxy.set_filter_values(*self.filter_bar.values())
        finally:
            self.model.endResetModel()
            self._loading = False

    def _refresh_period(self) -> None:
        """The sessions shown are the store's: only the period, which depends on the
        date, may have changed (and the rows shown with it). Rows that tie on the column
        sorted on take the order that reading them again would give them."""
        self.model.sort_afresh()
        self._loading = True
        try:
            self.filter_bar.period_changed()
        finally:
            self._loading = False
        values = self.filter_bar.values()
        if values != self.proxy.filter_values():
            self.proxy.set_filter(*values)

    # -- filters -----------------------------------------------------------------------

    def set_filter(
        self, routine: str | None = None, first: date | None = None, last: date | None = None
    ) -> None:
        """Show one routine's sessions (None: all), between two dates (both included)."""
        self.filter_bar.set_filter(routine, first, last)

    def _apply_filter(self) -> None:
        if self._loading:
            return
        keep = self._shown
        self.proxy.set_filter(*self.filter_bar.values())
        self._select(keep)
        self._update_count()

    def _select(self, keep: str | None) -> None:
        """That session if shown; if none is current then, the first row."""
        self.session_list.select(keep)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.session_list.select_row(0)

    # -- selection and details -----------------------------------------------------------

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        session = self.proxy.session_at(current) if current.isValid() else None
        if session is not None and session.id == self._shown:
            return
        self.commit_notes()
        self._show_details(session)

    def _open_details(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a session: into its details."""
        if index.isValid():
            self.session_details.enter()

    # -- editing -------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._shown is None:
            return
        self._dirty = True
        self.save_button.setEnabled(not self.read_only)

    def _append(self, *records: Record) -> bool:
        """Append an edit (its records saved at once); False if it could not be made at
        all. A store that could not save it yet keeps it in memory and retries (its
        `problem` says so): the edit stands, and the screen shows it as made."""
        if self.read_only:
            return False
        try:
            saved = (
                self.store.append(records[0])
                if len(records) == 1
                else self.store.append_all(records)
            )
        except (OSError, ValueError) as exc:  # the store should report, not raise
            log.exception("could not append to the history")
            self.message.setText(
                self.tr("Could not save the change: {problem}").format(problem=exc)
            )
            self._show_problem()
            return False
        self._saved = saved
        if not saved:
            self.message.setText(
                self.tr("Not saved yet: {problem}").format(problem=self.store.problem)
                if self.store.problem
                else self.tr("Not saved yet.")
            )
        self._show_problem()
        return True

    def _replace(self, session_id: str, **changes: object) -> None:
        position = self.model.position(session_id)
        if position >= 0:
            self.model.edit(position, **changes)

    def save_notes(self) -> None:
        """Save the notes and effort shown, if changed (Ctrl+S, or the button)."""
        self.message.clear()
        if self.commit_notes() and self._saved:
            self.message.setText(self.tr("Notes saved."))

    def commit_notes(self) -> bool:
        """Append the notes and effort of the session shown, if they were changed."""
        if not self._dirty or self._shown is None or self.read_only:
            return False
        notes = self.notes.toPlainText()
        effort = self.effort.value() or None
        if not self._append(NotesSet(session=self._shown, notes=notes, effort=effort)):
            return False
        self._dirty = False
        self.save_button.setEnabled(False)
        self._replace(self._shown, notes=notes, effort=effort)
        return True

    def delete_selected(self) -> None:
        """Delete the sessions selected (Delete key, or the button); Ctrl+Z (or Undo)
        brings them all back at once."""
        chosen = self.session_list.selected_sessions()
        if not chosen or self.read_only:
            return
        recording = [s for s in chosen if s.status == "running"]
        chosen = [s for s in chosen if s.status != "running"]
        if not chosen:
            self.message.setText(
                self.tr("This session is still being recorded: it cannot be deleted.")
            )
            return
        self.commit_notes()
        row = self.session_list.selected_rows()[0]
        self.message.clear()
        if not self._append(*(Deleted(session=s.id) for s in chosen)):
            return
        ids = tuple(s.id for s in chosen)
        self._undo.append(ids)
        self._replace_all(ids, deleted=True)
        if recording and self._saved:  # (else the message says it is not saved yet)
            self.message.setText(
                self.tr("The session still being recorded was not deleted.")
                if len(recording) == 1
                else self.tr("The {count} sessions still being recorded were not deleted.").format(
                    count=len(recording)
                )
            )
        if self.proxy.rowCount():
            self.session_list.select_row(min(row, self.proxy.rowCount() - 1))
        else:
            self._show_details(None)
        self._after_change()

    def undo_delete(self) -> None:
        """Bring back the sessions of the last delete here (Ctrl+Z, or the Undo button)."""
        if not self._undo or self.read_only:
            return
        ids = self._undo[-1]
        self.message.setText(
            self.tr("Session restored.")
            if len(ids) == 1
            else self.tr("{count} sessions restored.").format(count=len(ids))
        )
        if not self._append(*(Restored(session=i) for i in ids)):
            return
        self._undo.pop()
        self._replace_all(ids, deleted=False)
        self.session_list.select_all_of(ids)
        self._after_change()
        self.table.setFocus()

    def _replace_all(self, session_ids: tuple[str, ...], **changes: object) -> None:
        positions = [p for p in map(self.model.position, session_ids) if p >= 0]
        self.model.set_deleted(positions, bool(changes["deleted"]))

    def _after_change(self) -> None:
        self._update_count()
        self._update_summary()
        self._show_undo()

    # -- summary -------------------------------------------------------------------------

    def set_goal(self, goal: int) -> None:
        """Sessions a week to aim for; saved in the preferences."""
        self._goal = goal
        if self.goal.value() != goal:
            self.goal.setValue(goal)  # calls back here
            return
        if self.prefs is not None and not self.prefs.save(weekly_goal=goal):
            problem = self.prefs.problem or self.tr("unknown reason")
            self.message.setText(
                self.tr("The goal could not be saved: {problem}").format(problem=problem)
            )
        self._update_summary()

    # -- export --------------------------------------------------------------------------

    @classmethod
    def ask_export_path(cls, parent: QWidget, kind: str, suggested: Path) -> Path | None:
        """Where to save the export, or None if cancelled. Tests replace this classmethod."""
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("HistoryView", "Export history as {format}").format(format=kind.upper()),
            str(suggested),
            translate("HistoryView", str(EXPORT_KINDS[kind])),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{kind}")

    def export_csv(self) -> None:
        self.export("csv")

    def export_json(self) -> None:
        self.export("json")

    def export(self, kind: str) -> None:
        """Save the sessions shown in the table, in the order shown, as CSV or JSON (notes
        typed and not saved yet are saved first: they are exported too)."""
        self.commit_notes()
        sessions = self.proxy.visible()
        if not sessions:
            self.message.setText(self.tr("No sessions to export: the table is empty."))
            return
        suggested = Path.home() / f"backtrainer-history-{self.today().isoformat()}.{kind}"
        path = self.ask_export_path(self, kind, suggested)
        if path is None:
            return
        from backtrainer.storage.history.export import export_csv, export_json

        exporter = export_csv if kind == "csv" else export_json
        try:
            exporter(sessions, path)
        except OSError as exc:
            self.message.setText(
                self.tr("Could not export to {path}: {problem}.").format(
                    path=path, problem=exc.strerror or exc
                )
            )
            return
        count = len(sessions)
        self.message.setText(
            counted(self.tr("Exported %n session(s) to {path}.", "", count), count).format(
                path=path
            )
        )

    # -- leaving -------------------------------------------------------------------------

    def go_back(self) -> None:
        """Leave the screen (Back, or Esc), keeping what was typed."""
        self.commit_notes()
        self.back_requested.emit()

    def _escape_leaves(self, event: QEvent) -> bool:
        """Esc, and the window is not full screen (there, Esc first leaves full screen:
        the window's own shortcut)."""
        return (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self.window().isFullScreen()
        )

    def event(self, event: QEvent) -> bool:
        # Esc, as no control of the screen takes it: the screen's, not the window's
        # shortcut (which would only leave full screen), so it reaches keyPressEvent.
        if event.type() == QEvent.Type.ShortcutOverride and self._escape_leaves(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._escape_leaves(event):
            self.go_back()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.commit_notes()  # leaving the screen keeps what was typed
        super().hideEvent(event)
