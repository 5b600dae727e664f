"""How long a phrase takes to say, before any voice has said it.

The planner lays out cues so that none cuts another, and `backtrainer plan` must work
on a machine without a voice, so lengths start as an estimate: a linear fit of syllables,
words and pauses to the lengths BackTrainer's own renderer (pyttsx3 and espeak-ng at 170
words a minute) gives 259 phrases (every cue of every bundled plan in every mode, style
and setting checked, the counts 1 to 30 alone and with a side), each measured to the end
of its last sound: a next phrase that starts in the silence after the words cuts nothing.
The fit's errors grow with the phrase (residual standard deviation 0.17 s), so the
estimate adds 10 % and 0.17 s: the smallest such bound that no phrase exceeds. Before a
session the speech layer replaces it with each rendered phrase's real length and the
schedule is laid out again (`scripts/phrase_lengths.py` measures it all anew).
"""

from __future__ import annotations

import re

from backtrainer.core import phrases

RATE = 170
"""Words a minute the fit was measured at; lengths scale inversely with the rate."""
PER_SYLLABLE = 0.137
PER_WORD = 0.087
PER_COMMA = 0.350
PER_STOP = 0.403
"""A full stop, colon or question mark inside the phrase: espeak-ng pauses there."""
BASE = 0.133
SLACK = 0.10
MARGIN = 0.17
"""The estimate is the fit x (1 + SLACK) + MARGIN: an upper bound of every measured phrase."""

_WORD = re.compile(r"[A-Za-z']+")
_VOWELS = re.compile(r"[aeiouy]+")
_NUMBER = re.compile(r"\d+")
_STOP = re.compile(r"[.!?:;](?=\s+\S)")


def estimate(text: str, rate: int = RATE) -> float:
    """Seconds `text` takes to say at `rate` words a minute (an upper bound)."""
    if text in phrases.TONES:
        return phrases.TONE_SECONDS
    said = _NUMBER.sub(lambda m: f" {phrases.number_word(int(m.group()))} ", text)
    words = _WORD.findall(said)
    if not words:
        return 0.0
    speech = (
        BASE
        + PER_SYLLABLE * sum(syllables(w) for w in words)
        + PER_WORD * len(words)
        + PER_COMMA * said.count(",")
        + PER_STOP * len(_STOP.findall(said))
    )
    return round(speech * RATE / max(rate, 1) * (1 + SLACK) + MARGIN, 3)


def syllables(word: str) -> int:
    """Vowel groups, less a silent final e: good to about one syllable in English."""
    lower = word.lower()
    count = len(_VOWELS.findall(lower))
    if lower.endswith("e") and count > 1 and not lower.endswith(("le", "ee")):
        count -= 1
    return max(1, count)
