"""The recorder writes a session's start, each step as it ends, and the end."""

from __future__ import annotations

from backtrainer.core import history
from backtrainer.core.clock import FakeClock
from backtrainer.core.planner import plan
from backtrainer.core.session import SessionController
from backtrainer.core.settings import IntervalSettings
from backtrainer.storage.history.recorder import SessionRecorder
from tests.factories import block, exercise, routine


class MemoryStore:
    def __init__(self, fail: bool = False) -> None:
        self.records: list[history.Record] = []
        self.current: list[str | None] = []
        self.fail = fail
        self.problem: str | None = None

    def append(self, record: history.Record) -> bool:
        if self.fail:
            self.problem = "Disk full."
            return False
        self.records.append(record)
        return True

    def set_current_session(self, session_id: str | None) -> None:
        self.current.append(session_id)


def session(store: MemoryStore, **kwargs: object) -> tuple[SessionController, FakeClock]:
    clock = FakeClock()
    timeline = plan(routine(block(exercise("a", sides="each"))), IntervalSettings(work=20))
    controller = SessionController(timeline, clock)
    SessionRecorder(store, controller, IntervalSettings(work=20), now=lambda: "T", **kwargs)
    return controller, clock


def test_a_finished_session_is_recorded_step_by_step() -> None:
    store = MemoryStore()
    controller, clock = session(store)
    controller.start()
    (start,) = store.records
    assert isinstance(start, history.SessionStarted)
    assert (start.routine, start.settings, start.planned_sets) == ("test-routine", {"work": 20}, 2)
    clock.advance(10)
    controller.tick()
    assert isinstance(store.records[-1], history.StepDone)  # written as the step ended
    assert store.records[-1].kind == "prepare"
    clock.advance(100)
    controller.tick()
    kinds = [type(r).__name__ for r in store.records]
    assert kinds == [
        "SessionStarted",
        "StepDone",
        "StepDone",
        "StepDone",
        "StepDone",
        "SessionEnded",
    ]
    end = store.records[-1]
    assert isinstance(end, history.SessionEnded) and end.status == "completed"
    (replayed,) = history.replay(store.records)
    assert replayed.status == "completed" and replayed.sets_done == 2
    assert store.current == [start.session, None]


def test_a_stopped_session_ends_as_stopped_with_the_partial_step() -> None:
    store = MemoryStore()
    controller, clock = session(store)
    controller.start()
    clock.advance(15)
    controller.tick()
    controller.stop()
    (replayed,) = history.replay(store.records)
    assert replayed.status == "stopped"
    assert [(s.kind, s.skipped) for s in replayed.steps] == [("prepare", False), ("work", True)]


def test_a_failing_store_does_not_stop_the_workout() -> None:
    store = MemoryStore(fail=True)
    problems: list[str] = []
    controller, clock = session(store, on_problem=problems.append)
    controller.start()
    clock.advance(200)
    controller.tick()
    assert controller.state == "finished"
    assert problems and "Disk full." in problems[0] and "retried" in problems[0]


def test_a_resumed_session_names_the_one_it_continues() -> None:
    store = MemoryStore()
    controller, _ = session(store, resumed_from="old", start_step=3)
    controller.start(at_step=3)
    start = store.records[0]
    assert isinstance(start, history.SessionStarted)
    assert (start.resumed_from, start.start_step) == ("old", 3)
