"""The weekly plan as an iCalendar file: parsed back with icalendar and expanded with a
second parser (recurring-ical-events), across a daylight-saving change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

from backtrainer.core.plan_week import PlanEntry, WeekPlan, parse_time
from backtrainer.storage.plan_calendar import PlannedRoutine, length, plan_ics

PARIS = ZoneInfo("Europe/Paris")
ROUTINES = {
    "best-back": PlannedRoutine("Best Back Workout", 827.0),
    "kettlebell-pull": PlannedRoutine("Kettlebell Pull Workout", 1200.0),
}
PLAN = WeekPlan(
    (
        PlanEntry(1, parse_time("07:00"), "best-back"),
        PlanEntry(4, parse_time("07:00"), "best-back"),
        PlanEntry(6, parse_time("18:30"), "kettlebell-pull"),
    )
)
TODAY = date(2026, 3, 18)  # a Wednesday; clocks go forward in Paris on Sunday 29 March


def calendar() -> Calendar:
    data = plan_ics(PLAN, ROUTINES, PARIS, TODAY, now=datetime(2026, 3, 18, 12, tzinfo=UTC))
    return Calendar.from_ical(data)


def test_one_weekly_event_per_planned_session_with_a_reminder() -> None:
    events = calendar().walk("VEVENT")
    assert len(events) == 3
    tuesday = events[0]
    assert tuesday["RRULE"]["FREQ"] == ["WEEKLY"] and tuesday["RRULE"]["BYDAY"] == ["TU"]
    assert [e["RRULE"]["BYDAY"] for e in events] == [["TU"], ["FR"], ["SU"]]
    start = tuesday.decoded("DTSTART")
    assert start == datetime(2026, 3, 24, 7, 0, tzinfo=PARIS)
    assert tuesday["DTSTART"].params["TZID"] == "Europe/Paris"
    assert tuesday.decoded("DTEND") - start == timedelta(minutes=14)  # 13:47, rounded up
    assert "backtrainer --start best-back" in str(tuesday["DESCRIPTION"])
    assert str(tuesday["SUMMARY"]) == "BackTrainer: Best Back Workout"
    (alarm,) = tuesday.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == -timedelta(minutes=15)
    assert len({str(e["UID"]) for e in events}) == 3
    assert [tz["TZID"] for tz in calendar().walk("VTIMEZONE")] == ["Europe/Paris"]


def test_occurrences_stay_at_local_time_across_a_daylight_saving_change() -> None:
    found = recurring_ical_events.of(calendar()).between(date(2026, 3, 18), date(2026, 4, 6))
    best_back = sorted(e.decoded("DTSTART") for e in found if "best-back" in str(e["UID"]))
    assert [d.date() for d in best_back] == [
        date(2026, 3, 20),
        date(2026, 3, 24),
        date(2026, 3, 27),
        date(2026, 3, 31),
        date(2026, 4, 3),
    ]
    assert {(d.hour, d.minute) for d in best_back} == {(7, 0)}  # local time, every week
    utc = [d.astimezone(UTC).hour for d in best_back]
    assert utc == [6, 6, 6, 5, 5]  # UTC+1 before the change, UTC+2 after
    sundays = [e for e in found if "kettlebell-pull" in str(e["UID"])]
    assert [e.decoded("DTSTART").astimezone(UTC) for e in sundays] == [
        datetime(2026, 3, 22, 17, 30, tzinfo=UTC),
        datetime(2026, 3, 29, 16, 30, tzinfo=UTC),  # the very day of the change
        datetime(2026, 4, 5, 16, 30, tzinfo=UTC),
    ]
    alarms = [e.walk("VALARM")[0].decoded("TRIGGER") for e in sundays]
    assert alarms == [-timedelta(minutes=15)] * 3


def test_a_session_is_given_whole_minutes() -> None:
    assert length(600.0) == timedelta(minutes=10)
    assert length(600.4) == timedelta(minutes=10)
    assert length(601.0) == timedelta(minutes=11)
    assert length(5.0) == timedelta(minutes=1)
