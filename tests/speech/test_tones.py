"""The tempo's generated tones, and the renderer writing them instead of the engine."""

from __future__ import annotations

import array
import itertools
import math
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from backtrainer.core import phrases, spoken
from backtrainer.speech.pcm import wanted_format
from backtrainer.speech.renderer import PhraseRenderer, cache_key
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.speech.tones import AMPLITUDE, FADE, HIGH, is_tone, tone_samples, write_tone
from backtrainer.speech.wavfiles import RATE, audio_seconds
from tests.speech.fakes import FakeEngineFactory

TIMEOUT = 10.0


def crossings(samples: array.array[int]) -> int:
    return sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))


def thirds(samples: array.array[int]) -> tuple[int, int]:
    third = len(samples) // 3
    return crossings(samples[:third]), crossings(samples[-third:])


def test_every_tone_fits_the_time_the_schedule_allows() -> None:
    for token in phrases.TONES:
        assert is_tone(token)
        assert len(tone_samples(token)) / RATE <= phrases.TONE_SECONDS
        assert len(tone_samples(token)) / RATE <= spoken.estimate(token)
    assert not is_tone("up") and not is_tone("")


def test_the_lift_rises_the_lowering_falls_and_the_hold_stays() -> None:
    first, last = thirds(tone_samples(phrases.TONE_UP))
    assert last > 1.3 * first
    first, last = thirds(tone_samples(phrases.TONE_DOWN))
    assert first > 1.3 * last
    first, last = thirds(tone_samples(phrases.TONE_HOLD))
    assert abs(first - last) <= 2


@pytest.mark.parametrize("token", phrases.TONES)
def test_a_tone_fades_in_and_out_below_the_speech_peaks(token: str) -> None:
    samples = tone_samples(token)
    fade = round(FADE * RATE)
    assert samples[0] == 0 and abs(samples[-1]) <= 1  # no click at either end
    assert max(abs(v) for v in samples[:4]) < 100
    assert max(abs(v) for v in samples[fade:-fade]) >= 0.95 * AMPLITUDE * 32767
    assert max(abs(v) for v in samples) <= AMPLITUDE * 32767 + 1
    steps = [abs(b - a) for a, b in itertools.pairwise(samples)]
    steepest = 2 * math.pi * HIGH / RATE * AMPLITUDE * 32767  # the highest pitch's slope
    assert max(steps) <= 1.01 * steepest + 1  # no jump anywhere: the phase is continuous


def test_the_voice_volume_scales_a_tone() -> None:
    loud = max(abs(v) for v in tone_samples(phrases.TONE_HOLD, 1.0))
    soft = max(abs(v) for v in tone_samples(phrases.TONE_HOLD, 0.5))
    assert soft == pytest.approx(loud / 2, abs=2)


def test_a_tone_file_has_the_phrases_format(tmp_path: Path) -> None:
    path = tmp_path / "up.wav"
    write_tone(path, phrases.TONE_UP)
    stream = wanted_format()
    with wave.open(str(path), "rb") as src:
        assert src.getnchannels() == stream.channelCount() == 1
        assert src.getsampwidth() == stream.bytesPerSample() == 2
        assert src.getframerate() == stream.sampleRate()
        frames = array.array("h", src.readframes(src.getnframes()))
    assert list(frames) == list(tone_samples(phrases.TONE_UP))
    seconds = audio_seconds(path)
    assert seconds is not None and seconds <= phrases.TONE_SECONDS


@pytest.fixture
def renderer(cache_dir: Path, engines: FakeEngineFactory) -> Iterator[PhraseRenderer]:
    r = PhraseRenderer(cache_dir, VoiceSettings(volume=0.5), engine_factory=engines)
    assert r.start() is None
    yield r
    r.shutdown()


def test_the_renderer_writes_tones_without_the_engine(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    announced: list[str] = []
    renderer.on_rendered = lambda text, _path: announced.append(text)
    renderer.render_all([phrases.TONE_UP, "up", phrases.TONE_HOLD, phrases.TONE_DOWN])
    assert renderer.wait_rendered(TIMEOUT)

    assert [text for text, _props in engines.record.saved] == ["up"]
    assert engines.record.utterances_per_run == [1]
    assert announced == [phrases.TONE_UP, "up", phrases.TONE_HOLD, phrases.TONE_DOWN]
    for token in phrases.TONES:
        path = renderer.path_for(token)
        assert path is not None and path.suffix == ".wav"
        assert path.stem == cache_key(VoiceSettings(volume=0.5), token)
        with wave.open(str(path), "rb") as src:
            frames = array.array("h", src.readframes(src.getnframes()))
        assert list(frames) == list(tone_samples(token, 0.5))


def test_a_tone_is_written_once_and_reused(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    renderer.render_all([phrases.TONE_HOLD])
    assert renderer.wait_rendered(TIMEOUT)
    path = renderer.path_for(phrases.TONE_HOLD)
    assert path is not None
    stamp = path.stat().st_mtime_ns
    renderer.render_all([phrases.TONE_HOLD])
    assert renderer.wait_rendered(TIMEOUT)
    assert path.stat().st_mtime_ns == stamp
    assert engines.record.saved == []


def test_a_tone_in_a_voice_on_macos_is_still_a_wav(
    cache_dir: Path, engines: FakeEngineFactory
) -> None:
    r = PhraseRenderer(cache_dir, VoiceSettings(), engine_factory=engines, suffix=".aiff")
    r.start()
    r.render_all([phrases.TONE_DOWN, "down"])
    assert r.wait_rendered(TIMEOUT)
    r.shutdown()
    tone, word = r.path_for(phrases.TONE_DOWN), r.path_for("down")
    assert tone is not None and tone.suffix == ".wav"
    assert word is not None and word.suffix == ".aiff"
