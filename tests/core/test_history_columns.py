"""The history's numbers from the sessions as columns (the review screen's way) are the
numbers of the plain loop over the sessions, to the bit: the same counts, and every sum
added in the same order, whatever the order of the dates, routines and undated sessions."""

from __future__ import annotations

import random
import struct
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from backtrainer.core.history_columns import (
    STRETCHES,
    Columns,
    ColumnTally,
    Weeks,
    added,
    latest,
    summarize_columns,
)
from backtrainer.core.history_stats import Tally, summary_of

TODAY = date(2025, 3, 13)
FIRST = TODAY.toordinal() - 400


def bits(value: Any) -> Any:
    """Floats as their bits (0.0 and -0.0 differ; so do sums added in another order)."""
    if isinstance(value, float):
        return struct.pack("<d", value)
    if isinstance(value, dict):
        return [(bits(k), bits(v)) for k, v in value.items()]  # the order too
    if isinstance(value, list | tuple):
        return [bits(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return [bits(getattr(value, name)) for name in value.__dataclass_fields__]
    return value


def plain(c: Columns) -> Tally:
    """The loop over the sessions, one row each (`Tally`)."""
    return Tally(
        (
            c.routines[n],
            c.titles[n],
            date.fromordinal(c.days[n] - (c.days[n] - 1) % 7) if c.days[n] else None,
            c.seconds[n],
            c.counted[n],
        )
        for n, yes in enumerate(c.sessions)
        if yes
    )


def check(c: Columns) -> None:
    expected, got = plain(c), ColumnTally(c)
    assert bits(got.session_seconds) == bits(expected.session_seconds)
    assert got.counted == expected.counted
    assert bits(got.titles) == bits(expected.titles)
    assert bits(got.routine_counts) == bits(expected.routine_counts)
    assert bits(got.routine_seconds) == bits(expected.routine_seconds)
    assert bits(got.routines()) == bits(expected.routines())
    assert bits(got.weeks()) == bits(expected.weeks())
    known = [d for d in c.days if d] or [FIRST]
    for ordinal in range(min(known) - 8, max(known) + 9):  # Mondays and other days
        day = date.fromordinal(ordinal)
        assert bits(got.week_figures(day)) == bits(expected.week_figures(day))
        assert got.week_sessions(day) == expected.week_sessions(day)
    for goal in range(4):
        for today in (TODAY, date.fromordinal(max(known)), date.fromordinal(min(known))):
            assert bits(summary_of(got, goal, today)) == bits(summary_of(expected, goal, today))
            assert summarize_columns(c, goal, today) == summary_of(expected, goal, today)


def columns(rng: random.Random, count: int, days: list[int]) -> Columns:
    routines = [rng.choice("abcd") for _ in range(count)]
    return Columns(
        routines,
        [f"{r}{rng.randrange(3)}" for r in routines],
        days,
        [rng.choice([0.1, 1e-9, 1e9, -0.0, rng.random() * 3600]) for _ in range(count)],
        [rng.random() < 0.8 for _ in range(count)],
        [rng.random() < 0.7 for _ in range(count)],
    )


def test_columns_give_the_totals_of_the_rows_to_the_bit() -> None:
    rng = random.Random(20261127)
    for trial in range(300):
        count = rng.randrange(0, 80)
        rising = sorted(FIRST + rng.randrange(60) for _ in range(count))
        if trial % 3 == 0:  # as they started: the dates rise
            days = rising
        elif trial % 3 == 1:  # a few out of order (a clock or zone change)
            days = list(rising)
            for _ in range(rng.randrange(1, 4)):
                if days:
                    days[rng.randrange(len(days))] = FIRST + rng.randrange(60)
        else:  # any order: more stretches than searched, every week summed up at once
            days = [FIRST + rng.randrange(60) for _ in range(count)]
        days = [0 if rng.random() < 0.1 else d for d in days]  # some dates unknown
        check(columns(rng, count, days))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]),
            st.integers(0, 40),
            st.floats(allow_nan=False, allow_infinity=False, width=64),
            st.booleans(),
            st.booleans(),
        ),
        max_size=60,
    ),
    st.booleans(),
)
def test_any_columns_give_the_totals_of_the_rows(rows: list[Any], rising: bool) -> None:
    days = [FIRST + d if d else 0 for _, d, _, _, _ in rows]
    if rising:
        days = sorted(days)
    check(
        Columns(
            [r for r, *_ in rows],
            [r.upper() for r, *_ in rows],
            days,
            [s for _, _, s, _, _ in rows],
            [row[4] for row in rows],
            [yes for _, _, _, yes, _ in rows],
        )
    )


