"""Tempo you can hear: when to lift, hold and lower, which side, and the count at the end
of each rep, so that after the last number the set is over (core/tempo.py, via the plan)."""

from __future__ import annotations

from typing import Any

from backtrainer.core import phrases
from backtrainer.core.clock import FakeClock
from backtrainer.core.cues import LEAD_IN, REP_TAIL, CueOptions
from backtrainer.core.planner import plan
from backtrainer.core.session import SessionController
from backtrainer.core.timeline import Step
from tests.factories import block, exercise, routine


def rep_step(style: str = "words", **move: Any) -> Step:
    sides = move.pop("sides", "both")
    extra = {k: move.pop(k) for k in ("first_side",) if k in move}
    r = routine(block({**exercise("m", sides=sides, **move), **extra}))
    (step,) = plan(r, cues=CueOptions(tempo=style)).work_steps  # type: ignore[arg-type]
    return step


def rhythm(step: Step) -> list[tuple[float, str]]:
    return [(c.at, c.text) for c in step.cues if c.kind in ("tempo", "rep")]


def test_up_hold_down_each_rep_and_the_count_at_its_end() -> None:
    step = rep_step(reps=3, tempo={"up": 2, "hold": 1, "down": 3})
    assert step.lead_in == LEAD_IN
    assert rhythm(step) == [
        (3, "up"), (5, "hold"), (6, "down"), (9, "one"),
        (11, "hold"), (12, "down"), (15, "two"),
        (17, "hold"), (18, "down"), (21, "three"),
    ]  # fmt: skip
    assert step.seconds == LEAD_IN + 18 + REP_TAIL  # "three", then the set is over
    assert [c.rep for c in step.cues if c.rep] == [1, 2, 3]  # the lift, then each count


def test_sounds_put_tones_for_up_hold_and_down_and_keep_the_counts() -> None:
    step = rep_step("sounds", reps=2, tempo={"up": 1, "hold": 1, "down": 1})
    assert [t for _, t in rhythm(step)] == [
        phrases.TONE_UP, phrases.TONE_HOLD, phrases.TONE_DOWN, "one",
        phrases.TONE_HOLD, phrases.TONE_DOWN, "two",
    ]  # fmt: skip


def test_numbers_say_the_counts_alone() -> None:
    step = rep_step("numbers", reps=3, tempo={"up": 2, "down": 2})
    assert rhythm(step) == [(7, "one"), (11, "two"), (15, "three")]


def test_alternating_says_the_side_of_every_rep() -> None:
    step = rep_step(sides="alternating", reps=2, tempo={"up": 2, "down": 2})
    assert rhythm(step) == [
        (3, "left"), (5, "down"), (7, "right"), (9, "down"),
        (11, "One, left."), (13, "down"), (15, "right"), (17, "down"), (19, "two"),
    ]  # fmt: skip


def test_a_move_starts_on_the_side_its_source_says() -> None:
    step = rep_step(sides="alternating", reps=1, tempo={"up": 1, "down": 1}, first_side="right")
    assert [t for _, t in rhythm(step)][:3] == ["right", "down", "left"]
    r = routine(block({**exercise("e", sides="each"), "first_side": "right"}))
    assert [s.side for s in plan(r).work_steps] == ["right", "left"]


def test_seesaw_counts_a_pull_on_each_side_as_one_rep_in_one_tempo() -> None:
    step = rep_step(sides="seesaw", reps=2, tempo={"up": 2, "down": 2})
    assert step.rep_seconds == 4  # not twice: both arms move at once
    assert rhythm(step) == [(3, "left"), (5, "right"), (7, "One, left."), (9, "right"), (11, "two")]
    assert step.dose == "2 reps each side"


def test_a_fast_tempo_turns_words_into_tones_before_anything_is_cut() -> None:
    step = rep_step(reps=3, tempo={"up": 0.5, "hold": 0.5, "down": 0.5})
    texts = [t for _, t in rhythm(step)]
    assert [t for t in texts if t in ("one", "two", "three")] == ["one", "two", "three"]
    assert set(texts) & set(phrases.TONES)  # the words did not fit their half seconds


def test_next_ends_an_as_many_as_comfortable_set_and_the_reps_done_are_recorded() -> None:
    r = routine(block(exercise("ext", reps=12, tempo={"up": 1, "down": 1}, to_comfort=True)))
    timeline = plan(r)
    clock = FakeClock()
    session = SessionController(timeline, clock)
    session.start()
    work = timeline.steps[1]
    for _ in range(int((timeline.steps[0].seconds + work.lead_in + 3 * 2 + 0.5) * 20)):
        clock.advance(0.05)
        session.tick()
    session.next()  # the runner has done three and felt a slight strain
    record = next(r for r in session.records if r.step.kind == "work")
    assert record.reps_counted == 3
