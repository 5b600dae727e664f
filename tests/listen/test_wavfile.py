"""The WAV reader: what it takes, and a clear refusal of everything else."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backtrainer.listen.wavfile import AudioFileError, read_wav


def write(
    path: Path, *, rate: int = 16000, channels: int = 1, width: int = 2, frames: int = 100
) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(bytes(frames * channels * width))
    return path


def test_16k_mono_is_read_as_is(tmp_path: Path) -> None:
    assert len(read_wav(write(tmp_path / "a.wav", frames=160))) == 320


def test_other_rates_and_stereo_are_converted(tmp_path: Path) -> None:
    pcm = read_wav(write(tmp_path / "a.wav", rate=22050, channels=2, frames=22050))
    assert len(pcm) == 16000 * 2


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"width": 1}, "8-bit"),
        ({"rate": 4000}, "4000 Hz"),
    ],
)
def test_formats_it_cannot_take_are_refused_with_the_reason(
    tmp_path: Path, kwargs: dict[str, int], reason: str
) -> None:
    path = write(tmp_path / "a.wav", **kwargs)
    with pytest.raises(AudioFileError) as caught:
        read_wav(path)
    assert caught.value.path == path
    assert reason in caught.value.reason


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(AudioFileError, match="no such file"):
        read_wav(tmp_path / "none.wav")
    with pytest.raises(AudioFileError, match="folder"):
        read_wav(tmp_path)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=400), st.builds(lambda tail: _header() + tail, st.binary(max_size=200))
    )
)
def test_garbage_is_refused_cleanly_never_a_crash(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "garbage.wav"
    path.write_bytes(data)
    try:
        pcm = read_wav(path)
    except AudioFileError as error:
        assert error.reason
        assert str(path) in str(error)
    else:
        assert len(pcm) % 2 == 0


def _header() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(b"\0\0" * 10)
    return buffer.getvalue()[:44]
