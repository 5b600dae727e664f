"""The generated tick, the trimming of a synthesiser's leading silence, and where a phrase is
heard to start."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from backtrainer.speech.wavfiles import (
    KEEP,
    QUIET,
    RATE,
    SCAN_BLOCK,
    TICK_LENGTH,
    audio_seconds,
    last_loud,
    onset_samples,
    onset_seconds,
    sound_seconds,
    tick_wav,
    trim_leading_silence,
    write_mono16,
)
from tests.speech.fakes import LEAD_SILENCE, SOUND_FRAMES, TRAIL_SILENCE, write_fake_wav


def read(path: Path) -> tuple[wave._wave_params, array.array[int]]:
    with wave.open(str(path), "rb") as src:
        params = src.getparams()
        return params, array.array("h", src.readframes(params.nframes))


def test_the_tick_is_a_short_mono_wav_written_once(tmp_path: Path) -> None:
    path = tick_wav(tmp_path / "cache")
    params, samples = read(path)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, RATE)
    assert params.nframes == round(TICK_LENGTH * RATE)
    assert samples[0] == 0 and max(samples) > 10000  # faded in, then loud
    stamp = path.stat().st_mtime_ns
    assert tick_wav(tmp_path / "cache") == path and path.stat().st_mtime_ns == stamp


def test_leading_silence_is_cut_down_to_a_few_milliseconds(tmp_path: Path) -> None:
    path = tmp_path / "two.wav"
    write_fake_wav(path, "two")
    _params, before = read(path)
    cut = trim_leading_silence(path)
    _params, after = read(path)
    kept = round(KEEP * RATE)
    assert cut == (LEAD_SILENCE - kept) / RATE
    assert list(after[:kept]) == [0] * kept and after[kept] != 0
    assert len(after) == len(before) - (LEAD_SILENCE - kept)
    assert trim_leading_silence(path) == 0.0  # nothing more to cut


def test_a_files_length_in_seconds(tmp_path: Path) -> None:
    path = tmp_path / "go.wav"
    write_fake_wav(path, "go")
    assert audio_seconds(path) == (LEAD_SILENCE + SOUND_FRAMES + TRAIL_SILENCE) / RATE
    write_mono16(path, array.array("h"))
    assert audio_seconds(path) is None  # no audio
    path.write_bytes(b"FORM\x00\x00\x00\x04AIFF")
    assert audio_seconds(path) is None
    assert audio_seconds(tmp_path / "missing.wav") is None


def test_the_sound_ends_before_the_silence_after_it(tmp_path: Path) -> None:
    path = tmp_path / "go.wav"
    write_mono16(path, array.array("h", [0] * 100 + [500] * 2205 + [3, -5] * 3000))
    assert sound_seconds(path) == (100 + 2205) / RATE
    assert audio_seconds(path) == (100 + 2205 + 6000) / RATE
    write_mono16(path, array.array("h", [0] * 100))
    assert sound_seconds(path) == 0.0
    assert sound_seconds(tmp_path / "missing.wav") is None


def test_what_is_not_a_wav_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "speech.aiff"
    path.write_bytes(b"FORM\x00\x00\x00\x04AIFF")
    assert trim_leading_silence(path) == 0.0
    assert path.read_bytes() == b"FORM\x00\x00\x00\x04AIFF"


def _soft_then_loud(quiet_ms: float, soft_ms: float, loud_ms: float = 200) -> array.array[int]:
    """Silence, a soft hiss (-40 dB below the tone), then a loud tone: a word like "three"."""
    rate = RATE
    samples = [0] * round(quiet_ms / 1000 * rate)
    samples += [100 if i % 2 else -100 for i in range(round(soft_ms / 1000 * rate))]
    samples += [
        round(10000 * math.sin(2 * math.pi * 440 * i / rate))
        for i in range(round(loud_ms / 1000 * rate))
    ]
    return array.array("h", samples)


def test_the_onset_of_a_tone_after_silence_is_where_the_tone_starts() -> None:
    onset = onset_samples(_soft_then_loud(quiet_ms=30, soft_ms=0), RATE)
    assert 0.028 <= onset <= 0.033  # within a few ms: the windows are 5 ms wide


def test_a_soft_start_well_below_the_peak_is_not_the_onset() -> None:
    onset = onset_samples(_soft_then_loud(quiet_ms=5, soft_ms=80), RATE)
    assert 0.083 <= onset <= 0.088


def test_silence_has_its_onset_at_the_start() -> None:
    assert onset_samples(array.array("h", [0] * 2000), RATE) == 0.0
    assert onset_samples(array.array("h", [5]), RATE) == 0.0


def test_the_onset_of_a_file_and_of_what_is_not_a_wav(tmp_path: Path) -> None:
    path = tmp_path / "three.wav"
    write_mono16(path, _soft_then_loud(quiet_ms=5, soft_ms=80))
    onset = onset_seconds(path)
    assert onset is not None and 0.083 <= onset <= 0.088
    (tmp_path / "x.wav").write_bytes(b"not a wav")
    assert onset_seconds(tmp_path / "x.wav") is None


near_quiet = st.integers(-QUIET - 2, QUIET + 2)
"""Samples on both sides of QUIET, where a wrong comparison shows."""
zero_bytes = st.sampled_from([256, -256, 257, 512, 4096, -32768])
"""Loud samples with a zero byte or two, where zeros are stripped as bytes."""
sound = st.lists(
    st.one_of(near_quiet, zero_bytes, st.integers(-32768, 32767)), max_size=3 * SCAN_BLOCK
)


@given(sound, st.integers(0, 3 * SCAN_BLOCK), st.sampled_from([0, 1, SCAN_BLOCK - 1, SCAN_BLOCK]))
def test_the_last_loud_sample_is_the_last_one_louder_than_quiet(
    body: list[int], zeros: int, quiet_run: int
) -> None:
    """As a sample-by-sample reading from the end finds it, whatever the zeros and the
    quiet samples after the sound, and wherever the blocks it is read in fall."""
    samples = array.array("h", body + [QUIET, -QUIET] * (quiet_run // 2) + [0] * zeros)
    expected = max((i for i, value in enumerate(samples) if abs(value) > QUIET), default=-1)
    assert last_loud(samples) == expected
