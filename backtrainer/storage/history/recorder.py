"""Writes a running session into the history: its start, every finished step, its end.

It listens to the controller's events, so each step's record is appended (and fsynced by
the store) inside the event that ends the step, before the next step's first second is
shown. A write that fails does not stop the workout: the store keeps the record pending
and retries, and `on_problem` tells the window what to show.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Literal, Protocol

from backtrainer.core import history
from backtrainer.core.events import Event, SessionEnded, StepFinished
from backtrainer.core.session import SessionController
from backtrainer.core.settings import IntervalSettings

log = logging.getLogger(__name__)


class HistoryWriter(Protocol):
    """What the recorder needs of the history store."""

    @property
    def problem(self) -> str | None: ...

    def append(self, record: history.Record) -> bool: ...

    def set_current_session(self, session_id: str | None) -> None: ...


def local_now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class SessionRecorder:
    def __init__(
        self,
        store: HistoryWriter,
        controller: SessionController,
        settings: IntervalSettings,
        *,
        resumed_from: str | None = None,
        start_step: int = 0,
        on_problem: Callable[[str], None] = lambda _text: None,
        now: Callable[[], str] = local_now,
    ) -> None:
        self.store = store
        self.session_id = uuid.uuid4().hex
        self.on_problem = on_problem
        self._now = now
        timeline = controller.timeline
        store.set_current_session(self.session_id)
        chosen = {k: v for k, v in dataclasses.asdict(settings).items() if v is not None}
        self._write(
            history.SessionStarted(
                session=self.session_id,
                routine=timeline.routine_id,
                title=timeline.title,
                mode=timeline.mode,
                started_at=now(),
                planned_seconds=timeline.total_seconds,
                planned_sets=len(timeline.work_steps),
                settings=chosen,
                resumed_from=resumed_from,
                start_step=start_step,
                overrides=list(timeline.overrides),
            )
        )
        controller.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, StepFinished):
            self._write(history.step_done(self.session_id, event.record))
        elif isinstance(event, SessionEnded):
            status: Literal["completed", "stopped"] = (
                "completed" if event.status == "finished" else "stopped"
            )
            self._write(
                history.SessionEnded(session=self.session_id, status=status, ended_at=self._now())
            )
            self.store.set_current_session(None)

    def _write(self, record: history.Record) -> None:
        if not self.store.append(record):
            problem = self.store.problem or "The history could not be saved."
            log.warning("history: %s", problem)
            self.on_problem(f"{problem} The workout goes on; saving is retried.")
