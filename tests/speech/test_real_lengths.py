"""Real espeak-ng lengths against the planner's estimate, for two routines (the whole
library: scripts/phrase_lengths.py).

Renders through the real engine (pyttsx3 + espeak-ng, default voice, 170 words a minute).
Without one these tests skip on a developer's machine and fail in CI (CI=true), where a
skip would hide a broken setup; `scripts/system-deps.sh --test` installs espeak-ng.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from backtrainer.core import spoken
from backtrainer.speech.lengths import DEFAULTS, Measured, cases, measure
from backtrainer.speech.renderer import PhraseRenderer
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.storage.routines import RoutineLibrary

ROUTINES = ("ultimate-back", "one-dumbbell-back")


def unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} in CI; scripts/system-deps.sh --test installs espeak-ng")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Measured]:
    """Everything rendered and measured once; the worker is gone before any test runs."""
    library = RoutineLibrary.load()
    checked = cases(
        [library.find(ref) for ref in ROUTINES], {"defaults": DEFAULTS}, tempos=["words"]
    )
    cache = tmp_path_factory.mktemp("real-lengths")
    renderer = PhraseRenderer(cache, VoiceSettings(rate=spoken.RATE))
    try:
        problem = renderer.start(timeout=30)
        if problem is not None:
            unavailable(f"no speech engine ({problem})")
        renderer.render_all(["Go."])
        if not renderer.wait_rendered(30) or renderer.path_for("Go.") is None:
            unavailable("the speech engine rendered no audio")
        result = measure(renderer, checked, spoken.RATE, timeout=120)
    finally:
        renderer.shutdown()
    yield result


def test_every_phrase_is_rendered(measured: Measured) -> None:
    assert len(measured.real) > 40
    assert measured.unrendered == set()


def test_no_plan_laid_out_with_real_lengths_overlaps(measured: Measured) -> None:
    assert [found.describe() for found in measured.found] == []


def test_no_phrase_plays_longer_than_its_estimate(measured: Measured) -> None:
    above = [f"{text!r}: {real:.3f} s > {est:.3f} s" for text, real, est in measured.above()]
    assert above == []
