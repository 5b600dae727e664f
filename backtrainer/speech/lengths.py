"""Real phrase lengths against the planner's estimate, and plans laid out again with them.

The planner lays cues out with `core.spoken.estimate`, meant as an upper bound of how long
each phrase plays. This renders every phrase of some plans with a PhraseRenderer (the real
engine, for `scripts/phrase_lengths.py` and `tests/speech/test_real_lengths.py`), reads
each file's length as it will play (leading silence trimmed), plans every case again with
`CueOptions(length=<real lengths>)`, rendering any phrase the new layout brings, and finds
the cues that would still cut the next one. No Qt, no files of its own: the caller brings
the routines and the renderer.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, get_args

from backtrainer.core import spoken
from backtrainer.core.cues import CueOptions, Overlap, TempoStyle, overlaps
from backtrainer.core.model import Routine
from backtrainer.core.planner import plan
from backtrainer.core.settings import LIMITS, IntervalSettings
from backtrainer.core.timeline import Step, Timeline
from backtrainer.speech.renderer import PhraseRenderer
from backtrainer.speech.tones import is_tone
from backtrainer.speech.wavfiles import audio_seconds, sound_seconds

TEMPO_STYLES: tuple[TempoStyle, ...] = get_args(TempoStyle)
DEFAULTS = IntervalSettings()
SHORTEST = dataclasses.replace(
    IntervalSettings(tempo_scale=LIMITS["tempo_scale"].low),
    **{name: int(LIMITS[name].low) for name in ("prepare", "work", "rest", "round_rest", "switch")},
)
"""Every interval at its lowest, the tempo at its fastest: the tightest layout there is.
Rounds, a count, stay the routine's: more rounds, more (zero-second) rests between them."""
SETTINGS: dict[str, IntervalSettings] = {"defaults": DEFAULTS, "shortest": SHORTEST}
ROUNDS = 5
"""Plans laid out again at most this often per case while they bring unrendered phrases."""


@dataclass(frozen=True)
class Case:
    """One plan to check: a routine in a mode, at some settings, in a tempo style."""

    routine: Routine
    mode: str | None
    settings_name: str
    settings: IntervalSettings
    tempo: TempoStyle
    language: str = "en"

    @property
    def label(self) -> str:
        mode = f" ({self.mode})" if self.mode else ""
        said = "" if self.language == "en" else f", {self.language}"
        return f"{self.routine.id}{mode}, {self.settings_name}, {self.tempo}{said}"

    def plan(self, rate: int, length: Callable[[str], float] | None = None) -> Timeline:
        options = CueOptions(tempo=self.tempo, rate=rate, length=length, language=self.language)
        return plan(self.routine, self.settings, self.mode, options)


def cases(
    routines: Iterable[Routine],
    settings: Mapping[str, IntervalSettings] | None = None,
    tempos: Iterable[TempoStyle] = TEMPO_STYLES,
    language: str = "en",
) -> list[Case]:
    """Every mode of every routine at each of `settings` (SETTINGS) in each tempo style,
    said in `language`."""
    styles = list(tempos)
    return [
        Case(routine, mode, name, values, tempo, language)
        for routine in routines
        for mode in modes(routine)
        for name, values in (settings or SETTINGS).items()
        for tempo in styles
    ]


def modes(routine: Routine) -> list[str | None]:
    """The routine's mode ids; [None] for a routine without modes."""
    return [m.id for m in routine.modes] or [None]


@dataclass(frozen=True)
class Found:
    """A cue still sounding, at its real length, when the next cue of the plan starts."""

    case: Case
    step_index: int
    step: Step
    overlap: Overlap

    def describe(self) -> str:
        what = self.step.exercise or self.step.kind
        cue, following = self.overlap.cue, self.overlap.next
        return (
            f"{self.case.label}: step {self.step_index} ({what}) at {cue.at:g} s: "
            f"{cue.text!r} runs {self.overlap.seconds:.3f} s into {following.text!r}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "routine": self.case.routine.id,
            "mode": self.case.mode,
            "settings": self.case.settings_name,
            "tempo": self.case.tempo,
            "language": self.case.language,
            "step": self.step_index,
            "step_kind": self.step.kind,
            "exercise": self.step.exercise,
            "at": self.overlap.cue.at,
            "text": self.overlap.cue.text,
            "next": self.overlap.next.text,
            "seconds": self.overlap.seconds,
        }


