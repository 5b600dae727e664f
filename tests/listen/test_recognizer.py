"""The recogniser on generated speech, through the WAV file source (no microphone)."""

from __future__ import annotations

import array
import shutil
import subprocess
import wave
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backtrainer.listen.mute import MuteGate
from backtrainer.listen.recognizer import Heard, add_clipped
from backtrainer.listen.words import COMMANDS, command_of, grammar_text, write_grammar
from tests.listen.helpers import DATA, commands, hear

SUBSET = {
    "pause.wav": "pause",
    "resume.wav": "resume",
    "continue.wav": "resume",
    "skip_ahead.wav": "next",
    "next_move.wav": "next",
    "previous.wav": "back",
    "repeat.wav": "repeat",
    "cancel_workout.wav": "stop",
    "yes.wav": "yes",
}


@pytest.mark.parametrize(("name", "command"), SUBSET.items())
def test_each_command_word_is_heard_as_its_command(name: str, command: str, tmp_path: Path) -> None:
    assert commands(hear(DATA / name, tmp_path)) == [command]


@pytest.mark.parametrize("name", ["wait.wav", "skip.wav"])
def test_a_word_that_is_no_command_gives_none(name: str, tmp_path: Path) -> None:
    """A lone "skip" was a command once: "skip ahead" replaced it (see words.py)."""
    assert commands(hear(DATA / name, tmp_path)) == []


def test_silence_gives_nothing(tmp_path: Path) -> None:
    silent = tmp_path / "silent.wav"
    with wave.open(str(silent), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(bytes(32000 * 2))
    assert hear(silent, tmp_path) == []


def test_a_muted_word_is_not_heard(tmp_path: Path) -> None:
    gate = MuteGate()
    gate.mute(0.0, 2.0)  # the app "speaks" over the whole word
    assert commands(hear(DATA / "pause.wav", tmp_path, gate)) == []


def test_the_word_ends_before_the_command_is_known(tmp_path: Path) -> None:
    [heard] = [h for h in hear(DATA / "pause.wav", tmp_path) if h.command]
    assert 0.3 < heard.speech_end <= heard.decided


def test_only_an_utterance_of_exactly_one_command_phrase_is_a_command() -> None:
    assert command_of("pause") == "pause"
    assert command_of(" cancel   workout ") == "stop"
    assert command_of("stop workout") is None  # measured worse than "cancel workout"
    assert command_of("pause wait") is None
    assert command_of("next pause") is None
    assert command_of("") is None


def test_the_grammar_is_written_to_a_file_and_kept(tmp_path: Path) -> None:
    path = write_grammar(tmp_path)
    assert path.read_text(encoding="utf-8") == grammar_text()
    before = path.stat().st_mtime_ns
    assert write_grammar(tmp_path) == path
    assert path.stat().st_mtime_ns == before
    assert all(phrase in grammar_text() for phrase in COMMANDS)


def noisy_copy(name: str, folder: Path, snr_db: float = 10.0, data: Path = DATA) -> Path:
    """The subset's WAV with seeded white noise at `snr_db` below the word's loudness."""
    import array
    import math
    import random

    from backtrainer.listen.wavfile import read_wav

    word = array.array("h")
    word.frombytes(read_wav(data / name))
    loud = [s for s in word if abs(s) > 100]
    rms = math.sqrt(sum(s * s for s in loud) / len(loud) / 10 ** (snr_db / 10))
    rng = random.Random(name)
    quiet = array.array("h", bytes(16000))  # 0.5 s
    clean = quiet + word + quiet + quiet
    noisy = array.array("h", (max(-32768, min(32767, int(s + rng.gauss(0, rms)))) for s in clean))
    path = folder / f"noisy-{name}"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(noisy.tobytes())
    return path


def test_in_steady_noise_the_hiss_around_a_word_is_silence_not_a_filler_word(
    tmp_path: Path,
) -> None:
    """One recogniser hears the subset in turn at 10 dB SNR, as a room keeps its noise (its
    live cepstral mean has heard the noise before). At pocketsphinx's default silprob only
    "yes" came out right ("four repeat four", "skip cancel workout": no command);
    recognizer.SILPROB lets silence take the hiss. With "four" a filler, "previous" was
    heard as "four yes four" (words.COMMAND_WEIGHT). No word is taken for another command."""
    from backtrainer.listen.listener import listen
    from backtrainer.listen.source import WavSource
    from tests.listen.helpers import recognizer

    shared = recognizer(tmp_path)
    right: set[str] = set()
    for name, command in SUBSET.items():
        heard: list[Heard] = []
        listen(WavSource(noisy_copy(name, tmp_path)), shared, heard.append)
        assert commands(heard) in ([], [command]), name
        if commands(heard):
            right.add(name)
    assert {"previous.wav", "repeat.wav", "cancel_workout.wav", "yes.wav"} <= right


CUE = "Rest. Next up: Renegade row, right side, 30 seconds."


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng says the cue")
def test_the_apps_own_voice_heard_in_the_noise_teaches_the_recogniser_the_room(
    tmp_path: Path,
) -> None:
    """A fresh recogniser in 10 dB noise misses first words; one that has heard one of
    the app's cues in the same noise through the mute gate gets them. The cue itself
    gives no command."""
    from backtrainer.listen.listener import listen
    from backtrainer.listen.source import WavSource
    from backtrainer.listen.wavfile import read_wav
    from tests.listen.helpers import recognizer

    said = tmp_path / "cue.wav"
    subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "170", "-w", str(said), CUE], check=True)
    own = read_wav(noisy_copy("cue.wav", tmp_path, data=tmp_path))
    words = {"pause.wav": "pause", "resume.wav": "resume", "repeat.wav": "repeat"}
    right = {False: 0, True: 0}
    for taught in (False, True):
        for name, command in words.items():
            fresh = recognizer(tmp_path)
            if taught:
                for at in range(0, len(own), 960):
                    fresh.hear_own(own[at : at + 960])
            heard: list[Heard] = []
            listen(WavSource(noisy_copy(name, tmp_path)), fresh, heard.append)
            assert commands(heard) in ([], [command])
            right[taught] += commands(heard) == [command]
    assert right[True] == len(words) > right[False]


@given(
    st.lists(st.integers(-32768, 32767), max_size=600),
    st.lists(st.integers(-32768, 32767), max_size=600),
)
def test_noise_is_added_sample_by_sample_and_clipped_to_16_bits(
    samples: list[int], noise: list[int]
) -> None:
    """The dither's mixing (any input, full scale included): the clipped sum, as long as
    the shorter of the two, whether it takes the fast path or the clipping one."""
    mixed = add_clipped(array.array("h", samples), array.array("h", noise))
    expected = [max(-32768, min(32767, a + b)) for a, b in zip(samples, noise, strict=False)]
    assert mixed.typecode == "h"
    assert mixed.tolist() == expected
