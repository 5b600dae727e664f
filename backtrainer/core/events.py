"""What a running session tells its listeners: plain immutable values, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from backtrainer.core.timeline import Cue, Step


@dataclass(frozen=True)
class StateChanged:
    old: str
    new: str


@dataclass(frozen=True)
class StepStarted:
    index: int
    step: Step


@dataclass(frozen=True)
class SecondChanged:
    """The whole number of seconds shown on the countdown changed."""

    index: int
    shown: int
    remaining: float


@dataclass(frozen=True)
class CueDue:
    index: int
    cue: Cue
    due: float
    """Clock reading at which the cue should sound."""
    late: float
    """How far past `due` it was noticed; the speech layer may drop a stale cue."""


@dataclass(frozen=True)
class RepStarted:
    index: int
    rep: int
    reps: int


@dataclass(frozen=True)
class StepRecord:
    """What happened in one step, for the history."""

    index: int
    step: Step
    planned_seconds: float
    actual_seconds: float
    adjusted_seconds: float
    """Time the user added (+) or removed (-) with the +/- 10 s commands."""
    reps_counted: int | None
    skipped: bool
    """Ended early by the user (next, previous or stop) rather than by its deadline."""


@dataclass(frozen=True)
class StepFinished:
    record: StepRecord


@dataclass(frozen=True)
class Refused:
    """A command the session could not carry out, and why, in words for the user."""

    command: str
    reason: str


@dataclass(frozen=True)
class SessionEnded:
    status: Literal["finished", "stopped"]
    records: tuple[StepRecord, ...]


Event = (
    StateChanged
    | StepStarted
    | SecondChanged
    | CueDue
    | RepStarted
    | StepFinished
    | Refused
    | SessionEnded
)
