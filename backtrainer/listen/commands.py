"""From heard words to what the workout does: pause, resume, next, back, repeat, and
"cancel workout", which is only carried out after a "yes" within five seconds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

CONFIRM_SECONDS = 5.0
QUESTION = "Stop the workout? Say yes."


@dataclass(frozen=True)
class Action:
    command: str
    """pause, resume, next, back, repeat, ask_stop (ask for a yes) or stop."""
    caption: str
    """What the caption line shows: "Heard: pause"."""


class Interpreter:
    """Turns commands into actions; holds the pending "cancel workout" question."""

    def __init__(self, now: Callable[[], float]) -> None:
        self._now = now
        self._asked_at: float | None = None

    def interpret(self, command: str) -> Action | None:
        """The action for `command`; None when it means nothing now (a stray "yes")."""
        now = self._now()
        asked, self._asked_at = self._asked_at, None
        if command == "yes":
            if asked is not None and now - asked <= CONFIRM_SECONDS:
                return Action("stop", "Heard: yes")
            return None
        if command == "stop":
            self._asked_at = now
            return Action("ask_stop", QUESTION)
        return Action(command, f"Heard: {command}")

    @property
    def asking(self) -> bool:
        """True while a "cancel workout" waits for its "yes"."""
        return self._asked_at is not None and self._now() - self._asked_at <= CONFIRM_SECONDS
