"""The Voice dialog's microphone check: a live level meter and "Say 'pause' to test".

The button opens the chosen microphone for a few seconds and runs the same recogniser as
a workout, on the same kind of worker; the meter shows how loud the microphone hears,
and a line says what was heard. Closing the dialog stops it and joins the worker.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar

from backtrainer.listen.listener import Listener
from backtrainer.listen.recognizer import EngineMissing, Heard, Recognizer
from backtrainer.listen.source import AudioSource, Block
from backtrainer.listen.words import write_grammar
from backtrainer.ui.i18n import arg

SECONDS = 8.0
"""How long the test listens for a "pause"."""
POLL_MS = 50

translate = QCoreApplication.translate
"""The commands are English words in every language ("pause"): the lines say so."""


def say_pause() -> str:
    return translate("MicCheck", "Say “pause” now…")


def works() -> str:
    return translate("MicCheck", "Heard “pause”: voice commands work with this microphone.")


def nothing() -> str:
    return translate(
        "MicCheck",
        "Nothing was heard. Is the microphone on, and close enough?"
        " The meter should move as you speak.",
    )


def heard_text(heard: Heard) -> str | None:
    """What the line says of an utterance; None when it ends the test (a "pause")."""
    if heard.command == "pause":
        return None
    if heard.command is not None:
        return arg(translate("MicCheck", "Heard “%1”, another command; say “pause”."), heard.words)
    return arg(
        translate("MicCheck", "Heard something (“%1”), not a command; say “pause” again."),
        heard.words,
    )


class _Metered:
    """A source whose last block's loudness is kept for the meter (read on the UI
    thread; a float is replaced whole, so no lock is needed)."""

    def __init__(self, source: AudioSource) -> None:
        self.source = source
        self.level = 0.0

    def read(self, timeout: float) -> Block | None:
        from backtrainer.listen.microphone import level

        block = self.source.read(timeout)
        if block is not None:
            self.level = level(block.pcm)
        return block

    @property
    def finished(self) -> bool:
        return self.source.finished

    @property
    def problem(self) -> str | None:
        return self.source.problem

    def close(self) -> None:
        self.source.close()


class MicCheck(QObject):
    """Runs one test at a time; `stop()` ends it and joins its worker."""

    heard = Signal(object)
    """A Heard, from the worker; handled on the UI thread."""

    def __init__(
        self,
        meter: QProgressBar,
        line: QLabel,
        open_source: Callable[[str | None], AudioSource],
        cache_dir: Path,
        seconds: float = SECONDS,
    ) -> None:
        super().__init__(meter)
        self.meter = meter
        self.line = line
        self._open_source = open_source
        self._cache_dir = cache_dir
        self._seconds = seconds
        self._listener: Listener | None = None
        self._metered: _Metered | None = None
        self._started = 0.0
        self.passed = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._listener is not None

    def start(self, device_id: str | None) -> None:
        self.stop()
        self.passed = False
        try:
            recognizer = Recognizer(write_grammar(self._cache_dir))
        except EngineMissing as error:
            self._say(str(error))
            return
        self._metered = _Metered(self._open_source(device_id))
        self._listener = Listener(self._metered, recognizer, self.heard.emit)
        self._listener.start()
        self._started = time.monotonic()
        self._say(say_pause())
        self._timer.start()

    def _poll(self) -> None:
        metered = self._metered
        if metered is None:
            return
        self.meter.setValue(round(100 * metered.level))
        if metered.problem is not None:
            self._end(metered.problem)
            return
        ended = self._listener is not None and not self._listener.alive
        if ended:  # what it heard on its way out may still be queued: hear it first
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            if self._listener is None:  # that was the "pause"
                return
        if ended or time.monotonic() - self._started > self._seconds:
            self._end(nothing() if self.line.text() == say_pause() else self.line.text())

    def _on_heard(self, heard: Heard) -> None:
        if self._listener is None:
            return
        text = heard_text(heard)
        if text is None:
            self.passed = True
            self._end(works())
        else:
            self._say(text)

    def _end(self, text: str) -> None:
        self.stop()
        self._say(text)

    def _say(self, text: str) -> None:
        """The line under the button, hidden until there is something to say."""
        self.line.setText(text)
        self.line.show()

    def stop(self) -> None:
        """End the test: the worker is joined and the microphone closed."""
        self._timer.stop()
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        self._metered = None
        self.meter.setValue(0)
