"""Deciding a command early, before the endpointer ends the utterance (listen/early.py)."""

from __future__ import annotations

import array
import shutil
import subprocess
from pathlib import Path

import pytest

from backtrainer.listen.early import Look, Lookahead, early_command
from backtrainer.listen.recognizer import Heard, Recognizer, Tuning, load_engine
from backtrainer.listen.wavfile import read_wav
from backtrainer.listen.words import write_grammar
from tests.listen.helpers import DATA


def test_a_whole_command_is_decided_early() -> None:
    assert early_command("pause") == "pause"
    assert early_command(" cancel  workout ") == "stop"
    assert early_command("skip ahead") == "next"


def test_words_that_are_no_whole_command_are_not() -> None:
    assert early_command("") is None
    assert early_command("cancel") is None
    assert early_command("next") is None  # a filler: "next move" may follow
    assert early_command("skip") is None  # no command alone: "skip ahead" may follow
    assert early_command("pause wait") is None


def test_a_phrase_that_begins_a_longer_command_meaning_another_waits() -> None:
    commands = {"stop": "pause", "stop workout": "stop", "skip": "next", "skip it": "next"}
    assert early_command("stop", commands) is None
    assert early_command("stop workout", commands) == "stop"
    assert early_command("skip", commands) == "next"


def word(name: str) -> bytes:
    """A subset word without its file's quiet."""
    samples = array.array("h")
    samples.frombytes(read_wav(DATA / name))
    loud = [i for i, s in enumerate(samples) if abs(s) > 100]
    return samples[loud[0] : loud[-1] + 1].tobytes()


def feed(recognizer: Recognizer, pcm: bytes) -> list[Heard]:
    """In 30 ms blocks, times in seconds from the start, as the WAV source gives them."""
    heard: list[Heard] = []
    for at in range(0, len(pcm), 960):
        heard.extend(recognizer.feed(pcm[at : at + 960], (at + 960) / 32000))
    return heard


def quiet(seconds: float) -> bytes:
    return bytes(int(seconds * 16000) * 2)


def test_the_decoder_is_given_the_endpointers_frames_in_order_only_sooner() -> None:
    """The frames given ahead and those the endpointer hands over later, skipping the ones
    given already, are exactly what the endpointer alone hands over."""
    engine = load_engine()
    endpointer = engine.Endpointer(window=0.18, ratio=0.8, vad_mode=3)
    detector = engine.Vad(3, 16000, endpointer.frame_length)
    lookahead = Lookahead(6)
    size = endpointer.frame_bytes
    pcm = quiet(0.5) + word("pause.wav") + quiet(0.2) + word("yes.wav") + quiet(0.6)
    alone: list[bytes] = []
    decoded: list[bytes] = []
    looks = 0
    for at in range(0, len(pcm) - size + 1, size):
        frame = pcm[at : at + size]
        lookahead.push(frame, bool(detector.is_speech(frame)))
        speech = endpointer.process(frame)
        if speech is not None:
            alone.append(speech)
            if not lookahead.handed_over():
                decoded.append(speech)
        if endpointer.in_speech and lookahead.quiet == 2:
            ahead = lookahead.take_ahead()
            looks += bool(ahead)
            decoded.extend(ahead)
        if not endpointer.in_speech:
            lookahead.utterance_over()
    assert len(alone) > 20
    assert looks >= 2  # one in the breath between the words, one after them
    assert decoded == alone


def test_an_early_command_acts_once_and_sooner(tmp_path: Path) -> None:
    pcm = quiet(0.5) + word("pause.wav") + quiet(0.8)
    grammar = write_grammar(tmp_path)
    [early] = feed(Recognizer(grammar), pcm)
    [late] = feed(Recognizer(grammar, Tuning(early_frames=None)), pcm)
    assert (early.command, early.early) == ("pause", True)
    assert (late.command, late.early) == ("pause", False)
    assert early.speech_end < early.decided < late.decided  # on the audio's clock


def test_a_command_that_more_speech_follows_has_acted_once(tmp_path: Path) -> None:
    """ "pause", a breath, "wait": the early "pause" acts; the utterance's end ("pause
    wait", no command) gives nothing more and is counted as overruling it. Decided only at
    the end, the same sound gives no command at all."""
    pcm = quiet(0.5) + word("pause.wav") + quiet(0.2) + word("wait.wav") + quiet(0.8)
    grammar = write_grammar(tmp_path)
    recognizer = Recognizer(grammar)
    heard = feed(recognizer, pcm)
    assert [(h.command, h.early) for h in heard] == [("pause", True)]
    assert recognizer.overruled == 1
    assert [h.command for h in feed(Recognizer(grammar, Tuning(early_frames=None)), pcm)] == [None]


def test_speech_that_goes_on_after_a_look_is_decoded_whole(tmp_path: Path) -> None:
    """ "wait", a breath, "pause": the look after "wait" finds no command, the utterance
    is taken up again and ends as "wait ..." (no command), as without looking."""
    pcm = quiet(0.5) + word("wait.wav") + quiet(0.15) + word("pause.wav") + quiet(0.8)
    grammar = write_grammar(tmp_path)
    early = feed(Recognizer(grammar), pcm)
    late = feed(Recognizer(grammar, Tuning(early_frames=None)), pcm)
    assert [h.command for h in early] == [h.command for h in late] == [None]
    assert [h.words for h in early] == [h.words for h in late]


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng says the words")
def test_the_start_of_a_longer_command_does_not_act_and_the_whole_acts_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "cancel", a breath, "workout": the look after "cancel" finds no command (it is
    not one), the utterance goes on, and "cancel workout" acts once, early."""
    looks: list[str] = []
    words = Look.words

    def looked(self: Look) -> str:
        looks.append(words(self))
        return looks[-1]

    monkeypatch.setattr(Look, "words", looked)
    said = []
    for text in ("cancel", "workout"):
        path = tmp_path / f"{text}.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(path), text], check=True)
        samples = array.array("h")
        samples.frombytes(read_wav(path))
        loud = [i for i, s in enumerate(samples) if abs(s) > 100]
        said.append(samples[loud[0] : loud[-1] + 1].tobytes())
    pcm = quiet(0.5) + said[0] + quiet(0.22) + said[1] + quiet(0.8)  # a look after "cancel"
    heard = feed(Recognizer(write_grammar(tmp_path)), pcm)
    assert [(h.command, h.early) for h in heard] == [("stop", True)]
    assert len(looks) >= 2 and early_command(looks[0]) is None
