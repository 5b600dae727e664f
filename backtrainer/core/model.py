"""The routine format: typed structs that msgspec decodes and validates in one pass.

A routine file is a JSON object matching `Routine`. Unknown fields are errors (a typo in
a hand-written routine should not be silently ignored), and every number carries bounds,
so that a ten-hour set or a zero-second rest is refused with the JSON path that holds it.
`resources/routine.schema.json` is generated from these structs (`backtrainer schema`).
Texts in other languages sit in `translations`; core/localize.py says why there.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct, field

SCHEMA_VERSION = 1

# Bounds that keep a routine file sane. They are generous on purpose: they refuse
# mistakes (a typo of 3000 for 30), not unusual training.
MAX_STEP_SECONDS = 15 * 60
MAX_REPS = 100
MAX_ROUNDS = 20
MAX_REST_SECONDS = 10 * 60
MAX_TEMPO_PHASE = 10.0

Text = Annotated[str, Meta(min_length=1, max_length=2000)]
Name = Annotated[str, Meta(min_length=1, max_length=120)]
IDENT_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
"""Also checked whole (fullmatch) by validate.py: msgspec's search lets "id\\n" through."""
TextList = Annotated[list[Text], Meta(min_length=1)]
"""A translated list: given, it replaces the English list whole, so it is never empty."""
NameList = Annotated[list[Name], Meta(min_length=1)]
Ident = Annotated[str, Meta(pattern=IDENT_PATTERN, max_length=64)]
WorkSeconds = Annotated[int, Meta(ge=5, le=MAX_STEP_SECONDS)]
RestSeconds = Annotated[int, Meta(ge=0, le=MAX_REST_SECONDS)]
RepCount = Annotated[int, Meta(ge=1, le=MAX_REPS)]
RoundCount = Annotated[int, Meta(ge=1, le=MAX_ROUNDS)]
TempoPhase = Annotated[float, Meta(ge=0, le=MAX_TEMPO_PHASE)]

Side = Literal["left", "right"]
Sides = Literal["both", "each", "alternating", "seesaw"]
"""How a move uses the body's sides: both at once, each in turn, alternating reps, or
seesaw (one side lifts while the other lowers: a rep is one lift on each side, paced by
one up and one down)."""
SideOrder = Literal["per_move", "per_round"]
"""per_move: left then right before the next move. per_round: the whole circuit on one
side, then the whole circuit on the other."""
Structure = Literal["circuit", "superset", "straight"]
"""circuit/superset: one pass through every move, repeated for the rounds. straight: all
sets of one move before the next move (sets are the rounds)."""
Role = Literal["warmup", "main", "cooldown"]
Level = Literal["easier", "harder"]


