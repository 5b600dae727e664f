"""The pronouncing dictionary the recogniser reads: only the words it listens for.

pocketsphinx's English model comes with the CMU dictionary, American pronunciations
only. Its "resume" is "R IH Z UW M", but the British voices put a "y" after the "z" (as
in "use"), and at 10 dB SNR they were heard as "wait" or "previous". `ADDED` gives the
recogniser those pronunciations too; the rest is the model's own
(tests/listen/test_dictionary.py checks both against the model's file).
"""

from __future__ import annotations

from pathlib import Path

from backtrainer.listen.words import write_if_changed

MODEL: dict[str, tuple[str, ...]] = {
    "again": ("AH G EH N", "AH G EY N"),
    "ahead": ("AH HH EH D",),
    "back": ("B AE K",),
    "cancel": ("K AE N S AH L",),
    "continue": ("K AH N T IH N Y UW",),
    "down": ("D AW N",),
    "go": ("G OW",),
    "left": ("L EH F T",),
    "move": ("M UW V",),
    "next": ("N EH K S T", "N EH K S"),
    "now": ("N AW",),
    "one": ("W AH N",),
    "pause": ("P AO Z",),
    "previous": ("P R IY V IY AH S",),
    "raise": ("R EY Z",),
    "ready": ("R EH D IY",),
    "repeat": ("R IH P IY T", "R IY P IY T"),
    "rest": ("R EH S T",),
    "resume": ("R IH Z UW M", "R IY Z UW M", "R EH Z AH M EY"),
    "right": ("R AY T",),
    "round": ("R AW N D",),
    "set": ("S EH T",),
    "side": ("S AY D",),
    "skip": ("S K IH P",),
    "start": ("S T AA R T",),
    "switch": ("S W IH CH",),
    "wait": ("W EY T",),
    "workout": ("W ER K AW T",),
    "yes": ("Y EH S",),
}
"""Each word's pronunciations as the model's dictionary gives them (phones, in order)."""

ADDED: dict[str, tuple[str, ...]] = {
    "resume": ("R IH Z Y UW M", "R IY Z Y UW M"),
}
"""Pronunciations the model's dictionary lacks. With them, over six voices and four rates
(two noise draws at 10 dB): "resume" and "continue" 85 -> 89 of 96 at 10 dB, 46 -> 48 of 48
clean; no other command changed (benchmarks/README.md). A Scottish "continue" ("K AH N
T IH N Y UH") was tried too: it cost a clean "continue"."""

DICTIONARY_NAME = "commands-v1.dict"


def pronunciations() -> dict[str, tuple[str, ...]]:
    """Every word's pronunciations: the model's first, then the added ones."""
    return {word: MODEL[word] + ADDED.get(word, ()) for word in MODEL}


def dictionary_text() -> str:
    """The dictionary in the model's format: "word" or "word(2)", then the phones."""
    lines = []
    for word, phones in pronunciations().items():
        for n, said in enumerate(phones, start=1):
            lines.append(f"{word if n == 1 else f'{word}({n})'} {said}")
    return "\n".join(lines) + "\n"


def write_dictionary(cache_dir: Path) -> Path:
    """Write the dictionary into `cache_dir` and return its path (pocketsphinx reads a
    file). A word the grammars use and this lacks stops the decoder from starting."""
    return write_if_changed(cache_dir / DICTIONARY_NAME, dictionary_text())