@dataclass
class Measured:
    rate: int
    language: str = "en"
    real: dict[str, float] = field(default_factory=dict)
    """Seconds each rendered phrase plays."""
    sound: dict[str, float] = field(default_factory=dict)
    """Seconds to the end of its last sound: `real` less the silence after the words."""
    unrendered: set[str] = field(default_factory=set)
    """Phrases the engine gave no audio for."""
    found: list[Found] = field(default_factory=list)
    """Overlaps, at the real lengths, of the plans laid out with the real lengths."""
    found_estimated: list[Found] = field(default_factory=list)
    """Overlaps, at the real lengths, of the plans laid out with the estimate (as
    `backtrainer plan` shows them, and as a session goes before the lengths are known)."""
    plans: int = 0

    def estimate(self, text: str) -> float:
        return spoken.estimate(text, self.rate, self.language)

    def length(self, text: str) -> float:
        """The spoken length (to the end of the last sound) where known, else the estimate.
        A next phrase that starts in the silence after the words cuts nothing audible."""
        sound = self.sound.get(text)
        return self.estimate(text) if sound is None else sound

    def margins(self) -> dict[str, float]:
        """Estimate minus spoken length, phrase by phrase: negative where it is short."""
        return {text: round(self.estimate(text) - s, 3) for text, s in self.sound.items()}

    def above(self) -> list[tuple[str, float, float]]:
        """(text, spoken length, estimate) of the phrases longer than their estimate."""
        over = [(t, s, self.estimate(t)) for t, s in self.sound.items() if s > self.estimate(t)]
        return sorted(over, key=lambda item: item[2] - item[1])

    def trailing(self) -> list[float]:
        """Seconds of silence after the words, phrase by phrase (tones excluded)."""
        return sorted(self.real[t] - s for t, s in self.sound.items() if not is_tone(t))

    @property
    def ok(self) -> bool:
        return not self.above() and not self.found and not self.unrendered

    def to_json(self, worst: int = 10) -> dict[str, Any]:
        margins = sorted(self.margins().values())
        return {
            "rate": self.rate,
            "language": self.language,
            "plans": self.plans,
            "phrases": len(self.real),
            "unrendered": sorted(self.unrendered),
            "above_estimate": len(self.above()),
            "worst_above": [
                {"text": t, "spoken": round(s, 3), "estimate": e}
                for t, s, e in self.above()[:worst]
            ],
            "closest": [
                {"text": t, "spoken": round(self.sound[t], 3), "estimate": self.estimate(t)}
                for t in sorted(self.margins(), key=self.margins().__getitem__)[:worst]
            ],
            "margin_median": round(statistics.median(margins), 3) if margins else None,
            "margin_max": max(margins, default=None),
            "margin_min": min(margins, default=None),
            "trailing_silence_median": (
                round(statistics.median(self.trailing()), 3) if self.trailing() else None
            ),
            "overlaps": [found.to_json() for found in self.found],
            "overlaps_estimated_plans": [found.to_json() for found in self.found_estimated],
        }


def measure(
    renderer: PhraseRenderer, checked: Sequence[Case], rate: int, timeout: float = 600.0
) -> Measured:
    """Render every phrase of every case (estimated layout), then lay each case out again
    with the real lengths until its phrases are all rendered, and find its overlaps.

    `renderer` must be started, with the voice at `rate`. Raises TimeoutError when the
    renderer does not finish a batch within `timeout` seconds.
    """
    language = checked[0].language if checked else "en"
    measured = Measured(rate, language, plans=len(checked))

    def render(texts: Iterable[str]) -> None:
        new = [t for t in dict.fromkeys(texts) if t.strip()]
        new = [t for t in new if t not in measured.real and t not in measured.unrendered]
        for _attempt in range(2):  # a failed render is dropped, and its engine replaced
            if not new:
                return
            renderer.render_all(new)
            if not renderer.wait_rendered(timeout):
                raise TimeoutError(f"{len(new)} phrases not rendered in {timeout:g} s")
            for text in new:
                path = renderer.path_for(text)
                seconds = None if path is None else audio_seconds(path)
                sound = None if path is None else sound_seconds(path)
                if seconds is not None and sound is not None:
                    measured.real[text], measured.sound[text] = seconds, sound
            new = [t for t in new if t not in measured.real]
        measured.unrendered.update(new)

    estimated = [case.plan(rate) for case in checked]
    render(text for timeline in estimated for text in timeline.phrases())
    for case, timeline in zip(checked, estimated, strict=True):
        measured.found_estimated.extend(_found(case, timeline, measured.length))
    for case in checked:
        timeline = case.plan(rate, measured.length)
        for _ in range(ROUNDS):  # a layout with real lengths may say other things
            known = measured.real.keys() | measured.unrendered
            if all(t in known or not t.strip() for t in timeline.phrases()):
                break
            render(timeline.phrases())
            timeline = case.plan(rate, measured.length)
        measured.found.extend(_found(case, timeline, measured.length))
    return measured


def _found(case: Case, timeline: Timeline, length: Callable[[str], float]) -> list[Found]:
    return [Found(case, o.step, timeline.steps[o.step], o) for o in overlaps(timeline, length)]
