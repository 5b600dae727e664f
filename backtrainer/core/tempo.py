"""A rep set you can follow with your eyes shut: when to lift, hold and lower, which side,
and the count at the end of each rep, so that after the last number the set is over.

Per rep, from its start: the lift ("up", a rising tone, or the side for one-sided reps),
"hold" where the tempo holds, the lowering ("down", a falling tone), a quiet pause where
the tempo rests, then the rep's number. The number ends one rep and starts the next, so
it stands in for the next rep's "up"; on sided moves it names the next rep's side too
("Four, left."). Counts and sides are heard in every style; `numbers` drops the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from backtrainer.core import phrases
from backtrainer.core.timeline import Cue, Step

Style = Literal["words", "sounds", "numbers"]
Side = Literal["left", "right"]


def tempo_cues(
    step: Step, style: Style, first_side: Side = "left", lang: str = "en"
) -> Iterator[Cue]:
    """The rhythm of rep step `step`, its `at` from the start of the step, said in `lang`."""
    assert step.reps is not None and step.tempo is not None and step.rep_seconds is not None
    unit = step.rep_seconds
    sides = _rep_sides(step.side, first_side)
    for n in range(1, step.reps + 1):
        start = step.lead_in + (n - 1) * unit
        if n == 1 and (sides or style != "numbers"):
            lift = _lift(style, sides[0] if sides else None, lang)
            yield Cue(round(start, 3), lift, "tempo", rep=1)
        yield from _inside(step, start, style, sides, lang)
        last = n == step.reps
        count = phrases.rep_count(n, None if last or not sides else sides[0], lang)
        yield Cue(round(start + unit, 3), count, "rep", rep=None if last else n + 1)


def _inside(
    step: Step, start: float, style: Style, sides: tuple[Side, Side] | None, lang: str
) -> Iterator[Cue]:
    """Everything said inside one rep after its first instant."""
    assert step.tempo is not None and step.rep_seconds is not None
    up, hold = step.tempo.up, step.tempo.hold
    if step.side == "alternating" and sides is not None:
        half = step.rep_seconds / 2  # one side's rep, then the other's
        yield from _phases(start, up, hold, style, lang)
        yield Cue(round(start + half, 3), phrases.side_word(sides[1], lang), "tempo")
        yield from _phases(start + half, up, hold, style, lang)
    elif step.side == "seesaw" and sides is not None:
        if hold and style != "numbers":
            yield Cue(round(start + up, 3), _word(style, "hold", lang), "tempo")
        other = phrases.side_word(sides[1], lang)  # the other side lifts
        yield Cue(round(start + up + hold, 3), other, "tempo")
    else:
        yield from _phases(start, up, hold, style, lang)


def _phases(start: float, up: float, hold: float, style: Style, lang: str) -> Iterator[Cue]:
    """Hold and down after a lift that began at `start` (numbers: nothing)."""
    if style == "numbers":
        return
    if hold:
        yield Cue(round(start + up, 3), _word(style, "hold", lang), "tempo")
    yield Cue(round(start + up + hold, 3), _word(style, "down", lang), "tempo")


def _lift(style: Style, side: Side | None, lang: str) -> str:
    return phrases.side_word(side, lang) if side is not None else _word(style, "up", lang)


def _word(style: Style, which: Literal["up", "hold", "down"], lang: str) -> str:
    """Tempo word `which` in `lang`, or its tone in the sounds style."""
    if style == "sounds":
        return {"up": phrases.TONE_UP, "hold": phrases.TONE_HOLD}.get(which, phrases.TONE_DOWN)
    w = phrases.wording(lang)
    return {"up": w.up, "hold": w.hold}.get(which, w.down)


def _rep_sides(side: str | None, first: Side) -> tuple[Side, Side] | None:
    """The side each rep starts on and the side its second half works, for sided reps."""
    if side not in ("alternating", "seesaw"):
        return None
    return (first, "right" if first == "left" else "left")
