"""The persistent audio stream: WAV decoding, the source the sink pulls, and the channel.

The channel itself needs a sound output (skipped without one; see test_qt_audio.py for how
to give a headless machine a PulseAudio null sink). Decoding and the source do not.
"""

from __future__ import annotations

import array
import wave
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QAudioFormat
from pytestqt.qtbot import QtBot

from backtrainer.speech.pcm import TAIL, decode_wav, trim_trailing_silence, wanted_format
from backtrainer.speech.phrase_source import PhraseSource
from tests.speech.fakes import MULTIMEDIA_NOISE

Int16 = QAudioFormat.SampleFormat.Int16


def write_wav(path: Path, samples: list[int], *, rate: int, channels: int, width: int) -> Path:
    typecode = {1: "B", 2: "h"}[width]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(array.array(typecode, samples).tobytes())
    return path


def audio_format(rate: int, channels: int, kind: QAudioFormat.SampleFormat) -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(rate)
    fmt.setChannelCount(channels)
    fmt.setSampleFormat(kind)
    return fmt


def test_espeak_format_is_read_as_is(tmp_path: Path) -> None:
    samples = [0, 100, -100, 32767, -32768]
    path = write_wav(tmp_path / "a.wav", samples, rate=22050, channels=1, width=2)
    assert decode_wav(path, wanted_format()) == array.array("h", samples).tobytes()


def test_stereo_is_averaged_and_rate_doubled_by_interpolation(tmp_path: Path) -> None:
    # frames (L, R): (0, 200), (400, 600) -> mono 100, 500
    path = write_wav(tmp_path / "s.wav", [0, 200, 400, 600], rate=11025, channels=2, width=2)
    pcm = decode_wav(path, audio_format(22050, 1, Int16))
    assert list(array.array("h", pcm)) == [100, 300, 500, 500]


def test_eight_bit_is_widened_and_copied_to_each_channel(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "b.wav", [128, 192], rate=22050, channels=1, width=1)
    pcm = decode_wav(path, audio_format(22050, 2, Int16))
    assert list(array.array("h", pcm)) == [0, 0, 64 << 8, 64 << 8]


def test_float_devices_get_floats(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "f.wav", [16384, -32768], rate=22050, channels=1, width=2)
    pcm = decode_wav(path, audio_format(22050, 1, QAudioFormat.SampleFormat.Float))
    assert list(array.array("f", pcm)) == [0.5, -1.0]


def test_the_silence_after_a_phrase_is_not_played_but_for_a_short_tail() -> None:
    fmt = wanted_format()
    sound = array.array("h", [0] * 100 + [3000, -3000] * 500 + [5] * 6615).tobytes()
    trimmed = trim_trailing_silence(sound, fmt)
    assert len(trimmed) == (100 + 1000 + round(TAIL * 22050)) * 2
    assert trimmed == sound[: len(trimmed)]
    assert trim_trailing_silence(b"", fmt) == b""
    floats = audio_format(22050, 1, QAudioFormat.SampleFormat.Float)
    assert trim_trailing_silence(sound, floats) == sound  # left as it is


def test_a_file_that_is_not_wav_raises(tmp_path: Path) -> None:
    path = tmp_path / "x.wav"
    path.write_bytes(b"not a wave file")
    with pytest.raises(wave.Error):
        decode_wav(path, wanted_format())


@pytest.fixture
def source(qtbot: QtBot) -> PhraseSource:
    src = PhraseSource(frame_bytes=2)
    assert src.device.isOpen()
    assert src.device.isReadable()
    return src


def test_between_phrases_the_source_offers_nothing(source: PhraseSource) -> None:
    assert source.device.read(64) == b""
    assert source.device.bytesAvailable() == 0
    assert not source.playing


