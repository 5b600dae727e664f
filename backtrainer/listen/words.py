"""The words BackTrainer listens for, and the grammar file the recogniser reads.

The phrases were picked by measurement (benchmarks/listen.py over espeak-ng voices):
"go" was confused with "hold" and "pause", "back" alone is often missed, so each command
accepts a few synonyms that are acoustically far from the others. The filler words give
speech that is not a command somewhere else to go, so that it is not forced onto one.
"""

from __future__ import annotations

from pathlib import Path

COMMANDS: dict[str, str] = {
    "pause": "pause",
    "resume": "resume",
    "continue": "resume",
    "next": "next",
    "next move": "next",
    "skip": "next",
    "skip it": "next",
    "previous": "back",
    "go back": "back",
    "back": "back",
    "repeat": "repeat",
    "again": "repeat",
    "stop workout": "stop",
    "yes": "yes",
}
"""Phrase heard -> command. Commands: pause, resume, next, back, repeat, stop, yes."""

FILLERS: tuple[str, ...] = (
    "hold", "wait", "rest", "now", "one", "three", "four", "side", "left",
    "right", "set", "round", "ready", "start", "down", "switch", "row", "raise",
)  # fmt: skip
"""Words that are no command: a hypothesis holding one of them is thrown away."""

GRAMMAR_NAME = "commands-v1.gram"


def grammar_text() -> str:
    """A JSGF grammar: any run of command phrases and fillers."""
    words = " | ".join([*COMMANDS, *FILLERS])
    return f"#JSGF V1.0;\ngrammar commands;\npublic <utterance> = <word>+;\n<word> = {words};\n"


def write_grammar(cache_dir: Path) -> Path:
    """Write the grammar into `cache_dir` and return its path. pocketsphinx must get a
    file path: a grammar passed as a string was taken as a path and the process crashed."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / GRAMMAR_NAME
    text = grammar_text()
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    return path


def command_of(hypothesis: str) -> str | None:
    """The command a whole utterance says, or None: an utterance is a command only when it
    is exactly one command phrase (a filler or a second phrase makes it no command)."""
    return COMMANDS.get(" ".join(hypothesis.split()))
