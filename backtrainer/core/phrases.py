"""The words BackTrainer speaks. Kept apart from the planner so wording can change freely
(and be pre-rendered to audio: every phrase of a session is known before it starts)."""

from __future__ import annotations

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


def side_phrase(side: str | None) -> str:
    if side in ("left", "right"):
        return f"{side} side"
    if side == "alternating":
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


def dose_phrase(*, reps: int | None, seconds: float, per_side: bool, to_comfort: bool) -> str:
    if reps is None:
        return duration_phrase(seconds)
    each = " each side" if per_side else ""
    if to_comfort:
        return f"as many as comfortable, up to {reps} reps{each}"
    return f"{reps} reps{each}"


def move_phrase(name: str, side: str | None, dose: str) -> str:
    """ "Renegade row, left side, 30 seconds." """
    parts = [name, side_phrase(side), dose]
    return ", ".join(p for p in parts if p) + "."


def round_phrase(n: int, total: int, *, sets: bool) -> str:
    return f"{'Set' if sets else 'Round'} {n} of {total}."


COUNTDOWN = ("three", "two", "one")
HALFWAY = "Halfway."
SWITCH = "Switch sides."
REST = "Rest."
GET_READY = "Get ready."
DONE = "Done. Workout complete, well done!"
