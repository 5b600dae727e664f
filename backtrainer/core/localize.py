"""A routine in the runner's language: its texts swapped in, field by field, English under.

Why one `translations` object per routine, one entry per language, and not a
`{"en": ..., "de": ...}` object in place of every text: the English routine stays exactly
as it was (older files, the editor, the planner and every test read it unchanged), and a
volunteer translating into Dutch works in one place of the file, reading a short list of
texts rather than hunting through doses and tempos. Inside a language, moves and modes are
found by their ids (which do not change when moves are reordered); blocks and variations,
which have no ids, by their position. A field left out stays English; a translated list
(instructions, notes) replaces the English list whole, so that a language may split its
sentences otherwise. `localized()` returns a plain `Routine` with the texts in place, so
the planner, the cues and the screens need not know about languages at all.

Saved settings name a chosen variation by the routine file's own (English) name;
`localized_setup` turns that name into the translated one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from msgspec.structs import replace

from backtrainer.core.languages import effective_language
from backtrainer.core.model import (
    Block,
    BlockText,
    Exercise,
    ExerciseText,
    Mode,
    ModeText,
    Routine,
    RoutineText,
    Variation,
    VariationText,
)

if TYPE_CHECKING:  # validate.py imports this module; it needs no setups
    from backtrainer.core.customise import RoutineSetup

ENGLISH = "en"
SHIPPED = ("de", "fr", "es")
"""The languages every bundled routine is complete in (tests/resources checks)."""

LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}")
"""A BCP-47 primary language subtag: "de", "fr", "es", "ast"; lower case, as ISO 639."""

_LOCALE = re.compile(r"(?P<lang>[A-Za-z]{2,3})(?:[_-][A-Za-z0-9]+)?(?:\.[^@]*)?(?:@.*)?")


def language_of(locale: str) -> str | None:
    """ "de" of "de_DE.UTF-8", "de-AT" or "de"; None for "C", "POSIX" or garbage."""
    found = _LOCALE.fullmatch(locale.strip())
    if found is None or locale.strip().upper() in ("C", "POSIX"):
        return None
    return found["lang"].lower()


def pick_language(choice: str | None, environ: Mapping[str, str]) -> str:
    """The language to show: an explicit choice (a command-line option), else the
    system's by the one rule (`languages.effective_language`). Raises ValueError for a
    choice that is not a language code, naming it."""
    if choice is not None:
        lang = language_of(choice)
        if lang is None:
            raise ValueError(f"{choice!r} is not a language code such as de, fr or es")
        return lang
    return effective_language(None, environ)


def localized(routine: Routine, lang: str) -> Routine:
    """`routine` with its texts in `lang` where it has them, English elsewhere."""
    text = routine.translations.get(lang)
    if text is None:
        return routine
    blocks = [
        _block(block, _at(text.blocks, b), text.exercises) for b, block in enumerate(routine.blocks)
    ]
    modes = [_mode(mode, text.modes.get(mode.id)) for mode in routine.modes]
    return replace(
        routine,
        title=text.title or routine.title,
        summary=text.summary or routine.summary,
        equipment=text.equipment or routine.equipment,
        focus=text.focus or routine.focus,
        notes=text.notes or routine.notes,
        safety=text.safety or routine.safety,
        added_note=text.added_note or routine.added_note,
        source=replace(
            routine.source,
            coach=text.coach or routine.source.coach,
            credentials=text.credentials or routine.source.credentials,
        ),
        modes=modes,
        blocks=blocks,
    )


def localized_setup(routine: Routine, setup: RoutineSetup, lang: str) -> RoutineSetup:
    """`setup` for `localized(routine, lang)`: a chosen variation named as it is there."""
    text = routine.translations.get(lang)
    if text is None or not setup.moves:
        return setup
    moves = dict(setup.moves)
    for exercise in routine.exercises():
        move = moves.get(exercise.id)
        translated = text.exercises.get(exercise.id)
        if move is None or move.variation is None or translated is None:
            continue
        for v, variation in enumerate(exercise.variations):
            name = getattr(_at(translated.variations, v), "name", None)
            if variation.name == move.variation and name:
                moves[exercise.id] = dataclasses.replace(move, variation=name)
    return dataclasses.replace(setup, moves=moves)


def _at(items: Sequence[BlockText | VariationText] | None, index: int) -> object:
    return items[index] if items is not None and index < len(items) else None


def _mode(mode: Mode, text: ModeText | None) -> Mode:
    if text is None:
        return mode
    return replace(
        mode, name=text.name or mode.name, description=text.description or mode.description
    )


def _block(block: Block, text: object, moves: Mapping[str, ExerciseText]) -> Block:
    exercises = [_exercise(e, moves.get(e.id)) for e in block.exercises]
    if not isinstance(text, BlockText):
        return replace(block, exercises=exercises)
    return replace(
        block, name=text.name or block.name, notes=text.notes or block.notes, exercises=exercises
    )


def _exercise(exercise: Exercise, text: ExerciseText | None) -> Exercise:
    if text is None:
        return exercise
    progression = exercise.progression
    if progression is not None and text.progression_note:
        progression = replace(progression, note=text.progression_note)
    return replace(
        exercise,
        name=text.name or exercise.name,
        cue=text.cue or exercise.cue,
        setup=text.setup or exercise.setup,
        instructions=text.instructions or exercise.instructions,
        focus=text.focus or exercise.focus,
        equipment=text.equipment or exercise.equipment,
        safety=text.safety or exercise.safety,
        notes=text.notes or exercise.notes,
        progression=progression,
        variations=[
            _variation(v, _at(text.variations, i)) for i, v in enumerate(exercise.variations)
        ],
    )


def _variation(variation: Variation, text: object) -> Variation:
    if not isinstance(text, VariationText):
        return variation
    return replace(
        variation,
        name=text.name or variation.name,
        instructions=text.instructions or variation.instructions,
    )


def missing(routine: Routine, lang: str) -> list[str]:
    """The JSON paths of every English text that has no `lang` counterpart (a list must
    have as many items), or whose counterpart is blank: empty for a complete language."""
    return list(_missing(routine, routine.translations.get(lang) or RoutineText(), lang))


def _missing(routine: Routine, text: RoutineText, lang: str) -> Iterator[str]:
    at = f"$.translations.{lang}"
    yield from _compare(routine, text, ROUTINE_FIELDS, at)
    yield from _compare(routine.source, text, SOURCE_FIELDS, at)
    for b, block in enumerate(routine.blocks):
        block_text = _at(text.blocks, b)
        yield from _compare(block, block_text or BlockText(), BLOCK_FIELDS, f"{at}.blocks[{b}]")
    for mode in routine.modes:
        mode_text = text.modes.get(mode.id, ModeText())
        yield from _compare(mode, mode_text, MODE_FIELDS, f"{at}.modes.{mode.id}")
    for exercise in routine.exercises():
        move_at = f"{at}.exercises.{exercise.id}"
        move_text = text.exercises.get(exercise.id, ExerciseText())
        yield from _compare(exercise, move_text, EXERCISE_FIELDS, move_at)
        note = exercise.progression.note if exercise.progression else None
        if note and not (move_text.progression_note or "").strip():
            yield f"{move_at}.progression_note"
        for v, variation in enumerate(exercise.variations):
            found = _at(move_text.variations, v) or VariationText()
            yield from _compare(variation, found, VARIATION_FIELDS, f"{move_at}.variations[{v}]")


ROUTINE_FIELDS = ("title", "summary", "equipment", "focus", "notes", "safety", "added_note")
SOURCE_FIELDS = ("credentials",)
"""The coach's name is a name; the credentials are words to translate."""
BLOCK_FIELDS = ("name", "notes")
MODE_FIELDS = ("name", "description")
EXERCISE_FIELDS = (
    *("name", "cue", "setup", "instructions", "focus", "equipment", "safety", "notes"),
)
VARIATION_FIELDS = ("name", "instructions")


def _compare(english: object, text: object, names: Sequence[str], at: str) -> Iterator[str]:
    for name in names:
        source, translated = getattr(english, name), getattr(text, name)
        if isinstance(source, list):
            if source and (
                translated is None
                or len(translated) != len(source)
                or not all(item.strip() for item in translated)
            ):
                yield f"{at}.{name}"
        elif source and not (translated or "").strip():
            yield f"{at}.{name}"
