"""A small fixed subset of the espeak-ng corpus of benchmarks/listen.py, at 16 kHz."""

from __future__ import annotations

from pathlib import Path

from backtrainer.listen.listener import listen
from backtrainer.listen.mute import MuteGate
from backtrainer.listen.recognizer import Heard, Recognizer
from backtrainer.listen.source import WavSource
from backtrainer.listen.words import write_grammar

DATA = Path(__file__).parent / "data"


def recognizer(tmp_path: Path) -> Recognizer:
    return Recognizer(write_grammar(tmp_path / "cache"))


def hear(path: Path, tmp_path: Path, gate: MuteGate | None = None) -> list[Heard]:
    heard: list[Heard] = []
    listen(WavSource(path, lead=0.3), recognizer(tmp_path), heard.append, gate)
    return heard


def commands(heard: list[Heard]) -> list[str]:
    return [h.command for h in heard if h.command is not None]
