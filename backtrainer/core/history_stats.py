"""Numbers for the history screen: this week, the weekly streak, totals per routine and
minutes per week. Pure Python, computed from replayed sessions.

Weeks start on Monday, in local time: a session belongs to the week of the local date on
which it started (`started_at` carries its UTC offset; it is converted to `tz`, the
system's time zone unless a test gives another).

What counts as a session toward the weekly goal: one not deleted, with at least one set
done (starting a routine and stopping it during "get ready" is not a workout), and not
the continuation of an interrupted session already counted (resuming after a crash is
still one workout). Minutes are the time actually spent, in every session not deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from backtrainer.core.history import Session

DEFAULT_GOAL = 2
CHART_WEEKS = 12


def started(session: Session, tz: tzinfo | None = None) -> datetime | None:
    """When the session started, in local time (None if the time cannot be read)."""
    try:
        moment = datetime.fromisoformat(session.started_at)
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
    return day - timedelta(days=day.weekday())


def counted(sessions: Iterable[Session]) -> list[Session]:
    """The sessions that count toward the goal (see the module's docstring), in the
    order given (replay's order: as they started)."""
    result: list[Session] = []
    seen: set[str] = set()
    for session in sessions:
        if session.deleted or session.sets_done == 0:
            continue
        seen.add(session.id)
        if session.resumed_from is not None and session.resumed_from in seen:
            continue
        result.append(session)
    return result


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


def weekly_totals(sessions: Sequence[Session], tz: tzinfo | None = None) -> dict[date, WeekTotal]:
    """Sessions (counted) and seconds (all kept sessions) per week, by Monday."""
    counts: dict[date, int] = {}
    seconds: dict[date, float] = {}
    for session in counted(sessions):
        day = local_date(session, tz)
        if day is not None:
            counts[week_of(day)] = counts.get(week_of(day), 0) + 1
    for session in sessions:
        day = local_date(session, tz)
        if day is not None and not session.deleted:
            seconds[week_of(day)] = seconds.get(week_of(day), 0.0) + session.seconds
    return {
        week: WeekTotal(week, counts.get(week, 0), seconds.get(week, 0.0))
        for week in sorted(counts.keys() | seconds.keys())
    }


def minutes_per_week(
    sessions: Sequence[Session], today: date, weeks: int = CHART_WEEKS, tz: tzinfo | None = None
) -> list[WeekTotal]:
    """The last `weeks` weeks, the current one included, oldest first; empty weeks too."""
    totals = weekly_totals(sessions, tz)
    this_week = week_of(today)
    starts = [this_week - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    return [totals.get(start, WeekTotal(start, 0, 0.0)) for start in starts]


def streak(sessions: Sequence[Session], goal: int, today: date, tz: tzinfo | None = None) -> int:
    """Consecutive weeks with at least `goal` sessions, up to this week. This week counts
    once it reaches the goal; until then it does not break the streak (it is not over)."""
    totals = weekly_totals(sessions, tz)

    def met(week: date) -> bool:
        total = totals.get(week)
        return total is not None and total.sessions >= max(1, goal)

    this_week = week_of(today)
    weeks = 1 if met(this_week) else 0
    week = this_week - timedelta(weeks=1)
    while met(week):
        weeks += 1
        week -= timedelta(weeks=1)
    return weeks


def per_routine(sessions: Sequence[Session]) -> list[RoutineTotal]:
    """Totals for each routine with a kept session: most sessions first, then most time."""
    titles: dict[str, str] = {}
    seconds: dict[str, float] = {}
    counts: dict[str, int] = {}
    for session in sessions:
        if session.deleted:
            continue
        titles[session.routine] = session.title  # sessions come oldest first: last wins
        seconds[session.routine] = seconds.get(session.routine, 0.0) + session.seconds
    for session in counted(sessions):
        counts[session.routine] = counts.get(session.routine, 0) + 1
    totals = [
        RoutineTotal(routine, titles[routine], counts.get(routine, 0), seconds[routine])
        for routine in titles
    ]
    return sorted(totals, key=lambda t: (-t.sessions, -t.seconds, t.title.casefold()))


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
) -> Summary:
    this_week = week_of(today)
    current = weekly_totals(sessions, tz).get(this_week, WeekTotal(this_week, 0, 0.0))
    return Summary(
        week_start=this_week,
        sessions_this_week=current.sessions,
        seconds_this_week=current.seconds,
        goal=goal,
        streak=streak(sessions, goal, today, tz),
        total_sessions=len(counted(sessions)),
        total_seconds=sum(s.seconds for s in sessions if not s.deleted),
        routines=per_routine(sessions),
        weeks=minutes_per_week(sessions, today, weeks, tz),
    )
