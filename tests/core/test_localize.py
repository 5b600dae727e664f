"""A routine in another language: its texts swapped in field by field, English under
whatever a translation leaves out, the language picked as a user would expect."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from backtrainer.core.customise import MoveSetup, RoutineSetup, customise
from backtrainer.core.localize import (
    localized,
    localized_setup,
    missing,
    pick_language,
)
from backtrainer.core.model import Routine
from backtrainer.core.planner import plan
from tests.factories import block, exercise, routine_dict


def translated(translations: dict[str, Any]) -> Routine:
    row = exercise("row", reps=10)
    row["instructions"] = ["Hinge.", "Row."]
    row["cue"] = "Flat back."
    row["variations"] = [{"level": "easier", "name": "Single-arm row", "sides": "each"}]
    data = routine_dict(block(row, exercise("fly", seconds=30)))
    data["modes"] = [{"id": "strength", "name": "Strength", "description": "Slow reps."}]
    data["translations"] = translations
    return msgspec.json.decode(msgspec.json.encode(data), type=Routine)


GERMAN = {
    "title": "Rückentraining",
    "blocks": [{"name": "Hauptteil"}],
    "modes": {"strength": {"name": "Kraft"}},
    "exercises": {
        "row": {
            "name": "Rudern vorgebeugt",
            "instructions": ["Hüfte beugen, Rücken gerade, zur Hüfte ziehen."],
            "variations": [{"name": "Einarmiges Rudern"}],
        }
    },
}


def test_texts_come_in_the_language_and_english_fills_each_gap() -> None:
    english = translated({"de": GERMAN})
    german = localized(english, "de")
    assert german.title == "Rückentraining"
    assert german.summary == english.summary  # not translated: English
    assert german.blocks[0].name == "Hauptteil"
    assert german.modes[0].name == "Kraft"
    assert german.modes[0].description == "Slow reps."
    row, fly = german.exercises()
    assert row.name == "Rudern vorgebeugt"
    assert row.instructions == ["Hüfte beugen, Rücken gerade, zur Hüfte ziehen."]  # whole list
    assert row.cue == "Flat back."
    assert row.variations[0].name == "Einarmiges Rudern"
    assert fly.name == english.exercises()[1].name
    assert row.dose == english.exercises()[0].dose  # numbers are never touched


def test_a_language_the_routine_lacks_is_the_english_routine() -> None:
    english = translated({"de": GERMAN})
    assert localized(english, "fr") is english
    assert localized(english, "en") is english


def test_the_planner_announces_the_translated_names() -> None:
    timeline = plan(localized(translated({"de": GERMAN}), "de"))
    assert timeline.title == "Rückentraining"
    assert "Rudern vorgebeugt" in {s.exercise for s in timeline.work_steps}


def test_a_saved_variation_keeps_working_in_another_language() -> None:
    english = translated({"de": GERMAN})
    setup = RoutineSetup(moves={"row": MoveSetup(variation="Single-arm row")})
    german = localized(english, "de")
    done = customise(german, localized_setup(english, setup, "de"))
    assert done.exercises()[0].name == "Einarmiges Rudern"
    assert localized_setup(english, setup, "fr") is setup


def test_missing_names_every_english_text_without_a_counterpart() -> None:
    english = translated({"de": GERMAN})
    gaps = missing(english, "de")
    assert "$.translations.de.summary" in gaps
    assert "$.translations.de.exercises.row.cue" in gaps
    assert "$.translations.de.exercises.row.instructions" in gaps  # one item for two
    assert "$.translations.de.modes.strength.description" in gaps
    assert "$.translations.de.exercises.fly.name" in gaps
    assert "$.translations.de.title" not in gaps
    assert "$.translations.de.exercises.row.name" not in gaps
    assert "$.translations.es.title" in missing(english, "es")


def test_a_blank_text_counts_as_missing() -> None:
    english = translated({"de": {**GERMAN, "title": "   "}})
    assert "$.translations.de.title" in missing(english, "de")


@pytest.mark.parametrize(
    ("choice", "environ", "expected"),
    [
        ("fr", {"LANG": "de_DE.UTF-8"}, "fr"),
        ("de-AT", {}, "de"),
        (None, {"LANG": "de_DE.UTF-8"}, "de"),
        (None, {"LANG": "de_DE.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
        (None, {"LC_ALL": "fr_FR@euro", "LC_MESSAGES": "es_ES"}, "fr"),
        (None, {"LC_ALL": "", "LANG": "es_MX.UTF-8"}, "es"),
        (None, {"LANG": "C.UTF-8"}, "en"),
        (None, {"LANG": "POSIX"}, "en"),
        (None, {"LANG": "???"}, "en"),
        (None, {}, "en"),
    ],
)
def test_the_language_is_the_choice_then_the_locale_then_english(
    choice: str | None, environ: dict[str, str], expected: str
) -> None:
    assert pick_language(choice, environ) == expected


@pytest.mark.parametrize("choice", ["", "deutsch", "d", "12", "de DE"])
def test_a_choice_that_is_no_language_code_is_refused_by_name(choice: str) -> None:
    with pytest.raises(ValueError, match="not a language code"):
        pick_language(choice, {})
