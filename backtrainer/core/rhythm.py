"""Where a rep set is at a moment: which rep, lifting, holding or lowering, how high, and
which side works. A screen draws the tempo with it, in step with the cues that
core/tempo.py lays out from the same numbers (a step's `lead_in`, `rep_seconds` and
`tempo`); it reads the step only, so it holds whatever the clock did (pauses, skips).

Per rep, from its start: up (the lift), hold, down (the lowering), then rest. An
alternating rep is two of these, one side then the other; a seesaw rep lifts one side
while the other lowers, so the other side takes over when the first stops holding.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Literal

from backtrainer.core import phrases
from backtrainer.core.timeline import Cue, Step

Side = Literal["left", "right"]
Phase = Literal["lead-in", "up", "hold", "down", "rest", "after"]


@dataclass(frozen=True)
class Moment:
    rep: int
    """The rep under way: 0 before the first lift, the last rep after it."""
    phase: Phase
    lift: float
    """How high the lift is: 0 at the bottom, 1 at the top."""
    side: Side | None
    """The side working now; the step's own side when it has one; None for both sides."""


def side_named(text: str) -> Side | None:
    """The side a cue names: "left" or "right" alone, or a count naming the side of the
    next rep ("Four, left.")."""
    parts = text.lower().rstrip(".").split(", ")
    if len(parts) == 2 and _is_count(parts[0]):
        parts = parts[1:]
    return _SIDES.get(parts[0]) if len(parts) == 1 else None


_SIDES: dict[str, Side] = {
    **{phrases.wording(lang).left: "left" for lang in phrases.LANGUAGES},
    **{phrases.wording(lang).right: "right" for lang in phrases.LANGUAGES},
}
"""A side word of any shipped language, and the side it names."""


def _count_side(text: str) -> Side | None:
    """The side a rep count names ("Vier, links."): known to be a count by its kind, so
    no number words need making."""
    parts = text.lower().rstrip(".").split(", ")
    return _SIDES.get(parts[1]) if len(parts) == 2 else None


def _is_count(word: str) -> bool:
    """Whether `word` is a rep count (1 to 100: a set of more is not counted aloud in
    practice, and 4 x 999 number words take a second to make) in a shipped language."""
    return word in _counts()


@functools.cache
def _counts() -> frozenset[str]:
    return frozenset(
        phrases.number_word(n, lang) for lang in phrases.LANGUAGES for n in range(1, 101)
    )


def first_side(cues: tuple[Cue, ...]) -> Side:
    """The side each rep of an alternating or seesaw step starts on: the first side its
    cues name (the lift of rep one); left when none does."""
    for cue in sorted(cues, key=lambda c: c.at):
        side = _count_side(cue.text) if cue.kind == "rep" else side_named(cue.text)
        if side is not None:
            return side
    return "left"


def moment(step: Step, t: float) -> Moment:
    """Step `step` at `t` seconds from its start. A timed step is always at its lead-in."""
    own = _own_side(step)
    if step.reps is None or step.tempo is None or not step.rep_seconds:
        return Moment(0, "lead-in", 0.0, own)  # timed: no rhythm, no side but its own
    sided = step.side in ("alternating", "seesaw")
    start = first_side(step.cues) if sided else own
    if t < step.lead_in:
        return Moment(0, "lead-in", 0.0, start)
    unit, tempo = step.rep_seconds, step.tempo
    rep = math.floor((t - step.lead_in) / unit) + 1
    if rep > step.reps:  # the last count said: the set is over
        return Moment(step.reps, "after", 0.0, _other(start) if sided else own)
    x = t - step.lead_in - (rep - 1) * unit
    side = start
    if step.side == "alternating" and x >= unit / 2:
        x, side = x - unit / 2, _other(start)  # the same again on the other side
    elif step.side == "seesaw" and x >= tempo.up + tempo.hold:
        side = _other(start)  # the other side lifts as the first lowers
    phase, lift = _phase(x, tempo.up, tempo.hold, tempo.down)
    return Moment(rep, phase, lift, side)


def _phase(x: float, up: float, hold: float, down: float) -> tuple[Phase, float]:
    if x < up:
        return "up", x / up
    if x < up + hold:
        return "hold", 1.0
    if x < up + hold + down:
        return "down", 1.0 - (x - up - hold) / down
    return "rest", 0.0


def _own_side(step: Step) -> Side | None:
    if step.side == "left":
        return "left"
    return "right" if step.side == "right" else None


def _other(side: Side | None) -> Side | None:
    if side is None:
        return None
    return "right" if side == "left" else "left"
