"""The weekly plan: which routine, on which days, at what time ("Tuesday and Friday 07:00,
Best Back Workout"). Pure Python: storage keeps it in settings.json, the window edits it,
the history measures the week against it, and it is exported as calendar events.

Days are ISO weekdays counted from Monday = 0, as `date.weekday()` does; the time is the
local wall-clock time, to the minute (a plan says 07:00 whatever the season).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from itertools import pairwise

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The names a plan's days are written with (settings.json), Monday first."""
ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_ENTRIES = 21
"""Three a day: more is surely a mistake, and the dialog could not show it."""


class PlanError(ValueError):
    """A plan that cannot be: `field` names the value ("time"), `reason` says why;
    `clash` is the entry that falls on another's day and time, when that is why (the
    window words it in its own language)."""

    def __init__(self, field: str, reason: str, clash: PlanEntry | None = None) -> None:
        super().__init__(f"{field}: {reason}")
        self.field, self.reason, self.clash = field, reason, clash


@dataclass(frozen=True, order=True)
class PlanEntry:
    """One planned session a week. Ordered by day, then time (the plan's reading order)."""

    day: int
    """0 = Monday ... 6 = Sunday."""
    at: time
    """Local wall-clock time, whole minutes."""
    routine: str
    """The routine's id."""

    def __post_init__(self) -> None:
        if not isinstance(self.day, int) or isinstance(self.day, bool) or not 0 <= self.day < 7:
            raise PlanError("day", f"expected a weekday, Monday to Sunday, got {self.day!r}")
        if self.at.second or self.at.microsecond or self.at.tzinfo is not None:
            raise PlanError("time", "expected a time of day to the minute, like 07:00")
        if not self.routine.strip():
            raise PlanError("routine", "expected a routine id, got nothing")

    @property
    def day_name(self) -> str:
        return DAYS[self.day]

    @property
    def time_text(self) -> str:
        return f"{self.at:%H:%M}"


@dataclass(frozen=True)
class WeekPlan:
    """Entries in reading order; no two on the same day at the same time."""

    entries: tuple[PlanEntry, ...] = field(default=())

    def __post_init__(self) -> None:
        entries = tuple(sorted(self.entries))
        if len(entries) > MAX_ENTRIES:
            raise PlanError("entries", f"at most {MAX_ENTRIES} sessions a week, got {len(entries)}")
        for first, second in pairwise(entries):
            if (first.day, first.at) == (second.day, second.at):
                raise PlanError(
                    "entries",
                    f"two sessions on {first.day_name.capitalize()} at {first.time_text}",
                    clash=second,
                )
        object.__setattr__(self, "entries", entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def parse_time(text: str) -> time:
    """ "07:00" (or "7:00"), 24-hour clock; raises PlanError saying what is expected."""
    hours, sep, minutes = text.strip().partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise PlanError("time", f"expected a time like 07:00, got {text!r}")
    if not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
        raise PlanError("time", f"{text!r} is not a time of day (00:00 to 23:59)")
    return time(int(hours), int(minutes))


def parse_day(text: str) -> int:
    """A day's name ("tuesday", any case) as 0-6; raises PlanError naming the choices."""
    try:
        return DAYS.index(text.strip().lower())
    except ValueError:
        raise PlanError("day", f"expected one of {', '.join(DAYS)}; got {text!r}") from None


@dataclass(frozen=True)
class PlanProgress:
    """This week against the plan: each entry and whether a session stands for it."""

    entries: tuple[tuple[PlanEntry, bool], ...]

    @property
    def planned(self) -> int:
        return len(self.entries)

    @property
    def done(self) -> int:
        return sum(done for _entry, done in self.entries)


def week_against_plan(
    plan: WeekPlan, sessions: Iterable[tuple[date, str]], week_start: date
) -> PlanProgress:
    """Which entries of `plan` the week's sessions (their local date and routine id) stand
    for. A session stands for one entry: of its routine on its day first, else the first
    entry of its routine still open (a session moved to another day still counts); a
    session of a routine not in the plan, or one too many, stands for none."""
    open_ = list(plan.entries)
    done: set[PlanEntry] = set()
    rest: list[str] = []
    for day, routine in sorted(sessions):
        if not 0 <= (day - week_start).days < 7:
            continue
        same = next((e for e in open_ if e.routine == routine and e.day == day.weekday()), None)
        if same is None:
            rest.append(routine)
            continue
        open_.remove(same)
        done.add(same)
    for routine in rest:
        other = next((e for e in open_ if e.routine == routine), None)
        if other is not None:
            open_.remove(other)
            done.add(other)
    return PlanProgress(tuple((e, e in done) for e in plan.entries))


def short_day(day: int) -> str:
    return DAYS[day][:3].capitalize()


def describe(entries: Sequence[PlanEntry], titles: dict[str, str] | None = None) -> str:
    """ "Tue 07:00 Best Back Workout, Fri 07:00 ...": the plan in a line."""
    titles = titles or {}
    return ", ".join(
        f"{short_day(e.day)} {e.time_text} {titles.get(e.routine, e.routine)}" for e in entries
    )
