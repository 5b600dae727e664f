"""Test doubles shared by several test modules."""

from __future__ import annotations

from collections.abc import Iterable

from backtrainer.speech.speaker import VoiceSettings


class FakeSpeaker:
    """Records what it is asked to do; makes no sound."""

    def __init__(self, problem: str | None = None) -> None:
        self.problem = problem
        self.prepared: set[str] = set()
        self.said: list[tuple[str, float]] = []
        self.beeps: list[float] = []
        self.silenced = 0
        self.shut_down = False
        self.configured: list[VoiceSettings] = []
        self.unready: set[str] = set()
        """Phrases the fake pretends are still being rendered."""
        self.lengths: dict[str, float] = {}
        """What spoken_length() answers, phrase by phrase; None for any other."""
        self.leads: dict[str, float] = {}
        """What lead() answers, phrase by phrase; 0.0 for any other."""
        self.withdrawn = 0

    def prepare(self, phrases: Iterable[str]) -> None:
        self.prepared |= set(phrases)

    def is_ready(self, text: str) -> bool:
        return text not in self.unready

    def spoken_length(self, text: str) -> float | None:
        return self.lengths.get(text)

    def say(self, text: str, due: float) -> None:
        self.said.append((text, due))

    def lead(self, text: str) -> float:
        return self.leads.get(text, 0.0)

    def withdraw(self) -> None:
        self.withdrawn += 1

    def beep(self, due: float) -> None:
        self.beeps.append(due)

    def silence(self) -> None:
        self.silenced += 1

    def configure(self, settings: VoiceSettings) -> None:
        self.configured.append(settings)

    def shutdown(self) -> None:
        self.shut_down = True

    @property
    def texts(self) -> list[str]:
        return [text for text, _ in self.said]
