"""Voice commands during a workout: the microphone, the recogniser on a worker, and what
a heard word does on screen. Each command acts exactly as its key does (the window's
`workout_command`), shows "Heard: pause" in the caption line, and a microphone mark stays
on the screen while listening. The app's own cues mute the recogniser for as long as they
play (the speaker knows each phrase's length) plus a short tail.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from backtrainer.core.languages import wording
from backtrainer.listen.commands import Interpreter
from backtrainer.listen.listener import Listener
from backtrainer.listen.mute import MuteGate
from backtrainer.listen.recognizer import Heard, Recognizer
from backtrainer.listen.source import AudioSource
from backtrainer.listen.words import write_grammar
from backtrainer.ui.i18n import arg
from backtrainer.ui.workout.runner import SessionRunner

log = logging.getLogger(__name__)

KEY_COMMANDS = {"next": "next", "back": "previous"}
"""Voice command -> the window's key command; pause and resume are the Space key's."""
WORDS_PER_SECOND = 2.8
"""A phrase's length when the speaker has not measured it (no voice, not rendered)."""
translate = QCoreApplication.translate


def listening() -> str:
    return translate("VoiceCommands", "● Listening")


def not_listening(problem: str) -> str:
    """The mark when the microphone gives no sound: why, instead of a mark that lies."""
    return arg(translate("VoiceCommands", "○ Not listening: %1"), problem)


CHECK_MS = 500
"""How often the mark checks that the microphone still works."""


class VoiceCommands(QObject):
    """Listens while a workout is on screen; `stop()` ends and joins the worker."""

    heard = Signal(object, float)
    """A Heard, from the worker thread, and when the worker handed it over (monotonic
    seconds); handled on the UI thread."""

    def __init__(
        self,
        runner: SessionRunner,
        view: QWidget,
        caption: QLabel,
        key_command: Callable[[str], None],
        source: AudioSource,
        cache_dir: object,
        now: Callable[[], float] = time.monotonic,
        language: str = "en",
    ) -> None:
        super().__init__(view)
        from pathlib import Path

        self.runner = runner
        self.caption = caption
        self.key_command = key_command
        self.gate = MuteGate()
        self.interpreter = Interpreter(now)
        self.last_cue: str | None = None
        self.actions: list[str] = []
        """Every action taken, in order (what tests and the check script read)."""
        self._now = now
        self.question = wording(language).stop_question
        """Said in the language of the cues; the answer is "yes" in every one."""
        self.mark, self._place_mark = _mark(view)
        runner.cue.connect(self._on_cue)
        runner.state_changed.connect(self._on_state)
        self.heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)
        recognizer = Recognizer(write_grammar(Path(str(cache_dir))))
        self.listener = Listener(source, recognizer, self._hand_over, self.gate)
        self.listener.start()
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        self._check.timeout.connect(self.check_source)
        self._check.start()
        self.check_source()

    def _hand_over(self, heard: Heard) -> None:
        """On the worker thread: to the UI thread, with the time, for the log's split."""
        self.heard.emit(heard, time.monotonic())

    def check_source(self) -> None:
        """The mark says why nothing is heard when the microphone fails (none, busy,
        unplugged): the workout goes on, with the keys."""
        problem = self.listener.source.problem
        if problem is None and not self.listener.alive and not self.listener.source.finished:
            problem = self.tr("listening stopped (see the log).")
        if problem is None:
            return
        self._check.stop()
        text = not_listening(problem)
        if self.mark.text() != text:
            log.warning("voice commands: %s", problem)
            self.mark.setText(text)
            self.mark.setAccessibleName(text)
            self.mark.setToolTip(
                arg(
                    self.tr(
                        "%1 Check the microphone in Settings > Voice; the keys work as always."
                    ),
                    problem,
                )
            )
            self._place_mark()  # wider now: kept clear of the right edge

    def _on_cue(self, text: str, _kind: str) -> None:
        self.last_cue = text
        self._mute_for(text)

    def _mute_for(self, text: str) -> None:
        """Deaf from where the phrase starts playing: the speaker starts it its lead
        before its instant, when the cue signal comes, so that much earlier than now."""
        speaker = self.runner.speaker
        length = speaker.spoken_length(text)
        if length is None:
            length = max(0.4, len(text.split()) / WORDS_PER_SECOND)
        self.gate.mute(self._now() - speaker.lead(text), length)

    def _on_state(self, state: str) -> None:
        if state in ("paused", "stopped", "finished"):
            self.gate.clear()  # the speaker fell silent at once

    def _on_heard(self, heard: Heard, handed_over: float) -> None:
        received = self._now()
        if heard.command is None:
            return
        action = self.interpreter.interpret(heard.command)
        if action is None:
            return
        log.info("heard %r: %s", heard.words, action.command)
        self.actions.append(action.command)
        if action.command == "ask_stop":
            self.caption.setText(self.tr("Stop the workout? Say “yes”."))
        else:  # the word heard is English in every language, as it was said
            word = "yes" if action.command == "stop" else action.command
            self.caption.setText(arg(self.tr("Heard: %1"), word))
        controller = self.runner.controller
        match action.command:
            case "pause" if controller.state == "running":
                self.key_command("toggle_pause")
            case "resume" if controller.state == "paused":
                self.key_command("toggle_pause")
            case "next" | "back":
                self.key_command(KEY_COMMANDS[action.command])
            case "repeat" if self.last_cue is not None:
                self._say(self.last_cue)
            case "ask_stop":
                self._say(self.question)
            case "stop":
                controller.stop()
            case _:
                pass
        log.info(
            "voice command %s done at monotonic %.3f (known at %.3f, the block's arrival;"
            " handed over by the worker at %.3f; received on the UI thread at %.3f; early %s)",
            action.command,
            self._now(),
            heard.decided,
            handed_over,
            received,
            heard.early,
        )

    def _say(self, text: str) -> None:
        self._mute_for(text)
        self.runner.speaker.say(text, self._now())

    def stop(self) -> None:
        """Stop listening: the worker ends and is joined, the microphone is closed."""
        self._check.stop()
        self.listener.stop()
        self.mark.hide()


def _mark(view: QWidget) -> tuple[QLabel, Callable[[], None]]:
    """The microphone mark, kept under the header's right end."""
    mark = QLabel(listening(), view)
    mark.setObjectName("listening")
    mark.setAccessibleName(translate("VoiceCommands", "Listening for voice commands"))
    mark.setToolTip(
        translate(
            "VoiceCommands",
            "Say “pause”, “continue”, “skip ahead”, “go back”, “repeat” or “cancel workout”"
            " (in English)",
        )
    )
    mark.setStyleSheet("padding: 4px 10px; border-radius: 10px; background: rgba(0,0,0,60);")
    mark.adjustSize()

    class Keeper(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
                QTimer.singleShot(0, mark, place)  # once the view has laid out its buttons
            return False

    def place() -> None:
        """Under the header's right end, above the ring: bottom left, above the buttons,
        it sat on the spoken caption's line (seen in the German screenshots)."""
        header = getattr(view, "progress", None)
        top = header.geometry().bottom() + 6 if isinstance(header, QWidget) else 8
        mark.adjustSize()
        mark.move(max(0, view.width() - mark.width() - 16), top)
        mark.raise_()

    keeper = Keeper(mark)
    view.installEventFilter(keeper)
    place()
    mark.show()
    return mark, place
