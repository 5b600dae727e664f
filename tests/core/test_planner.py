"""The planner: structure, sides, rounds, tempo-paced reps and the cues it schedules."""

from __future__ import annotations

import pytest

from backtrainer.core.cues import LEAD_IN, REP_TAIL
from backtrainer.core.planner import plan
from backtrainer.core.settings import IntervalSettings, SettingsError
from backtrainer.core.timeline import Step, Timeline
from tests.factories import block, exercise, routine


def kinds(timeline: Timeline) -> list[str]:
    return [s.kind for s in timeline.steps]


def works(timeline: Timeline) -> list[tuple[str | None, str | None, int | None]]:
    return [(s.exercise_id, s.side, s.round) for s in timeline.work_steps]


def texts(step: Step) -> list[tuple[float, str]]:
    return [(c.at, c.text) for c in step.cues]


def test_prepare_first_done_last_and_total() -> None:
    timeline = plan(routine(block(exercise("a"), exercise("b"))))
    assert kinds(timeline) == ["prepare", "work", "rest", "work", "done"]
    assert [s.seconds for s in timeline.steps] == [10, 30, 10, 30, 0]
    assert timeline.total_seconds == 80


def test_each_side_per_move_gives_equal_pairs_with_a_switch() -> None:
    timeline = plan(routine(block(exercise("a", sides="each"), exercise("b", sides="each"))))
    assert works(timeline) == [
        ("a", "left", 1),
        ("a", "right", 1),
        ("b", "left", 1),
        ("b", "right", 1),
    ]
    assert kinds(timeline)[1:4] == ["work", "switch", "work"]
    left, right = timeline.work_steps[:2]
    assert left.seconds == right.seconds


def test_first_side_can_be_right() -> None:
    timeline = plan(routine(block(exercise("a", sides="each"), first_side="right")))
    assert [s.side for s in timeline.work_steps] == ["right", "left"]


def test_per_round_side_order_does_the_circuit_on_one_side_then_the_other() -> None:
    timeline = plan(
        routine(
            block(exercise("a", sides="each"), exercise("b", sides="each"), side_order="per_round"),
            rounds=2,
        )
    )
    assert works(timeline) == [
        ("a", "left", 1),
        ("b", "left", 1),
        ("a", "right", 1),
        ("b", "right", 1),
        ("a", "left", 2),
        ("b", "left", 2),
        ("a", "right", 2),
        ("b", "right", 2),
    ]
    assert kinds(timeline).count("switch") == 2
    assert kinds(timeline).count("round_rest") == 1


def test_alternating_is_one_step_counting_pairs() -> None:
    timeline = plan(
        routine(block(exercise("a", sides="alternating", reps=10, tempo={"up": 1, "down": 2})))
    )
    (step,) = timeline.work_steps
    assert step.side == "alternating"
    assert step.reps == 10
    assert step.rep_seconds == 6  # one rep each side, 3 s each
    assert step.seconds == LEAD_IN + 60 + REP_TAIL


def test_rounds_with_rest_between_rounds_not_after_the_last() -> None:
    timeline = plan(routine(block(exercise("a"), exercise("b")), rounds=3, round_rest=45))
    assert [s.round for s in timeline.work_steps] == [1, 1, 2, 2, 3, 3]
    rests = [s for s in timeline.steps if s.kind == "round_rest"]
    assert [(s.round, s.rounds, s.seconds) for s in rests] == [(1, 3, 45), (2, 3, 45)]


def test_straight_block_does_every_set_of_a_move_before_the_next() -> None:
    timeline = plan(
        routine(
            block(exercise("a", reps=10), exercise("b", reps=10), structure="straight"), rounds=3
        )
    )
    assert works(timeline) == [
        ("a", None, 1),
        ("a", None, 2),
        ("a", None, 3),
        ("b", None, 1),
        ("b", None, 2),
        ("b", None, 3),
    ]
    assert {s.round_unit for s in timeline.work_steps} == {"set"}


def test_supersets_each_run_their_rounds_then_rest_after() -> None:
    timeline = plan(
        routine(
            block(
                exercise("a1", reps=8),
                exercise("a2", reps=8),
                name="A",
                structure="superset",
                rounds=2,
                rest_between_moves=5,
                rest_between_rounds=20,
                rest_after=60,
            ),
            block(
                exercise("b1", reps=8),
                exercise("b2", reps=8),
                name="B",
                structure="superset",
                rounds=2,
                rest_between_moves=5,
                rest_between_rounds=20,
            ),
        )
    )
    assert [w[0] for w in works(timeline)] == ["a1", "a2", "a1", "a2", "b1", "b2", "b1", "b2"]
    gaps = [(s.kind, s.seconds) for s in timeline.steps if s.kind in ("rest", "round_rest")]
    assert gaps == [
        ("rest", 5),
        ("round_rest", 20),
        ("rest", 5),
        ("rest", 60),
        ("rest", 5),
        ("round_rest", 20),
        ("rest", 5),
    ]


