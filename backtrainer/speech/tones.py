"""The tempo's tones, generated: ▲ rises (the lift), ■ stays (the hold), ▼ falls (lowering).

In the "sounds" tempo style the planner's cues are the tokens of `core.phrases.TONES`; the
renderer writes these tones into its cache for them instead of asking the engine to say
a symbol (espeak-ng renders "▲" as a third of a second of silence).

The format is espeak-ng's, 16-bit mono PCM at 22050 Hz, which is also the stream's own
(`pcm.wanted_format()`): on PulseAudio a tone plays as is, like a phrase. A device or a
voice with another format costs nothing more: `pcm.decode_wav` converts every file, tone
or phrase, to the sink's format before it is played.
"""

from __future__ import annotations

import array
import math
from pathlib import Path

from backtrainer.core import phrases
from backtrainer.speech.wavfiles import RATE, write_mono16

LENGTH = 0.18
"""Seconds, fades included: within `core.phrases.TONE_SECONDS`, which the schedule allows."""
FADE = 0.012
"""Seconds of raised-cosine fade at each end, so a tone starts and stops without a click."""
AMPLITUDE = 0.2
"""Peak, of full scale (-14 dBFS): espeak-ng's speech peaks at 0.6 to 0.8, and its loudest
50 ms at an RMS of 0.15 to 0.22, about this sine's 0.14. A tone comes every second or two:
heard, not startling."""
LOW, STEADY, HIGH = 440.0, 660.0, 880.0
"""Hz: the lift glides up an octave, the lowering down it, the hold sits between."""

GLIDES: dict[str, tuple[float, float]] = {
    phrases.TONE_UP: (LOW, HIGH),
    phrases.TONE_HOLD: (STEADY, STEADY),
    phrases.TONE_DOWN: (HIGH, LOW),
}


def is_tone(text: str) -> bool:
    """Whether `text` is a tone token rather than words to say."""
    return text in GLIDES


def tone_samples(token: str, volume: float = 1.0) -> array.array[int]:
    """The tone for `token` as 16-bit samples at `RATE`, scaled by the voice's `volume`.

    The pitch glides exponentially (equal musical steps per millisecond) with a continuous
    phase, so the sweep has no clicks of its own.
    """
    start, end = GLIDES[token]
    count = round(RATE * LENGTH)
    fade = round(RATE * FADE)
    peak = AMPLITUDE * max(0.0, min(1.0, volume)) * 32767
    ratio = end / start
    samples = array.array("h", bytes(2 * count))
    for i in range(count):
        t = i / RATE
        if ratio == 1.0:
            phase = 2 * math.pi * start * t
        else:  # the integral of start * ratio ** (t / LENGTH)
            growth = math.log(ratio) / LENGTH
            phase = 2 * math.pi * start * math.expm1(growth * t) / growth
        edge = min(i, count - 1 - i)
        envelope = 0.5 - 0.5 * math.cos(math.pi * edge / fade) if edge < fade else 1.0
        samples[i] = round(peak * envelope * math.sin(phase))
    return samples


def write_tone(path: Path, token: str, volume: float = 1.0) -> None:
    """Write the tone for `token` to `path` as a WAV file."""
    write_mono16(path, tone_samples(token, volume))
