"""The window's side of the history: recording sessions, the review screen, and the
offer to resume a session that the app did not live to finish."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # imported when first used: the window shows without waiting for them
    from backtrainer.core.history import Session
    from backtrainer.core.plan_week import WeekPlan
    from backtrainer.core.session import SessionController
    from backtrainer.core.settings import IntervalSettings
    from backtrainer.storage.history.recorder import SessionRecorder
    from backtrainer.storage.history.store import HistoryStore
    from backtrainer.ui.history.view import HistoryView, PreferencesHolder

translate = QCoreApplication.translate


class HistoryControl:
    """Opens the history on first use (after the window is on screen, not before)."""

    def __init__(
        self, open_store: Callable[[], HistoryStore] | None, preferences: PreferencesHolder
    ) -> None:
        self._open_store = open_store
        self._store: HistoryStore | None = None
        self.preferences = preferences
        self.view: HistoryView | None = None
        self.recorder: SessionRecorder | None = None
        self.week_plan: Callable[[], WeekPlan] | None = None
        """The saved weekly plan (the window's settings), for the screen's summary."""

    @property
    def store(self) -> HistoryStore | None:
        if self._store is None and self._open_store is not None:
            self._store = self._open_store()
            self._open_store = None
        return self._store

    @property
    def problem(self) -> str | None:
        return self.store.problem if self.store is not None else None

    def record(
        self,
        controller: SessionController,
        settings: IntervalSettings,
        on_problem: Callable[[str], None],
        *,
        resumed_from: str | None = None,
        start_step: int = 0,
    ) -> None:
        if self.store is None or self.store.read_only:
            return
        from backtrainer.storage.history.recorder import SessionRecorder

        self.recorder = SessionRecorder(
            self.store,
            controller,
            settings,
            resumed_from=resumed_from,
            start_step=start_step,
            on_problem=on_problem,
        )

    def review(self, parent: QWidget, on_back: Callable[[], None]) -> HistoryView | None:
        """The review screen (made on first use), refreshed from the store."""
        if self.store is None:
            return None
        if self.view is None:
            from backtrainer.ui.history.view import HistoryView

            self.view = HistoryView(  # reads the store
                self.store, self.preferences, parent, week_plan=self.week_plan
            )
            self.view.back_requested.connect(on_back)
        else:
            self.view.refresh()
        return self.view

    def resumable(self, known_routines: set[str]) -> Session | None:
        """The latest session the app did not live to finish, if this app writes."""
        if self.store is None or self.store.read_only:
            return None
        left = [s for s in self.store.interrupted() if s.routine in known_routines]
        return left[-1] if left else None

    def close_interrupted(self, session: Session) -> None:
        """Give it its end record: offered once, whatever the user chose."""
        if self.store is not None:
            self.store.mark_interrupted(session)

    def close(self) -> None:
        if self.view is not None:
            self.view.commit_notes()
        if self._store is not None:  # never opened: nothing to close
            self._store.flush_pending()
            self._store.close()


def settings_of(session: Session) -> IntervalSettings:
    """The interval settings a session ran with (what the user had set)."""
    from backtrainer.core.settings import IntervalSettings, SettingsError, from_record

    try:
        return from_record(session.settings)
    except (TypeError, SettingsError):
        return IntervalSettings()


def ask_resume(parent: QWidget, session: Session) -> bool:
    """Resume (True) or keep as it is (False)."""
    from PySide6.QtWidgets import QMessageBox  # see messages.ask

    done = session.last_index + 1
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ask_resume", "Unfinished workout"))
    box.setText(
        translate(
            "ask_resume",
            "{title}, started {started}, was cut off after {done} of {planned} sets.",
        ).format(
            title=session.title,
            started=session.started_at[:16].replace("T", " "),
            done=session.sets_done,
            planned=session.planned_sets,
        )
    )
    box.setInformativeText(
        translate("ask_resume", "Resume it where it stopped, or keep it in the history as it is?")
    )
    resume = box.addButton(
        translate("ask_resume", "Resume at step {step}").format(step=done + 1),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(translate("ask_resume", "Keep as it is"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(resume)
    box.exec()
    return box.clickedButton() is resume
