"""Progression: the stated rule at its bounds, and what counts as a session done in full."""

from __future__ import annotations

from typing import Any

import pytest

from backtrainer.core.customise import MoveSetup, RoutineSetup, plan_setup
from backtrainer.core.history import Session, StepDone
from backtrainer.core.model import Routine
from backtrainer.core.progression import STEP, Proposal, accept, next_reps, proposals
from tests.factories import block, exercise, routine


@pytest.mark.parametrize(
    ("reps", "target", "expected"),
    [(10, 20, 12), (18, 20, 20), (19, 20, 20), (20, 20, None), (22, 20, None)],
)
def test_next_reps_adds_a_step_and_never_passes_the_target(
    reps: int, target: int, expected: int | None
) -> None:
    assert STEP == 2
    assert next_reps(reps, target) == expected


def swings() -> Routine:
    swing = exercise("swing", reps=10)
    swing["progression"] = {"start": {"sets": 3, "reps": 10}, "target": {"sets": 3, "reps": 20}}
    return routine(block(swing, exercise("plank", seconds=30), rounds=3))


def session_of(r: Routine, setup: RoutineSetup, **changes: Any) -> Session:
    status = changes.pop("status", "completed")
    steps = []
    for index, step in enumerate(plan_setup(r, setup).steps):
        if step.kind != "work":
            continue
        done = StepDone(
            session="s",
            index=index,
            kind="work",
            exercise=step.exercise,
            exercise_id=step.exercise_id,
            round=step.round,
            planned_seconds=step.seconds,
            actual_seconds=step.seconds,
            reps=step.reps,
            reps_counted=step.reps,
        )
        steps.append(done)
    if "short_round" in changes:
        n = changes.pop("short_round")
        steps = [
            StepDone(**{**_fields(s), "reps_counted": 4}) if s.round == n and s.reps else s
            for s in steps
        ]
    return Session(
        id="s",
        routine=r.id,
        title=r.title,
        mode=None,
        started_at="2026-11-21T10:00:00+00:00",
        status=status,
        planned_seconds=0,
        planned_sets=len(steps),
        settings={},
        steps=steps,
    )


def propose(r: Routine, setup: RoutineSetup, session: Session) -> list[Proposal]:
    return proposals(
        r,
        setup,
        mode=session.mode,
        completed=session.status == "completed",
        steps=session.steps,
    )


def _fields(step: StepDone) -> dict[str, Any]:
    return {f: getattr(step, f) for f in step.__struct_fields__}


def test_a_session_done_in_full_proposes_two_more_reps_and_accepting_applies_it() -> None:
    r, setup = swings(), RoutineSetup()
    [proposal] = propose(r, setup, session_of(r, setup))
    assert (proposal.exercise_id, proposal.sets, proposal.reps, proposal.next_reps) == (
        "swing",
        3,
        10,
        12,
    )
    assert "3 x 12" in proposal.describe()
    accepted = accept(setup, proposal)
    assert accepted.move("swing") == MoveSetup(reps=12)
    assert [s.reps for s in plan_setup(r, accepted).work_steps if s.reps] == [12, 12, 12]


def test_at_the_target_nothing_is_proposed() -> None:
    r = swings()
    setup = RoutineSetup(moves={"swing": MoveSetup(reps=20)})
    assert propose(r, setup, session_of(r, setup)) == []


def test_one_short_set_or_a_stopped_session_proposes_nothing() -> None:
    r, setup = swings(), RoutineSetup()
    assert propose(r, setup, session_of(r, setup, short_round=2)) == []
    assert propose(r, setup, session_of(r, setup, status="stopped")) == []


def test_a_dose_changed_since_the_session_is_not_stepped_up_again() -> None:
    r, setup = swings(), RoutineSetup()
    done_at_ten = session_of(r, setup)
    assert propose(r, RoutineSetup(moves={"swing": MoveSetup(reps=12)}), done_at_ten) == []
