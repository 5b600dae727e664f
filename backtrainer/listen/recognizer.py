"""The recogniser: voice activity detection cuts the sound into utterances, and each is
decoded against the command grammar by pocketsphinx (its English model ships in the
wheel: nothing is downloaded).

An utterance ends once the detector has heard `window` seconds of mostly silence; that
window was most of the delay from the end of a word to its command, so a command is
decided before it ends, after a shorter run of quiet (`early`).
"""

from __future__ import annotations

import array
import operator
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backtrainer.listen.dictionary import write_dictionary
from backtrainer.listen.early import EARLY_FRAMES, Look, Lookahead, early_command
from backtrainer.listen.words import command_of, write_own_grammar

WINDOW = 0.18
"""Seconds of the detector's decision window (pocketsphinx's default is 0.3)."""
RATIO = 0.8
"""Share of the window that must be silence to end an utterance (speech to start one)."""
VAD_MODE = 3
"""The detector's most aggressive mode: at 10 dB SNR the looser ones take the noise for
speech and never end the utterance (measured: no command heard at all)."""
MAX_UTTERANCE = 3.0
"""Longer speech is no command (a command is one or two words): it is dropped."""
SILPROB = 0.3
"""How readily the decoder puts silence between and around words (pocketsphinx's default
is 0.005). In noise the hiss around a word was decoded as a filler word instead ("again"
heard as "left yes", "next move" as "set one"), which makes the utterance no command.
Chosen on the tuning voices and rates (10 dB SNR: 69 % right at the default, 80 % here,
clean 100 % and 99 %); on the held-out voices, 40 then 43 of 72 at 10 dB, clean 61 then 63
(benchmarks/README.md). pocketsphinx's `remove_noise` changed nothing there; `fillprob`,
`lw`, `wip` and wider beams did not help: they keep their defaults."""
WBEAM = 1e-20
"""The decoder's word-exit beam (pocketsphinx's default is 7e-29). Narrower, the lattice
that an utterance's end searches for its best path is smaller: for "continue" that search
took 15 ms of the 25 ms between the deciding block and the command (1e-20: 4-7 ms). Tried
on the whole benchmark: words decided sooner (median 179 -> 160 ms, p95 299 -> 226 on
the tuning voices), 10 dB accuracy up (108 -> 111 of 144; held out 46 -> 51 of 72), clean
134 -> 133 and 63 -> 62, and the app's own speech without the mute gate 3 -> 4 false
commands (0 through the gate in both). 1e-24 and the look's decoder alone: see
benchmarks/README.md."""
OWN_SEARCH = "own"
"""The decoder's search for the app's own voice (`words.OWN_GRAMMAR`)."""
OWN_MAX = 10.0
"""Seconds of the app's own voice decoded as one throwaway utterance (see `hear_own`)."""
DITHER = 24
"""Amplitude of the faint noise added to every frame: digital silence (a WAV's padding,
a muted input) makes the decoder miss short words; a microphone always hisses a little."""


class EngineMissing(Exception):
    """pocketsphinx cannot be loaded; the message says what to install."""


@dataclass(frozen=True)
class Heard:
    command: str | None
    """pause, resume, next, back, repeat, stop or yes; None when the words were no command."""
    words: str
    """What the decoder heard."""
    speech_end: float
    """When the speech ended, on the source's clock (seconds)."""
    decided: float
    """The source time of the block after which the command was known."""
    early: bool = False
    """Decided before the utterance ended (see `early`): its end gives nothing more."""


def load_engine() -> Any:
    """The pocketsphinx module, or EngineMissing saying how to get it."""
    try:
        import pocketsphinx
    except ImportError as error:
        raise EngineMissing(
            "The speech recogniser is not installed: pip install 'pocketsphinx>=5'"
        ) from error
    return pocketsphinx


@dataclass(frozen=True)
class Tuning:
    """The endpointer's and the decoder's settings (benchmarks/listen.py tries others)."""

    window: float = WINDOW
    ratio: float = RATIO
    vad_mode: int = VAD_MODE
    decoder: tuple[tuple[str, Any], ...] = (("silprob", SILPROB), ("wbeam", WBEAM))
    """pocketsphinx options, name and value."""
    early_frames: int | None = EARLY_FRAMES
    """Quiet frames after speech before deciding early; None: only when the utterance ends."""


