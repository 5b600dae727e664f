"""How long a phrase takes to say, before any voice has said it.

The planner lays out cues so that none cuts another, and `backtrainer plan` must work
on a machine without a voice, so lengths start as an estimate: a linear fit of syllables,
words and pauses to espeak-ng's real lengths at 170 words a minute, plus the largest
under-estimate the fit made, so that the estimate is an upper bound. Before a session the
speech layer replaces it with the rendered audio's real length and the schedule is laid
out again. Measured on 380 phrases (every cue of every bundled plan at two settings,
every move name, the counts 1 to 30 alone and with a side): residual standard deviation
0.16 s, largest under-estimate 0.42 s. (`scripts/phrase_lengths.py` measures it anew.)
"""

from __future__ import annotations

import re

from backtrainer.core import phrases

RATE = 170
"""Words a minute the fit was measured at; lengths scale inversely with the rate."""
PER_SYLLABLE = 0.120
PER_WORD = 0.111
PER_COMMA = 0.356
PER_STOP = 0.411
"""A full stop, colon or question mark inside the phrase: espeak-ng pauses there."""
BASE = 0.117
MARGIN = 0.42
"""Added to every estimate: the fit's largest under-estimate, rounded up."""

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
    return round(speech * RATE / max(rate, 1) + MARGIN, 3)


def syllables(word: str) -> int:
    """Vowel groups, less a silent final e: good to about one syllable in English."""
    lower = word.lower()
    count = len(_VOWELS.findall(lower))
    if lower.endswith("e") and count > 1 and not lower.endswith(("le", "ee")):
        count -= 1
    return max(1, count)
