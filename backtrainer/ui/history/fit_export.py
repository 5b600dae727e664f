"""The history screen's "Export to Garmin/Strava (FIT)" button: the sessions selected, or
every session shown, written into a folder as FIT activity files (storage.history.fit),
one per session, to upload to Garmin Connect or Strava.

A button with a menu of the two choices, so that both are a click or a key away
(Alt+X, then Down and Enter); what was done is said in the screen's message line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from backtrainer.core.history import Session
from backtrainer.ui.history.widgets import plural

UPLOAD_HINT = "upload them in Garmin Connect (Import Data) or Strava (Upload activity)"


def _nothing() -> list[Session]:
    return []


class FitExportButton(QPushButton):
    """Laid out by the screen's layout; `bind()` by the screen gives it the sessions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("E&xport to Garmin/Strava (FIT)", parent)
        self.setToolTip(
            "Save sessions as FIT activity files, one per session, into a folder:"
            " for Garmin Connect and Strava"
        )
        self.bind(_nothing, _nothing, _nothing, print)
        menu = QMenu(self)
        self.selected_action = menu.addAction("The &selected sessions…")
        self.shown_action = menu.addAction("&Every session shown…")
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
            parent, "Export to Garmin/Strava (FIT): choose a folder", str(Path.home())
        )
        return Path(name) if name else None

    def export(self, sessions: list[Session]) -> None:
        from backtrainer.storage.history.fit import FitExportError, export_fit, exportable

        self.before()
        if not any(map(exportable, sessions)):
            self.say("No session to export as FIT: none of them has a set done.")
            return
        folder = self.ask_folder(self)
        if folder is None:
            return
        try:
            result = export_fit(sessions, folder)
        except OSError as exc:
            where = exc.filename or folder
            self.say(f"Could not export to {where}: {exc.strerror or exc}.")
            return
        except FitExportError as exc:
            self.say(f"Could not export: {exc}.")
            return
        left = f" ({plural(result.skipped, 'session')} without a set done left out)"
        self.say(
            f"Exported {plural(len(result.written), 'FIT file')} to {folder}"
            f"{left if result.skipped else ''}: {UPLOAD_HINT}."
        )
