"""The weekly plan: what a plan may be, and how a week's sessions are measured against it."""

from __future__ import annotations

from datetime import date, time

import pytest

from backtrainer.core.plan_week import (
    PlanEntry,
    PlanError,
    WeekPlan,
    describe,
    parse_day,
    parse_time,
    week_against_plan,
)

TUE, FRI = 1, 4
MONDAY = date(2026, 3, 23)


def entry(day: int, at: str = "07:00", routine: str = "best-back") -> PlanEntry:
    return PlanEntry(day, parse_time(at), routine)


def test_entries_are_kept_in_reading_order() -> None:
    plan = WeekPlan((entry(FRI), entry(TUE, "18:00"), entry(TUE)))
    assert [(e.day, e.time_text) for e in plan.entries] == [
        (1, "07:00"),
        (1, "18:00"),
        (4, "07:00"),
    ]
    assert describe(plan.entries[:1], {"best-back": "Best Back"}) == "Tue 07:00 Best Back"


@pytest.mark.parametrize(
    ("make", "field", "reason"),
    [
        (
            lambda: WeekPlan((entry(TUE), entry(TUE, routine="x"))),
            "entries",
            "two sessions on Tuesday at 07:00",
        ),
        (lambda: entry(7), "day", "expected a weekday"),
        (lambda: PlanEntry(1, time(7, 0, 30), "x"), "time", "to the minute"),
        (lambda: entry(1, routine="  "), "routine", "expected a routine id"),
        (lambda: parse_time("7"), "time", "expected a time like 07:00"),
        (lambda: parse_time("24:00"), "time", "not a time of day"),
        (lambda: parse_day("funday"), "day", "expected one of monday"),
        (
            lambda: WeekPlan(tuple(entry(d % 7, f"{d // 7:02d}:00") for d in range(22))),
            "entries",
            "at most 21",
        ),
    ],
)
def test_what_cannot_be_is_refused_saying_why(make: object, field: str, reason: str) -> None:
    with pytest.raises(PlanError) as caught:
        make()  # type: ignore[operator]
    assert caught.value.field == field and reason in caught.value.reason


def test_parse_accepts_what_people_type() -> None:
    assert parse_time(" 7:05 ") == time(7, 5) and parse_day("Friday") == FRI


def test_a_week_against_the_plan() -> None:
    plan = WeekPlan((entry(TUE), entry(FRI), entry(FRI, "18:00", "kettlebell-pull")))
    wed, fri, next_mon = date(2026, 3, 25), date(2026, 3, 27), date(2026, 3, 30)
    progress = week_against_plan(
        plan,
        [
            (wed, "best-back"),  # Tuesday's, a day late: counts for Tuesday
            (fri, "best-back"),  # Friday's, on its day
            (fri, "ultimate-back"),  # not in the plan: counts for nothing
            (next_mon, "kettlebell-pull"),  # next week
        ],
        MONDAY,
    )
    assert [done for _entry, done in progress.entries] == [True, True, False]
    assert (progress.done, progress.planned) == (2, 3)


def test_a_session_on_its_day_is_matched_before_a_moved_one() -> None:
    plan = WeekPlan((entry(TUE), entry(FRI)))
    # Friday's session and an extra Monday one: Friday is done on its day, and Monday's
    # counts for the Tuesday still open.
    progress = week_against_plan(
        plan, [(date(2026, 3, 27), "best-back"), (MONDAY, "best-back")], MONDAY
    )
    assert progress.done == 2
    one = week_against_plan(plan, [(date(2026, 3, 27), "best-back")], MONDAY)
    assert [done for _e, done in one.entries] == [False, True]
