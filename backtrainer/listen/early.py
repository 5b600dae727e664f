"""Deciding before the utterance ends: most of the delay from a word's end to its command
was the endpointer's window (it ends an utterance only once its whole window is quiet),
so as soon as a short run of quiet follows speech the utterance is ended for a look (on
a second decoder, `Look`), and its words act at once when they are a whole command.

The look is a decoder's final result, not the partial hypothesis of the utterance still
open: the partial one skips the lattice's best path, and at 10 dB it heard "yes" as
"again" where the final result had "yes" (tests/listen's noisy subset), and it heard
commands in the app's own speech (benchmarks/README.md).

pocketsphinx's endpointer holds its window of frames back and hands them to the decoder
one a frame, so at that moment the decoder has not heard the end of the word. `Lookahead`
keeps a copy of the frames the endpointer holds and gives the decoder, ahead of time,
those it would be given anyway: the rest of the speech and the one quiet frame after it
that the endpointer passes on when it ends the utterance. The decoder hears the same
frames in the same order as without the lookahead, only sooner; the frames the endpointer
hands over later are then skipped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import Any

from backtrainer.listen.words import COMMANDS

EARLY_FRAMES = 3
"""Detector frames (30 ms each) of quiet after speech before the words so far are looked
at (benchmarks/README.md: the figures for 2, 3 and 4)."""


def early_command(words: str, commands: Mapping[str, str] = COMMANDS) -> str | None:
    """The command of the words heard so far, when acting on them now cannot be the start
    of something else: exactly one command phrase, and no longer phrase that begins with
    it means another command ("stop" would wait for "stop workout" if it were one)."""
    phrase = " ".join(words.split())
    command = commands.get(phrase)
    if command is None:
        return None
    for other, meaning in commands.items():
        if other.startswith(phrase + " ") and meaning != command:
            return None
    return command


class Lookahead:
    """A copy of the endpointer's queue of held-back frames, each with the detector's
    verdict, and how many of them the decoder has been given ahead."""

    def __init__(self, window_frames: int) -> None:
        self._held: deque[tuple[bytes, bool]] = deque(maxlen=window_frames)
        """The frames the endpointer holds, oldest first (it drops the oldest when full)."""
        self._ahead = 0
        """How many of the oldest held frames the decoder already has."""
        self.quiet = 0
        """Frames of quiet since the last speech frame (0 while speech goes on)."""

    def push(self, frame: bytes, speech: bool) -> None:
        """The frame given to the endpointer, with the detector's verdict on it."""
        if len(self._held) == self._held.maxlen and self._ahead:
            self._ahead -= 1  # the endpointer drops its oldest (not in speech: none fed)
        self._held.append((frame, speech))
        self.quiet = 0 if speech else self.quiet + 1

    def handed_over(self) -> bool:
        """The endpointer handed its oldest frame to be decoded: True when the decoder
        has it already (given ahead), so it must not be given twice."""
        if self._held:
            self._held.popleft()
        if self._ahead:
            self._ahead -= 1
            return True
        return False

    def take_ahead(self) -> list[bytes]:
        """The held frames up to the first quiet one after the last speech, that the
        decoder does not have yet: it is given them now."""
        flags = [speech for _, speech in self._held]
        if True not in flags:
            return []
        last_speech = len(flags) - 1 - flags[::-1].index(True)
        upto = min(len(flags), last_speech + 2)  # and the one quiet frame after it
        frames = [frame for frame, _ in list(self._held)[self._ahead : upto]]
        self._ahead = max(self._ahead, upto)
        return frames

    def utterance_over(self) -> None:
        """The utterance ended: whatever was given ahead has been handed over."""
        self._ahead = 0


class Look:
    """A second decoder that hears each utterance as the recogniser's own decoder does and
    ends it for a look. The recogniser's own decoder is never ended early: ending an
    utterance updates the decoder's noise estimate (its cepstral mean), and a look
    followed by more speech, decoded again from the start, left that estimate off; later
    words came out otherwise (benchmarks/listen.py: "three" heard as "repeat" in the app's
    own speech). This decoder starts each utterance from the other's estimate instead. It
    costs a second copy of the model (28 MB measured) and a second decoding of speech."""

    def __init__(self, decoder: Any) -> None:
        self._decoder = decoder
        self._heard: list[bytes] = []
        self._cmn = ""
        self._words: str | None = None
        """The words of the last look, until more is heard."""
        self._open = False

    def start(self, cmn: str) -> None:
        """An utterance starts, from the noise estimate `cmn` (the other decoder's)."""
        self._cmn = cmn
        self._heard = []
        self._words = None
        self._decoder.set_cmn(cmn)
        self._decoder.start_utt()
        self._open = True

    def feed(self, frame: bytes) -> None:
        if not self._open:
            self._take_up()
        self._words = None
        self._decoder.process_raw(frame, False, False)
        self._heard.append(frame)

    def _take_up(self) -> None:
        """Speech went on after a look: the utterance is decoded again from its start."""
        self._decoder.set_cmn(self._cmn)
        self._decoder.start_utt()
        for frame in self._heard:
            self._decoder.process_raw(frame, False, False)
        self._open = True

    def words(self) -> str:
        """End the utterance for a look and return its words so far."""
        if self._words is None:
            if self._open:
                self._decoder.end_utt()
                self._open = False
            hyp = self._decoder.hyp()
            self._words = hyp.hypstr if hyp is not None else ""
        return self._words

    def drop(self) -> None:
        """The utterance is over or forgotten."""
        if self._open:
            self._decoder.end_utt()
            self._open = False
        self._heard = []
        self._words = None
