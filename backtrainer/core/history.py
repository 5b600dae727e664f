"""Session history as an append-only log of small records, and its replay into sessions.

Appending is what makes history durable and cheap: a finished step is one line added to
a file (and fsynced) before the next step starts, whatever the size of the history.
Everything else (notes, effort, deletion and its undo, how a session ended) is a further
record; the state of a session is the replay of its records, last one winning. Pure
Python: the storage layer reads and writes the lines, the UI and the CLI read sessions.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from operator import attrgetter
from typing import TYPE_CHECKING, Annotated, Literal, cast

import msgspec
from msgspec import Meta

if TYPE_CHECKING:
    from backtrainer.core.events import StepRecord

SCHEMA_VERSION = 1

Status = Literal["completed", "stopped", "interrupted", "running"]
"""running: no end record yet and its writer is still alive; interrupted: no end record
and the writer is gone (the app died, or was killed, mid-session)."""


# omit_defaults: a line leaves out fields at their default (a quarter shorter). gc=False:
# a record holds only strings, numbers and a dict of floats, so it can never be part of a
# reference cycle; not tracking hundreds of thousands of them makes a large history load
# markedly faster.
class _Record(
    msgspec.Struct,
    tag_field="type",
    forbid_unknown_fields=False,
    kw_only=True,
    omit_defaults=True,
    gc=False,
):
    session: str
    """The session's id (a UUID hex string)."""


class SessionStarted(_Record, tag="start", kw_only=True):
    routine: str
    title: str
    mode: str | None = None
    started_at: str
    """ISO 8601 with the local UTC offset."""
    planned_seconds: float
    planned_sets: int
    """Work steps in the plan."""
    settings: dict[str, float] = msgspec.field(default_factory=dict)
    """The interval settings the user set (the routine's own values are not repeated)."""
    resumed_from: str | None = None
    """The interrupted session this one continues, if any."""
    start_step: int = 0
    overrides: list[str] = msgspec.field(default_factory=list)
    """The settings given for this session alone (`--start ROUTINE --rounds 1`: ["rounds"]),
    not the saved ones; `settings` holds their values."""


class StepDone(_Record, tag="step", kw_only=True):
    index: int
    kind: str
    exercise: str | None = None
    exercise_id: str | None = None
    side: str | None = None
    round: int | None = None
    planned_seconds: float
    actual_seconds: float
    adjusted_seconds: float = 0.0
    reps: int | None = None
    """Reps per side in the plan (None for timed work)."""
    reps_counted: int | None = None
    skipped: bool = False


def step_done(session: str, record: StepRecord) -> StepDone:
    """The history's record of a finished step."""
    step = record.step
    return StepDone(
        session=session,
        index=record.index,
        kind=step.kind,
        exercise=step.exercise,
        exercise_id=step.exercise_id,
        side=step.side,
        round=step.round,
        planned_seconds=record.planned_seconds,
        actual_seconds=record.actual_seconds,
        adjusted_seconds=record.adjusted_seconds,
        reps=step.reps,
        reps_counted=record.reps_counted,
        skipped=record.skipped,
    )


class SessionEnded(_Record, tag="end", kw_only=True):
    status: Literal["completed", "stopped", "interrupted"]
    ended_at: str


class NotesSet(_Record, tag="notes", kw_only=True):
    notes: str = ""
    effort: Annotated[int, Meta(ge=1, le=10)] | None = None


class Deleted(_Record, tag="delete", kw_only=True):
    pass


class Restored(_Record, tag="restore", kw_only=True):
    pass


Record = SessionStarted | StepDone | SessionEnded | NotesSet | Deleted | Restored


_actual_seconds: Callable[[StepDone], float] = attrgetter("actual_seconds")


