"""The weekly plan's place in settings.json (`"week_plan"`), read strictly: a list of

    {"day": "tuesday", "time": "07:00", "routine": "best-back"}

with exactly those three fields. Anything else is refused with the JSON path and the
reason (an unknown field is most likely a typing mistake, as in "intervals"); the caller
(`setup_store`) names the file.
"""

from __future__ import annotations

from typing import Any

from backtrainer.core.plan_week import PlanEntry, PlanError, WeekPlan, parse_day, parse_time
from backtrainer.core.shown import shown

FIELD = "week_plan"
_ENTRY_FIELDS = ("day", "time", "routine")


class PlanFileError(ValueError):
    """`path`: the JSON path of the value refused; `reason`: why, in plain words."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{reason} (at {path})")
        self.path, self.reason = path, reason


def read_plan(value: object, where: str = f"$.{FIELD}") -> WeekPlan:
    if not isinstance(value, list):
        raise PlanFileError(where, f"expected a list of planned sessions, got {shown(value)}")
    entries = [_entry(f"{where}[{n}]", item) for n, item in enumerate(value)]
    try:
        return WeekPlan(tuple(entries))
    except PlanError as exc:
        raise PlanFileError(where, exc.reason) from None


def _entry(where: str, value: object) -> PlanEntry:
    if not isinstance(value, dict):
        raise PlanFileError(where, f"expected an object, got {type(value).__name__}")
    unknown = sorted(set(value) - set(_ENTRY_FIELDS))
    if unknown:
        raise PlanFileError(f"{where}.{unknown[0]}", "not a field of a planned session")
    for name in _ENTRY_FIELDS:
        if name not in value:
            raise PlanFileError(where, f"the planned session has no {name!r}")
        if not isinstance(value[name], str):
            raise PlanFileError(f"{where}.{name}", f"expected a string, got {shown(value[name])}")
    try:
        day, at = parse_day(value["day"]), parse_time(value["time"])
    except PlanError as exc:
        raise PlanFileError(f"{where}.{exc.field}", exc.reason) from None
    try:
        return PlanEntry(day, at, value["routine"])
    except PlanError as exc:
        raise PlanFileError(f"{where}.{exc.field}", exc.reason) from None


def plan_json(plan: WeekPlan) -> list[dict[str, Any]]:
    return [{"day": e.day_name, "time": e.time_text, "routine": e.routine} for e in plan.entries]
