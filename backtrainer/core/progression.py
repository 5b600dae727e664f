"""Progression: after a session done as planned, propose the next dose of a move.

The rule, as the app states it to the user (RULE): a move with a progression target
(best-back's kettlebell swings and bent-over rows: 3 x 10 toward 3 x 20) gets STEP more
reps per set once every one of its sets in a session was done in full, and never more
than the target. Sets stay as they are: they are the block's rounds, shared by its moves.
Nothing changes until the user accepts.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from backtrainer.core.customise import RoutineSetup, customise

if TYPE_CHECKING:
    from collections.abc import Iterable

    from backtrainer.core.history import StepDone
    from backtrainer.core.model import Routine

STEP = 2
RULE = (
    f"When you finish every set of a move in full, BackTrainer proposes {STEP} more reps "
    "per set next time, up to the move's target."
)


@dataclass(frozen=True)
class Proposal:
    exercise_id: str
    name: str
    sets: int
    reps: int
    """Reps per set done in the session."""
    next_reps: int
    target_sets: int
    target_reps: int

    def describe(self) -> str:
        return (
            f"{self.name}: {self.sets} x {self.reps} done in full. Next time "
            f"{self.sets} x {self.next_reps} (target {self.target_sets} x {self.target_reps})?"
        )


def next_reps(reps: int, target: int, step: int = STEP) -> int | None:
    """The proposed reps after `reps` done in full; None once the target is reached."""
    if reps >= target:
        return None
    return min(reps + step, target)


def proposals(
    routine: Routine,
    setup: RoutineSetup,
    *,
    mode: str | None,
    completed: bool,
    steps: Iterable[StepDone],
) -> list[Proposal]:
    """What to propose after a session of `routine` done with `setup`: its `mode`, whether
    it ran to the end, and the records of its steps.

    Only a completed session counts, and only for moves whose every set on record was not
    skipped and had all its reps counted, at the dose the setup now gives (a dose changed
    since the session is not stepped up twice).
    """
    from backtrainer.core.model import Reps

    chosen = routine.mode(setup.mode if setup.mode in {m.id for m in routine.modes} else None)
    if not completed or (chosen is not None and mode != chosen.id):
        return []
    work = [s for s in steps if s.kind == "work"]
    done = customise(routine, setup)
    found = []
    for original, exercise in zip(routine.exercises(), done.exercises(), strict=True):
        progression = original.progression
        if progression is None or not isinstance(exercise.dose, Reps):
            continue
        reps = exercise.dose.reps
        sets = [s for s in work if s.exercise_id == exercise.id]
        in_full = [
            s for s in sets if not s.skipped and s.reps == reps and (s.reps_counted or 0) >= reps
        ]
        if not sets or len(in_full) != len(sets):
            continue
        proposed = next_reps(reps, progression.target.reps)
        if proposed is None:
            continue
        found.append(
            Proposal(
                exercise_id=exercise.id,
                name=exercise.name,
                sets=len({s.round for s in sets}),
                reps=reps,
                next_reps=proposed,
                target_sets=progression.target.sets,
                target_reps=progression.target.reps,
            )
        )
    return found


def accept(setup: RoutineSetup, proposal: Proposal) -> RoutineSetup:
    """`setup` with the proposal's reps as the move's dose."""
    move = dataclasses.replace(setup.move(proposal.exercise_id), reps=proposal.next_reps)
    return setup.with_move(proposal.exercise_id, move)


def same_doses(routine: Routine, setup: RoutineSetup, other: RoutineSetup) -> bool:
    """Whether a session of `routine` done with `setup` asks the same work of each move,
    set for set and rep for rep, in the same mode, as one done with `other`: a session run
    with one-off settings (the command line's) counts toward a progression only then."""
    from backtrainer.core.customise import plan_setup

    def work(chosen: RoutineSetup) -> tuple[str | None, list[tuple[object, ...]]]:
        timeline = plan_setup(routine, chosen)
        steps: list[tuple[object, ...]] = [
            (s.exercise_id, s.side, s.round, s.reps) for s in timeline.work_steps
        ]
        return timeline.mode, steps

    return setup == other or work(setup) == work(other)
