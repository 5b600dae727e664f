"""Every cue phrase can be built in every shipped language, and the language is chosen as
the runner expects: their own choice, else the system's, else English."""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Callable

import pytest

from backtrainer.core import phrases, rhythm, spoken
from backtrainer.core.languages import LANGUAGES, effective_language, wording
from backtrainer.core.timeline import Step

WORK = Step(kind="work", seconds=30, exercise="Renegade row", exercise_id="r", side="left")
REPS = dataclasses.replace(WORK, reps=10, side="alternating", seconds=40)
ROUND_REST = Step(kind="round_rest", seconds=90, round=1, rounds=3)
NEXT_ROUND = dataclasses.replace(WORK, round=2, rounds=3)

KINDS: dict[str, Callable[[str], str]] = {
    "get ready": lambda lang: phrases.opening(Step(kind="prepare", seconds=10), lang),
    "switch": lambda lang: phrases.opening(Step(kind="switch", seconds=5), lang),
    "rest": lambda lang: phrases.opening(Step(kind="rest", seconds=20), lang),
    "round done": lambda lang: phrases.opening(ROUND_REST, lang),
    "set done": lambda lang: phrases.opening(
        dataclasses.replace(ROUND_REST, round_unit="set"), lang
    ),
    "next up": lambda lang: phrases.next_up(ROUND_REST, NEXT_ROUND, lang=lang),
    "next up, short": lambda lang: phrases.next_up(ROUND_REST, REPS, short=True, lang=lang),
    "move, timed": lambda lang: phrases.move_phrase(
        "Row", "right", phrases.step_dose(WORK, lang=lang), lang=lang
    ),
    "move, reps each side": lambda lang: phrases.move_phrase(
        "Row", "alternating", phrases.step_dose(REPS, lang=lang), lang=lang
    ),
    "as many as comfortable": lambda lang: phrases.dose_phrase(
        reps=8, seconds=0, per_side=True, to_comfort=True, lang=lang
    ),
    "to comfort": lambda lang: wording(lang).to_comfort,
    "one minute": lambda lang: phrases.duration_phrase(60, lang),
    "minutes and seconds": lambda lang: phrases.duration_phrase(150, lang),
    "go": lambda lang: phrases.go_phrase(None, lang),
    "side, go": lambda lang: phrases.go_phrase("left", lang),
    "halfway": lambda lang: wording(lang).halfway,
    "countdown": lambda lang: ", ".join(wording(lang).countdown),
    "tempo": lambda lang: f"{wording(lang).up} {wording(lang).hold} {wording(lang).down}",
    "count": lambda lang: phrases.rep_count(17, lang=lang),
    "count, side": lambda lang: phrases.rep_count(4, "right", lang),
    "round n of m": lambda lang: phrases.round_phrase(2, 3, sets=False, lang=lang),
    "done": lambda lang: wording(lang).done,
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_phrase_kind_is_built_in_every_language(kind: str, lang: str) -> None:
    text = KINDS[kind](lang)
    assert text.strip()
    assert not any(field for _, field, _, _ in string.Formatter().parse(text) if field)
    assert "{" not in text and "}" not in text
    assert spoken.estimate(text, lang=lang) > 0


SAME_WORD = {"minute", "minutes"}
"""Words that are the same in English and French."""


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_no_english_is_left_in_another_language(lang: str) -> None:
    def words(text: str) -> set[str]:
        plain = "".join(c if c.isalpha() else " " for c in text.lower())
        return set(plain.split()) - {"renegade", "row"}  # the move's name stays as written

    for kind, build in KINDS.items():
        shared = words(build(lang)) & words(build("en")) - SAME_WORD
        assert shared == set(), (kind, shared)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_phrase_starts_with_a_capital_and_a_sentence_ends_with_a_stop(lang: str) -> None:
    for kind in ("get ready", "switch", "rest", "round done", "next up", "side, go", "done"):
        text = KINDS[kind](lang)
        assert text[0].isupper(), (kind, text)
        assert text.rstrip()[-1] in ".!", (kind, text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_countdown_and_counts_are_the_languages_number_words(lang: str) -> None:
    assert wording(lang).countdown == tuple(phrases.number_word(n, lang) for n in (3, 2, 1))
    assert (
        phrases.number_word(17, lang)
        == {
            "en": "seventeen",
            "de": "siebzehn",
            "fr": "dix-sept",
            "es": "diecisiete",
        }[lang]
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_rhythm_reads_a_side_in_every_language(lang: str) -> None:
    assert rhythm.side_named(phrases.rep_count(4, "right", lang)) == "right"
    assert rhythm.side_named(phrases.side_word("left", lang)) == "left"
    assert rhythm.side_named(phrases.go_phrase("left", lang)) is None


def test_an_unknown_language_speaks_english() -> None:
    assert phrases.go_phrase("left", "xx") == "Left side, go."
    assert wording("pt") is wording("en")


@pytest.mark.parametrize(
    ("choice", "environ", "expected"),
    [
        ("de", {"LANG": "fr_FR.UTF-8"}, "de"),
        ("system", {"LANG": "fr_FR.UTF-8"}, "fr"),
        (None, {"LANG": "es_ES.UTF-8"}, "es"),
        ("system", {"LC_ALL": "de_AT.UTF-8", "LANG": "fr_FR.UTF-8"}, "de"),
        ("system", {"LC_MESSAGES": "es_MX", "LANG": "de_DE"}, "es"),
        ("system", {"LC_ALL": "", "LANG": "de_DE@euro"}, "de"),
        ("system", {"LANG": "pt_BR.UTF-8", "LANGUAGE": "de"}, "de"),  # as gettext: LANGUAGE first
        ("system", {"LANG": "C", "LANGUAGE": "de"}, "en"),  # ...unless the locale is C
        ("system", {"LANG": "C.UTF-8"}, "en"),
        ("system", {}, "en"),
        ("xx", {"LANG": "de_DE.UTF-8"}, "de"),
    ],
)
def test_the_effective_language(choice: str | None, environ: dict[str, str], expected: str) -> None:
    assert effective_language(choice, environ) == expected
