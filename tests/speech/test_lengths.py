"""speech.lengths with a fake engine: what is rendered, measured, laid out again and found.
(The real engine's figures: test_real_lengths.py and scripts/phrase_lengths.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backtrainer.core import phrases, spoken
from backtrainer.core.settings import LIMITS
from backtrainer.speech import tones
from backtrainer.speech.lengths import (
    DEFAULTS,
    SETTINGS,
    SHORTEST,
    TEMPO_STYLES,
    Measured,
    cases,
    measure,
)
from backtrainer.speech.renderer import PhraseRenderer
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.storage.routines import RoutineLibrary
from tests.speech.fakes import SOUND_FRAMES, TRAIL_SILENCE, FakeEngineFactory

FAKE_SECONDS = (round(0.005 * 22050) + SOUND_FRAMES) / 22050
"""A fake phrase as played: its leading silence trimmed to 5 ms, then 100 ms of sound."""


@pytest.fixture
def renderer(cache_dir: Path, engines: FakeEngineFactory) -> Iterator[PhraseRenderer]:
    r = PhraseRenderer(cache_dir, VoiceSettings(), engine_factory=engines)
    assert r.start() is None
    yield r
    r.shutdown()


def test_the_shortest_settings_put_every_interval_at_its_low() -> None:
    assert SHORTEST.work == LIMITS["work"].low and SHORTEST.rest == 0 and SHORTEST.switch == 0
    assert SHORTEST.prepare == SHORTEST.round_rest == 0
    assert SHORTEST.tempo_scale == LIMITS["tempo_scale"].low
    assert SHORTEST.rounds is None  # a count, not an interval: the routine's
    assert SETTINGS == {"defaults": DEFAULTS, "shortest": SHORTEST}


def test_cases_cover_every_mode_setting_and_style() -> None:
    library = RoutineLibrary.load()
    routines = [library.find("kettlebell-pull"), library.find("ultimate-back")]
    found = cases(routines)
    assert len(found) == (2 + 1) * len(SETTINGS) * len(TEMPO_STYLES)
    assert {(c.routine.id, c.mode) for c in found} == {
        ("kettlebell-pull", "strength"),
        ("kettlebell-pull", "conditioning"),
        ("ultimate-back", None),
    }
    assert found[0].label == "kettlebell-pull (strength), defaults, words"


def test_measures_every_phrase_of_the_plans_laid_out_again(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    library = RoutineLibrary.load()
    checked = cases([library.find("best-back")], {"shortest": SHORTEST})
    measured = measure(renderer, checked, spoken.RATE, timeout=30)

    assert measured.plans == len(TEMPO_STYLES) and measured.unrendered == set()
    said = {text for text, _props in engines.record.saved}
    assert set(phrases.TONES) <= measured.real.keys()  # the sounds style uses them
    assert not said & set(phrases.TONES)  # generated, not said
    for case in checked:
        timeline = case.plan(spoken.RATE, measured.length)
        assert set(timeline.phrases()) <= measured.real.keys()
    for text, seconds in measured.real.items():
        expected = tones.LENGTH if text in phrases.TONES else FAKE_SECONDS + TRAIL_SILENCE / 22050
        assert seconds == pytest.approx(expected, abs=1e-4)
        if text not in phrases.TONES:  # the words end before the file's silence after them
            assert measured.sound[text] == pytest.approx(FAKE_SECONDS, abs=1e-4)
    assert measured.above() == [] and measured.found == [] and measured.ok
    figures = measured.to_json()
    assert figures["phrases"] == len(measured.real) and figures["above_estimate"] == 0
    assert figures["margin_max"] == max(measured.margins().values())


def test_a_phrase_the_engine_cannot_render_is_reported(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    library = RoutineLibrary.load()
    checked = cases([library.find("one-dumbbell-back")], {"defaults": DEFAULTS}, ["numbers"])
    failing = checked[0].plan(spoken.RATE).phrases()[1]
    engines.record.fail_texts.add(failing)
    measured = measure(renderer, checked, spoken.RATE, timeout=30)
    assert measured.unrendered == {failing}
    assert len(engines.engines) == 3  # tried with a new engine, which failed too
    assert failing not in {text for text, _props in engines.record.saved}
    assert len(measured.real) == len(checked[0].plan(spoken.RATE).phrases()) - 1
    assert not measured.ok


def test_phrases_longer_than_their_estimate_and_the_overlaps_they_cause() -> None:
    measured = Measured(
        spoken.RATE, real={"Go.": 5.0, "Rest.": 0.5}, sound={"Go.": 4.6, "Rest.": 0.2}
    )
    assert measured.above() == [("Go.", 4.6, spoken.estimate("Go."))]  # the words, not the file
    assert measured.trailing() == [pytest.approx(0.3), pytest.approx(0.4)]
    assert measured.length("Go.") == 4.6 and measured.length("up") == spoken.estimate("up")
    assert not measured.ok