def test_a_phrase_is_offered_in_whole_frames_and_read_through(
    source: PhraseSource, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(source.device.readyRead, timeout=100):  # the sink pulls at once
        source.start(b"abcdefg")  # the odd byte is not a whole frame: dropped
    assert source.device.bytesAvailable() == 6
    assert source.device.read(2) == b"ab"
    assert source.playing
    assert source.remaining == 4
    assert source.device.read(100) == b"cdef"
    assert source.device.read(100) == b""
    assert not source.playing


def test_start_cuts_the_phrase_being_read(source: PhraseSource) -> None:
    source.start(b"1111")
    assert source.device.read(2) == b"11"
    source.start(b"2222")
    assert source.device.read(100) == b"2222"


def test_a_cut_inside_a_frame_ends_that_frame_first(source: PhraseSource) -> None:
    # Were the new phrase to start mid-frame, every sample of it would be split across
    # two: loud noise instead of speech.
    source.start(b"abcdef")
    assert source.device.read(3) == b"abc"
    source.start(b"wxyz")
    assert source.device.read(100) == b"dwxyz"
    source.start(b"abcd")
    assert source.device.read(1) == b"a"
    source.stop()
    assert source.device.read(100) == b"b"
    assert not source.playing


def test_stop_offers_nothing_from_the_next_read(source: PhraseSource) -> None:
    source.start(b"1111")
    source.stop()
    assert source.device.read(100) == b""
    assert not source.playing


@MULTIMEDIA_NOISE
def test_channel_plays_a_phrase_and_stops(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QThread
    from PySide6.QtMultimedia import QMediaDevices

    from backtrainer.speech.qt_stream import StreamChannel

    if QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("no sound output device")
    path = write_wav(tmp_path / "p.wav", [1000] * 4410, rate=22050, channels=1, width=2)
    channel = StreamChannel(suspend_after_ms=50)
    try:
        assert channel.problem is None
        # Fed on a thread of its own: a busy UI thread cannot starve the stream.
        assert channel.sink is not None
        assert channel.sink.thread() is not QThread.currentThread()
        assert channel.sink.thread().objectName() == "backtrainer-audio"
        channel.preload(path)
        channel.play(path)
        assert channel.playing
        # 200 ms of sound; a fresh stream on the tests' sound server took 0.18 to 2.0 s to
        # drain it (10 runs of tests/speech): 2 s was a wait too short, not a fault.
        qtbot.waitUntil(lambda: not channel.playing, timeout=10000)
        channel.play(path)
        channel.stop()
        assert not channel.playing
    finally:
        channel.release()
    assert channel.problem == "released"
    assert channel.sink is None  # freed on its thread, which has ended
    channel.play(path)  # after release: ignored, not a crash
    assert not channel.playing


@MULTIMEDIA_NOISE
def test_a_stream_closed_while_idle_opens_again_to_play(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtMultimedia import QMediaDevices, QtAudio

    from backtrainer.speech.qt_stream import StreamChannel

    if QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("no sound output device")
    path = write_wav(tmp_path / "p.wav", [1000] * 2205, rate=22050, channels=1, width=2)
    channel = StreamChannel(suspend_after_ms=20, close_after_ms=20)
    try:
        sink = channel.sink
        assert sink is not None
        qtbot.waitUntil(lambda: sink.state() == QtAudio.State.StoppedState, timeout=5000)
        assert channel.problem is None  # closed on purpose: still usable
        channel.warm()
        qtbot.waitUntil(lambda: sink.state() != QtAudio.State.StoppedState, timeout=5000)
        qtbot.waitUntil(lambda: sink.state() == QtAudio.State.StoppedState, timeout=5000)
        channel.play(path)
        qtbot.waitUntil(lambda: not channel.playing, timeout=10000)  # it was read whole
    finally:
        channel.release()


def test_default_channel_falls_back_when_no_stream_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backtrainer.speech import factory
    from backtrainer.speech.qt_audio import SoundEffectChannel

    released: list[bool] = []

    class BrokenStream:
        problem = "audio sink StoppedState, OpenError"

        def release(self) -> None:
            released.append(True)

    monkeypatch.setattr(factory, "StreamChannel", BrokenStream)
    channel = factory.default_channel()
    try:
        assert isinstance(channel, SoundEffectChannel)
        assert released == [True]
    finally:
        channel.release()
