"""Pick the Speaker for this machine: pre-rendered speech, or captions alone with a reason.

Create one speaker per process, and shut the old one down before creating another: the
espeak library has a single global synthesis callback, and two live engines would fight
over it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtMultimedia import QMediaDevices

from backtrainer.speech.engine import EngineFactory, default_engine_factory, list_voices
from backtrainer.speech.qt_audio import MediaPlayerChannel, SoundEffectChannel
from backtrainer.speech.qt_player import AudioChannel, PrerenderedSpeaker
from backtrainer.speech.qt_stream import StreamChannel
from backtrainer.speech.renderer import AUDIO_SUFFIX, PhraseRenderer
from backtrainer.speech.speaker import SilentSpeaker, Speaker, VoiceSettings

log = logging.getLogger(__name__)

NO_AUDIO_OUTPUT = (
    "No sound output device was found, so cues are shown as captions only. Connect "
    "speakers or headphones, or check the system's sound settings (on Linux: is "
    "PulseAudio or PipeWire running?), then restart BackTrainer."
)


def audio_output_problem() -> str | None:
    """Why nothing could be heard, or None when there is a default output device."""
    if QMediaDevices.defaultAudioOutput().isNull():
        return NO_AUDIO_OUTPUT
    return None


def create_speaker(
    settings: VoiceSettings,
    cache_dir: Path,
    *,
    engine_factory: EngineFactory = default_engine_factory,
    output_check: Callable[[], str | None] = audio_output_problem,
    channel_factory: Callable[[], AudioChannel] | None = None,
) -> Speaker:
    """A PrerenderedSpeaker, or a SilentSpeaker whose `problem` says what is missing.

    Call on the UI thread once a QApplication exists. Waits, once, for the engine to load
    (about 40 ms with espeak-ng).
    """
    problems = []
    if (missing_output := output_check()) is not None:
        problems.append(missing_output)
    renderer = PhraseRenderer(cache_dir, settings, engine_factory=engine_factory)
    if (missing_engine := renderer.start()) is not None:
        problems.append(missing_engine)
    if problems:
        renderer.shutdown()
        for problem in problems:
            log.warning("speech off: %s", problem)
        return SilentSpeaker(" ".join(problems))
    make_channel = channel_factory or default_channel
    return PrerenderedSpeaker(renderer, make_channel(), make_channel())


def default_channel() -> AudioChannel:
    """One audio stream kept open (StreamChannel): a cue sounds 12 ms after it is due,
    against 42 ms for QSoundEffect (benchmarks/cue_latency.py). WAV only: macOS, whose
    synthesiser writes AIFF, gets QMediaPlayer; a stream that cannot be opened falls
    back to QSoundEffect."""
    if AUDIO_SUFFIX != ".wav":
        return MediaPlayerChannel()
    stream = StreamChannel()
    if (problem := stream.problem) is None:
        return stream
    log.warning("no audio stream (%s); playing cues with QSoundEffect", problem)
    stream.release()
    return SoundEffectChannel()


def available_voices(
    speaker: Speaker, timeout: float = 5.0, language: str | None = None
) -> list[tuple[str, str]]:
    """(id, name) of the engine's voices, those of `language` first, or [] for a speaker
    without an engine.

    Asks the speaker's worker thread, which waits for the phrase it is rendering (tens of
    milliseconds); meant for a settings dialog, not for every frame.
    """
    if not isinstance(speaker, PrerenderedSpeaker):
        return []
    try:
        return speaker.renderer.call(lambda e: list_voices(e, language)).result(timeout)
    except Exception:
        log.warning("could not list the voices", exc_info=True)
        return []
