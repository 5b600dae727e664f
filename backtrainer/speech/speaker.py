"""The Speaker interface the session talks to, and the silent fallback.

A Speaker never blocks its caller (the UI thread): synthesis and playback happen
elsewhere. Every phrase of a session is known before it starts, so `prepare` lets a
backend render them ahead and play each at its instant.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class VoiceSettings:
    voice: str | None = None
    """An engine voice id; None is the engine's default."""
    rate: int = 170
    """Words per minute."""
    volume: float = 1.0
    """0.0 to 1.0."""
    beeps: bool = False
    """Short beeps on the last three seconds, besides the spoken count."""
    language: str | None = None
    """The cue language ("de"): with no voice chosen, the engine's voice for it is used."""


class Speaker(Protocol):
    @property
    def problem(self) -> str | None:
        """Why this speaker cannot make a sound, with what to install; None when it can."""
        ...

    def prepare(self, phrases: Iterable[str]) -> None:
        """Get these phrases ready to play at once (render ahead, in this order); never
        blocks. Phrases of an earlier call that are still waiting are dropped."""
        ...

    def is_ready(self, text: str) -> bool:
        """True when `text` can be played the instant it is due (rendered, or nothing to
        render)."""
        ...

    def spoken_length(self, text: str) -> float | None:
        """Seconds `text` plays for, as it will play (the rendered audio, its leading
        silence trimmed); None when it is not rendered (yet) or there is no audio. What
        the planner lays cues out with in place of its estimate."""
        ...

    def say(self, text: str, due: float) -> None:
        """Speak `text`, which was due at monotonic time `due`. A backend drops a phrase
        that is already stale when its turn comes rather than speak it late. A `due`
        still ahead may be kept for its instant (PrerenderedSpeaker does), so a caller
        can hand cues over early to hide its own polling delay."""
        ...

    def lead(self, text: str) -> float:
        """Seconds before its instant that `text` starts playing, so that where it is
        heard to start (not its first sample) lands on the instant; 0.0 when the speaker
        starts phrases at their instant. A caller hands a cue over at least this early."""
        ...

    def withdraw(self) -> None:
        """Forget the cues handed over ahead that have not started; what plays goes on
        (their instant moved: the caller hands them over again)."""
        ...

    def beep(self, due: float) -> None:
        """A short tick for the last seconds, when the user asked for beeps."""
        ...

    def silence(self) -> None:
        """Stop what is playing and forget what is queued, at once (pause, stop)."""
        ...

    def configure(self, settings: VoiceSettings) -> None:
        """Use this voice, rate and volume from now on (phrases are rendered again)."""
        ...

    def shutdown(self) -> None:
        """Release the engine and wait for any worker to end; the speaker is done."""
        ...


class SilentSpeaker:
    """Used when no engine can be loaded: the workout runs on captions alone."""

    def __init__(self, problem: str | None = None) -> None:
        self._problem = problem

    @property
    def problem(self) -> str | None:
        return self._problem

    def prepare(self, phrases: Iterable[str]) -> None:
        pass

    def is_ready(self, text: str) -> bool:
        return True

    def spoken_length(self, text: str) -> float | None:
        return None

    def say(self, text: str, due: float) -> None:
        pass

    def lead(self, text: str) -> float:
        return 0.0

    def withdraw(self) -> None:
        pass

    def beep(self, due: float) -> None:
        pass

    def silence(self) -> None:
        pass

    def configure(self, settings: VoiceSettings) -> None:
        pass

    def shutdown(self) -> None:
        pass
