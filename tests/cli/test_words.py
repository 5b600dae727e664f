"""The command line's own words exist in every language the cues are said in."""

from __future__ import annotations

import pytest

from backtrainer.cli.words import PRINTED, step_line
from backtrainer.core.languages import LANGUAGES
from backtrainer.core.timeline import Step


def test_every_shipped_language_has_the_printed_words() -> None:
    assert sorted(PRINTED) == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_no_english_around_a_step_in_another_language(lang: str) -> None:
    steps = [
        Step(kind="prepare", seconds=10),
        Step(kind="round_rest", seconds=45, round=1, rounds=3, round_unit="set"),
        Step(kind="work", seconds=30, exercise="X", side="alternating", reps=10, added=True),
        Step(kind="done", seconds=0),
    ]
    lines = " ".join(step_line(step, lang) for step in steps)
    for english in ("get ready", "rest after", "set 1 of 3", "reps", "alternating", "added by"):
        assert english not in lines, (lang, english, lines)


def test_every_status_has_its_word_in_every_language() -> None:
    from typing import get_args

    from backtrainer.core.history import Status

    for lang, words in PRINTED.items():
        assert sorted(words.statuses) == sorted(get_args(Status)), lang
