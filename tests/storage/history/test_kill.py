"""Kill -9 in the middle of a workout, many times: every step the writer reported as saved
is still there, nothing else is damaged, and the session shows as interrupted.

The child runs the real thing minus the window: a SessionController over the plan of a
bundled routine, driven by a FakeClock as fast as it goes, writing each finished step
through the real HistoryStore and printing "written <session> <index>" once the append
has returned (flushed and fsynced). The parent kills it at random moments, checks the
files, and starts the next child on the same folder, which repairs what the kill left.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from backtrainer.core.history import decode
from backtrainer.storage.history.store import HistoryStore

RUNS = 25

CHILD = """
import sys, uuid
from datetime import datetime, timezone
from backtrainer.core.clock import FakeClock
from backtrainer.core.events import StepFinished
from backtrainer.core.history import SessionEnded, SessionStarted, StepDone
from backtrainer.core.planner import plan
from backtrainer.core.session import SessionController
from backtrainer.core.settings import IntervalSettings
from backtrainer.storage import paths
from backtrainer.storage.history.store import HistoryStore
from backtrainer.storage.routines import load_routine

timeline = plan(load_routine(paths.bundled_routines_dir() / "one-dumbbell-back.json"),
                IntervalSettings(), None)
store = HistoryStore()
assert store.open_for_writing(), store.problem
for old in store.interrupted():  # what the app does when the user keeps them as they are
    assert store.mark_interrupted(old), store.problem
print("opened", flush=True)

def now():
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")

while True:
    session = uuid.uuid4().hex
    assert store.append(SessionStarted(session=session, routine=timeline.routine_id,
        title=timeline.title, started_at=now(), planned_seconds=timeline.total_seconds,
        planned_sets=len(timeline.work_steps)))
    print("started", session, flush=True)
    clock = FakeClock()
    controller = SessionController(timeline, clock)

    def on_event(event, session=session):
        if isinstance(event, StepFinished):
            r, s = event.record, event.record.step
            assert store.append(StepDone(session=session, index=r.index, kind=s.kind,
                exercise=s.exercise, exercise_id=s.exercise_id, side=s.side, round=s.round,
                planned_seconds=r.planned_seconds, actual_seconds=r.actual_seconds,
                reps=s.reps, reps_counted=r.reps_counted, skipped=r.skipped)), store.problem
            print("written", session, r.index, flush=True)

    controller.subscribe(on_event)
    controller.start()
    while controller.state == "running":
        clock.advance(max(0.0, controller.next_wakeup() - clock.now()))
        controller.tick()
    assert store.append(SessionEnded(session=session, status="completed", ended_at=now()))
    print("ended", session, flush=True)
"""


@dataclass
class Reported:
    """What the children said they had saved, over all runs."""

    written: dict[str, list[int]] = field(default_factory=dict)
    ended: set[str] = field(default_factory=set)
    killed_in: list[str] = field(default_factory=list)
    """The sessions the kills interrupted (their start was reported, not their end)."""
    last_killed: str | None = None
    """The session the latest kill interrupted, if it came mid-session."""

    def read(self, output: str) -> None:
        current = None
        # The last line may be cut short (the kill came while it was being printed):
        # a step counts as reported only once its whole line is out.
        for line in output.split("\n")[:-1]:
            word, *rest = line.split()
            if word == "started":
                current = rest[0]
                self.written[current] = []
            elif word == "written":
                self.written[rest[0]].append(int(rest[1]))
            elif word == "ended":
                self.ended.add(rest[0])
                current = None
        if current is not None:
            self.killed_in.append(current)
        self.last_killed = current


def run_and_kill(rng: random.Random, reported: Reported) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        output = ""
        if rng.random() < 0.2:  # anywhere, start-up and repair included
            time.sleep(rng.uniform(0.0, 0.15))
        else:  # mid-session, where appends are
            output = child.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.04))
        child.send_signal(signal.SIGKILL)
        output += child.stdout.read()  # (communicate() would skip what readline buffered)
        assert child.wait(timeout=10) == -signal.SIGKILL, output
    reported.read(output)


def plan_steps() -> int:
    """Steps the child records per session (the final "done" step is not one)."""
    from backtrainer.core.planner import plan
    from backtrainer.core.settings import IntervalSettings
    from backtrainer.storage import paths
    from backtrainer.storage.routines import load_routine

    routine = load_routine(paths.bundled_routines_dir() / "one-dumbbell-back.json")
    return sum(1 for step in plan(routine, IntervalSettings(), None).steps if step.kind != "done")


def check_files(log: Path, reported: Reported, context: str) -> None:
    data = log.read_bytes()
    lines = data.split(b"\n")
    # Complete lines all decode; at most the last one (no newline after it) is torn.
    for line in lines[1:-1]:
        decode(line)
    sessions = {s.id: s for s in HistoryStore(log.parent).sessions()}
    for session, indexes in reported.written.items():
        on_disk = [step.index for step in sessions[session].steps]
        assert on_disk == list(range(len(on_disk))), f"{context}: repeated or missing steps"
        # Every reported step, plus at most the one saved just before the kill.
        assert on_disk[: len(indexes)] == indexes, f"{context}: lost steps of {session}"
        assert len(on_disk) - len(indexes) in (0, 1), f"{context}: {session}"
    for session in reported.ended:
        assert sessions[session].status == "completed", context
    for session in reported.killed_in:
        if sessions[session].status == "completed":  # saved; the kill came before "ended"
            assert len(sessions[session].steps) == plan_steps(), context
        else:
            assert sessions[session].status == "interrupted", context
    last = sessions.get(reported.last_killed or "")
    if last is not None and last.status == "interrupted":  # nobody has looked at it since
        assert last.ended_at is None, context


def test_kill_minus_nine_loses_no_reported_step(data_dir: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    log = data_dir / "history" / "history.jsonl"
    reported = Reported()
    for run in range(RUNS):
        run_and_kill(rng, reported)
        if log.exists():
            check_files(log, reported, f"seed {seed}, run {run}")
    assert sum(len(i) for i in reported.written.values()) > RUNS, "the kills came too early"

    store = HistoryStore()  # the writer that comes next repairs any torn line
    assert store.open_for_writing(), store.problem
    interrupted = {s.id for s in store.interrupted()}
    last = {s.id: s for s in store.sessions()}.get(reported.last_killed or "")
    store.close()
    data = log.read_bytes()
    assert data.endswith(b"\n")
    for line in data.split(b"\n")[1:-1]:
        decode(line)
    if last is not None and last.status != "completed":
        assert last.id in interrupted
    check_files(log, reported, f"seed {seed}, at the end")
