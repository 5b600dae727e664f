"""What is said when: the cues of a session, laid out so that no phrase cuts another.

The rhythm keeps its instants: the countdown, the rep counts and the tempo (up, hold,
down, or the side of each rep). Everything else is fitted around it, knowing how long
each phrase takes to say (`CueOptions.length`: an estimate, or the rendered audio's real
length). When a phrase would run into the next, something gives way, in this order:

1. a form reminder moves to a later quiet stretch, or is not said this time;
2. "halfway" is not said;
3. the rest's opening and the next move, said apart, are said as one phrase;
4. that phrase takes its short form ("Renegade row, right, 30 seconds");
5. the countdown before the move loses its first words ("three", then "two", "one");
6. the rest is lengthened (a rep set's lead-in likewise) until the phrase fits.

Nothing the runner needs is ever dropped: the move, its side, its dose and any change of
equipment are said in every layout.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from backtrainer.core import phrases, spoken
from backtrainer.core.tempo import Side, tempo_cues
from backtrainer.core.timeline import Cue, CueKind, Step, Timeline

if TYPE_CHECKING:  # the model pulls in msgspec; the window plans without waiting for it
    from backtrainer.core.model import Exercise

TempoStyle = Literal["words", "sounds", "numbers"]

GAP = 0.15
"""Silence between two phrases, so that they do not run together."""
NEXT_UP_LEAD = 10.0
"""The next move is announced at least this long before it starts, when the rest allows:
time enough to put one weight down and pick up another."""
NAME_AGAIN_AFTER = 10.0
"""A move announced longer ago than this is named again when it starts."""
HALFWAY_MIN = 20.0
COUNTDOWN_MIN = 5.0
"""Rests this long or longer end with "three, two, one"."""
TIMED_COUNTDOWN_MIN = 10.0
LEAD_IN = 3.0
"""The least time at the start of a rep set to say what to do before rep one."""
REP_TAIL = 1.0
"""Time after the last count of a rep set, so the count is heard before the rest."""


@dataclass(frozen=True)
class CueOptions:
    tempo: TempoStyle = "words"
    """How a rep's tempo is heard: words, generated tones, or the counts alone."""
    rate: int = spoken.RATE
    length: Callable[[str], float] | None = None
    """Seconds a phrase takes; None: `spoken.estimate` at `rate`."""
    form_reminders: bool = True
    language: str = "en"
    """The language the cues are said in (`core.languages.LANGUAGES`; else English)."""

    def seconds(self, text: str) -> float:
        if self.length:
            return self.length(text)
        return spoken.estimate(text, self.rate, self.language)

    @classmethod
    def of(cls, *, tempo: str, rate: int, form_reminders: bool, language: str = "en") -> CueOptions:
        """From the voice preferences (plain values, checked when they were read)."""
        styles: dict[str, TempoStyle] = {"words": "words", "sounds": "sounds", "numbers": "numbers"}
        return cls(
            tempo=styles.get(tempo, "words"),
            rate=rate,
            form_reminders=form_reminders,
            language=language if language in phrases.LANGUAGES else "en",
        )


def add_cues(steps: Sequence[Step], moves: dict[str, Exercise], options: CueOptions) -> list[Step]:
    """`steps` with their cues; rests and lead-ins may grow so that every phrase fits."""
    return _Fitter(moves, options).fit(steps)


@dataclass(frozen=True)
class Overlap:
    step: int
    cue: Cue
    next: Cue
    seconds: float
    """How long `cue` is still sounding when `next` starts."""


def overlaps(timeline: Timeline, length: Callable[[str], float]) -> list[Overlap]:
    """Every cue that is still sounding when the next one starts (none, in a good plan)."""
    flat: list[tuple[float, int, Cue]] = []
    start = 0.0
    for index, step in enumerate(timeline.steps):
        flat.extend((start + cue.at, index, cue) for cue in step.cues)
        start += step.seconds
    flat.sort(key=lambda item: item[0])
    found = []
    for (at, index, cue), (next_at, _next_index, following) in itertools.pairwise(flat):
        late = at + length(cue.text) - next_at
        if late > 1e-6:
            found.append(Overlap(index, cue, following, round(late, 3)))
    return found


