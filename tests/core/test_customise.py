"""A user's setup laid over a routine: per-move doses, variations, mode, intervals."""

from __future__ import annotations

import pytest

from backtrainer.core.customise import (
    MoveSetup,
    RoutineSetup,
    customise,
    plan_setup,
    uses_work_time,
)
from backtrainer.core.model import Routine
from backtrainer.core.settings import IntervalSettings, SettingsError
from tests.factories import block, exercise, routine


def two_moves() -> Routine:
    stretch = exercise("stretch", seconds=30)
    stretch["variations"] = [{"level": "easier", "name": "Wall stretch"}]
    row = exercise("row", reps=10)
    row["variations"] = [
        {
            "level": "easier",
            "name": "Supported row",
            "instructions": ["Rest a hand on the bench."],
            "dose": {"type": "timed", "seconds": 20},
            "sides": "each",
        }
    ]
    return routine(block(stretch, row))


def test_an_empty_setup_plans_the_routine_as_written() -> None:
    r = two_moves()
    assert customise(r, RoutineSetup()) is r


def test_per_move_overrides_change_only_that_move() -> None:
    r = two_moves()
    setup = RoutineSetup(moves={"stretch": MoveSetup(seconds=60), "row": MoveSetup(reps=6)})
    timeline = plan_setup(r, setup)
    doses = [(s.exercise_id, s.dose) for s in timeline.work_steps]
    assert doses == [("stretch", "60 s"), ("row", "6 reps")]


def test_a_move_override_wins_over_the_global_work_time() -> None:
    r = two_moves()
    setup = RoutineSetup(
        intervals=IntervalSettings(work=45),
        moves={"stretch": MoveSetup(seconds=50)},
    )
    timed = plan_setup(r, setup).work_steps[0]
    assert timed.seconds == 50


def test_a_variation_replaces_name_form_dose_and_sides_and_is_spoken() -> None:
    r = two_moves()
    setup = RoutineSetup(moves={"row": MoveSetup(variation="Supported row")})
    done = customise(r, setup)
    row = done.exercises()[1]
    assert (row.name, row.instructions, row.sides) == (
        "Supported row",
        ["Rest a hand on the bench."],
        "each",
    )
    timeline = plan_setup(r, setup)
    works = [(s.exercise, s.side, s.seconds) for s in timeline.work_steps]
    assert works[1:] == [("Supported row", "left", 20), ("Supported row", "right", 20)]
    assert any("Supported row" in text for text in timeline.phrases())


def test_a_variation_that_names_its_first_side_starts_the_move_there() -> None:
    row = exercise("row", sides="seesaw", reps=8)
    row["variations"] = [
        {"level": "easier", "name": "Single-arm row", "sides": "each", "first_side": "right"}
    ]
    march = exercise("march", reps=12)
    march["first_side"] = "right"
    march["variations"] = [{"level": "easier", "name": "Slow march"}]
    r = routine(block(row, march))
    assert [e.first_side for e in r.exercises()] == [None, "right"]
    setup = RoutineSetup(
        moves={
            "row": MoveSetup(variation="Single-arm row"),
            "march": MoveSetup(variation="Slow march"),
        }
    )
    done = customise(r, setup).exercises()
    assert [(e.name, e.sides, e.first_side) for e in done] == [
        ("Single-arm row", "each", "right"),
        ("Slow march", "both", "right"),  # no side of its own: the move's
    ]


def test_a_variation_without_its_own_dose_keeps_the_move_dose_and_takes_overrides() -> None:
    r = two_moves()
    setup = RoutineSetup(moves={"stretch": MoveSetup(variation="Wall stretch", seconds=40)})
    step = plan_setup(r, setup).work_steps[0]
    assert (step.exercise, step.seconds) == ("Wall stretch", 40)


def test_stale_choices_are_ignored_not_fatal() -> None:
    r = two_moves()
    setup = RoutineSetup(
        mode="gone",
        moves={"row": MoveSetup(variation="No such row"), "removed-move": MoveSetup(reps=3)},
    )
    timeline = plan_setup(r, setup)
    assert [s.exercise for s in timeline.work_steps] == ["Stretch", "Row"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"seconds": 4}, "seconds"),
        ({"seconds": 901}, "seconds"),
        ({"reps": 0}, "reps"),
        ({"reps": 101}, "reps"),
        ({"reps": 2.5}, "reps"),
        ({"reps": True}, "reps"),
    ],
)
def test_move_values_outside_the_format_are_refused_with_the_field(
    values: dict[str, object], field: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        MoveSetup(**values)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_moves_at_their_defaults_are_not_kept() -> None:
    setup = RoutineSetup(moves={"a": MoveSetup(), "b": MoveSetup(reps=5)})
    assert dict(setup.moves) == {"b": MoveSetup(reps=5)}
    assert setup.without_moves().moves == {}
    assert setup.with_move("b", MoveSetup()).moves == {}


def test_the_work_time_is_used_only_by_a_move_that_takes_it() -> None:
    reps = block(exercise("row", reps=10))
    assert not uses_work_time(routine(reps), RoutineSetup())
    held = block(exercise("stretch", seconds=30), name="Cool-down", role="cooldown")
    assert not uses_work_time(routine(reps, held), RoutineSetup())  # its own length
    assert uses_work_time(routine(reps, block(exercise("plank"))), RoutineSetup())
    plank = RoutineSetup(moves={"plank": MoveSetup(seconds=40)})
    assert not uses_work_time(routine(reps, block(exercise("plank"))), plank)


def test_uses_work_time_agrees_with_the_plan_for_every_bundled_mode_and_variation() -> None:
    from backtrainer.storage.routines import RoutineLibrary

    seen = set()
    for loaded in RoutineLibrary.load().routines.values():
        every = loaded.routine
        choices = [MoveSetup()] + [
            MoveSetup(variation=v.name) for e in every.exercises() for v in e.variations
        ]
        varied = [e.id for e in every.exercises() for _v in e.variations]
        for mode in [m.id for m in every.modes] or [None]:
            for n, move in enumerate(choices):
                moves = {varied[n - 1]: move} if n else {}
                setups = [
                    RoutineSetup(intervals=IntervalSettings(work=w), mode=mode, moves=moves)
                    for w in (20, 40)
                ]
                plans = [[s.seconds for s in plan_setup(every, x).work_steps] for x in setups]
                uses = uses_work_time(every, setups[0])
                assert uses == (plans[0] != plans[1]), (every.id, mode, move)
                seen.add(uses)
    assert seen == {True, False}
