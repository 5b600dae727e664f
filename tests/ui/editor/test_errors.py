"""Routine errors mapped to the editor's items and fields, in plain words."""

from __future__ import annotations

import pytest

from backtrainer.core.routine_edit import Item
from backtrainer.ui.editor.errors import locate, plain


@pytest.mark.parametrize(
    ("path", "item", "key"),
    [
        ("$.title", Item(), "title"),
        ("$", Item(), ""),
        ("$.blocks", Item(), "blocks"),
        ("$.intervals.rounds.default", Item(), "intervals.rounds.default"),
        ("$.intervals.rounds", Item(), "intervals.rounds.default"),
        ("$.modes[0].intervals.work.default", Item(), "modes.0.intervals.work.default"),
        ("$.blocks[2].rest_after", Item(2), "rest_after"),
        ("$.blocks[0].exercises", Item(0), "exercises"),
        ("$.blocks[0].exercises[1].dose.reps", Item(0, 1), "dose.reps"),
        ("$.blocks[0].exercises[1].dose", Item(0, 1), "dose.reps"),
        ("$.blocks[0].exercises[1].dose.tempo", Item(0, 1), "dose.tempo.up"),
        ("$.blocks[0].exercises[1].dose.tempo.down", Item(0, 1), "dose.tempo.down"),
        ("$.blocks[3].exercises[12].id", Item(3, 12), "name"),
        ("$.blocks[0].exercises[1].variations[0].dose", Item(0, 1), "variations.0.dose"),
    ],
)
def test_locate(path: str, item: Item, key: str) -> None:
    assert locate(path) == (item, key)


@pytest.mark.parametrize(
    ("reason", "key", "words"),
    [
        ("Expected `str` of length >= 1", "title", "must not be empty"),
        ("Expected `str` of length <= 120", "name", "must be at most 120 characters"),
        ("Expected `int` >= 5", "dose.seconds", "must be at least 5"),
        ("Expected `float` <= 10.0", "dose.tempo.up", "must be at most 10"),
        ("Expected `array` of length >= 1", "exercises", "a block needs at least 1 move"),
        ("Expected `array` of length <= 20", "blocks", "a routine may have at most 20 blocks"),
        ("exercise id 'row' is used twice", "name", "exercise id 'row' is used twice"),
    ],
)
def test_plain(reason: str, key: str, words: str) -> None:
    assert plain(reason, key) == words
