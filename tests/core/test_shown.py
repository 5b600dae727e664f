"""What an error message shows of a value, a quoted name and a JSON path: never more than
about a line, and still the part that says which."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backtrainer.core.shown import LIMIT, PATH_LIMIT, shown, shown_path, shown_quotes


@given(st.text())
def test_a_path_is_never_longer_than_its_limit_and_short_ones_stay_whole(path: str) -> None:
    cut = shown_path(path)
    assert len(cut) <= PATH_LIMIT
    assert cut == path or (len(path) > PATH_LIMIT and "…" in cut)


def test_a_long_path_keeps_its_start_and_its_field() -> None:
    cut = shown_path("$.routines." + "x" * 1000 + ".moves.row.reps")
    assert cut.startswith("$.routines.xx") and cut.endswith(".moves.row.reps")


@given(st.integers(LIMIT, 2000))
def test_long_quoted_parts_are_cut_and_short_ones_kept(size: int) -> None:
    message = f"unknown field `{'k' * size}` and value '{'v' * size}'"
    cut = shown_quotes(message)
    assert len(cut) < 2 * LIMIT + 40
    assert shown_quotes("value 'short'") == "value 'short'"


def test_a_value_is_cut_to_its_limit() -> None:
    assert len(shown("x" * 5000)) == LIMIT
    assert shown(3) == "3"