class Recognizer:
    """Fed 16 kHz mono blocks, returns what was heard as each utterance ends."""

    def __init__(self, grammar: Path, tuning: Tuning | None = None) -> None:
        engine = load_engine()
        self._tuning = tuning = tuning or Tuning()
        words = str(write_dictionary(grammar.parent))
        options = {"jsgf": str(grammar), "dict": words, "loglevel": "FATAL"}
        options.update(tuning.decoder)
        self._decoder = engine.Decoder(**options)
        self._commands_search: str = self._decoder.current_search()
        self._decoder.add_jsgf_file(OWN_SEARCH, str(write_own_grammar(grammar.parent)))
        self._look = None if tuning.early_frames is None else Look(engine.Decoder(**options))
        self._endpointer, self._detector, self._lookahead = self._new_endpointer()
        self._frame_bytes: int = self._endpointer.frame_bytes
        self._early: str | None = None
        """The command decided early in the utterance under way."""
        self._behind: list[bytes] = []
        """Frames the look's decoder was given ahead that this one hears after the look
        (so that the look does not wait for both decoders)."""
        self.overruled = 0
        """Early commands whose utterance ended as other words (they stand: see `_end`)."""
        self._pending = b""
        self._in_utterance = False
        self._utterance_bytes = 0
        self._origin: float | None = None
        self._noise = _noise_frames(self._frame_bytes // 2)
        self._noise_at = 0
        self._vad = engine.Vad(tuning.vad_mode, 16000, self._frame_bytes / 32000)
        self._muted = False
        """True between a `hear_own` and the next `feed`."""
        self._own = False
        """True while a throwaway utterance of the app's own voice is being decoded."""
        self._own_pending = b""
        self._own_bytes = 0

    def feed(self, pcm: bytes, end: float) -> list[Heard]:
        """Take a block whose last sample was heard at `end`; what ended in it."""
        if self._muted:
            self._muted = False
            self._end_own()
            self._own_pending = b""
        data = self._pending + pcm
        usable = len(data) // self._frame_bytes * self._frame_bytes
        self._pending = data[usable:]
        heard: list[Heard] = []
        frame_seconds = self._frame_bytes / 2 / 16000
        frames = usable // self._frame_bytes
        for i in range(frames):
            frame = self._audible(data[i * self._frame_bytes : (i + 1) * self._frame_bytes])
            at = end - (frames - 1 - i) * frame_seconds - len(self._pending) / 32000
            result = self._step(frame, at)
            if result is not None:
                heard.append(result)
        return heard

    def hear_own(self, pcm: bytes) -> None:
        """A block heard while the app speaks (the mute gate is shut): no command can come
        of it, and the utterance under way is forgotten. Its speech frames, the app's own
        voice as this microphone hears it in this room, are decoded and the words thrown
        away: the decoder's live cepstral mean adapts to the room's noise and the
        microphone on them. Without that, its first words in a noisy room were mostly
        missed (benchmarks/listen.py --cold: 10 dB SNR, a fresh recogniser per word).
        The mean is worked out with the features, before any search, so the voice is
        searched against a one-word grammar (`OWN_SEARCH`), not the commands: 145-175 ms
        of CPU for 41 s of cues instead of 1,125-1,145 ms, and the same first words heard
        after a cue (benchmarks/listen.py --cold: 103 of 144 either way)."""
        if not self._muted:
            self.reset()
            self._muted = True
        data = self._own_pending + pcm
        usable = len(data) // self._frame_bytes * self._frame_bytes
        self._own_pending = data[usable:]
        for at in range(0, usable, self._frame_bytes):
            frame = data[at : at + self._frame_bytes]
            if not self._vad.is_speech(frame):
                continue
            if not self._own:
                self._decoder.activate_search(OWN_SEARCH)
                self._decoder.start_utt()
                self._own = True
                self._own_bytes = 0
            self._decoder.process_raw(frame, False, False)
            self._own_bytes += len(frame)
            if self._own_bytes > OWN_MAX * 32000:
                self._end_own()

    def _end_own(self) -> None:
        """End the throwaway utterance of the app's own voice, if any; its words are dropped."""
        if self._own:
            self._decoder.end_utt()
            self._decoder.activate_search(self._commands_search)
            self._own = False

    def reset(self) -> None:
        """Forget the utterance under way (the app began to speak over it)."""
        self._end_own()
        if self._in_utterance:
            self._decoder.end_utt()
        if self._look is not None:
            self._look.drop()
        self._in_utterance = False
        self._utterance_bytes = 0
        self._pending = b""
        self._origin = None
        self._early = None
        self._behind = []
        self._endpointer, self._detector, self._lookahead = self._new_endpointer()

    def _new_endpointer(self) -> tuple[Any, Any, Lookahead]:
        """The endpointer, a detector of its own that hears the same frames (so it gives
        the same verdicts as the endpointer's), and the copy of the endpointer's queue."""
        tuning, engine = self._tuning, load_engine()
        endpointer = engine.Endpointer(
            window=tuning.window, ratio=tuning.ratio, vad_mode=tuning.vad_mode
        )
        detector = engine.Vad(tuning.vad_mode, 16000, endpointer.frame_length)
        window_frames = int(tuning.window / endpointer.frame_length + 0.5)  # as pocketsphinx
        return endpointer, detector, Lookahead(window_frames)

    def _step(self, frame: bytes, at: float) -> Heard | None:
        if self._origin is None:  # the detector counts time from its first frame
            self._origin = at - self._frame_bytes / 32000
        self._catch_up()
        self._lookahead.push(frame, bool(self._detector.is_speech(frame)))
        speech = self._endpointer.process(frame)
        if speech is not None:
            if not self._in_utterance:
                self._decoder.start_utt()
                if self._look is not None:
                    self._look.start(self._decoder.get_cmn())
                self._in_utterance = True
                self._utterance_bytes = 0
            if not self._lookahead.handed_over():
                self._decode(speech)
            self._utterance_bytes += len(speech)
            if self._utterance_bytes > MAX_UTTERANCE * 32000:
                self.reset()  # too long to be a command: drop it
                return None
        if self._in_utterance and not self._endpointer.in_speech:
            return self._end(at)
        early = self._tuning.early_frames
        if self._in_utterance and self._early is None and self._lookahead.quiet == early:
            return self._decide_early(at)
        return None

    def _decode(self, frame: bytes) -> None:
        self._decoder.process_raw(frame, False, False)
        if self._look is not None:
            self._look.feed(frame)

    def _catch_up(self) -> None:
        """This decoder hears the frames the look's decoder was given ahead."""
        for frame in self._behind:
            self._decoder.process_raw(frame, False, False)
        self._behind = []

    def _decide_early(self, at: float) -> Heard | None:
        """Speech paused: the decoders are given the rest of it now and the look's decoder
        ends its utterance (see `early`); its words act at once when they are a whole
        command."""
        assert self._look is not None
        ahead = self._lookahead.take_ahead()
        for frame in ahead:
            self._look.feed(frame)
        self._behind.extend(ahead)
        words = self._look.words()
        command = early_command(words)
        if command is None:
            return None
        self._early = command
        speech_end = at - self._lookahead.quiet * self._frame_bytes / 32000
        return Heard(command, words, speech_end, at, early=True)

    def _end(self, at: float) -> Heard | None:
        """The utterance is over: what it said (None when the decoder found no words). An
        utterance acts once: when its command was decided early, its end gives nothing,
        even when the words came out otherwise (counted in `overruled`): the command has
        acted, and a pause is not taken back."""
        self._catch_up()
        self._decoder.end_utt()
        self._in_utterance = False
        self._lookahead.utterance_over()
        if self._look is not None:
            self._look.drop()
        early, self._early = self._early, None
        hyp = self._decoder.hyp()
        words = hyp.hypstr if hyp is not None else ""
        if early is not None:
            self.overruled += command_of(words) != early
            return None
        if not words.strip():
            return None
        assert self._origin is not None
        speech_end = self._origin + float(self._endpointer.speech_end)
        return Heard(command_of(words), words, speech_end, at)

    def _audible(self, frame: bytes) -> bytes:
        """The frame with faint noise added (see DITHER)."""
        samples = array.array("h")
        samples.frombytes(frame)
        noise = self._noise[self._noise_at]
        self._noise_at = (self._noise_at + 1) % len(self._noise)
        if sys.byteorder == "big":
            samples.byteswap()
        mixed = add_clipped(samples, noise)
        if sys.byteorder == "big":
            mixed.byteswap()
        return mixed.tobytes()


def add_clipped(samples: array.array[int], noise: array.array[int]) -> array.array[int]:
    """16-bit samples plus noise, clipped to 16 bits, as long as the shorter of the two.
    Added in C (`map`): 48 us a 30 ms frame where a Python loop took 319 us, which had
    cost listening 0.9 % of a core; only a frame that would overflow takes the loop."""
    try:
        return array.array("h", map(operator.add, samples, noise))
    except OverflowError:  # a sample near full scale: clip it, as a sound card would
        return array.array(
            "h", (max(-32768, min(32767, a + b)) for a, b in zip(samples, noise, strict=False))
        )


def _noise_frames(samples: int, count: int = 37) -> list[array.array[int]]:
    """`count` frames of faint Gaussian noise, the same on every run."""
    rng = random.Random(15)
    frames = []
    for _ in range(count):
        noise = array.array("h", (int(rng.gauss(0, DITHER)) for _ in range(samples)))
        frames.append(noise)
    return frames
