"""The session state machine: runs a Timeline against a clock.

The controller keeps a deadline for the current step and is polled (`tick`) by whoever
owns the event loop; it never counts ticks, so a late or missed poll costs no time. Every
state change goes through one table, `TRANSITIONS`; a command the table does not allow is
refused with a logged reason. Listeners receive plain event objects (see events.py): the
Qt layer turns them into signals, the tests into a log.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from backtrainer.core.clock import Clock
from backtrainer.core.events import (
    CueDue,
    Event,
    Refused,
    RepStarted,
    SecondChanged,
    SessionEnded,
    StateChanged,
    StepFinished,
    StepRecord,
    StepStarted,
)
from backtrainer.core.timeline import Cue, Step, Timeline

log = logging.getLogger(__name__)

State = Literal["ready", "running", "paused", "finished", "stopped"]
Command = Literal["start", "pause", "resume", "next", "previous", "adjust", "stop"]

TRANSITIONS: dict[tuple[State, Command], State] = {
    ("ready", "start"): "running",
    ("ready", "stop"): "stopped",
    ("running", "pause"): "paused",
    ("running", "next"): "running",
    ("running", "previous"): "running",
    ("running", "adjust"): "running",
    ("running", "stop"): "stopped",
    ("paused", "resume"): "running",
    ("paused", "next"): "paused",
    ("paused", "previous"): "paused",
    ("paused", "adjust"): "paused",
    ("paused", "stop"): "stopped",
}
"""(state, command) -> new state. Absent pairs are refused; finished and stopped are final."""

RESTART_WINDOW = 3.0
"""`previous` more than this far into a step restarts it instead of going back one."""
ADJUST_STEP = 10.0
MIN_REMAINING = 1.0
"""Removing time never leaves less than this: skipping a step is what `next` is for."""
CUE_STALE_AFTER = 1.0
"""A cue this late (after a stall or a sleep) is dropped, not spoken out of place."""

END_ANCHORED = frozenset({"countdown", "next"})
"""Cue kinds tied to the end of a step: they move when time is added or removed."""

Listener = Callable[[Event], None]


@dataclass(frozen=True)
class Upcoming:
    """A cue that will fall due soon: step `index`'s `cue`, at clock reading `due`."""

    index: int
    cue: Cue
    due: float


@dataclass
class _Current:
    index: int
    started: float
    """Clock reading at which the step began, shifted on resume to exclude pauses."""
    deadline: float
    fired: set[int]
    shown: int | None = None
    adjusted: float = 0.0
    reps: int | None = None
    """A rep set's reps as adjusted (+/- remove or give back whole reps)."""


