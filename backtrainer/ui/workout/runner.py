"""Runs a SessionController on the Qt event loop and speaks its cues.

The controller is pure Python and only moves when polled; this QObject owns the poll
timer, turns controller events into Qt signals for the widgets, and hands cues to the
Speaker. The timer sleeps until the controller's next event (a second changing, a cue
falling due), so changes land within a millisecond or two of their instant whatever the
phase a pause left behind. It is a PreciseTimer (Qt's default CoarseTimer may fire 5 %
off), and re-arming cannot drift: every wake-up is computed from the deadlines.

A spoken phrase is heard to start some way into its sound ("three" opens with a soft
"th", its vowel 90 ms in), so the speaker starts it that much (`Speaker.lead`) before its
instant: the runner hands each cue over SPEAK_AHEAD early, with its true instant, and
withdraws the ones handed over whose instant then moves (a key pressed meanwhile).
"""

from __future__ import annotations

import logging
import math
import weakref
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backtrainer.core.events import (
    CueDue,
    Event,
    RepStarted,
    SecondChanged,
    SessionEnded,
    StateChanged,
    StepFinished,
    StepStarted,
)
from backtrainer.core.session import SessionController
from backtrainer.core.timeline import Cue
from backtrainer.speech.speaker import Speaker

log = logging.getLogger(__name__)

MAX_SLEEP_MS = 1000
"""Wake at least this often, as a safety net: the controller says when its next event
falls, and the shown second changes every second anyway. At 250 ms the net woke the UI
thread four times a second for nothing: 12, 12 and 15 ticks of its CPU in 30 s of a
session against 10, 9 and 9 at 1000 ms (/proc, runs alternating). The price, on this
virtual machine: a second shown 1 ms later (benchmarks/countdown.py --pauses 6 --view,
median error 1.7 ms -> 2.8 to 3.1 ms; p95 5 to 6.5 ms either way, the goal 20 ms)."""
VOICE_WAIT = 1.5
"""Seconds a session may wait at its start for its first cue to be rendered."""
VOICE_POLL_MS = 20
MOVED = 0.001
"""Seconds by which a cue handed over early may move before it is withdrawn."""
SPEAK_AHEAD = 0.2
"""Seconds before its instant that a cue is handed to a speaker that starts it early:
more than the speaker's longest lead (`qt_player.MAX_LEAD`) and the timer's own error."""