def test_sums_are_added_left_to_right_never_compensated() -> None:
    # Python 3.12's sum() gives 1.0 here (compensated): the loop over rows gives 0.0.
    values = [1e16, 1.0, -1e16]
    assert added(values) == (0.0 + 1e16 + 1.0) - 1e16 == 0.0
    tally = ColumnTally(Columns(["a"] * 3, ["A"] * 3, [FIRST] * 3, values, [True] * 3, [True] * 3))
    monday = date.fromordinal(FIRST - (FIRST - 1) % 7)
    assert tally.routine_seconds == {"a": 0.0} and tally.week_figures(monday) == (3, 0.0)


def test_a_week_in_several_stretches_goes_on_from_its_sum_so_far() -> None:
    monday = FIRST - (FIRST - 1) % 7
    days = [monday, monday + 8, monday + 1, monday + 9, monday + 2]
    weeks = Weeks(days, [1e16, 5.0, 1.0, 7.0, -1e16], [True, False, True, True, True])
    assert weeks.of(monday) == (3, (1e16 + 1.0) - 1e16)
    assert weeks.of(monday + 7) == (1, 12.0)
    assert weeks.of(monday + 1) == (0, 0.0)  # not a Monday: no week starts there
    assert list(weeks.every()) == [monday, monday + 7]


def test_dates_far_out_of_order_are_summed_up_at_once() -> None:
    monday = FIRST - (FIRST - 1) % 7
    days = [monday + 7 * (n % 2) for n in range(2 * STRETCHES + 2)]
    weeks = Weeks(days, [1.0] * len(days), [True] * len(days))
    assert weeks.of(monday) == weeks.of(monday + 7) == (STRETCHES + 1, STRETCHES + 1.0)
    assert weeks.of(monday - 7) == (0, 0.0)


def test_no_dates_no_weeks() -> None:
    weeks = Weeks([0, 0], [1.0, 2.0], [True, True])
    assert weeks.every() == {} and weeks.of(FIRST - (FIRST - 1) % 7) == (0, 0.0)
    tally = ColumnTally(Columns([], [], [], [], [], []))
    assert tally.weeks() == {} and tally.streak(1, TODAY) == 0


def test_the_latest_title_is_found_from_the_end() -> None:
    keys = ["a", "b", "a", "c", "b"]
    everything = [True] * len(keys)
    assert latest(keys, everything, ["a", "b", "c"]) == {"a": 2, "b": 4, "c": 3}
    assert list(latest(keys, everything, ["c", "a"])) == ["c", "a"]
    chosen = [True, True, False, True, False]  # the latest "a" and "b" are not chosen
    assert latest(keys, chosen, ["a", "b", "c"]) == {"a": 0, "b": 1, "c": 3}


def test_a_long_streak_of_columns() -> None:
    monday = TODAY.toordinal() - (TODAY.toordinal() - 1) % 7
    days = [monday - 7 * w + d for w in range(300, -1, -1) for d in (0, 3)]
    c = Columns(
        ["a"] * len(days),
        ["A"] * len(days),
        days,
        [60.0] * len(days),
        [True] * len(days),
        [True] * len(days),
    )
    assert summarize_columns(c, 2, TODAY).streak == 301 == summary_of(plain(c), 2, TODAY).streak
    assert summarize_columns(c, 2, TODAY + timedelta(weeks=2)).streak == 0
