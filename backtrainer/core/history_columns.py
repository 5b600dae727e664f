"""The history's numbers (`history_stats.summarize`) from the sessions as columns, one
list per field: the review screen sums up 100,000 sessions so when it opens.

A Python loop over them, with a few dict look-ups each, took 100 ms of the screen's 400.
Here the work per session runs in C (`map`, `compress`, `Counter`, slices,
`functools.reduce`); Python runs per session only to add up the seconds per routine. The
weeks are not all summed up: the screen shows a dozen of them and the streak, so a week is
worked out when asked, its sessions found by bisection of the dates, which rise in the
order the sessions started (where a clock or zone change breaks that, each stretch that
rises is searched in turn).

Every sum is added up left to right, in the order the sessions started, from 0.0: the same
floats, to the bit, as `history_stats.Tally` adds up session by session (the tests compare
them). Never builtin `sum` for that: since Python 3.12 it adds floats with compensation.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from functools import reduce
from itertools import compress, count, islice, repeat
from operator import add, countOf, gt, lt
from typing import NamedTuple

from backtrainer.core.history import collector_paused
from backtrainer.core.history_stats import CHART_WEEKS, Summary, Tally, WeekTotal, summary_of

STRETCHES = 16
"""Stretches of rising dates searched per week asked; with more (dates far out of order),
every week is summed up at once instead."""


class Columns(NamedTuple):
    """The sessions as columns, in the order they started: `days` are local date ordinals
    (0: unknown); `sessions` says, by position, whether it is a session (`is_session`: in
    the numbers), `counted` whether `counts` counts it."""

    routines: Sequence[str]
    titles: Sequence[str]
    days: Sequence[int]
    seconds: Sequence[float]
    sessions: Sequence[bool]
    counted: Sequence[bool]


def summarize_columns(
    columns: Columns, goal: int, today: date, weeks: int = CHART_WEEKS
) -> Summary:
    """`history_stats.summarize` of the sessions given as columns."""
    return summary_of(ColumnTally(columns), goal, today, weeks)


def added(values: Sequence[float], start: float = 0.0) -> float:
    """`start + values[0] + values[1] + ...`, left to right (never compensated)."""
    return reduce(add, values, start)


class ColumnTally(Tally):
    """`Tally`'s totals of the `sessions`, from their columns."""

    def __init__(self, c: Columns) -> None:
        super().__init__(())
        chosen = c.sessions
        with collector_paused():  # 100,000s of floats boxed: no collection halfway
            routines = list(compress(c.routines, chosen))
            seconds = list(compress(c.seconds, chosen))
            counted = list(compress(c.counted, chosen))
            days = list(compress(c.days, chosen))
            self.routine_seconds = per_routine_seconds(routines, seconds)
            self.routine_counts = dict(Counter(compress(routines, counted)))
        self.counted = counted.count(True)
        self.session_seconds = seconds
        last = latest(c.routines, chosen, self.routine_seconds)
        self.titles = {routine: c.titles[n] for routine, n in last.items()}
        self._weeks = Weeks(days, seconds, counted)

    def week_sessions(self, start: date) -> int:
        return self._weeks.sessions(start.toordinal())

    def weeks_met_before(self, week: date, goal: int) -> int:
        return self._weeks.met_before(week.toordinal(), goal)

    def week_figures(self, start: date) -> tuple[int, float]:
        return self._weeks.of(start.toordinal())

    def weeks(self) -> dict[date, WeekTotal]:
        every = self._weeks.every()
        return {
            date.fromordinal(monday): WeekTotal(date.fromordinal(monday), *figures)
            for monday, figures in every.items()
        }


def per_routine_seconds(routines: Sequence[str], seconds: Sequence[float]) -> dict[str, float]:
    """Seconds per routine, added in the order given (from 0.0); routines in the order
    they first come. (A loop: a pass in C per routine was slower already with five.)"""
    result: dict[str, float] = {}
    for routine, spent in zip(routines, seconds, strict=True):
        try:
            result[routine] += spent
        except KeyError:  # its first session (a try costs nothing until it raises)
            result[routine] = 0.0 + spent
    return result


