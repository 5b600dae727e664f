"""Numbers for the history screen: this week, the weekly streak, totals per routine and
minutes per week. Pure Python, computed from replayed sessions.

Weeks start on Monday, in local time: a session belongs to the week of the local date on
which it started (`started_at` carries its UTC offset; it is converted to `tz`, the
system's time zone unless a test gives another).

What counts as a session is `is_session`, and every number uses it: one not deleted,
with at least one work step finished (done, not skipped). Starting a routine and stopping
it during "get ready", or skipping every set, is a short session: it stays on record (the
history screen hides it unless asked) and is in no number, neither count nor minutes. A
session counts once: the continuation of an interrupted session already counted adds its
minutes to the week and the routine, not another session (resuming after a crash is
still one workout).

Each session's date, week, time and whether it counts are worked out once (`Facts`), and
every number of a `summarize` comes from one pass over them (`Tally`): a history of ten
thousand sessions is summed up in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from operator import attrgetter
from typing import NamedTuple

from backtrainer.core.history import Session, StepDone, collector_paused

DEFAULT_GOAL = 2
CHART_WEEKS = 12


def started(session: Session, tz: tzinfo | None = None) -> datetime | None:
    """When the session started, in local time (None if the time cannot be read)."""
    return started_text(session.started_at, tz)


def started_text(text: str, tz: tzinfo | None = None) -> datetime | None:
    """`started` of a session whose `started_at` is `text`."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment  # no offset on record: it was written as local time
    return moment.astimezone(tz)


def local_date(session: Session, tz: tzinfo | None = None) -> date | None:
    moment = started(session, tz)
    return None if moment is None else moment.date()


def week_of(day: date) -> date:
    """The Monday of the week `day` is in."""
    return date.fromordinal(day.toordinal() - day.weekday())


class Facts(NamedTuple):
    """What the numbers need of a session, worked out once (see `facts`)."""

    moment: datetime | None
    """When it started, in local time (`started`)."""
    day: date | None
    """Its local date (`local_date`)."""
    week: date | None
    """The Monday of that date's week (`week_of`)."""
    seconds: float
    """`Session.seconds`."""
    worked: bool
    """At least one work step finished (`work_done`): with `deleted`, whether it is a
    session (`is_session`) or a short one."""


_kind_skipped: Callable[[StepDone], tuple[str, bool]] = attrgetter("kind", "skipped")
_SET_DONE = ("work", False)
"""A work step not skipped: a set done (`Session.sets_done`)."""


def work_done(session: Session) -> bool:
    """At least one work step finished (done, not skipped)."""
    # stops at the first set done (usually the second step); `skipped` is a bool
    return _SET_DONE in map(_kind_skipped, session.steps)


def is_session(session: Session, known: Facts | None = None) -> bool:
    """What counts as a session, for every number of the history (this week, the streak,
    the chart, the totals per routine, the sessions shown): not deleted, and at least one
    work step finished. Any other session not deleted is a short one (see the module).
    `known`: the session's `facts`, if worked out already."""
    return not session.deleted and (work_done(session) if known is None else known.worked)


def is_short(session: Session, known: Facts | None = None) -> bool:
    """Kept, but not a session: stopped before its first set was done."""
    return not session.deleted and not is_session(session, known)


def facts(session: Session, tz: tzinfo | None = None) -> Facts:
    moment = started(session, tz)
    day = None if moment is None else moment.date()
    week = None if day is None else week_of(day)
    return Facts(moment, day, week, session.seconds, work_done(session))


def all_facts(sessions: Iterable[Session], tz: tzinfo | None = None) -> list[Facts]:
    """`facts` of each session, in order."""
    with collector_paused():
        return [facts(session, tz) for session in sessions]


def counts(sessions: Sequence[Session], known: Sequence[Facts] | None = None) -> list[bool]:
    """Whether each session is counted: a session (`is_session`), and not the
    continuation of an interrupted one counted already (each workout once: see the
    module's docstring). In the order given (replay's order: as they started). `known`:
    their `all_facts`, if worked out already."""
    if known is not None and len(known) != len(sessions):
        raise ValueError("one Facts per session")
    result: list[bool] = []
    seen: set[str] = set()
    for n, session in enumerate(sessions):
        if not is_session(session, None if known is None else known[n]):
            result.append(False)
            continue
        seen.add(session.id)
        result.append(session.resumed_from is None or session.resumed_from not in seen)
    return result


def counted(sessions: Iterable[Session]) -> list[Session]:
    """The sessions counted (`counts`), in the order given."""
    every = list(sessions)
    return [session for session, yes in zip(every, counts(every), strict=True) if yes]


@dataclass(frozen=True)
class WeekTotal:
    start: date
    """The week's Monday."""
    sessions: int
    seconds: float

    @property
    def minutes(self) -> float:
        return self.seconds / 60


@dataclass(frozen=True)
class RoutineTotal:
    routine: str
    title: str
    """The title in the routine's most recent session."""
    sessions: int
    seconds: float


TallyRow = tuple[str, str, date | None, float, bool]
"""(routine, title, week, seconds, counted): a session in the numbers (see `Tally`)."""


