"""Routine edits: each returns a new routine, changes exactly what it says, and keeps
every other part as it was."""

from __future__ import annotations

from backtrainer.core import routine_edit as edit
from backtrainer.core.model import Reps, Routine
from backtrainer.core.routine_edit import Item
from tests.factories import block, exercise, routine


def two_blocks() -> Routine:
    return routine(
        block(exercise("a", reps=10), exercise("b"), name="First"),
        block(exercise("c"), name="Second"),
    )


def ids(r: Routine) -> list[list[str]]:
    return [[e.id for e in b.exercises] for b in r.blocks]


def test_replace_at_changes_one_value_and_shares_the_rest() -> None:
    r = two_blocks()
    changed = edit.replace_at(r, ("blocks", 0, "exercises", 0, "dose", "tempo", "up"), 3.0)
    dose = changed.blocks[0].exercises[0].dose
    assert isinstance(dose, Reps) and dose.tempo.up == 3.0
    assert changed.blocks[1] is r.blocks[1]
    assert r.blocks[0].exercises[0].dose != dose  # the original is untouched
    assert edit.get_at(changed, Item(0, 0).path()) == changed.blocks[0].exercises[0]


def test_new_moves_get_unique_ids_that_follow_their_names() -> None:
    r = edit.add_move(two_blocks(), 0, 1)
    r = edit.add_move(r, 1, 0)
    assert ids(r) == [["a", "new-move", "b"], ["new-move-2", "c"]]
    r = edit.rename_move(r, Item(0, 1), "Bent-over Row!", new_id=True)
    r = edit.rename_move(r, Item(1, 0), "Bent-over row", new_id=True)
    assert ids(r) == [["a", "bent-over-row", "b"], ["bent-over-row-2", "c"]]
    r = edit.rename_move(r, Item(0, 0), "Renamed", new_id=False)
    assert ids(r)[0][0] == "a" and r.blocks[0].exercises[0].name == "Renamed"


def test_moves_go_up_and_down_and_across_blocks() -> None:
    r = two_blocks()
    r, at = edit.move_move(r, 0, 0, +1)
    assert (ids(r), at) == ([["b", "a"], ["c"]], Item(0, 1))
    r, at = edit.move_move(r, 0, 1, +1)  # past the end of its block: into the next one
    assert (ids(r), at) == ([["b"], ["a", "c"]], Item(1, 0))
    r, at = edit.move_move(r, 1, 0, -1)  # and back, to the end of the previous block
    assert (ids(r), at) == ([["b", "a"], ["c"]], Item(0, 1))
    same, at = edit.move_move(r, 1, 0, +1)  # nowhere to go
    assert same is r and at == Item(1, 0)


def test_blocks_are_added_removed_and_reordered() -> None:
    r = edit.add_block(two_blocks(), 1)
    assert [b.name for b in r.blocks] == ["First", "New block", "Second"]
    assert ids(r)[1] == ["new-move"]
    r, at = edit.move_block(r, 1, -1)
    assert ([b.name for b in r.blocks], at) == (["New block", "First", "Second"], 0)
    assert edit.move_block(r, 0, -1) == (r, 0)
    r = edit.remove_block(r, 0)
    assert [b.name for b in r.blocks] == ["First", "Second"]
    r = edit.remove_move(r, 0, 0)
    assert ids(r) == [["b"], ["c"]]


def test_ids_made_of_names_fit_the_format() -> None:
    assert edit.slug("  Half-kneeling chop (8/side) ") == "half-kneeling-chop-8-side"
    assert edit.slug("!!!") == "move"
    assert edit.unique_id("x" * 64, {"x" * 64}) == "x" * 62 + "-2"


def translated_blocks() -> Routine:
    import msgspec

    from backtrainer.core.model import BlockText, ExerciseText, RoutineText

    german = RoutineText(
        title="Zwei Blöcke",
        blocks=[BlockText(name="Erster"), BlockText(name="Zweiter")],
        exercises={k: ExerciseText(name=k.upper()) for k in ("a", "b", "c")},
    )
    return msgspec.structs.replace(two_blocks(), translations={"de": german})


def test_translations_follow_the_moves_and_blocks_they_belong_to() -> None:
    from backtrainer.storage.routine_files import check_routine

    r = edit.remove_move(translated_blocks(), 0, 1)
    assert set(r.translations["de"].exercises) == {"a", "c"}
    r, _ = edit.move_block(r, 0, +1)
    german = r.translations["de"]
    assert [t.name for t in german.blocks or []] == ["Zweiter", "Erster"]
    r = edit.add_block(r, 1)
    assert [t.name for t in r.translations["de"].blocks or []] == ["Zweiter", None, "Erster"]
    check_routine(r)  # still a valid routine file
    r = edit.remove_block(r, 0)
    assert set(r.translations["de"].exercises) == {"a"}
    assert [t.name for t in r.translations["de"].blocks or []] == [None, "Erster"]
    assert r.translations["de"].title == "Zwei Blöcke"
    check_routine(r)
    r = edit.add_block(r, 2)  # past the translated blocks: nothing to insert
    assert len(r.translations["de"].blocks or []) == 2
    check_routine(r)