def test_warmup_keeps_its_own_doses_when_the_user_changes_main_settings() -> None:
    r = routine(
        block(exercise("stretch", seconds=30), name="Warm-up", role="warmup"),
        block(exercise("work-move"), name="Main"),
    )
    timeline = plan(r, IntervalSettings(work=45, rounds=2))
    assert [(s.exercise_id, s.seconds, s.round) for s in timeline.work_steps] == [
        ("stretch", 30, 1),
        ("work-move", 45, 1),
        ("work-move", 45, 2),
    ]


def test_tempo_sets_the_length_of_a_rep_set_and_the_scale_stretches_it() -> None:
    tempo = {"up": 2, "hold": 1, "down": 3}
    r = routine(block(exercise("raise", reps=10, tempo=tempo)))
    (step,) = plan(r).work_steps
    assert step.rep_seconds == 6
    assert step.seconds == LEAD_IN + 60 + REP_TAIL
    (slow,) = plan(r, IntervalSettings(tempo_scale=1.5)).work_steps
    assert slow.seconds == LEAD_IN + 90 + REP_TAIL
    assert slow.tempo is not None and slow.tempo.down == 4.5


def test_timed_work_cues_announce_halfway_and_count_down() -> None:
    (step,) = plan(routine(block(exercise("hold", sides="each")))).work_steps[:1]
    assert texts(step) == [
        (0, "Left side, go."),  # the move itself was announced in the get-ready
        (15, "Halfway."),
        (27, "three"),
        (28, "two"),
        (29, "one"),
    ]


def test_a_short_rest_says_rest_and_next_up_at_once() -> None:
    timeline = plan(routine(block(exercise("a"), exercise("b")), rest=10))
    assert texts(timeline.steps[2])[0] == (0, "Rest. Next up: B, 30 seconds.")


def test_switch_between_two_sides_of_one_move_only_says_switch() -> None:
    timeline = plan(routine(block(exercise("a", sides="each"))))
    switch = timeline.steps[2]
    assert switch.kind == "switch"
    assert texts(switch)[0] == (0, "Switch sides.")


def test_round_rest_says_round_done_and_which_round_comes() -> None:
    timeline = plan(routine(block(exercise("a")), rounds=2, round_rest=60))
    rest = next(s for s in timeline.steps if s.kind == "round_rest")
    assert texts(rest)[:2] == [
        (0, "Round 1 of 2 done. Rest 1 minute."),
        (50, "Round 2 of 2. Next up: A, 30 seconds."),
    ]


def test_prepare_names_the_first_move_and_done_says_done() -> None:
    timeline = plan(routine(block(exercise("a"))))
    assert texts(timeline.steps[0])[0] == (0, "Get ready. Next up: A, 30 seconds.")
    assert texts(timeline.steps[-1]) == [(0, "Done. Workout complete, well done!")]


def test_cues_stay_inside_their_step_and_in_order() -> None:
    r = routine(
        block(exercise("a", sides="each"), exercise("b", reps=5, sides="alternating")), rounds=2
    )
    for step in plan(r).steps:
        ats = [c.at for c in step.cues]
        assert ats == sorted(ats)
        assert all(0 <= at < max(step.seconds, 0.001) for at in ats), step


def test_zero_rest_drops_the_step() -> None:
    timeline = plan(routine(block(exercise("a"), exercise("b"))), IntervalSettings(rest=0))
    assert kinds(timeline) == ["prepare", "work", "work", "done"]


def test_user_settings_win_over_the_block_and_the_routine() -> None:
    r = routine(block(exercise("a"), exercise("b"), rounds=3, rest_between_moves=20), rounds=2)
    default = plan(r)
    assert len(default.work_steps) == 6
    assert default.steps[2].seconds == 20
    mine = plan(r, IntervalSettings(rounds=1, rest=12))
    assert len(mine.work_steps) == 2
    assert mine.steps[2].seconds == 12


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("work", 0, "between 5 and 900"),
        ("rounds", 50, "between 1 and 20"),
        ("rest", -1, "between 0 and 600"),
        ("tempo_scale", 3.0, "between 0.5 and 2"),
        ("work", 30.5, "whole number"),
    ],
)
def test_out_of_range_settings_are_refused(field: str, value: float, reason: str) -> None:
    with pytest.raises(SettingsError, match=reason) as info:
        IntervalSettings(**{field: value})
    assert info.value.field == field


def test_timed_mode_turns_rep_moves_into_timed_work() -> None:
    import msgspec

    from backtrainer.core.model import Mode

    r = routine(block(exercise("a", reps=10)))
    mode = Mode(id="conditioning", name="Conditioning", description="Timed.", timed=True)
    r = msgspec.structs.replace(r, modes=[mode])
    (step,) = plan(r, mode="conditioning").work_steps
    assert (step.reps, step.seconds) == (None, 30)
    with pytest.raises(KeyError, match="no mode 'nope'"):
        plan(r, mode="nope")


def test_phrases_come_once_each_in_speaking_order() -> None:
    timeline = plan(routine(block(exercise("a"), exercise("b")), rounds=2))
    phrases = timeline.phrases()
    assert phrases[0].startswith("Get ready.")
    assert phrases[1:4] == ["three", "two", "one"]
    assert len(phrases) == len(set(phrases))
    assert set(phrases) == {c.text for s in timeline.steps for c in s.cues}