class Base(Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    """Common options: strict about unknown fields, immutable once loaded."""


class Tempo(Base, kw_only=True, frozen=True):
    """Seconds for each phase of one rep; a rep set lasts reps x the sum of the phases."""

    up: TempoPhase
    down: TempoPhase
    hold: TempoPhase = 0.0
    """Pause at the top (the squeeze)."""
    rest: TempoPhase = 0.0
    """Pause at the bottom before the next rep."""

    @property
    def rep_seconds(self) -> float:
        return self.up + self.hold + self.down + self.rest


class Timed(Base, kw_only=True, frozen=True, tag="timed", tag_field="type"):
    """Work for a length of time, per side when the move is one-sided.

    Without `seconds` the move takes the routine's work interval, which the user adjusts;
    with `seconds` it is a fixed hold (a stretch, say).
    """

    seconds: WorkSeconds | None = None


class Reps(Base, kw_only=True, frozen=True, tag="reps", tag_field="type"):
    """A number of reps, per side when the move is one-sided, paced by a tempo."""

    reps: RepCount
    tempo: Tempo
    to_comfort: bool = False
    """The source says "as many as you comfortably can": `reps` is then a ceiling."""


Dose = Timed | Reps


class SetsReps(Base, kw_only=True, frozen=True):
    sets: RoundCount
    reps: RepCount


class Progression(Base, kw_only=True, frozen=True):
    """Where a move starts and what it works up to, e.g. 3 x 10 toward 3 x 20."""

    start: SetsReps
    target: SetsReps
    note: Text | None = None


class Variation(Base, kw_only=True, frozen=True):
    level: Level
    name: Name
    instructions: list[Text] = field(default_factory=list)
    dose: Dose | None = None
    sides: Sides | None = None
    first_side: Side | None = None
    """The side the variation starts on when the source says (None: the move's)."""


class Exercise(Base, kw_only=True, frozen=True):
    id: Ident
    name: Name
    dose: Dose
    sides: Sides = "both"
    instructions: list[Text] = field(default_factory=list)
    """Form, step by step, in BackTrainer's own words."""
    cue: Text | None = None
    """A short form reminder spoken when the move starts."""
    focus: list[Name] = field(default_factory=list)
    equipment: list[Name] = field(default_factory=list)
    variations: list[Variation] = field(default_factory=list)
    progression: Progression | None = None
    safety: list[Text] = field(default_factory=list)
    notes: list[Text] = field(default_factory=list)
    added: bool = False
    """True when the move is BackTrainer's addition, not in the source article."""
    assumed: list[Name] = field(default_factory=list)
    """Fields whose values BackTrainer chose because the source gives none (e.g. tempo)."""
    first_side: Side | None = None
    """The side this move starts on when the source says (None: the block's)."""
    setup: Text | None = None
    """A change of equipment or position before this move ("Pick up the second
    kettlebell."): said in the rest before it whenever another move came before, and that
    rest lasts at least `setup_seconds`."""
    setup_seconds: RestSeconds = 10


class Block(Base, kw_only=True, frozen=True):
    name: Name
    role: Role = "main"
    structure: Structure = "circuit"
    side_order: SideOrder = "per_move"
    first_side: Side = "left"
    rounds: RoundCount | None = None
    """None: the routine's rounds setting (main blocks) or one round (warm-up, cool-down)."""
    rest_between_moves: RestSeconds | None = None
    rest_between_rounds: RestSeconds | None = None
    rest_after: RestSeconds = 0
    """Rest before the next block starts."""
    notes: list[Text] = field(default_factory=list)
    exercises: Annotated[list[Exercise], Meta(min_length=1, max_length=50)]


class Interval(Base, kw_only=True, frozen=True):
    """A default value and, when the source gives one, its recommended range."""

    default: int
    min: int | None = None
    max: int | None = None


class Intervals(Base, kw_only=True, frozen=True):
    """The knobs a user adjusts; they apply to the main blocks."""

    prepare: Interval = field(default_factory=lambda: Interval(default=10))
    work: Interval = field(default_factory=lambda: Interval(default=30))
    rest: Interval = field(default_factory=lambda: Interval(default=15))
    round_rest: Interval = field(default_factory=lambda: Interval(default=60))
    rounds: Interval = field(default_factory=lambda: Interval(default=1))
    switch: Interval = field(default_factory=lambda: Interval(default=5))


class Mode(Base, kw_only=True, frozen=True):
    """A way to do the routine, e.g. strength (reps, slow tempo) or conditioning (timed)."""

    id: Ident
    name: Name
    description: Text
    timed: bool = False
    """True: every rep move of the main blocks becomes timed work at the work interval."""
    intervals: Intervals | None = None
    """Replaces the routine's intervals in this mode."""


class Source(Base, kw_only=True, frozen=True):
    coach: Name
    credentials: Name | None = None
    publication: Name | None = None
    article: Name | None = None


class VariationText(Base, kw_only=True, frozen=True):
    """A variation's text in another language; a field left out stays English."""

    name: Name | None = None
    instructions: TextList | None = None


class ExerciseText(Base, kw_only=True, frozen=True):
    """A move's text in another language, found by the move's id."""

    name: Name | None = None
    cue: Text | None = None
    setup: Text | None = None
    instructions: TextList | None = None
    focus: NameList | None = None
    equipment: NameList | None = None
    safety: TextList | None = None
    notes: TextList | None = None
    progression_note: Text | None = None
    variations: list[VariationText] | None = None
    """In the order of the move's variations."""


class BlockText(Base, kw_only=True, frozen=True):
    name: Name | None = None
    notes: TextList | None = None


class ModeText(Base, kw_only=True, frozen=True):
    name: Name | None = None
    description: Text | None = None


class RoutineText(Base, kw_only=True, frozen=True):
    """Everything a runner reads or hears, in one language (see core/localize.py)."""

    title: Name | None = None
    summary: Text | None = None
    equipment: NameList | None = None
    focus: NameList | None = None
    notes: TextList | None = None
    safety: TextList | None = None
    added_note: Text | None = None
    credentials: Name | None = None
    """The coach's credentials (the source's); the coach's name itself stays as it is."""
    coach: Name | None = None
    """Only where the source names no person ("Unattributed article")."""
    blocks: list[BlockText] | None = None
    """In the order of the routine's blocks, which have no ids."""
    modes: dict[str, ModeText] = field(default_factory=dict)
    """By mode id."""
    exercises: dict[str, ExerciseText] = field(default_factory=dict)
    """By move id."""


class Routine(Base, kw_only=True, frozen=True):
    schema_version: Annotated[int, Meta(ge=1)]
    id: Ident
    title: Name
    summary: Text
    source: Source
    equipment: list[Name] = field(default_factory=list)
    focus: list[Name] = field(default_factory=list)
    intervals: Intervals = field(default_factory=Intervals)
    modes: list[Mode] = field(default_factory=list)
    blocks: Annotated[list[Block], Meta(min_length=1, max_length=20)]
    notes: list[Text] = field(default_factory=list)
    safety: list[Text] = field(default_factory=list)
    added_note: Text | None = None
    """What BackTrainer added to the source, in a sentence the user sees."""
    translations: dict[str, RoutineText] = field(default_factory=dict)
    """The texts in other languages, by language code ("de"); English is the fallback."""

    def exercises(self) -> list[Exercise]:
        return [exercise for block in self.blocks for exercise in block.exercises]

    def mode(self, mode_id: str | None) -> Mode | None:
        """The mode with this id; None asks for the first (default) mode, if any."""
        if mode_id is None:
            return self.modes[0] if self.modes else None
        for mode in self.modes:
            if mode.id == mode_id:
                return mode
        known = ", ".join(m.id for m in self.modes) or "none"
        raise KeyError(f"routine {self.id!r} has no mode {mode_id!r} (modes: {known})")


def routine_schema() -> dict[str, object]:
    """The JSON Schema of the routine format, for editors with completion."""
    schema = msgspec.json.schema(Routine)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "BackTrainer routine"
    routine = schema["$defs"]["Routine"]
    routine["properties"]["translations"]["propertyNames"] = {
        "pattern": "^[a-z]{2,3}$",
        "not": {"const": "en"},
        "description": "a language code (BCP-47 primary subtag) such as de, fr or es",
    }
    return schema
