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

Each cue language has its own fit, made the same way with espeak-ng's voice of that
language (`scripts/phrase_lengths.py --lang de --fit`): German says more per word and pauses
less at a comma, so its margin is larger (0.35 s), and no English figure is reused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backtrainer.core import phrases

RATE = 170
"""Words a minute the fits were measured at; lengths scale inversely with the rate."""


@dataclass(frozen=True)
class Fit:
    """Seconds per syllable, word, comma and stop, fitted to one language's voice."""

    per_syllable: float
    per_word: float
    per_comma: float
    per_stop: float
    """A full stop, colon or question mark inside the phrase: espeak-ng pauses there."""
    base: float
    slack: float
    margin: float
    """The estimate is the fit x (1 + slack) + margin: an upper bound of every measured phrase."""


FITS: dict[str, Fit] = {
    "en": Fit(0.137, 0.087, 0.350, 0.403, 0.133, 0.10, 0.17),
    "de": Fit(0.128, 0.114, 0.296, 0.335, 0.217, 0.10, 0.35),
    "fr": Fit(0.131, 0.054, 0.295, 0.415, 0.148, 0.10, 0.25),
    "es": Fit(0.110, 0.119, 0.339, 0.438, 0.109, 0.10, 0.35),
}
"""Per language, from `scripts/phrase_lengths.py --lang XX --fit` (espeak-ng's voice of
that language at 170 words a minute)."""
EN = FITS["en"]
PER_SYLLABLE, PER_WORD, PER_COMMA, PER_STOP = (
    EN.per_syllable,
    EN.per_word,
    EN.per_comma,
    EN.per_stop,
)
BASE, SLACK, MARGIN = EN.base, EN.slack, EN.margin

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöœùûüáíóúæ]+")
_NUMBER = re.compile(r"\d+")
_STOP = re.compile(r"[.!?:;](?=\s+\S)")


@dataclass(frozen=True)
class Counts:
    """What the fit weighs in a phrase."""

    syllables: int
    words: int
    commas: int
    stops: int


def counts(text: str, lang: str = "en") -> Counts:
    """Syllables, words, commas and inner stops of `text`, numbers said as words."""
    said = _NUMBER.sub(lambda m: f" {phrases.number_word(int(m.group()), lang)} ", text)
    words = _WORD.findall(said)
    return Counts(
        sum(syllables(w, lang) for w in words),
        len(words),
        said.count(","),
        len(_STOP.findall(said)),
    )


def estimate(text: str, rate: int = RATE, lang: str = "en") -> float:
    """Seconds `text` takes to say at `rate` words a minute in `lang` (an upper bound)."""
    if text in phrases.TONES:
        return phrases.TONE_SECONDS
    c = counts(text, lang)
    if not c.words:
        return 0.0
    fit = FITS.get(lang, EN)
    speech = (
        fit.base
        + fit.per_syllable * c.syllables
        + fit.per_word * c.words
        + fit.per_comma * c.commas
        + fit.per_stop * c.stops
    )
    return round(speech * RATE / max(rate, 1) * (1 + fit.slack) + fit.margin, 3)


def syllables(word: str, lang: str = "en") -> int:
    """Vowel groups, less a silent final e (English and French): good to about one
    syllable; each language's fit absorbs what the rule misses."""
    lower = word.lower()
    count = len(_VOWELS.findall(lower))
    silent_e = lang in ("en", "fr") and lower.endswith("e") and not lower.endswith(("le", "ee"))
    if silent_e and count > 1:
        count -= 1
    return max(1, count)