class SessionRunner(QObject):
    step_started = Signal(int, object)
    """(index, Step): a new step began."""
    second_changed = Signal(int, int)
    """(index, whole seconds shown): the countdown's number changed."""
    cue = Signal(str, str)
    """(text, kind): a cue is due now; shown as a caption and spoken."""
    rep_started = Signal(int, int)
    """(rep, reps): rep n of m began."""
    state_changed = Signal(str)
    """The controller's new state: running, paused, finished or stopped."""
    step_finished = Signal(object)
    """StepRecord of a step that ended (by time or by the user)."""
    ended = Signal(str)
    """"finished" or "stopped": the session is over; the runner stops its timer."""

    _live: ClassVar[weakref.WeakSet[SessionRunner]] = weakref.WeakSet()

    def __init__(
        self,
        controller: SessionController,
        speaker: Speaker,
        *,
        beeps: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.speaker = speaker
        self.beeps = beeps
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.poll)
        self._ahead: dict[tuple[int, Cue], float] = {}
        """Cues handed to the speaker before their instant: (step, cue) -> instant."""
        controller.subscribe(self._on_event)
        speaker.prepare(controller.timeline.phrases())
        SessionRunner._live.add(self)

    @classmethod
    def running_timers(cls) -> list[SessionRunner]:
        """Runners whose poll timer is still active: tests fail if any outlive them."""
        return [r for r in cls._live if shiboken6.isValid(r.timer) and r.timer.isActive()]

    def start_when_voice_ready(self, at_step: int = 0, max_wait: float = VOICE_WAIT) -> bool:
        """Start at `at_step` once its first cue can sound on its instant: on a cold cache
        its phrase takes tens of milliseconds to render. Waits `max_wait` seconds at most;
        returns whether it is waiting (the caller may say so)."""
        cues = self.controller.timeline.steps[at_step].cues
        first = cues[0].text if cues else None
        waited = 0.0

        def check() -> None:
            nonlocal waited
            if self.controller.state != "ready":
                return  # stopped meanwhile
            if first is None or self.speaker.is_ready(first) or waited >= max_wait:
                self.controller.start(at_step)
                return
            waited += VOICE_POLL_MS / 1000
            QTimer.singleShot(VOICE_POLL_MS, self, check)  # dropped with the runner

        check()
        return self.controller.state == "ready"

    def poll(self) -> None:
        self.controller.tick()
        self._arm()

    def _arm(self) -> None:
        """Hand over what is due soon; sleep until the controller's next event, or until
        the next cue is to be handed over; stop when nothing can happen."""
        wake = self.controller.next_wakeup()
        if wake is None:
            self.timer.stop()
            return
        later = self._hand_over_ahead()
        if later is not None:
            wake = min(wake, later - SPEAK_AHEAD)
        delay_ms = math.ceil(max(0.0, wake - self.controller.clock.now()) * 1000)
        self.timer.start(min(delay_ms, MAX_SLEEP_MS))

    def _on_event(self, event: Event) -> None:
        match event:
            case StepStarted(index, step):
                self.step_started.emit(index, step)
            case SecondChanged(index, shown, _):
                self.second_changed.emit(index, shown)
            case CueDue(index, cue, due, late):
                log.debug("cue %r due %.3f late %.3f", cue.text, due, late)
                handed = self._ahead.pop((index, cue), None)
                if handed is None or abs(handed - due) > MOVED:
                    if handed is not None:  # its instant moved since: play it now
                        self._withdraw()
                    self.speaker.say(cue.text, due)
                if self.beeps and cue.kind == "countdown":
                    self.speaker.beep(due)
                self.cue.emit(cue.text, cue.kind)
            case RepStarted(_, rep, reps):
                self.rep_started.emit(rep, reps)
            case StepFinished(record):
                self.step_finished.emit(record)
            case StateChanged(_, new):
                self._follow_state(new)
                self.state_changed.emit(new)
            case SessionEnded(status, _):
                self.timer.stop()
                log.info("session ended: %s", status)  # in every language (scripts wait on it)
                self.ended.emit(status)
        if self.controller.state == "running":
            self._arm()  # the command or tick behind this event may have moved things

    def _follow_state(self, state: str) -> None:
        if state != "running":
            self.timer.stop()
        if state in ("paused", "stopped"):
            self._ahead.clear()  # silence() forgets them; resume hands them over again
            self.speaker.silence()

    def _hand_over_ahead(self) -> float | None:
        """Give the speaker the cues due within SPEAK_AHEAD that it starts early; withdraw
        all it holds if one of them has moved. Returns the instant of the next cue beyond
        (within MAX_SLEEP_MS), to wake for, or None."""
        window = SPEAK_AHEAD + MAX_SLEEP_MS / 1000
        upcoming = self.controller.cues_within(window)
        soon = {(u.index, u.cue): u.due for u in upcoming}
        if any(abs(soon.get(key, -1.0) - due) > MOVED for key, due in self._ahead.items()):
            self._withdraw()
        now = self.controller.clock.now()
        later: float | None = None
        for u in upcoming:
            if (u.index, u.cue) in self._ahead or self.speaker.lead(u.cue.text) <= 0:
                continue
            if u.due - now <= SPEAK_AHEAD + 1e-6:  # not missed by a rounding error
                self._ahead[(u.index, u.cue)] = u.due
                self.speaker.say(u.cue.text, u.due)
            elif later is None or u.due < later:
                later = u.due
        return later

    def _withdraw(self) -> None:
        self._ahead.clear()
        self.speaker.withdraw()
