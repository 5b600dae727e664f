"""The words BackTrainer speaks, in each shipped language. Kept apart from the planner so
wording can change freely (and be pre-rendered to audio: every phrase of a session is known
before it starts). The words themselves are in `core.languages`, a table per language;
here they are put together. `lang` is a code of `languages.LANGUAGES` (else English)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from backtrainer.core.languages import DEFAULT, LANGUAGES, wording
from backtrainer.core.languages.table import Wording

if TYPE_CHECKING:
    from backtrainer.core.timeline import Step

__all__ = ["LANGUAGES", "Wording", "wording"]


@cache
def number_word(n: int, lang: str = DEFAULT) -> str:
    """0..999 in words, by num2words: captions show "siebzehn" as the voice says it, and
    the length estimate counts its syllables. (espeak-ng reads "17" the same way: measured,
    the digits and the word render within 0.05 s of each other in de, fr and es.)"""
    if n < 0 or n > 999:
        return str(n)
    from num2words import num2words  # about 50 ms to import: not on the window's first paint

    said: str = num2words(n, lang=lang if lang in LANGUAGES else DEFAULT)
    return said


def capital(text: str) -> str:
    """The first letter upper case, the rest as it is ("Linke Seite", not "Linke seite")."""
    return text[:1].upper() + text[1:]


def side_word(side: str, lang: str = DEFAULT) -> str:
    """ "left" or "right" as said in `lang` (a rep's side)."""
    w = wording(lang)
    return w.left if side == "left" else w.right


def side_phrase(
    side: str | None, name: str = "", *, short: bool = False, lang: str = DEFAULT
) -> str:
    """ "left side" ("left" when short); nothing where the name already says it."""
    w = wording(lang)
    if side in ("left", "right"):
        if short:
            return side_word(side, lang)
        return w.left_side if side == "left" else w.right_side
    if side == "alternating" and not short and w.alternating_stem not in name.lower():
        return w.alternating
    return ""


def duration_phrase(seconds: float, lang: str = DEFAULT) -> str:
    w = wording(lang)
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    said_minutes = w.one_minute if minutes == 1 else w.minutes.format(n=minutes)
    said_seconds = w.seconds.format(n=secs)
    if minutes and secs:
        return w.minutes_and_seconds.format(minutes=said_minutes, seconds=said_seconds)
    return said_minutes if minutes else said_seconds


def dose_phrase(
    *,
    reps: int | None,
    seconds: float,
    per_side: bool,
    to_comfort: bool,
    short: bool = False,
    lang: str = DEFAULT,
) -> str:
    """ "10 reps each side", "30 seconds"; "as many as comfortable" names no cap."""
    if reps is None:
        return duration_phrase(seconds, lang)
    w = wording(lang)
    each = f" {w.each_side}" if per_side else ""
    if to_comfort:
        return f"{w.as_many}{each}"
    return f"{reps}{each}" if short and each else f"{w.reps.format(n=reps)}{each}"


def move_phrase(
    name: str, side: str | None, dose: str, *, short: bool = False, lang: str = DEFAULT
) -> str:
    """ "Renegade row, left side, 30 seconds." """
    parts = [name, side_phrase(side, name, short=short, lang=lang), dose]
    return ", ".join(p for p in parts if p) + "."


def round_phrase(n: int, total: int, *, sets: bool, lang: str = DEFAULT) -> str:
    w = wording(lang)
    return (w.set_of if sets else w.round_of).format(n=n, total=total) + "."


def round_done(n: int, total: int, *, sets: bool, rest: float, lang: str = DEFAULT) -> str:
    w = wording(lang)
    which = (w.set_of if sets else w.round_of).format(n=n, total=total)
    template = w.set_done if sets else w.round_done
    return capital(template.format(which=which, rest=duration_phrase(rest, lang)))


def go_phrase(side: str | None, lang: str = DEFAULT) -> str:
    """The start of a move already announced: the side if it has one, then go."""
    w = wording(lang)
    if side in ("left", "right"):
        return w.side_go.format(side=capital(side_phrase(side, lang=lang)))
    return w.go


def rep_count(n: int, side: str | None = None, lang: str = DEFAULT) -> str:
    """The count at the end of a rep, with the side the next rep starts on, if any."""
    count = number_word(n, lang)
    return f"{capital(count)}, {side_word(side, lang)}." if side else count


EN = wording(DEFAULT)
COUNTDOWN = EN.countdown
HALFWAY = EN.halfway
SWITCH = EN.switch
REST = EN.rest
GET_READY = EN.get_ready
NEXT_UP = EN.next_up
DONE = EN.done
TO_COMFORT = EN.to_comfort
"""The English phrases by name (each language's: `wording(lang)`)."""

UP, HOLD, DOWN = EN.up, EN.hold, EN.down
"""Tempo in words: the lift starts, the top is held, the lowering starts."""
TONE_UP, TONE_HOLD, TONE_DOWN = "▲", "■", "▼"
"""Tempo in sounds: the speech layer plays a rising, a steady and a falling tone for
these (generated, not spoken); a caption shows the symbol."""
TONES = (TONE_UP, TONE_HOLD, TONE_DOWN)
TONE_SECONDS = 0.2
"""The longest a tone lasts: what the schedule allows for one."""


def tone_for(word: str, lang: str = DEFAULT) -> str | None:
    """The tone that stands for tempo word `word` of `lang`; None for any other text."""
    w = wording(lang)
    return {w.up: TONE_UP, w.hold: TONE_HOLD, w.down: TONE_DOWN}.get(word)


# -- phrases of a step --------------------------------------------------------------


def opening(step: Step, lang: str = DEFAULT) -> str:
    """What a rest, a switch or the get-ready begins with."""
    w = wording(lang)
    if step.kind == "round_rest" and step.round is not None and step.rounds is not None:
        sets = step.round_unit == "set"
        return round_done(step.round, step.rounds, sets=sets, rest=step.seconds, lang=lang)
    return {"prepare": w.get_ready, "switch": w.switch}.get(step.kind, w.rest)


def next_up(step: Step, upcoming: Step, *, short: bool = False, lang: str = DEFAULT) -> str:
    """ "Round 2 of 3. Next up: Renegade row, right side, 30 seconds." (short: the move,
    "right" and the dose alone)."""
    w = wording(lang)
    dose = step_dose(upcoming, short=short, lang=lang)
    move = move_phrase(upcoming.exercise or "", upcoming.side, dose, short=short, lang=lang)
    starts_round = step.kind in ("prepare", "round_rest") and (upcoming.rounds or 1) > 1
    if starts_round and not short and upcoming.round and upcoming.rounds:
        sets = upcoming.round_unit == "set"
        which = round_phrase(upcoming.round, upcoming.rounds, sets=sets, lang=lang)
        return f"{which} {w.next_up} {move}"
    return f"{w.next_up} {move}"


def step_dose(step: Step, *, short: bool = False, lang: str = DEFAULT) -> str:
    """A step's dose as said: "10 reps each side", "30 seconds"."""
    return dose_phrase(
        reps=step.reps,
        seconds=step.seconds,
        per_side=step.side in ("alternating", "seesaw"),
        to_comfort=step.to_comfort,
        short=short,
        lang=lang,
    )
