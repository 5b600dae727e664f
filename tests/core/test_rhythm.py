"""Where a rep set is at a moment (core/rhythm.py), checked against the cues core/tempo.py
lays out from the same step: the screen's tempo must move with what is heard."""

from __future__ import annotations

from typing import Any

import pytest

from backtrainer.core.cues import CueOptions
from backtrainer.core.planner import plan
from backtrainer.core.rhythm import first_side, moment, side_named
from backtrainer.core.timeline import Step
from tests.factories import block, exercise, routine


def rep_step(style: str = "words", **move: Any) -> Step:
    sides = move.pop("sides", "both")
    extra = {k: move.pop(k) for k in ("first_side",) if k in move}
    r = routine(block({**exercise("m", sides=sides, **move), **extra}))
    step = plan(r, cues=CueOptions(tempo=style)).work_steps[0]  # type: ignore[arg-type]
    return step


def test_the_lift_rises_holds_and_falls_with_up_hold_and_down() -> None:
    step = rep_step(reps=3, tempo={"up": 2, "hold": 1, "down": 4, "rest": 1})
    start = step.lead_in
    assert moment(step, start - 0.5) == moment(step, 0)
    assert moment(step, 0).rep == 0 and moment(step, 0).phase == "lead-in"
    assert moment(step, start + 1).phase == "up"
    assert moment(step, start + 1).lift == pytest.approx(0.5)
    assert moment(step, start + 2.5).phase == "hold"
    assert moment(step, start + 2.5).lift == 1.0
    assert moment(step, start + 4).phase == "down"
    assert moment(step, start + 4).lift == pytest.approx(0.75)
    assert moment(step, start + 7.5).phase == "rest"
    assert moment(step, start + 7.5).lift == 0.0
    assert moment(step, start + 8.5).rep == 2  # after the count "one"
    assert moment(step, start + 100).phase == "after"
    assert moment(step, start + 100).rep == 3


def test_the_phases_change_on_the_instants_of_their_cues() -> None:
    step = rep_step(reps=2, tempo={"up": 2, "hold": 1, "down": 3})
    words = {"up": "up", "hold": "hold", "down": "down", "one": "up"}
    for cue in step.cues:
        if cue.text in words:
            assert moment(step, cue.at + 0.01).phase == words[cue.text], cue
        if cue.rep is not None:
            assert moment(step, cue.at + 0.01).rep == cue.rep, cue


def test_an_alternating_rep_works_its_first_side_then_the_other() -> None:
    step = rep_step(sides="alternating", reps=2, tempo={"up": 1, "down": 2})
    half = (step.rep_seconds or 0) / 2
    start = step.lead_in
    assert moment(step, 0).side == "left"  # the side about to start
    assert moment(step, start + 0.5).side == "left"
    assert moment(step, start + half + 0.5).side == "right"
    assert moment(step, start + half + 0.5).phase == "up"
    assert moment(step, start + 2 * half + 0.5).side == "left"
    for cue in step.cues:  # the screen shows the side the voice just named
        named = side_named(cue.text)
        if named is not None:
            assert moment(step, cue.at + 0.01).side == named, cue


def test_an_alternating_move_may_start_on_the_right() -> None:
    step = rep_step(sides="alternating", reps=2, first_side="right")
    assert first_side(step.cues) == "right"
    assert moment(step, step.lead_in + 0.1).side == "right"


def test_a_seesaw_rep_hands_over_when_the_first_side_stops_holding() -> None:
    step = rep_step(sides="seesaw", reps=2, tempo={"up": 2, "hold": 1, "down": 2})
    start = step.lead_in
    assert moment(step, start + 2.5).side == "left"
    assert moment(step, start + 3.5).side == "right"
    for cue in step.cues:
        named = side_named(cue.text)
        if named is not None:
            assert moment(step, cue.at + 0.01).side == named, cue


def test_one_sided_and_timed_steps_keep_their_own_side() -> None:
    step = rep_step(sides="each", reps=2)
    assert step.side == "left"
    assert {moment(step, t / 2).side for t in range(40)} == {"left"}
    timed = rep_step(sides="alternating", seconds=30)
    assert moment(timed, 10).side is None
    assert moment(timed, 10).phase == "lead-in"


def test_the_side_a_cue_names() -> None:
    assert side_named("left") == "left"
    assert side_named("Four, right.") == "right"
    assert side_named("Twenty-one, left.") == "left"
    assert side_named("Left side, go.") is None
    assert side_named("Renegade row, left.") is None
    assert side_named("down") is None
