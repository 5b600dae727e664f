"""A user's setup of one routine: interval settings, mode, and per-move choices.

The routine file stays as written; `customise()` returns the routine as this user does
it (a variation in place of the move, a longer hold, fewer reps), so the planner, the
speech and the history need not know that anything was changed.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from backtrainer.core.settings import IntervalSettings, SettingsError
from backtrainer.core.shown import shown

if TYPE_CHECKING:  # the model pulls in msgspec; settings stay light for the command line
    from backtrainer.core.cues import CueOptions
    from backtrainer.core.model import Exercise, Routine
    from backtrainer.core.timeline import Timeline

log = logging.getLogger(__name__)

MIN_SECONDS, MAX_SECONDS = 5, 15 * 60
MIN_REPS, MAX_REPS = 1, 100
"""The routine format's own bounds (core/model.py), so an override is never refused later."""


@dataclass(frozen=True)
class MoveSetup:
    """What a user changed on one move; None keeps the routine's value."""

    seconds: int | None = None
    """Work seconds of a timed move (each side, for a move done on each side)."""
    reps: int | None = None
    """Reps per set (per side) of a rep move."""
    variation: str | None = None
    """The name of the variation done instead of the move as written."""

    def __post_init__(self) -> None:
        for name, value, low, high in (
            ("seconds", self.seconds, MIN_SECONDS, MAX_SECONDS),
            ("reps", self.reps, MIN_REPS, MAX_REPS),
        ):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise SettingsError(name, f"{name} must be a whole number, got {shown(value)}")
            if not low <= value <= high:
                raise SettingsError(name, f"{name} must be between {low} and {high}, got {value}")

    @property
    def is_default(self) -> bool:
        return self == MoveSetup()


def _no_moves() -> Mapping[str, MoveSetup]:
    return MappingProxyType({})


@dataclass(frozen=True)
class RoutineSetup:
    """Everything a user set for one routine. Empty means "as the routine says"."""

    intervals: IntervalSettings = field(default_factory=IntervalSettings)
    mode: str | None = None
    moves: Mapping[str, MoveSetup] = field(default_factory=_no_moves)
    """By exercise id; moves at their defaults are left out."""

    def __post_init__(self) -> None:
        kept = {k: v for k, v in self.moves.items() if not v.is_default}
        object.__setattr__(self, "moves", MappingProxyType(kept))

    def move(self, exercise_id: str) -> MoveSetup:
        return self.moves.get(exercise_id, MoveSetup())

    def with_move(self, exercise_id: str, move: MoveSetup) -> RoutineSetup:
        return dataclasses.replace(self, moves={**self.moves, exercise_id: move})

    def without_moves(self) -> RoutineSetup:
        """Every move back to the routine's own dose and form."""
        return dataclasses.replace(self, moves={})


def plan_setup(routine: Routine, setup: RoutineSetup, cues: CueOptions | None = None) -> Timeline:
    """The session of `routine` done as `setup` says, its cues as `cues` say. A saved mode
    the routine no longer has (an edited custom routine) falls back to its first mode."""
    from backtrainer.core.planner import plan

    mode = setup.mode
    if mode is not None and all(m.id != mode for m in routine.modes):
        log.warning("routine %r has no mode %r any more; using its first", routine.id, mode)
        mode = None
    return plan(customise(routine, setup), setup.intervals, mode, cues)


def uses_work_time(routine: Routine, setup: RoutineSetup) -> bool:
    """Whether the work time sets the length of any move of `routine` done as `setup`
    says (its mode, its variations, its moves' own lengths): a timed move without a
    length of its own, or, in a timed mode, a rep move of a main block (see the planner).
    When none does, a work time changes nothing: the settings dialog says so."""
    from backtrainer.core.model import Reps, Timed

    known = {m.id for m in routine.modes}
    chosen = routine.mode(setup.mode if setup.mode in known else None)
    timed_mode = chosen is not None and chosen.timed
    for block in customise(routine, setup).blocks:
        for exercise in block.exercises:
            dose = exercise.dose
            if isinstance(dose, Timed) and dose.seconds is None:
                return True
            if timed_mode and block.role == "main" and isinstance(dose, Reps):
                return True
    return False


def customise(routine: Routine, setup: RoutineSetup) -> Routine:
    """`routine` as `setup` says to do it. Choices for moves the routine no longer has,
    or for variations it no longer offers (an edited custom routine), are ignored."""
    if not setup.moves:
        return routine
    from msgspec.structs import replace

    blocks = []
    for block in routine.blocks:
        moves = [_customise_move(e, setup.moves.get(e.id)) for e in block.exercises]
        blocks.append(replace(block, exercises=moves))
    return replace(routine, blocks=blocks)


def _customise_move(exercise: Exercise, move: MoveSetup | None) -> Exercise:
    from msgspec.structs import replace

    from backtrainer.core.model import Reps, Timed

    if move is None:
        return exercise
    if move.variation is not None:
        try:
            exercise = with_variation(exercise, move.variation)
        except SettingsError as exc:
            log.warning("ignoring a saved variation: %s", exc)
    dose = exercise.dose
    if isinstance(dose, Timed) and move.seconds is not None:
        dose = replace(dose, seconds=move.seconds)
    elif isinstance(dose, Reps) and move.reps is not None:
        dose = replace(dose, reps=move.reps)
    return replace(exercise, dose=dose)


def with_variation(exercise: Exercise, name: str) -> Exercise:
    """The move done as its variation `name`: its name, form, and dose, sides or first side
    where the variation gives them. Cues then announce the variation by name."""
    from msgspec.structs import replace

    for variation in exercise.variations:
        if variation.name == name:
            return replace(
                exercise,
                name=variation.name,
                instructions=variation.instructions or exercise.instructions,
                dose=variation.dose or exercise.dose,
                sides=variation.sides or exercise.sides,
                first_side=variation.first_side or exercise.first_side,
                variations=[],
            )
    known = ", ".join(v.name for v in exercise.variations) or "none"
    raise SettingsError(
        f"{exercise.id}.variation",
        f"{exercise.name!r} has no variation {name!r} (variations: {known})",
    )
