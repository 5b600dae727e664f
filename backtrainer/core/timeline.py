"""The planner's output: an ordered list of steps, each with the cues to speak in it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

StepKind = Literal["prepare", "work", "switch", "rest", "round_rest", "done"]
CueKind = Literal[
    "announce", "next", "halfway", "countdown", "rep", "tempo", "form", "switch", "rest", "done"
]
"""rep: the count at the end of a rep; tempo: up, hold, down (words or tones) or the side of
a rep; form: a reminder of the move's form."""


def clock(seconds: float) -> str:
    """A length as minutes:seconds, the way every screen and command shows one."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def about_minutes(seconds: float) -> str:
    """A session's length the way a person estimates it: "about 12 min"."""
    return f"about {max(1, round(seconds / 60))} min"


STEP_WORDS: dict[str, str] = {
    "prepare": "get ready",
    "rest": "rest",
    "round_rest": "rest between rounds",
    "switch": "switch sides",
    "done": "done",
}
"""What a step between moves is called in a plan that people read."""


@dataclass(frozen=True)
class Cue:
    at: float
    """Seconds from the start of its step."""
    text: str
    kind: CueKind
    rep: int | None = None
    """The rep this cue starts, if it starts one (a count also starts the next rep)."""
    seconds: float = 0.0
    """How long the phrase takes to say, as the plan was laid out with."""


@dataclass(frozen=True)
class TempoSpec:
    up: float
    hold: float
    down: float
    rest: float = 0.0


@dataclass(frozen=True)
class Step:
    kind: StepKind
    seconds: float
    block: str | None = None
    exercise: str | None = None
    exercise_id: str | None = None
    side: Literal["left", "right", "alternating", "seesaw"] | None = None
    round: int | None = None
    rounds: int | None = None
    round_unit: Literal["round", "set"] = "round"
    """Straight blocks count sets (all sets of one move, then the next move)."""
    reps: int | None = None
    """Reps per side (per side-pair for alternating moves), or None for timed work."""
    tempo: TempoSpec | None = None
    rep_seconds: float | None = None
    """Length of one counted rep; for alternating moves, one rep on each side."""
    lead_in: float = 0.0
    """Seconds at the start of a rep step for the announcement, before rep one."""
    to_comfort: bool = False
    added: bool = False
    """The move is BackTrainer's addition, not the source's."""
    dose: str | None = None
    """The dose as a user reads it: "30 s per side", "10 reps each side"."""
    cues: tuple[Cue, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["cues"] = [
            {"at": c.at, "seconds": c.seconds, "text": c.text, "kind": c.kind, "rep": c.rep}
            for c in self.cues
        ]
        return data


@dataclass(frozen=True)
class Timeline:
    routine_id: str
    title: str
    mode: str | None
    steps: tuple[Step, ...]
    overrides: tuple[str, ...] = ()
    """What this one session took from the command line instead of the saved settings
    (interval names, "mode"): recorded in the history; the saved settings are unchanged."""

    @property
    def total_seconds(self) -> float:
        return round(sum(step.seconds for step in self.steps), 3)

    def phrases(self) -> list[str]:
        """Every cue's text once, in the order they are spoken: what to render first."""
        return list(dict.fromkeys(cue.text for step in self.steps for cue in step.cues))

    @property
    def work_steps(self) -> list[Step]:
        return [s for s in self.steps if s.kind == "work"]

    def to_json(self) -> dict[str, Any]:
        return {
            "routine": self.routine_id,
            "title": self.title,
            "mode": self.mode,
            "total_seconds": self.total_seconds,
            "steps": [s.to_json() for s in self.steps],
        }
