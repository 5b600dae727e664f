"""The words BackTrainer speaks. Kept apart from the planner so wording can change freely
(and be pre-rendered to audio: every phrase of a session is known before it starts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backtrainer.core.timeline import Step

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_word(n: int) -> str:
    """0..999 in words: TTS engines and captions both read "seven" the same way."""
    if n < 0 or n > 999:
        return str(n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_ONES[hundreds]} hundred" + (f" {number_word(rest)}" if rest else "")


def side_phrase(side: str | None, name: str = "", *, short: bool = False) -> str:
    """ "left side" ("left" when short); nothing where the name already says it."""
    if side in ("left", "right"):
        return side if short else f"{side} side"
    if side == "alternating" and not short and "alternating" not in name.lower():
        return "alternating sides"
    return ""


def duration_phrase(seconds: float) -> str:
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes and secs:
        return f"{minutes} minute{'s' * (minutes != 1)} {secs} seconds"
    if minutes:
        return f"{minutes} minute{'s' * (minutes != 1)}"
    return f"{secs} seconds"


def dose_phrase(
    *, reps: int | None, seconds: float, per_side: bool, to_comfort: bool, short: bool = False
) -> str:
    """ "10 reps each side", "30 seconds"; "as many as comfortable" names no cap."""
    if reps is None:
        return duration_phrase(seconds)
    each = " each side" if per_side else ""
    if to_comfort:
        return f"as many as comfortable{each}"
    return f"{reps}{each}" if short and each else f"{reps} reps{each}"


def move_phrase(name: str, side: str | None, dose: str, *, short: bool = False) -> str:
    """ "Renegade row, left side, 30 seconds." """
    parts = [name, side_phrase(side, name, short=short), dose]
    return ", ".join(p for p in parts if p) + "."


def round_phrase(n: int, total: int, *, sets: bool) -> str:
    return f"{'Set' if sets else 'Round'} {n} of {total}."


def round_done(n: int, total: int, *, sets: bool, rest: float) -> str:
    return f"{'Set' if sets else 'Round'} {n} of {total} done. Rest {duration_phrase(rest)}."


def go_phrase(side: str | None) -> str:
    """The start of a move already announced: the side if it has one, then go."""
    return f"{side.capitalize()} side, go." if side in ("left", "right") else "Go."


def rep_count(n: int, side: str | None = None) -> str:
    """The count at the end of a rep, with the side the next rep starts on, if any."""
    return f"{number_word(n).capitalize()}, {side}." if side else number_word(n)


COUNTDOWN = ("three", "two", "one")
HALFWAY = "Halfway."
SWITCH = "Switch sides."
REST = "Rest."
GET_READY = "Get ready."
NEXT_UP = "Next up:"
DONE = "Done. Workout complete, well done!"
TO_COMFORT = "As many as comfortable; stop at a slight strain."

UP, HOLD, DOWN = "up", "hold", "down"
"""Tempo in words: the lift starts, the top is held, the lowering starts."""
TONE_UP, TONE_HOLD, TONE_DOWN = "▲", "■", "▼"
"""Tempo in sounds: the speech layer plays a rising, a steady and a falling tone for
these (generated, not spoken); a caption shows the symbol."""
TONES = (TONE_UP, TONE_HOLD, TONE_DOWN)
TONE_SECONDS = 0.2
"""The longest a tone lasts: what the schedule allows for one."""


# -- phrases of a step --------------------------------------------------------------


def opening(step: Step) -> str:
    """What a rest, a switch or the get-ready begins with."""
    if step.kind == "round_rest" and step.round is not None and step.rounds is not None:
        sets = step.round_unit == "set"
        return round_done(step.round, step.rounds, sets=sets, rest=step.seconds)
    return {"prepare": GET_READY, "switch": SWITCH}.get(step.kind, REST)


def next_up(step: Step, upcoming: Step, *, short: bool = False) -> str:
    """ "Round 2 of 3. Next up: Renegade row, right side, 30 seconds." (short: the move,
    "right" and the dose alone)."""
    dose = step_dose(upcoming, short=short)
    move = move_phrase(upcoming.exercise or "", upcoming.side, dose, short=short)
    starts_round = step.kind in ("prepare", "round_rest") and (upcoming.rounds or 1) > 1
    if starts_round and not short and upcoming.round and upcoming.rounds:
        sets = upcoming.round_unit == "set"
        which = round_phrase(upcoming.round, upcoming.rounds, sets=sets)
        return f"{which} {NEXT_UP} {move}"
    return f"{NEXT_UP} {move}"


def step_dose(step: Step, *, short: bool = False) -> str:
    """A step's dose as said: "10 reps each side", "30 seconds"."""
    return dose_phrase(
        reps=step.reps,
        seconds=step.seconds,
        per_side=step.side in ("alternating", "seesaw"),
        to_comfort=step.to_comfort,
        short=short,
    )