class _Fitter:
    def __init__(self, moves: dict[str, Exercise], options: CueOptions) -> None:
        self.moves = moves
        self.options = options
        self.len = options.seconds
        self.sound_ends = 0.0  # when the last cue laid out so far stops sounding
        self.announced: tuple[int, float] | None = None  # (work step index, when)
        self.reminded: set[str] = set()
        self.lang = options.language
        self.words = phrases.wording(options.language)

    def fit(self, steps: Sequence[Step]) -> list[Step]:
        out: list[Step] = []
        clock = 0.0
        before: Step | None = None  # the last work step
        for index, step in enumerate(steps):
            if step.kind == "work":
                fitted = self._work(index, step, clock, before)
                before = fitted
            elif step.kind == "done":
                free = max(0.0, self.sound_ends - clock)
                fitted = self._place(step, clock, [Cue(free, self.words.done, "done")])
            else:
                ahead = next(
                    (j for j in range(index + 1, len(steps)) if steps[j].kind == "work"), None
                )
                fitted = self._gap(step, clock, before, ahead, steps)
            out.append(fitted)
            clock += fitted.seconds
        return out

    # -- rests, switches, get ready ------------------------------------------------------

    def _gap(
        self,
        step: Step,
        clock: float,
        before: Step | None,
        ahead: int | None,
        steps: Sequence[Step],
    ) -> Step:
        opening = phrases.opening(step, self.lang)
        upcoming = steps[ahead] if ahead is not None else None
        long = short = None
        head = opening
        if upcoming is not None and not (step.kind == "switch" and _same_move(before, upcoming)):
            setup = self._setup(before, upcoming)
            head = " ".join(p for p in (opening, setup) if p)
            long, short = (
                phrases.next_up(step, upcoming, lang=self.lang),
                phrases.next_up(step, upcoming, short=True, lang=self.lang),
            )
        free = max(0.0, self.sound_ends - clock)
        for seconds, cues in self._gap_layouts(step.seconds, free, head, long, short):
            if self._fits(cues, end=seconds):
                if long is not None and ahead is not None:  # the move is named last
                    named = max(c.at for c in cues if c.kind != "countdown")
                    self.announced = (ahead, clock + named)
                return self._place(dataclasses.replace(step, seconds=seconds), clock, cues)
        raise AssertionError("the last layout always fits")  # pragma: no cover

    def _gap_layouts(
        self, s: float, free: float, head: str, long: str | None, short: str | None
    ) -> Iterator[tuple[float, list[Cue]]]:
        kind = _gap_kind(head, self.words)
        countdown = list(self._countdown(s)) if s >= COUNTDOWN_MIN else []
        combined = head
        if long is not None and short is not None:
            if s - NEXT_UP_LEAD > free:  # said apart: the opening now, the move 10 s ahead
                yield s, [Cue(free, head, kind), Cue(s - NEXT_UP_LEAD, long, "next"), *countdown]
            yield s, [Cue(free, f"{head} {long}", kind), *countdown]
            combined = f"{head} {short}"
        for dropped in range(len(countdown) + 1):
            yield s, [Cue(free, combined, kind), *countdown[dropped:]]
        # Last resort: lengthen the rest until the phrase and a whole countdown fit (or,
        # with a voice too slow to say a countdown word in a second, the phrase alone).
        ends = free + self.len(combined) + GAP
        longer = float(max(math.ceil(s), math.ceil(ends + len(self.words.countdown))))
        yield longer, [Cue(free, combined, kind), *self._countdown(longer)]
        yield float(max(math.ceil(s), math.ceil(ends))), [Cue(free, combined, kind)]

    def _setup(self, before: Step | None, upcoming: Step) -> str | None:
        move = self.moves.get(upcoming.exercise_id or "")
        if move is None or move.setup is None:
            return None
        if before is not None and before.exercise_id == upcoming.exercise_id:
            return None  # the same move again: nothing to change
        return move.setup

    # -- work ------------------------------------------------------------------------------

    def _work(self, index: int, step: Step, clock: float, before: Step | None) -> Step:
        free = max(0.0, self.sound_ends - clock)
        start = self._start_phrase(index, step, clock, before)
        if step.reps is None:
            return self._timed(step, clock, free, start)
        # A rep set's first quiet stretch is its lead-in: the reminder is said there, and
        # the lead-in grows to hold what is said before rep one.
        said = [Cue(free, start, "announce")]
        reminder = self._reminder(step)
        if reminder is not None:
            said.append(Cue(self._ends(said[0]), reminder, "form"))
        lead_in = max(step.lead_in, _half_up(self._ends(said[-1])))
        grown = lead_in - step.lead_in
        step = dataclasses.replace(step, lead_in=lead_in, seconds=round(step.seconds + grown, 3))
        cues = tempo_cues(step, self.options.tempo, self._first_side(step), self.lang)
        rhythm = self._thin(cues)
        return self._place(step, clock, [*said, *rhythm])

    def _timed(self, step: Step, clock: float, free: float, start: str) -> Step:
        s = step.seconds
        start_ends = free + self.len(start) + GAP
        countdown = list(self._countdown(s)) if s >= TIMED_COUNTDOWN_MIN else []
        countdown = [c for c in countdown if c.at >= start_ends]  # a short step says its move
        cues = [Cue(free, start, "announce"), *countdown]
        halfway = Cue(s / 2, self.words.halfway, "halfway")
        if s >= HALFWAY_MIN and self._fits([*cues, halfway]):
            cues.append(halfway)
        return self._place(step, clock, self._with_reminder(step, cues, start_ends))

    def _start_phrase(self, index: int, step: Step, clock: float, before: Step | None) -> str:
        name, side = step.exercise or "", step.side
        other_side = before is not None and _same_move(before, step) and before.round == step.round
        named = self.announced[1] if self.announced and self.announced[0] == index else None
        if other_side or (named is not None and clock - named <= NAME_AGAIN_AFTER):
            text = phrases.go_phrase(side, self.lang)
        elif named is not None:
            text = phrases.move_phrase(name, side, "", lang=self.lang)  # announced long ago
        else:
            dose = phrases.step_dose(step, lang=self.lang)
            text = phrases.move_phrase(name, side, dose, lang=self.lang)  # not announced
        return f"{text} {self.words.to_comfort}" if step.to_comfort else text

    def _first_side(self, step: Step) -> Side:
        move = self.moves.get(step.exercise_id or "")
        return move.first_side if move is not None and move.first_side else "left"

    def _reminder(self, step: Step) -> str | None:
        """The move's form reminder, if it is due: once a session, when enabled."""
        move = self.moves.get(step.exercise_id or "")
        if not self.options.form_reminders or move is None or move.cue is None:
            return None
        return None if move.id in self.reminded else move.cue

    def _with_reminder(self, step: Step, cues: list[Cue], after: float) -> list[Cue]:
        """A timed step's cues with the form reminder in the first quiet stretch it fits."""
        reminder = self._reminder(step)
        if reminder is None:
            return cues
        need = self.len(reminder) + GAP
        ordered = sorted(cues, key=lambda c: c.at)
        ends = [*ordered[1:], Cue(step.seconds, "", "done")]
        for earlier, later in zip(ordered, ends, strict=True):
            begin = max(after, self._ends(earlier))
            if begin + need <= later.at:
                return [*cues, Cue(begin, reminder, "form")]
        return cues

    def _thin(self, rhythm: Iterable[Cue]) -> list[Cue]:
        """A tempo too fast to say whole: words that do not fit become their tones, a count
        drops the side it names, and a tempo cue that still does not fit gives way; a
        count never does (what comes before it gives way instead)."""
        kept: list[Cue] = []
        for cue in sorted(rhythm, key=lambda c: c.at):
            forms = _shorter_forms(cue, self.lang)
            while True:
                fitting = next((f for f in forms if not kept or self._ends(kept[-1]) <= f.at), None)
                if fitting is not None:
                    kept.append(fitting)
                    break
                shorter = _shorter_forms(kept[-1], self.lang)[1:]
                if shorter:  # the cue before says less: a tone for its word
                    kept[-1] = shorter[0]
                    continue
                if cue.kind == "rep":
                    while kept and kept[-1].kind != "rep" and self._ends(kept[-1]) > cue.at:
                        kept.pop()
                    kept.append(forms[-1])
                break
        return kept

    def _ends(self, cue: Cue) -> float:
        return cue.at + self.len(cue.text) + GAP

    def _countdown(self, seconds: float) -> Iterator[Cue]:
        for k, word in enumerate(self.words.countdown):
            yield Cue(seconds - 3 + k, word, "countdown")

    # -- shared ----------------------------------------------------------------------------

    def _fits(self, cues: Iterable[Cue], end: float | None = None) -> bool:
        """No cue before the step, none cutting the next, and the last done by `end`.
        The countdown's words keep their seconds whatever their length, so one running
        into the next is not a misfit of the layout: counted as one, an estimate that is
        long for a slow German "drei" dropped every "halfway" and the rest's countdown."""
        ordered = sorted(cues, key=lambda c: c.at)
        if end is not None:
            ordered.append(Cue(end, "", "done"))
        return (not ordered or ordered[0].at >= 0) and all(
            self._ends(a) <= b.at + 1e-9
            for a, b in itertools.pairwise(ordered)
            if not a.kind == b.kind == "countdown"
        )

    def _place(self, step: Step, clock: float, cues: Iterable[Cue]) -> Step:
        placed = tuple(
            dataclasses.replace(c, at=round(c.at, 3), seconds=round(self.len(c.text), 3))
            for c in sorted(cues, key=lambda c: c.at)
        )
        for cue in placed:
            self.sound_ends = max(self.sound_ends, clock + cue.at + cue.seconds + GAP)
            if cue.kind == "form" and step.exercise_id:
                self.reminded.add(step.exercise_id)
        return dataclasses.replace(step, cues=placed)


def _same_move(before: Step | None, step: Step) -> bool:
    return before is not None and before.exercise_id == step.exercise_id


def _gap_kind(head: str, words: phrases.Wording) -> CueKind:
    if head.startswith(words.get_ready):
        return "announce"
    return "switch" if head.startswith(words.switch) else "rest"


def _shorter_forms(cue: Cue, lang: str) -> list[Cue]:
    """The cue, then what may stand for it when time is short."""
    tone = phrases.tone_for(cue.text, lang)
    if tone is not None:
        return [cue, dataclasses.replace(cue, text=tone)]
    if cue.kind == "rep" and "," in cue.text:
        return [cue, dataclasses.replace(cue, text=cue.text.split(",")[0].lower())]
    return [cue]


def _half_up(seconds: float) -> float:
    """Round up to the next half second: lead-ins read well on the big clock."""
    return math.ceil(seconds * 2) / 2
