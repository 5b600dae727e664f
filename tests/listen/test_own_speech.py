"""The app's own voice is never a command: every phrase of a whole session of every bundled
routine (all modes), said by espeak-ng one after the other, goes through the recogniser
path (the WAV source, the worker's loop, the mute gate, the recogniser), the gate muting
each phrase for its rendered length as the window does, and no command comes out.

Without the gate the recogniser hears commands in its own speech: "... 30 seconds." was
heard as "pause" (measured), which is why the gate is there. This test once failed because
the gate forgot every span but the last minute's when a session's spans were all handed
over ahead (tests/listen/test_commands.py keeps that from coming back)."""

from __future__ import annotations

import array
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from backtrainer.core.planner import plan
from backtrainer.core.settings import IntervalSettings
from backtrainer.listen.mute import MuteGate
from backtrainer.listen.source import RATE
from backtrainer.listen.wavfile import read_wav
from backtrainer.speech.tones import is_tone
from backtrainer.storage.routines import RoutineLibrary
from tests.listen.helpers import hear

GAP = 0.3
"""Seconds of quiet between two phrases, as between two cues."""
LEAD = 0.3
"""The quiet the WAV source puts before the file (tests/listen/helpers.py)."""


def own_phrases() -> list[str]:
    """Every phrase said in a session of every bundled routine, in every mode, once."""
    texts: list[str] = []
    for loaded in RoutineLibrary.load().routines.values():
        for mode in [m.id for m in loaded.routine.modes] or [None]:
            texts.extend(plan(loaded.routine, IntervalSettings(), mode).phrases())
    return [text for text in dict.fromkeys(texts) if not is_tone(text)]


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng renders the phrases")
def test_every_phrase_of_every_bundled_routine_gives_no_command(tmp_path: Path) -> None:
    phrases = own_phrases()
    assert len(phrases) > 100  # the whole of every routine, not a sample
    speech = array.array("h")
    gap = bytes(int(GAP * RATE) * 2)
    said = tmp_path / "said.wav"
    gate = MuteGate()
    for text in phrases:
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "170", "-w", str(said), text], check=True)
        pcm = read_wav(said)
        gate.mute(LEAD + len(speech) / RATE, len(pcm) / 2 / RATE)  # as the window mutes a cue
        speech.frombytes(pcm + gap)
    session = tmp_path / "session.wav"
    with wave.open(str(session), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(speech.tobytes())
    heard = hear(session, tmp_path, gate)
    assert [(h.words, h.command) for h in heard if h.command] == []
