"""create_speaker: pre-rendered speech when it can be heard, else captions and a reason."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from backtrainer.speech.factory import (
    NO_AUDIO_OUTPUT,
    audio_output_problem,
    available_voices,
    create_speaker,
)
from backtrainer.speech.qt_player import PrerenderedSpeaker
from backtrainer.speech.speaker import SilentSpeaker, VoiceSettings
from tests.speech.conftest import speech_threads
from tests.speech.fakes import MULTIMEDIA_NOISE, VOICES, FakeChannel, FakeEngineFactory


def no_problem() -> str | None:
    return None


def no_output() -> str | None:
    return NO_AUDIO_OUTPUT


def test_without_an_engine_the_speaker_is_silent_and_says_what_to_install(
    qtbot: QtBot, cache_dir: Path
) -> None:
    failing = FakeEngineFactory(load_error=RuntimeError("could not initialize espeak"))
    speaker = create_speaker(
        VoiceSettings(), cache_dir, engine_factory=failing, output_check=no_problem
    )
    assert isinstance(speaker, SilentSpeaker)
    assert speaker.problem is not None
    assert "could not initialize espeak" in speaker.problem
    assert "espeak-ng" in speaker.problem
    assert speech_threads() == []


def test_without_a_sound_device_the_speaker_is_silent_and_says_so(
    qtbot: QtBot, cache_dir: Path, engines: FakeEngineFactory
) -> None:
    speaker = create_speaker(
        VoiceSettings(), cache_dir, engine_factory=engines, output_check=no_output
    )
    assert isinstance(speaker, SilentSpeaker)
    assert speaker.problem == NO_AUDIO_OUTPUT
    assert speaker.is_ready("Go.") and speaker.spoken_length("Go.") is None
    assert speech_threads() == []


def test_both_problems_are_told_at_once(qtbot: QtBot, cache_dir: Path) -> None:
    failing = FakeEngineFactory(load_error=OSError("libespeak-ng.so.1: cannot open"))
    speaker = create_speaker(
        VoiceSettings(), cache_dir, engine_factory=failing, output_check=no_output
    )
    assert speaker.problem is not None
    assert NO_AUDIO_OUTPUT in speaker.problem and "libespeak-ng.so.1" in speaker.problem


def test_with_engine_and_device_it_is_the_prerendered_speaker(
    qtbot: QtBot, cache_dir: Path, engines: FakeEngineFactory
) -> None:
    speaker = create_speaker(
        VoiceSettings(),
        cache_dir,
        engine_factory=engines,
        output_check=no_problem,
        channel_factory=FakeChannel,
    )
    try:
        assert isinstance(speaker, PrerenderedSpeaker)
        assert speaker.problem is None
        assert available_voices(speaker) == sorted(VOICES, key=lambda v: v[1])
    finally:
        speaker.shutdown()
    assert available_voices(speaker) == []  # the worker is gone: no voices, no hang
    assert available_voices(SilentSpeaker("no engine")) == []


@MULTIMEDIA_NOISE
def test_the_output_check_matches_qt(qtbot: QtBot) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    missing = QMediaDevices.defaultAudioOutput().isNull()
    assert audio_output_problem() == (NO_AUDIO_OUTPUT if missing else None)


def test_a_cache_folder_that_cannot_be_made_falls_back_to_a_temporary_one(
    qtbot: QtBot, tmp_path: Path, engines: FakeEngineFactory
) -> None:
    """A portable data folder that is read-only, or XDG_CACHE_HOME under a regular file:
    speech renders into a temporary folder, removed when the speaker is shut down."""
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    speaker = create_speaker(
        VoiceSettings(),
        blocker / "speech",
        engine_factory=engines,
        output_check=no_problem,
        channel_factory=FakeChannel,
    )
    assert isinstance(speaker, PrerenderedSpeaker) and speaker.problem is None
    folder = speaker.renderer.cache_dir
    assert folder.is_dir() and not folder.is_relative_to(blocker)
    speaker.prepare(["Go."])
    assert speaker.renderer.wait_rendered(10.0)
    assert speaker.renderer.path_for("Go.") is not None
    speaker.shutdown()
    assert not folder.exists()
