"""The length estimate's coefficients, fitted to a voice's real renderings.

`core.spoken.estimate` is a linear function of a phrase's syllables, words, commas and
inner stops; this finds the least-squares line through measured lengths (seconds to the
end of the last sound), then the smallest margin that, with 10 % slack, makes the
estimate an upper bound of every measured phrase. `scripts/phrase_lengths.py --fit`
prints the result, to be copied into `core.spoken.FITS`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from backtrainer.core import spoken
from backtrainer.core.phrases import TONES

SLACK = 0.10


def features(text: str, lang: str) -> list[float]:
    c = spoken.counts(text, lang)
    return [1.0, float(c.syllables), float(c.words), float(c.commas), float(c.stops)]


def fit(sound: Mapping[str, float], lang: str, rate: int = spoken.RATE) -> spoken.Fit:
    """A Fit through `sound` (text: seconds at `rate`), scaled to `spoken.RATE`."""
    rows = [(features(t, lang), s * rate / spoken.RATE) for t, s in sound.items()]
    rows = [(x, y) for (x, y), t in zip(rows, sound, strict=True) if t not in TONES and x[2]]
    solved = _least_squares([x for x, _ in rows], [y for _, y in rows])
    base, syllable, word, comma, stop = (round(v, 3) for v in solved)

    def line(x: list[float]) -> float:
        return base + syllable * x[1] + word * x[2] + comma * x[3] + stop * x[4]

    margin = max((y - line(x) * (1 + SLACK) for x, y in rows), default=0.0)
    return spoken.Fit(syllable, word, comma, stop, base, SLACK, math.ceil(margin * 100) / 100)


def _least_squares(xs: list[list[float]], ys: list[float]) -> list[float]:
    """Solve the normal equations (X'X) b = X'y by Gaussian elimination; a feature that
    never varies (no stops at all, say) gets 0."""
    n = len(xs[0])
    a = [[sum(x[i] * x[j] for x in xs) for j in range(n)] for i in range(n)]
    b = [sum(x[i] * y for x, y in zip(xs, ys, strict=True)) for i in range(n)]
    for i in range(n):
        a[i][i] += 1e-9  # a column of zeros stays solvable
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot], b[col], b[pivot] = a[pivot], a[col], b[pivot], b[col]
        for row in range(n):
            if row != col and a[col][col]:
                factor = a[row][col] / a[col][col]
                a[row] = [v - factor * w for v, w in zip(a[row], a[col], strict=True)]
                b[row] -= factor * b[col]
    return [b[i] / a[i][i] if a[i][i] else 0.0 for i in range(n)]