class Session(msgspec.Struct, kw_only=True):
    """A session as the review screen and `backtrainer history` show it."""

    id: str
    routine: str
    title: str
    mode: str | None
    started_at: str
    status: Status
    ended_at: str | None = None
    planned_seconds: float
    planned_sets: int
    settings: dict[str, float]
    resumed_from: str | None = None
    overrides: list[str] = msgspec.field(default_factory=list)
    """Settings given for this session alone (see SessionStarted.overrides)."""
    steps: list[StepDone]
    notes: str = ""
    effort: int | None = None
    deleted: bool = False

    @property
    def seconds(self) -> float:
        return sum(map(_actual_seconds, self.steps))

    @property
    def sets_done(self) -> int:
        return sum(1 for s in self.steps if s.kind == "work" and not s.skipped)

    @property
    def last_index(self) -> int:
        """The index of the last step on record (-1 before the first)."""
        return max((s.index for s in self.steps), default=-1)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off (if it was on) while a large history is
    turned into objects that cannot form cycles: tens of thousands of sessions, each with
    a list of its steps, and what the screen works out of them. Left running, it would
    walk every one of those lists at least twice while they are built (some 30% of the
    time a replay takes); once they are built, it gets to them as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def replay(records: Iterable[Record], live_sessions: frozenset[str] = frozenset()) -> list[Session]:
    """Sessions in the order they started. `live_sessions`: ids whose writer still runs
    (they show as running, not interrupted)."""
    with collector_paused():
        return _replay(records, live_sessions)


def _replay(records: Iterable[Record], live_sessions: frozenset[str]) -> list[Session]:
    sessions: dict[str, Session] = {}
    find = sessions.get
    last: str | None = None  # the session of the step before, if nothing came between,
    add: Callable[[StepDone], None] = list[StepDone]().append  # and where its steps go
    for record in records:
        if type(record) is StepDone:  # nine records in ten: the fast path (a third faster)
            if record.session == last:  # a run of steps of one session: most of them
                add(record)
                continue
            owner = find(record.session)
            if owner is not None:
                last, add = record.session, owner.steps.append
                add(record)
            continue
        last = None  # a start may replace the session of that id
        if isinstance(record, SessionStarted):
            sessions[record.session] = Session(
                id=record.session,
                routine=record.routine,
                title=record.title,
                mode=record.mode,
                started_at=record.started_at,
                status="running" if record.session in live_sessions else "interrupted",
                planned_seconds=record.planned_seconds,
                planned_sets=record.planned_sets,
                settings=dict(record.settings),
                resumed_from=record.resumed_from,
                overrides=list(record.overrides),
                steps=[],
            )
            continue
        session = find(record.session)
        if session is None:
            continue  # its start line was lost (a damaged file): nothing to attach it to
        if isinstance(record, StepDone):
            session.steps.append(record)
        elif isinstance(record, SessionEnded):
            session.status = record.status
            session.ended_at = record.ended_at
        elif isinstance(record, NotesSet):
            session.notes, session.effort = record.notes, record.effort
        elif isinstance(record, Deleted | Restored):
            session.deleted = isinstance(record, Deleted)
    return list(sessions.values())


def encode(record: Record) -> bytes:
    return msgspec.json.encode(record)


_decoder = msgspec.json.Decoder(Record)


def decode(line: bytes) -> Record:
    """One record; raises msgspec.DecodeError / ValidationError for a damaged line, of
    whatever kind (msgspec lets a string that is not UTF-8 escape as UnicodeDecodeError,
    and deep nesting as RecursionError: both are damage like any other)."""
    try:
        return cast(Record, _decoder.decode(line))
    except (UnicodeDecodeError, RecursionError) as exc:
        raise msgspec.DecodeError(f"unreadable line: {exc}") from None


def decode_lines(lines: bytes | memoryview) -> list[Record]:
    """Every record of a block of lines in one call (much faster than line by line);
    raises like `decode` if any line is damaged."""
    try:
        return cast(list[Record], _decoder.decode_lines(lines))
    except (UnicodeDecodeError, RecursionError) as exc:
        raise msgspec.DecodeError(f"unreadable lines: {exc}") from None