def latest(keys: Sequence[str], chosen: Sequence[bool], wanted: Iterable[str]) -> dict[str, int]:
    """Each of `wanted`, in its order, with the last position where `keys` has it and
    `chosen` is true (there is one). Found from the end: a routine done lately, in a few
    steps; titles are then read at those positions alone."""
    backwards = keys[::-1]
    end = len(keys) - 1
    result: dict[str, int] = {}
    for key in wanted:
        at = backwards.index(key)
        while not chosen[end - at]:
            at = backwards.index(key, at + 1)
        result[key] = end - at
    return result


class Weeks:
    """Sessions counted and seconds per week, by the ordinal of its Monday, from one entry
    per session in the order they started: its local date ordinal (0: unknown, in no
    week), its seconds, and whether it is counted. A week is summed up when asked."""

    def __init__(self, days: Sequence[int], seconds: Sequence[float], counted: Sequence[bool]):
        if 0 in days:
            seconds, counted = list(compress(seconds, days)), list(compress(counted, days))
            days = list(filter(None, days))
        self._days, self._seconds, self._counted = days, seconds, counted
        if not days:
            edges = []
        elif days == sorted(days):  # as usual: a sort that finds one run (a fifth of a map)
            edges = [0, len(days)]
        else:
            falls = compress(range(1, len(days)), map(gt, days, islice(days, 1, None)))
            edges = [0, *falls, len(days)]
        self._stretches = list(zip(edges, islice(edges, 1, None), strict=False))
        """Where the dates rise (or stay), one after the other."""
        self._known: dict[int, tuple[int, float]] = {}
        self._all = len(self._stretches) > STRETCHES
        if self._all:
            self._known = self.every()

    def of(self, monday: int) -> tuple[int, float]:
        """(sessions counted, seconds) of the week that starts on that day (none but on
        a Monday: ordinal 1 is a Monday)."""
        known = self._known.get(monday)
        if known is not None:
            return known
        count, total = 0, 0.0
        for start, end in self._runs(monday):  # in order: the sum goes on in that order
            total = added(self._seconds[start:end], total)
            count += countOf(self._counted[start:end], True)
        self._known[monday] = count, total
        return count, total

    def sessions(self, monday: int) -> int:
        """Sessions counted in the week that starts on that day (`of` without the sum:
        the streak asks for every week back to its start)."""
        known = self._known.get(monday)
        if known is not None:
            return known[0]
        counted = self._counted
        return sum(countOf(counted[start:end], True) for start, end in self._runs(monday))

    def met_before(self, monday: int, goal: int) -> int:
        """Weeks in a row, just before the week that starts on `monday`, with at least
        `goal` (1 or more) sessions counted. Dates in order (as usual): every week's count
        in C, once a week; else week by week."""
        if len(self._stretches) != 1:
            weeks = 0
            while self.sessions(monday - 7 * (weeks + 1)) >= goal:
                weeks += 1
            return weeks
        days, counted = self._days, self._counted
        first = days[0] - (days[0] - 1) % 7
        edges = list(map(bisect_left, repeat(days), range(first, monday + 1, 7)))
        runs = map(counted.__getitem__, map(slice, edges, islice(edges, 1, None)))
        latest_first = list(map(countOf, runs, repeat(True)))[::-1]
        short = compress(count(), map(lt, latest_first, repeat(goal)))
        return next(short, len(latest_first))

    def _runs(self, monday: int) -> list[tuple[int, int]]:
        """Where that week's sessions are: a run in each stretch that has some."""
        if self._all or (monday - 1) % 7:
            return []  # all known, or not a Monday
        days, runs = self._days, []
        for low, high in self._stretches:
            start = bisect_left(days, monday, low, high)
            end = bisect_left(days, monday + 7, start, high)
            if start < end:
                runs.append((start, end))
        return runs

    def every(self) -> dict[int, tuple[int, float]]:
        """Each week with a dated session, the earliest first."""
        days, seconds, counted = self._days, self._seconds, self._counted
        weeks: dict[int, tuple[int, float]] = {}
        for low, high in self._stretches:
            start = low
            while start < high:
                monday = days[start] - (days[start] - 1) % 7
                end = bisect_left(days, monday + 7, start, high)
                count, total = weeks.get(monday, (0, 0.0))
                count += countOf(counted[start:end], True)
                weeks[monday] = count, added(seconds[start:end], total)
                start = end
        return dict(sorted(weeks.items()))