class Tally:
    """Every total, from one pass over the sessions in order (sums are added up in the
    same order as `sum` over the sessions would, so they come out the same to the bit).
    `history_columns` sums up sessions given as columns to the same numbers."""

    @classmethod
    def of(cls, sessions: Sequence[Session], known: Sequence[Facts]) -> Tally:
        if len(known) != len(sessions):
            raise ValueError("one Facts per session")
        flags = counts(sessions, known)
        return cls(
            (session.routine, session.title, fact.week, fact.seconds, yes)
            for session, fact, yes in zip(sessions, known, flags, strict=True)
            if is_session(session, fact)  # a short one, or deleted: in no number
        )

    def __init__(self, rows: Iterable[TallyRow]) -> None:
        session_seconds: list[float] = []
        week_counts: dict[date, int] = {}
        week_seconds: dict[date, float] = {}
        titles: dict[str, str] = {}
        routine_counts: dict[str, int] = {}
        routine_seconds: dict[str, float] = {}
        counted = 0
        for routine, title, week, seconds, yes in rows:
            session_seconds.append(seconds)
            if week is not None:
                week_seconds[week] = week_seconds.get(week, 0.0) + seconds
            titles[routine] = title  # sessions come oldest first: last wins
            routine_seconds[routine] = routine_seconds.get(routine, 0.0) + seconds
            if not yes:  # a continuation: its minutes, not another session
                continue
            counted += 1
            if week is not None:
                week_counts[week] = week_counts.get(week, 0) + 1
            routine_counts[routine] = routine_counts.get(routine, 0) + 1
        self.counted = counted
        """Sessions counted (each workout once)."""
        self.session_seconds = session_seconds
        """The seconds of each session (`is_session`), in order."""
        self.week_counts, self.week_seconds = week_counts, week_seconds
        self.titles, self.routine_counts = titles, routine_counts
        self.routine_seconds = routine_seconds

    def week_figures(self, start: date) -> tuple[int, float]:
        """(sessions counted, seconds) of the week that starts on `start`, a Monday."""
        return self.week_counts.get(start, 0), self.week_seconds.get(start, 0.0)

    def week_sessions(self, start: date) -> int:
        """`week_figures`' sessions counted alone."""
        return self.week_counts.get(start, 0)

    def week(self, start: date) -> WeekTotal:
        return WeekTotal(start, *self.week_figures(start))

    def weeks(self) -> dict[date, WeekTotal]:
        every = sorted(self.week_counts.keys() | self.week_seconds.keys())
        return {week: self.week(week) for week in every}

    def chart(self, today: date, weeks: int) -> list[WeekTotal]:
        this_week = week_of(today)
        return [self.week(this_week - timedelta(weeks=n)) for n in range(weeks - 1, -1, -1)]

    def streak(self, goal: int, today: date) -> int:
        this_week, goal = week_of(today), max(1, goal)
        return int(self.week_sessions(this_week) >= goal) + self.weeks_met_before(this_week, goal)

    def weeks_met_before(self, week: date, goal: int) -> int:
        """Weeks in a row, just before `week`, with at least `goal` sessions counted."""
        weeks = 0
        week -= timedelta(weeks=1)
        while self.week_sessions(week) >= goal:
            weeks += 1
            week -= timedelta(weeks=1)
        return weeks

    def routines(self) -> list[RoutineTotal]:
        totals = [
            RoutineTotal(
                routine, title, self.routine_counts.get(routine, 0), self.routine_seconds[routine]
            )
            for routine, title in self.titles.items()
        ]
        return sorted(totals, key=lambda t: (-t.sessions, -t.seconds, t.title.casefold()))


def weekly_totals(sessions: Sequence[Session], tz: tzinfo | None = None) -> dict[date, WeekTotal]:
    """Sessions (counted) and their seconds per week, by Monday."""
    return Tally.of(sessions, all_facts(sessions, tz)).weeks()


def minutes_per_week(
    sessions: Sequence[Session], today: date, weeks: int = CHART_WEEKS, tz: tzinfo | None = None
) -> list[WeekTotal]:
    """The last `weeks` weeks, the current one included, oldest first; empty weeks too."""
    return Tally.of(sessions, all_facts(sessions, tz)).chart(today, weeks)


def streak(sessions: Sequence[Session], goal: int, today: date, tz: tzinfo | None = None) -> int:
    """Consecutive weeks with at least `goal` sessions, up to this week. This week counts
    once it reaches the goal; until then it does not break the streak (it is not over)."""
    return Tally.of(sessions, all_facts(sessions, tz)).streak(goal, today)


def per_routine(sessions: Sequence[Session]) -> list[RoutineTotal]:
    """Totals for each routine with a session: most sessions first, then most time."""
    known = [Facts(None, None, None, s.seconds, work_done(s)) for s in sessions]
    return Tally.of(sessions, known).routines()


@dataclass(frozen=True)
class Summary:
    week_start: date
    sessions_this_week: int
    seconds_this_week: float
    goal: int
    streak: int
    """Weeks in a row meeting the goal (see `streak`)."""
    total_sessions: int
    total_seconds: float
    routines: list[RoutineTotal]
    weeks: list[WeekTotal]
    """The chart's weeks, oldest first, this week last."""

    @property
    def goal_met(self) -> bool:
        return self.sessions_this_week >= self.goal


def summarize(
    sessions: Sequence[Session],
    goal: int,
    today: date,
    tz: tzinfo | None = None,
    weeks: int = CHART_WEEKS,
    *,
    known: Sequence[Facts] | None = None,
) -> Summary:
    """`known`: `all_facts(sessions, tz)`, if the caller has them already."""
    return summary_of(
        Tally.of(sessions, all_facts(sessions, tz) if known is None else known), goal, today, weeks
    )


def summary_of(tally: Tally, goal: int, today: date, weeks: int = CHART_WEEKS) -> Summary:
    """The `Summary` of those totals (`summarize`, `history_columns.summarize_columns`)."""
    this_week = week_of(today)
    current = tally.week(this_week)
    return Summary(
        week_start=this_week,
        sessions_this_week=current.sessions,
        seconds_this_week=current.seconds,
        goal=goal,
        streak=tally.streak(goal, today),
        total_sessions=tally.counted,
        total_seconds=sum(tally.session_seconds),
        routines=tally.routines(),
        weeks=tally.chart(today, weeks),
    )
