"""Interval settings: what a user adjusts, and how it combines with a routine's defaults.

A field left as None means "as the routine says". Settings apply to the main blocks;
warm-up and cool-down keep their own doses (a 30-second stretch stays 30 seconds).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from backtrainer.core.shown import shown

if TYPE_CHECKING:  # the model pulls in msgspec; settings stay light for the command line
    from backtrainer.core.model import Intervals, Mode, Routine


class SettingsError(ValueError):
    """An interval setting out of range; `field` names it for the UI or the CLI."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True)
class Limit:
    low: float
    high: float
    unit: str
    label: str


LIMITS: dict[str, Limit] = {
    "prepare": Limit(0, 300, "s", "get-ready time"),
    "work": Limit(5, 900, "s", "work time"),
    "rest": Limit(0, 600, "s", "rest between moves"),
    "round_rest": Limit(0, 600, "s", "rest between rounds"),
    "rounds": Limit(1, 20, "", "rounds"),
    "switch": Limit(0, 60, "s", "switch-sides pause"),
    "tempo_scale": Limit(0.5, 2.0, "x", "tempo scale"),
}


@dataclass(frozen=True)
class IntervalSettings:
    """The user's choices; None keeps the routine's value."""

    prepare: int | None = None
    work: int | None = None
    rest: int | None = None
    round_rest: int | None = None
    rounds: int | None = None
    switch: int | None = None
    tempo_scale: float | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                check(f.name, value)
                # JSON gives 2.0 for 2 (the history, a settings file): a count stays a
                # count, for range() in the planner, by the rule `check` applies.
                object.__setattr__(self, f.name, normalised(f.name, value))

    def merged(self, other: IntervalSettings) -> IntervalSettings:
        """These settings with every field that `other` sets replaced by other's value."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update({k: v for k, v in vars(other).items() if v is not None})
        return IntervalSettings(**values)


def from_record(values: Mapping[str, float]) -> IntervalSettings:
    """The settings a history record keeps. Its values are typed float (`3` reads back as
    3.0), so a whole-number field is an integer again here; raises SettingsError or
    TypeError like IntervalSettings itself."""
    whole = {
        k: int(v) if k != "tempo_scale" and isinstance(v, float) and v.is_integer() else v
        for k, v in values.items()
    }
    return IntervalSettings(**whole)  # type: ignore[arg-type]


def check(name: str, value: float) -> None:
    """Refuse a value outside its limits, with a reason a user can act on."""
    limit = LIMITS[name]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SettingsError(name, f"{limit.label} must be a number, got {shown(value)}")
    if name != "tempo_scale" and not isinstance(value, int):
        # One rule with a move's reps and seconds (and the routine format): a whole
        # number is an integer; 2.0 would reach the planner as a float it cannot count.
        raise SettingsError(name, f"{limit.label} must be a whole number, got {value}")
    if not math.isfinite(value) or not limit.low <= value <= limit.high:
        raise SettingsError(
            name,
            f"{limit.label} must be between {limit.low:g} and {limit.high:g}"
            f"{limit.unit and ' ' + limit.unit}, got {value:g}",
        )


def normalised(name: str, value: float) -> float:
    """A checked value as the settings hold it: a whole-number field an int (2.0 -> 2);
    `tempo_scale` a float."""
    if name == "tempo_scale":
        return float(value)
    return int(value)


@dataclass(frozen=True)
class Resolved:
    """Concrete interval values for one plan: the routine's (or mode's) defaults, with
    the user's settings laid over them."""

    prepare: int
    work: int
    rest: int
    round_rest: int
    rounds: int
    switch: int
    tempo_scale: float
    user: IntervalSettings
    """What the user set explicitly: those values win over a block's own."""


def resolve(routine: Routine, mode: Mode | None, settings: IntervalSettings) -> Resolved:
    intervals: Intervals = mode.intervals if mode and mode.intervals else routine.intervals
    return Resolved(
        prepare=_pick(settings.prepare, intervals.prepare.default),
        work=_pick(settings.work, intervals.work.default),
        rest=_pick(settings.rest, intervals.rest.default),
        round_rest=_pick(settings.round_rest, intervals.round_rest.default),
        rounds=_pick(settings.rounds, intervals.rounds.default),
        switch=_pick(settings.switch, intervals.switch.default),
        tempo_scale=settings.tempo_scale if settings.tempo_scale is not None else 1.0,
        user=settings,
    )


def _pick(user: int | None, default: int) -> int:
    return default if user is None else user