class SessionController:
    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        self.timeline = timeline
        self.clock = clock
        self.state: State = "ready"
        self.records: list[StepRecord] = []
        self._listeners: list[Listener] = []
        self._current: _Current | None = None
        self._paused_at: float | None = None
        self.refusal: str | None = None
        """Why the last command was refused, for the user; None when it was carried out."""

    # -- observing --------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    @property
    def step_index(self) -> int | None:
        return self._current.index if self._current else None

    @property
    def step(self) -> Step | None:
        return self.timeline.steps[self._current.index] if self._current else None

    def remaining(self) -> float:
        """Seconds left in the current step (frozen while paused)."""
        if self._current is None:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self.clock.now()
        return max(0.0, self._current.deadline - now)

    def elapsed(self) -> float:
        """Seconds into the current step, pauses left out (frozen while paused): where a
        screen is within the step, to draw its progress and a rep's tempo."""
        if self._current is None:
            return 0.0
        return max(0.0, self._now() - self._current.started)

    def step_seconds(self) -> float:
        """The current step's length as it stands: as planned, plus what + and - changed."""
        if self._current is None:
            return 0.0
        return self.timeline.steps[self._current.index].seconds + self._current.adjusted

    def next_wakeup(self) -> float | None:
        """Clock reading of the next thing to happen (a shown second changes, a cue falls
        due, the step ends), so a poller can sleep exactly until then; None when idle."""
        current = self._current
        if self.state != "running" or current is None:
            return None
        now = self.clock.now()
        remaining = current.deadline - now
        # The shown number ceil(remaining) drops when remaining reaches the next integer
        # below it.
        candidates = [current.deadline, current.deadline - (math.ceil(remaining) - 1)]
        step = self.timeline.steps[current.index]
        for i, cue in enumerate(step.cues):
            if i not in current.fired:
                candidates.append(self._cue_due(cue))
        upcoming = [t for t in candidates if t > now]
        return min(upcoming) if upcoming else now

    def cues_within(self, seconds: float) -> list[Upcoming]:
        """The cues not yet fired that fall due within `seconds` from now, at the instants
        they will fire if nothing is pressed meanwhile: the current step's, and the next
        step's when the current one ends within that time. A speaker that starts a
        phrase before its instant (a soft start, like "three") is handed them early;
        [] unless running."""
        current = self._current
        if self.state != "running" or current is None:
            return []
        until = self.clock.now() + seconds
        found: list[Upcoming] = []
        steps = self.timeline.steps
        for i, cue in enumerate(steps[current.index].cues):
            due = self._cue_due(cue)
            if i not in current.fired and due <= until and due < current.deadline:
                found.append(Upcoming(current.index, cue, due))
        following = current.index + 1
        if current.deadline <= until and following < len(steps):
            step = steps[following]
            for cue in step.cues:
                # As _enter and _fire_due_cues will fire them: a step's cues at its start
                # (`done`'s all at once), none at or past its end.
                due = current.deadline + (0.0 if step.kind == "done" else cue.at)
                if due <= until and (step.kind == "done" or cue.at < step.seconds):
                    found.append(Upcoming(following, cue, due))
        return found

    def remaining_total(self) -> float:
        """Seconds left in the whole session."""
        if self._current is None:
            return 0.0 if self.state in ("finished", "stopped") else self.timeline.total_seconds
        later = self.timeline.steps[self._current.index + 1 :]
        return self.remaining() + sum(s.seconds for s in later)

    # -- commands ---------------------------------------------------------------------

    def _allow(self, command: Command) -> State | None:
        new = TRANSITIONS.get((self.state, command))
        if new is None:
            log.info("refused %r: not possible while the session is %s", command, self.state)
        return new

    def _set_state(self, new: State) -> None:
        if new != self.state:
            old, self.state = self.state, new
            self._emit(StateChanged(old, new))

    def start(self, at_step: int = 0) -> bool:
        """Begin, at the first step or (resuming an interrupted session) at `at_step`."""
        if self._allow("start") is None:
            return False
        if not 0 <= at_step < len(self.timeline.steps):
            log.info(
                "refused 'start' at step %d: the plan has %d", at_step, len(self.timeline.steps)
            )
            return False
        self._set_state("running")
        self._enter(at_step, self.clock.now())
        self.tick()
        return True

    def pause(self) -> bool:
        if self._allow("pause") is None:
            return False
        self.tick()  # settle anything due before the pause
        if self.state != "running":
            return False
        self._paused_at = self.clock.now()
        self._set_state("paused")
        return True

    def resume(self) -> bool:
        if self._allow("resume") is None or self._current is None or self._paused_at is None:
            return False
        pause = self.clock.now() - self._paused_at
        self._current.started += pause
        self._current.deadline += pause
        self._paused_at = None
        self._set_state("running")
        self.tick()
        return True

    def toggle_pause(self) -> bool:
        return self.resume() if self.state == "paused" else self.pause()

    def next(self) -> bool:
        if self._allow("next") is None or self._current is None:
            return False
        now = self._now()
        self._finish(now, skipped=True)
        self._enter(self._current.index + 1, now)
        self.tick()
        return True

    def previous(self) -> bool:
        if self._allow("previous") is None or self._current is None:
            return False
        now = self._now()
        elapsed = now - self._current.started
        target = self._current.index
        if elapsed <= RESTART_WINDOW and target > 0:
            target -= 1
        self._finish(now, skipped=True)
        self._enter(target, now)
        self.tick()
        return True

    def adjust(self, seconds: float = ADJUST_STEP) -> bool:
        """Add (or, negative, remove) time on the current step only. A rep set changes
        by whole reps instead (`_adjust_reps`): time alone would cut reps short or add
        silence after the last count. False, with `refusal` set, when nothing changed."""
        self.refusal = None
        if self._allow("adjust") is None or self._current is None:
            return False
        step = self.timeline.steps[self._current.index]
        if step.reps is not None:
            return self._adjust_reps(step, seconds)
        now = self._now()
        new_deadline = max(self._current.deadline + seconds, now + MIN_REMAINING)
        self._move_deadline(new_deadline)
        return True

    def _adjust_reps(self, step: Step, seconds: float) -> bool:
        """Remove whole reps from the end of the set (as many as `seconds` takes, at least
        one), never the rep under way; give back removed reps. A set never gets more reps
        than planned: there are no counts for them."""
        current = self._current
        assert current is not None and step.reps is not None
        kept = current.reps if current.reps is not None else step.reps
        if not step.rep_seconds:
            return self._refuse("adjust", "This set's reps are not timed: press Right to end it.")
        whole = max(1, math.ceil(abs(seconds) / step.rep_seconds))
        if seconds > 0:
            wanted = min(step.reps, kept + whole)
            if wanted == kept:
                return self._refuse(
                    "adjust",
                    f"This set already has all its {step.reps} reps. More reps: Settings >"
                    " Adjust this routine (Ctrl+I).",
                )
        else:
            into_reps = self._now() - current.started - step.lead_in
            under_way = math.floor(into_reps / step.rep_seconds) + 1
            wanted = max(kept - whole, under_way, 1)
            if wanted >= kept:
                return self._refuse(
                    "adjust", f"Rep {kept} is the last one already: press Right to end the set."
                )
        current.reps = wanted
        self._move_deadline(current.deadline + (wanted - kept) * step.rep_seconds)
        return True

    def _move_deadline(self, new_deadline: float) -> None:
        assert self._current is not None
        self._current.adjusted += new_deadline - self._current.deadline
        self._current.deadline = new_deadline
        self._current.shown = None
        self.tick()

    def _refuse(self, command: Command, reason: str) -> bool:
        log.info("refused %r: %s", command, reason)
        self.refusal = reason
        self._emit(Refused(command, reason))
        return False

    def stop(self) -> bool:
        new = self._allow("stop")
        if new is None:
            return False
        if self._current is not None:
            self._finish(self._now(), skipped=True)
            self._current = None
        self._paused_at = None
        self._set_state(new)
        self._emit(SessionEnded("stopped", tuple(self.records)))
        return True

    # -- time -------------------------------------------------------------------------

    def tick(self) -> None:
        """Catch up with the clock: fire due cues, change the shown second, end steps."""
        while self.state == "running" and self._current is not None:
            now = self.clock.now()
            self._fire_due_cues(now)
            if now < self._current.deadline:
                self._show_second(now)
                return
            deadline = self._current.deadline
            self._finish(deadline, skipped=False)
            self._enter(self._current.index + 1, deadline)

    def _now(self) -> float:
        return self._paused_at if self._paused_at is not None else self.clock.now()

    def _enter(self, index: int, at: float) -> None:
        step = self.timeline.steps[index] if index < len(self.timeline.steps) else None
        if step is None or step.kind == "done":
            # The end: reached by time, or by `next` (even while paused).
            if step is not None:
                self._emit(StepStarted(index, step))
                for cue in step.cues:
                    self._emit(CueDue(index, cue, due=at, late=0.0))
            self._current = None
            self._paused_at = None
            self._set_state("finished")
            self._emit(SessionEnded("finished", tuple(self.records)))
            return
        self._current = _Current(index, started=at, deadline=at + step.seconds, fired=set())
        if self._paused_at is not None:  # moved while paused: the new step waits whole
            self._paused_at = at
        self._emit(StepStarted(index, step))

    def _cue_due(self, cue: Cue) -> float:
        assert self._current is not None
        step = self.timeline.steps[self._current.index]
        if cue.kind in END_ANCHORED:
            return self._current.deadline - (step.seconds - cue.at)
        return self._current.started + cue.at

    def _fire_due_cues(self, now: float) -> None:
        current = self._current
        assert current is not None
        step = self.timeline.steps[current.index]
        for i, cue in enumerate(step.cues):
            if i in current.fired:
                continue
            due = self._cue_due(cue)
            if due > now or due >= current.deadline:
                continue
            current.fired.add(i)
            late = now - due
            if late > CUE_STALE_AFTER:
                log.info("dropped stale cue %r (%.2f s late)", cue.text, late)
                continue
            self._emit(CueDue(current.index, cue, due=due, late=late))
            reps = current.reps if current.reps is not None else step.reps
            if cue.rep is not None and reps is not None and cue.rep <= reps:
                self._emit(RepStarted(current.index, cue.rep, reps))  # the first lift, or a count

    def _show_second(self, now: float) -> None:
        current = self._current
        assert current is not None
        whole = math.ceil(current.deadline - now)
        if whole != current.shown:
            current.shown = whole
            self._emit(SecondChanged(current.index, whole, current.deadline - now))

    def _finish(self, at: float, *, skipped: bool) -> None:
        current = self._current
        assert current is not None
        step = self.timeline.steps[current.index]
        reps_counted = (
            sum(1 for i in current.fired if step.cues[i].kind == "rep")
            if step.reps is not None
            else None
        )
        record = StepRecord(
            index=current.index,
            step=step,
            planned_seconds=step.seconds,
            actual_seconds=round(max(0.0, at - current.started), 3),
            adjusted_seconds=round(current.adjusted, 3),
            reps_counted=reps_counted,
            skipped=skipped,
        )
        self.records.append(record)
        self._emit(StepFinished(record))
