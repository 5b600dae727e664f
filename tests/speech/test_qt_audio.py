"""The real QtMultimedia channels, on a machine that has a sound output (skipped otherwise).

tests/conftest.py gives the run a PulseAudio null sink of its own when pulseaudio is
installed (scripts/system-deps.sh --test installs it), so these run headless and in CI.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backtrainer.speech.wavfiles import tick_wav
from tests.speech.fakes import MULTIMEDIA_NOISE, write_fake_wav


@MULTIMEDIA_NOISE
def test_sound_effect_channel_loads_plays_and_stops(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    from backtrainer.speech.qt_audio import SoundEffectChannel

    if QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("no sound output device: QSoundEffect cannot load without one")
    path = tick_wav(tmp_path)
    channel = SoundEffectChannel()
    try:
        channel.preload(path)
        effect = channel.effect_for(path)
        assert effect is not None
        qtbot.waitUntil(lambda: effect.status() == QSoundEffect.Status.Ready)
        channel.play(path)
        assert effect.isPlaying()
        channel.stop()
        assert not effect.isPlaying()
    finally:
        channel.release()


@MULTIMEDIA_NOISE
def test_a_file_asked_for_while_loading_plays_once_loaded(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    from backtrainer.speech.qt_audio import SoundEffectChannel

    if QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("no sound output device: QSoundEffect cannot load without one")
    first, second = tick_wav(tmp_path), tmp_path / "go.wav"
    write_fake_wav(second, "go")
    channel = SoundEffectChannel()
    try:
        channel.play(first)  # not preloaded: starts when loaded
        effect = channel.effect_for(first)
        assert effect is not None
        qtbot.waitUntil(effect.isPlaying)
        channel.play(second)  # cuts the first
        assert not effect.isPlaying()
        later = channel.effect_for(second)
        assert later is not None
        qtbot.waitUntil(later.isPlaying)
    finally:
        channel.release()


@MULTIMEDIA_NOISE
def test_media_player_channel_plays(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer

    from backtrainer.speech.qt_audio import MediaPlayerChannel

    if QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("no sound output device")
    channel = MediaPlayerChannel()
    player = channel.findChild(QMediaPlayer)
    assert player is not None
    try:
        channel.play(tick_wav(tmp_path))
        qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.PlayingState)
        channel.stop()
        assert player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
    finally:
        channel.release()
