"""Checks a decoded routine for what types alone cannot say.

msgspec refuses wrong types, unknown fields and out-of-bounds numbers. This module adds
the rules that span fields: a rep set that would last an hour, an interval default outside
its own recommended range, two moves sharing an id. Each problem comes back with the JSON
path that holds it, in msgspec's `$.blocks[0].exercises[1]` notation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from backtrainer.core.localize import ENGLISH, LANGUAGE_PATTERN
from backtrainer.core.model import (
    IDENT_PATTERN,
    MAX_STEP_SECONDS,
    SCHEMA_VERSION,
    Dose,
    Intervals,
    Reps,
    Routine,
    RoutineText,
)
from backtrainer.core.settings import LIMITS
from backtrainer.core.shown import shown


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.reason} - at `{self.path}`"


def problems(routine: Routine) -> list[Problem]:
    """Every rule the routine breaks; an empty list means it can be planned."""
    return list(_problems(routine))


_IDENT = re.compile(IDENT_PATTERN)


def _ident(value: str, path: str) -> Iterator[Problem]:
    """msgspec checks the id pattern with re.search, where "$" also matches before a final
    newline: the whole id must match, or "best-back\\n" would be a second "best-back"."""
    if not _IDENT.fullmatch(value):
        yield Problem(path, "use only a-z, 0-9 and single dashes")


def _problems(routine: Routine) -> Iterator[Problem]:
    if routine.schema_version > SCHEMA_VERSION:
        yield Problem(
            "$.schema_version",
            f"written for a newer BackTrainer (format {routine.schema_version}, this"
            f" version reads up to {SCHEMA_VERSION}); update BackTrainer to use it",
        )
    yield from _ident(routine.id, "$.id")
    yield from _intervals(routine.intervals, "$.intervals")
    mode_ids: set[str] = set()
    for m, mode in enumerate(routine.modes):
        yield from _ident(mode.id, f"$.modes[{m}].id")
        if mode.id in mode_ids:
            yield Problem(f"$.modes[{m}].id", f"mode id {shown(mode.id)} is used twice")
        mode_ids.add(mode.id)
        if mode.intervals is not None:
            yield from _intervals(mode.intervals, f"$.modes[{m}].intervals")
    seen: set[str] = set()
    for b, block in enumerate(routine.blocks):
        for e, exercise in enumerate(block.exercises):
            path = f"$.blocks[{b}].exercises[{e}]"
            yield from _ident(exercise.id, f"{path}.id")
            if exercise.id in seen:
                yield Problem(f"{path}.id", f"exercise id {shown(exercise.id)} is used twice")
            seen.add(exercise.id)
            yield from _dose(exercise.dose, f"{path}.dose")
            for v, variation in enumerate(exercise.variations):
                if variation.dose is not None:
                    yield from _dose(variation.dose, f"{path}.variations[{v}].dose")
            progression = exercise.progression
            if progression is not None and (
                progression.target.reps < progression.start.reps
                or progression.target.sets < progression.start.sets
            ):
                yield Problem(f"{path}.progression", "the target is below the start")
    for lang, text in routine.translations.items():
        yield from _translation(routine, lang, text)


def _translation(routine: Routine, lang: str, text: RoutineText) -> Iterator[Problem]:
    """A language code that is one, and texts only for blocks, modes, moves and variations
    that the routine has: a translation of a renamed or removed move is a mistake."""
    if lang == ENGLISH:
        yield Problem(
            "$.translations",
            '"en" is not a translation: the English text is the routine\'s own fields',
        )
        return
    if not LANGUAGE_PATTERN.fullmatch(lang):
        yield Problem(
            "$.translations",
            f"{shown(lang)} is not a language code: use a two- or three-letter lower-case"
            " code such as de, fr or es",
        )
        return
    at = f"$.translations.{lang}"
    if text.blocks is not None and len(text.blocks) > len(routine.blocks):
        yield Problem(
            f"{at}.blocks",
            f"{len(text.blocks)} blocks translated, the routine has {len(routine.blocks)}",
        )
    mode_ids = {mode.id for mode in routine.modes}
    for key in text.modes:
        if key not in mode_ids:
            yield Problem(f"{at}.modes", f"no mode has the id {shown(key)}")
    moves = {exercise.id: exercise for exercise in routine.exercises()}
    for key, move_text in text.exercises.items():
        exercise = moves.get(key)
        if exercise is None:
            yield Problem(f"{at}.exercises", f"no move has the id {shown(key)}")
            continue
        move_at = f"{at}.exercises.{key}"
        if move_text.progression_note is not None and exercise.progression is None:
            yield Problem(f"{move_at}.progression_note", "the move has no progression")
        translated = move_text.variations or []
        if len(translated) > len(exercise.variations):
            yield Problem(
                f"{move_at}.variations",
                f"{len(translated)} variations translated, the move has {len(exercise.variations)}",
            )


def _dose(dose: Dose, path: str) -> Iterator[Problem]:
    if isinstance(dose, Reps):
        rep = dose.tempo.rep_seconds
        if rep <= 0:
            yield Problem(f"{path}.tempo", "a rep must take some time (all phases are 0)")
        elif dose.reps * rep > MAX_STEP_SECONDS:
            yield Problem(
                path,
                f"{dose.reps} reps at {rep:g} s each last {dose.reps * rep:g} s,"
                f" more than the {MAX_STEP_SECONDS} s a set may take",
            )


def _intervals(intervals: Intervals, path: str) -> Iterator[Problem]:
    for name in ("prepare", "work", "rest", "round_rest", "rounds", "switch"):
        interval = getattr(intervals, name)
        limit = LIMITS[name]
        for key in ("default", "min", "max"):
            value = getattr(interval, key)
            if value is not None and not limit.low <= value <= limit.high:
                yield Problem(
                    f"{path}.{name}.{key}",
                    f"{limit.label} must be between {limit.low:g} and {limit.high:g}"
                    f"{limit.unit and ' ' + limit.unit}, got {value}",
                )
        low, high = interval.min, interval.max
        if low is not None and high is not None and low > high:
            yield Problem(f"{path}.{name}", f"min {low} is above max {high}")
        if (low is not None and interval.default < low) or (
            high is not None and interval.default > high
        ):
            yield Problem(
                f"{path}.{name}.default",
                f"default {interval.default} is outside its range {low}-{high}",
            )
