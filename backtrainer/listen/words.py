"""The words BackTrainer listens for, and the grammar file the recogniser reads.

The phrases were picked by measurement (benchmarks/listen.py over espeak-ng voices):
"go" was confused with "hold" and "pause"; "next" alone was heard as "yes", "continue" or
"repeat" and "back" alone as "pause" at 10 dB, so neither is a command: they are fillers,
and "skip ahead", "next move", "previous" and "go back" say it instead. The
filler words give speech that is not a command somewhere else to go, so that it is not
forced onto one; "hold" was taken for "pause" (a third of the noisy "pause" utterances),
so it is not one. "go" as a filler swallowed "go back" and "again": not one either. "stop
workout" was heard at 10 dB SNR a third of the time ("stop" as "pause" or "four"),
"cancel workout" nearly always: it is the phrase that stops (benchmarks/README.md,
issue 15).

A filler still won where the sound was a command half drowned in noise ("pause" heard as
"four", "skip" as "three"), so the grammar weighs each command `COMMAND_WEIGHT` times a
filler, and "three" and "four" are no fillers (see `FILLERS`). Then at 10 dB "skip it"
was still heard as "previous", and "skip" as nothing or "again": "skip ahead" replaced
them ("skip move" too measured well, but a noisy "continue" was heard as it).
"""

from __future__ import annotations

from pathlib import Path

COMMANDS: dict[str, str] = {
    "pause": "pause",
    "resume": "resume",
    "continue": "resume",
    "skip ahead": "next",
    "next move": "next",
    "previous": "back",
    "go back": "back",
    "repeat": "repeat",
    "again": "repeat",
    "cancel workout": "stop",
    "yes": "yes",
}
"""Phrase heard -> command. Commands: pause, resume, next, back, repeat, stop, yes."""

FILLERS: tuple[str, ...] = (
    "next", "back", "wait", "rest", "now", "one", "side", "left", "right", "set", "round",
    "ready", "start", "down", "switch", "raise",
)  # fmt: skip
"""Words that are no command: a hypothesis holding one of them is thrown away. "three"
and "four" were fillers too, and at 10 dB SNR took a third of the noisy "pause" ("four")
and of "skip" ("three"). Without them and with `COMMAND_WEIGHT`, over six voices, four
rates and two noise draws: 10 dB 441 -> 495 of 576 right ("pause" 21 -> 34 of 48), clean
272 -> 280 of 288 (benchmarks/README.md). "row" was one too, and a clean British "go back"
was heard as "row go": without it, clean "go back" and "previous" 45 -> 47 of 48."""

COMMAND_WEIGHT = 100_000
"""A command phrase's weight in the grammar against a filler's 1: a filler is heard only
where it fits the sound far better. Measured with "three" and "four" still fillers, on
the tuning voices at 10 dB SNR (234 words): 1 gives 191 right, 100 gives 200, 1,000 gives
207, 100,000 gives 208; clean 116, 116, 116, 117 of 117. What it costs: speech that is no
command turns into one more often (the app's own phrases with no mute gate,
benchmarks/README.md)."""

GRAMMAR_NAME = "commands-v2.gram"
OWN_GRAMMAR_NAME = "own-voice.gram"
OWN_GRAMMAR = "#JSGF V1.0;\ngrammar own;\npublic <own> = rest;\n"
"""What the app's own voice is decoded against (`Recognizer.hear_own`): one word, since the
words are thrown away; only the sound's passing through the decoder matters."""


def grammar_text() -> str:
    """A JSGF grammar: any run of command phrases and fillers, commands weighed above."""
    weighed = [f"/{COMMAND_WEIGHT}/ {phrase}" for phrase in COMMANDS]
    words = " | ".join([*weighed, *(f"/1/ {filler}" for filler in FILLERS)])
    return f"#JSGF V1.0;\ngrammar commands;\npublic <utterance> = <word>+;\n<word> = {words};\n"


def write_grammar(cache_dir: Path) -> Path:
    """Write the grammar into `cache_dir` and return its path. pocketsphinx must get a
    file path: a grammar passed as a string was taken as a path and the process crashed."""
    return write_if_changed(cache_dir / GRAMMAR_NAME, grammar_text())


def write_own_grammar(cache_dir: Path) -> Path:
    """Write `OWN_GRAMMAR` into `cache_dir` and return its path."""
    return write_if_changed(cache_dir / OWN_GRAMMAR_NAME, OWN_GRAMMAR)


def write_if_changed(path: Path, text: str) -> Path:
    """Write `text` to `path` unless it holds it already (atomically: a rename). Compared
    as bytes: whatever a damaged cache file holds, it is written again."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    if not path.is_file() or path.read_bytes() != data:
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    return path


def command_of(hypothesis: str) -> str | None:
    """The command a whole utterance says, or None: an utterance is a command only when it
    is exactly one command phrase (a filler or a second phrase makes it no command)."""
    return COMMANDS.get(" ".join(hypothesis.split()))
