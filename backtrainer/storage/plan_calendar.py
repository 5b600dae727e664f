"""The weekly plan as an iCalendar file (RFC 5545), for the user's calendar program.

One weekly recurring event per planned session (RRULE FREQ=WEEKLY;BYDAY=TU), starting on
its next day from `today`, in the user's time zone by name (TZID=Europe/Paris, with its
VTIMEZONE), so that 07:00 stays 07:00 across daylight-saving changes; as long as the
routine's planned session; a reminder 15 minutes before; the routine and the command that
starts it in the description. Each event's UID is made of the entry itself, so importing
the file again updates the events instead of adding copies (where the calendar allows).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from backtrainer.core.plan_week import ICAL_DAYS, PlanEntry, WeekPlan

if TYPE_CHECKING:
    from backtrainer.core.cues import CueOptions
    from backtrainer.storage.routines import RoutineLibrary
    from backtrainer.storage.setup_store import SetupStore

REMINDER = timedelta(minutes=15)
PRODID = "-//BackTrainer//Weekly plan//EN"


@dataclass(frozen=True)
class PlannedRoutine:
    title: str
    seconds: float
    """The session's planned length, with the user's settings."""


class MissingRoutine(KeyError):
    """The plan names a routine that is not installed (deleted since)."""

    def __str__(self) -> str:
        return str(self.args[0])


def planned_routines(
    plan: WeekPlan, library: RoutineLibrary, setups: SetupStore, cues: CueOptions | None
) -> dict[str, PlannedRoutine]:
    """Each routine of the plan with its title and its length as the user would run it
    (their saved settings). Raises MissingRoutine naming one the library lacks."""
    from backtrainer.core.customise import plan_setup

    found: dict[str, PlannedRoutine] = {}
    for entry in plan.entries:
        if entry.routine in found:
            continue
        loaded = library.routines.get(entry.routine)
        if loaded is None:
            raise MissingRoutine(
                f"the weekly plan names the routine {entry.routine!r}"
                f" ({entry.day_name.capitalize()} {entry.time_text}), which is not installed;"
                " change the plan (Settings > Weekly plan) or import the routine"
            )
        timeline = plan_setup(loaded.routine, setups.setup(entry.routine), cues)
        found[entry.routine] = PlannedRoutine(loaded.routine.title, timeline.total_seconds)
    return found


def local_zone() -> ZoneInfo:
    """The system's time zone by its IANA name (what a TZID needs): $TZ, else where
    /etc/localtime points (Linux, macOS), else /etc/timezone; UTC if none is known."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    with suppress(OSError):
        candidates.append(str(Path("/etc/localtime").readlink()).partition("zoneinfo/")[2])
    with suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if name and not name.startswith("/"):
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


def first_start(entry: PlanEntry, today: date, zone: ZoneInfo) -> datetime:
    """The entry's first session on or after `today`, in `zone`."""
    day = today + timedelta(days=(entry.day - today.weekday()) % 7)
    return datetime.combine(day, entry.at, tzinfo=zone)


def length(seconds: float) -> timedelta:
    """Whole minutes, rounded up (a 12 min 30 s session takes 13 minutes of the day)."""
    return timedelta(minutes=max(1, -(-round(seconds) // 60)))


def plan_calendar(
    plan: WeekPlan,
    routines: Mapping[str, PlannedRoutine],
    zone: ZoneInfo,
    today: date,
    now: datetime | None = None,
) -> Calendar:
    """The calendar of `plan`; every routine of the plan must be in `routines`."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "BackTrainer weekly plan")
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    for entry in plan.entries:
        routine = routines[entry.routine]
        start = first_start(entry, today, zone)
        event = Event()
        event.add("uid", f"{entry.day_name}-{entry.at:%H%M}-{entry.routine}@backtrainer")
        event.add("dtstamp", stamp)
        event.add("summary", f"BackTrainer: {routine.title}")
        event.add("dtstart", start)
        event.add("dtend", start + length(routine.seconds))
        event.add("rrule", {"freq": "weekly", "byday": [ICAL_DAYS[entry.day]]})
        event.add(
            "description",
            f"{routine.title}, about {length(routine.seconds).seconds // 60} minutes.\n"
            f"Start it hands-free: backtrainer --start {entry.routine}",
        )
        event.add("categories", ["BackTrainer"])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{routine.title} in 15 minutes")
        alarm.add("trigger", -REMINDER)
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def plan_ics(
    plan: WeekPlan,
    routines: Mapping[str, PlannedRoutine],
    zone: ZoneInfo,
    today: date,
    now: datetime | None = None,
) -> bytes:
    data: bytes = plan_calendar(plan, routines, zone, today, now).to_ical()
    return data
