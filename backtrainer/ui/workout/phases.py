"""Phase colours: one background per kind of step, chosen to read from across a room
(white or near-black text at a contrast ratio of 4.5:1 or more)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backtrainer.core.timeline import Step


@dataclass(frozen=True)
class Phase:
    label: str
    background: str
    foreground: str


PHASES: dict[str, Phase] = {
    "prepare": Phase("GET READY", "#f5b700", "#1a1a1a"),
    "work": Phase("WORK", "#1e7d32", "#ffffff"),
    "switch": Phase("SWITCH SIDES", "#6a1b9a", "#ffffff"),
    "rest": Phase("REST", "#1558b0", "#ffffff"),
    "done": Phase("DONE", "#263238", "#ffffff"),
    "paused": Phase("PAUSED — press Space to resume", "#4a4a4a", "#ffffff"),
}


def phase_of(step: Step) -> str:
    return "rest" if step.kind == "round_rest" else step.kind
