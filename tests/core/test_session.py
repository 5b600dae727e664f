"""The session state machine, driven by a fake clock."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from backtrainer.core.clock import FakeClock
from backtrainer.core.events import (
    CueDue,
    Event,
    Refused,
    RepStarted,
    SecondChanged,
    SessionEnded,
    StepFinished,
    StepStarted,
)
from backtrainer.core.planner import plan
from backtrainer.core.session import TRANSITIONS, SessionController, State
from backtrainer.core.timeline import Timeline
from tests.factories import block, exercise, routine


def timeline() -> Timeline:
    # prepare 10 | a-left 30 | switch 5 | a-right 30 | rest 10 | b 3+4*5+1=24 | done
    return plan(
        routine(
            block(exercise("a", sides="each"), exercise("b", reps=4, tempo={"up": 2, "down": 3}))
        )
    )


class Run:
    def __init__(self, tl: Timeline | None = None) -> None:
        self.clock = FakeClock()
        self.events: list[Event] = []
        self.session = SessionController(tl or timeline(), self.clock)
        self.session.subscribe(self.events.append)

    def advance(self, seconds: float, poll: float = 0.05) -> None:
        """Move the clock as a real event loop would, polling every `poll` seconds."""
        end = self.clock.now() + seconds
        while self.clock.now() + poll < end:
            self.clock.advance(poll)
            self.session.tick()
        self.clock.advance(end - self.clock.now())
        self.session.tick()

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [e for e in self.events if isinstance(e, kind)]

    def cue_texts(self) -> list[str]:
        return [e.cue.text for e in self.of(CueDue)]


def in_state(state: State) -> Run:
    run = Run()
    setup: dict[State, Callable[[], object]] = {
        "ready": lambda: None,
        "running": run.session.start,
        "paused": lambda: (run.session.start(), run.session.pause()),
        "finished": lambda: (run.session.start(), run.advance(200)),
        "stopped": run.session.stop,
    }
    setup[state]()
    assert run.session.state == state
    return run


COMMANDS = {
    "start": lambda s: s.start(),
    "pause": lambda s: s.pause(),
    "resume": lambda s: s.resume(),
    "next": lambda s: s.next(),
    "previous": lambda s: s.previous(),
    "adjust": lambda s: s.adjust(10),
    "stop": lambda s: s.stop(),
}


@pytest.mark.parametrize("state", ["ready", "running", "paused", "finished", "stopped"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_state_and_command_follows_the_table(
    state: State, command: str, caplog: pytest.LogCaptureFixture
) -> None:
    run = in_state(state)
    caplog.set_level(logging.INFO, logger="backtrainer.core.session")
    accepted = COMMANDS[command](run.session)
    expected = TRANSITIONS.get((state, command))  # type: ignore[call-overload]
    if expected is None:
        assert accepted is False
        assert run.session.state == state
        assert f"refused {command!r}" in caplog.text
    else:
        assert accepted is True
        assert run.session.state == expected


def test_the_countdown_goes_down_one_second_at_a_time() -> None:
    run = Run()
    run.session.start()
    run.advance(10)
    shown = [e.shown for e in run.of(SecondChanged) if e.index == 0]
    assert shown == [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    assert run.session.step_index == 1


def test_steps_end_on_their_deadlines_whatever_the_polling() -> None:
    """Irregular, late polls must not stretch the workout: no tick counting."""
    tl = timeline()
    run = Run(tl)
    run.session.start()
    start = run.clock.now()
    run.advance(tl.total_seconds + 1, poll=0.37)
    assert run.session.state == "finished"
    finished = [e.record for e in run.of(StepFinished)]
    assert sum(r.actual_seconds for r in finished) == pytest.approx(tl.total_seconds)
    assert [r.actual_seconds for r in finished] == [s.seconds for s in tl.steps[:-1]]
    assert run.clock.now() - start == pytest.approx(tl.total_seconds + 1)


def test_pause_keeps_the_remaining_time_to_the_millisecond() -> None:
    run = Run()
    run.session.start()
    run.advance(3.456)
    run.session.pause()
    before = run.session.remaining()
    assert before == pytest.approx(6.544, abs=1e-9)
    run.clock.advance(120)  # a long pause; no polls matter
    run.session.tick()
    assert run.session.remaining() == before
    run.session.resume()
    assert run.session.remaining() == pytest.approx(before, abs=1e-9)
    run.advance(6.5)
    assert run.session.step_index == 0
    run.advance(0.05)
    assert run.session.step_index == 1


def test_no_cue_fires_while_paused() -> None:
    run = Run()
    run.session.start()
    run.advance(6)
    run.session.pause()
    count = len(run.of(CueDue))
    run.advance(30)
    assert len(run.of(CueDue)) == count


def test_next_skips_and_records_the_partial_step() -> None:
    run = Run()
    run.session.start()
    run.advance(4)
    run.session.next()
    assert run.session.step_index == 1
    (record,) = [e.record for e in run.of(StepFinished)]
    assert (record.index, record.skipped, record.actual_seconds) == (0, True, 4)


def test_previous_restarts_the_step_after_three_seconds_else_goes_back() -> None:
    run = Run()
    run.session.start()
    run.advance(12)  # 2 s into step 1
    run.session.previous()
    assert run.session.step_index == 0
    assert run.session.remaining() == 10
    run.advance(5)
    run.session.previous()  # 5 s in: restart this step
    assert run.session.step_index == 0
    assert run.session.remaining() == 10


def test_add_and_remove_ten_seconds_on_the_current_step_only() -> None:
    tl = timeline()
    run = Run(tl)
    run.session.start()
    run.advance(11)  # 1 s into a-left (30 s)
    run.session.adjust(+10)
    assert run.session.remaining() == pytest.approx(39)
    run.session.adjust(-10)
    run.session.adjust(-10)
    assert run.session.remaining() == pytest.approx(19)
    run.session.adjust(-30)
    assert run.session.remaining() == pytest.approx(1)  # never below one second
    run.advance(1)
    record = run.of(StepFinished)[-1].record
    assert record.adjusted_seconds == pytest.approx(-28)
    assert record.skipped is False
    assert run.session.step.seconds == tl.steps[2].seconds  # next step untouched


def test_countdown_cues_follow_the_end_when_time_is_added() -> None:
    run = Run()
    run.session.start()
    run.advance(11)
    run.session.adjust(+10)
    run.advance(28)  # 29 s into what is now a 40 s step: the old end passes in silence

    def countdown() -> list[tuple[str, float]]:
        return [
            (e.cue.text, e.due)
            for e in run.of(CueDue)
            if e.index == 1 and e.cue.kind == "countdown"
        ]

    assert countdown() == []
    run.advance(10)
    start = 1000 + 10
    assert countdown() == [("three", start + 37), ("two", start + 38), ("one", start + 39)]


def test_rep_counts_end_each_rep_and_rep_events_follow_the_tempo() -> None:
    run = Run()
    run.session.start()
    run.advance(timeline().total_seconds)
    b = next(i for i, s in enumerate(run.session.timeline.steps) if s.exercise_id == "b")
    reps = [(e.rep, e.reps) for e in run.of(RepStarted)]
    assert reps == [(1, 4), (2, 4), (3, 4), (4, 4)]
    starts = [
        e.due - run.of(CueDue)[0].due
        for e in run.of(CueDue)
        if e.index == b and e.cue.kind == "rep"
    ]
    b_start = sum(s.seconds for s in run.session.timeline.steps[:b])
    assert starts == [b_start + 8, b_start + 13, b_start + 18, b_start + 23]  # each rep's end


def test_a_whole_run_speaks_every_cue_once_in_order() -> None:
    tl = timeline()
    run = Run(tl)
    run.session.start()
    run.advance(tl.total_seconds + 5, poll=0.1)
    expected = [c.text for s in tl.steps for c in s.cues]
    assert run.cue_texts() == expected
    assert run.cue_texts()[:2] == ["Get ready. Next up: A, left side, 30 seconds.", "three"]
    assert run.cue_texts()[-1] == "Done. Workout complete, well done!"
    (ended,) = run.of(SessionEnded)
    assert ended.status == "finished"
    assert [r.step.kind for r in ended.records] == [s.kind for s in tl.steps[:-1]]
    assert all(e.late < 0.1 for e in run.of(CueDue))


def test_a_stale_cue_is_dropped_not_spoken_late() -> None:
    run = Run()
    run.session.start()
    run.clock.advance(8.5)  # the loop stalled through "three" (7 s) and "two" (8 s)
    run.session.tick()
    texts = run.cue_texts()
    assert "three" not in texts
    assert texts[-1] == "two"  # half a second late: still worth saying


def test_stop_ends_with_the_records_so_far() -> None:
    run = Run()
    run.session.start()
    run.advance(15)
    run.session.stop()
    (ended,) = run.of(SessionEnded)
    assert ended.status == "stopped"
    assert [(r.index, r.skipped) for r in ended.records] == [(0, False), (1, True)]
    assert run.session.remaining_total() == 0


def test_next_from_the_last_step_while_paused_finishes() -> None:
    run = Run()
    run.session.start()
    last = len(run.session.timeline.steps) - 2
    while run.session.step_index != last:
        run.session.next()
    run.session.pause()
    run.session.next()
    assert run.session.state == "finished"
    assert isinstance(run.events[-1], SessionEnded)
    assert [e.step.kind for e in run.of(StepStarted)][-1] == "done"


def test_remaining_total_counts_down_with_the_clock() -> None:
    tl = timeline()
    run = Run(tl)
    assert run.session.remaining_total() == tl.total_seconds
    run.session.start()
    run.advance(25)
    assert run.session.remaining_total() == pytest.approx(tl.total_seconds - 25)


def test_elapsed_counts_from_the_steps_start_and_stands_still_while_paused() -> None:
    run = Run()
    assert run.session.elapsed() == 0.0
    run.session.start()
    run.advance(4)
    assert run.session.elapsed() == pytest.approx(4)
    run.session.pause()
    run.clock.advance(3)
    assert run.session.elapsed() == pytest.approx(4)
    run.session.resume()
    run.advance(7)  # the 10 s get-ready is over: 1 s into the next step
    assert run.session.step_index == 1
    assert run.session.elapsed() == pytest.approx(1)
    run.session.adjust(+10)  # time added moves the end, not the start
    assert run.session.elapsed() == pytest.approx(1)


def test_next_wakeup_is_the_next_second_change_or_cue() -> None:
    run = Run()
    assert run.session.next_wakeup() is None
    run.session.start()
    start = run.clock.now()
    assert run.session.next_wakeup() == start + 1  # shown 10 -> 9
    run.advance(6.25)
    assert run.session.next_wakeup() == pytest.approx(start + 7)  # "three" and 4 -> 3
    run.session.pause()
    assert run.session.next_wakeup() is None
    run.clock.advance(0.5)
    run.session.resume()
    assert run.session.next_wakeup() == pytest.approx(start + 7.5)  # shifted by the pause


def test_waking_only_at_next_wakeup_misses_nothing() -> None:
    """A poller that sleeps exactly until next_wakeup sees every change on time."""
    tl = timeline()
    run = Run(tl)
    run.session.start()
    while run.session.state == "running":
        wake = run.session.next_wakeup()
        assert wake is not None and wake >= run.clock.now()
        run.clock.advance(wake - run.clock.now())
        run.session.tick()
    assert [c.cue.text for c in run.of(CueDue)] == [c.text for s in tl.steps for c in s.cues]
    assert all(c.late == pytest.approx(0, abs=1e-9) for c in run.of(CueDue))
    shown = [e.shown for e in run.of(SecondChanged) if e.index == 0]
    assert shown == [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]


def test_start_at_a_later_step_resumes_there() -> None:
    tl = timeline()
    run = Run(tl)
    assert run.session.start(at_step=3)
    assert run.session.step_index == 3
    assert run.session.remaining_total() == sum(s.seconds for s in tl.steps[3:])
    assert [e.step.kind for e in run.of(StepStarted)] == ["work"]


def test_start_beyond_the_plan_is_refused() -> None:
    run = Run()
    assert not run.session.start(at_step=99)
    assert run.session.state == "ready"


def _in_rep_set(seconds_in: float) -> Run:
    """Run the plan into step 5, b: 4 reps of 5 s after a 3 s lead-in, 24 s in all."""
    run = Run()
    run.session.start()
    run.advance(10 + 30 + 5 + 30 + 10 + seconds_in)
    assert run.session.step_index == 5
    return run


def test_minus_ten_seconds_on_a_rep_set_removes_whole_reps() -> None:
    run = _in_rep_set(1)  # in the lead-in
    assert run.session.adjust(-10) is True  # 10 s / 5 s a rep: two reps fewer
    assert run.session.remaining() == pytest.approx(23 - 10)
    run.advance(13)
    record = run.of(StepFinished)[-1].record
    assert record.reps_counted == 2  # both counts heard, none cut short
    assert record.skipped is False
    assert [(e.rep, e.reps) for e in run.of(RepStarted) if e.index == 5] == [(1, 2), (2, 2)]
    assert record.adjusted_seconds == pytest.approx(-10)


def test_a_rep_is_removed_whole_even_for_less_than_its_length() -> None:
    run = _in_rep_set(1)
    assert run.session.adjust(-3) is True  # less than one rep (5 s): one rep
    assert run.session.remaining() == pytest.approx(23 - 5)


def test_minus_never_removes_the_rep_under_way_and_then_says_why() -> None:
    run = _in_rep_set(3 + 5 * 2 + 1)  # 1 s into rep three
    assert run.session.adjust(-10) is True  # only rep four can go
    assert run.session.remaining() == pytest.approx(24 - 14 - 5)
    assert run.session.adjust(-10) is False
    assert run.session.refusal == "Rep 3 is the last one already: press Right to end the set."
    refused = [e for e in run.events if isinstance(e, Refused)]
    assert refused == [Refused("adjust", run.session.refusal)]
    assert run.session.remaining() == pytest.approx(5)


def test_plus_gives_back_removed_reps_but_never_more_than_planned() -> None:
    run = _in_rep_set(1)
    run.session.adjust(-10)
    assert run.session.adjust(+3) is True  # one rep back
    assert run.session.remaining() == pytest.approx(23 - 5)
    assert run.session.adjust(+10) is True  # only one more was planned
    assert run.session.remaining() == pytest.approx(23)
    assert run.session.adjust(+10) is False
    assert run.session.refusal is not None
    assert "all its 4 reps" in run.session.refusal
    assert run.session.remaining() == pytest.approx(23)
    run.session.adjust(-3)
    assert run.session.refusal is None  # carried out: the last reason is cleared


def test_timed_steps_still_take_ten_seconds() -> None:
    run = Run()
    run.session.start()
    run.advance(10 + 30 + 5 + 1)  # 1 s into a-right
    assert run.session.step_index == 3
    assert run.session.adjust(+10) is True
    assert run.session.refusal is None


def test_cues_within_lists_what_falls_due_soon_at_its_instant() -> None:
    run = Run()
    start = run.clock.now()
    assert run.session.cues_within(1.0) == []  # not running
    run.session.start()
    run.advance(6.5)
    soon = run.session.cues_within(1.6)
    assert [(u.index, u.cue.text, u.due - start) for u in soon] == [
        (0, "three", 7.0),
        (0, "two", 8.0),
    ]
    run.advance(3.3)  # 9.8 s: "one" fired; the next step starts at 10 s
    soon = run.session.cues_within(0.5)
    assert [(u.index, u.cue.text, round(u.due - start, 6)) for u in soon] == [
        (1, "Left side, go.", 10.0)
    ]
    run.session.pause()
    assert run.session.cues_within(0.5) == []
