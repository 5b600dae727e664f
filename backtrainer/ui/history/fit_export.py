"""The history screen's "Export to Garmin/Strava (FIT)" button: the sessions selected, or
every session shown, written into a folder as FIT activity files (storage.history.fit),
one per session, to upload to Garmin Connect or Strava.

A button with a menu of the two choices, so that both are a click or a key away
(Alt+X, then Down and Enter); what was done is said in the screen's message line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from backtrainer.core.history import Session
from backtrainer.ui.i18n import arg, counted

translate = QCoreApplication.translate


def _nothing() -> list[Session]:
    return []


class FitExportButton(QPushButton):
    """Laid out by the screen's layout; `bind()` by the screen gives it the sessions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("E&xport to Garmin/Strava (FIT)"))
        self.setToolTip(
            self.tr(
                "Save sessions as FIT activity files, one per session, into a folder:"
                " for Garmin Connect and Strava"
            )
        )
        self.bind(_nothing, _nothing, _nothing, print)
        menu = QMenu(self)
        self.selected_action = menu.addAction(self.tr("The &selected sessions…"))
        self.shown_action = menu.addAction(self.tr("&Every session shown…"))
        self.selected_action.triggered.connect(lambda: self.export(self.selected()))
        self.shown_action.triggered.connect(lambda: self.export(self.shown()))
        self.setMenu(menu)

    def bind(
        self,
        selected: Callable[[], list[Session]],
        shown: Callable[[], list[Session]],
        before: Callable[[], object],
        say: Callable[[str], None],
    ) -> None:
        """`selected` and `shown` give the sessions; `before` runs first (it saves notes
        typed, so that they are not lost); `say` shows the outcome."""
        self.selected, self.shown, self.before, self.say = selected, shown, before, say

    @classmethod
    def ask_folder(cls, parent: QWidget) -> Path | None:
        """The folder to write into, or None if cancelled. Tests replace this classmethod."""
        name = QFileDialog.getExistingDirectory(
            parent,
            translate("FitExportButton", "Export to Garmin/Strava (FIT): choose a folder"),
            str(Path.home()),
        )
        return Path(name) if name else None

    def export(self, sessions: list[Session]) -> None:
        from backtrainer.storage.history.fit import FitExportError, export_fit, exportable

        self.before()
        if not any(map(exportable, sessions)):
            self.say(self.tr("No session to export as FIT: none of them has a set done."))
            return
        folder = self.ask_folder(self)
        if folder is None:
            return
        try:
            result = export_fit(sessions, folder)
        except OSError as exc:
            where = exc.filename or folder
            self.say(arg(self.tr("Could not export to %1: %2."), where, exc.strerror or exc))
            return
        except FitExportError as exc:
            self.say(arg(self.tr("Could not export: %1."), exc))
            return
        hint = self.tr("upload them in Garmin Connect (Import Data) or Strava (Upload activity)")
        files = len(result.written)
        done = arg(counted(self.tr("Exported %n FIT file(s) to %1", "", files), files), folder)
        if result.skipped:
            left = counted(
                self.tr("%n session(s) without a set done left out", "", result.skipped),
                result.skipped,
            )
            done = f"{done} ({left})"
        self.say(f"{done}: {hint}.")
