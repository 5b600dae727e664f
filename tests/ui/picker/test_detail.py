"""The detail pane shows everything a routine holds, and only as text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from msgspec.structs import replace

from backtrainer.core.model import Routine
from backtrainer.core.planner import plan
from backtrainer.storage.paths import bundled_routines_dir
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.picker.detail import routine_html
from tests.factories import block, exercise, routine

BUNDLED = RoutineLibrary.load(bundled_routines_dir(), Path("/nonexistent")).routines
LINE_BREAKS = {"br", "p", "div", "li", "h2", "h3", "tr", "ul", "ol"}


class _Text(HTMLParser):
    """What a reader sees: the text, with a line break where a block or <br> starts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in LINE_BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def shown(html: str) -> tuple[str, list[str]]:
    """The visible text of `html` and its lines."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    return text, [line.strip() for line in text.splitlines() if line.strip()]


def texts_of(r: Routine) -> list[str]:
    """Every text a routine file holds that the user should be able to read."""
    found = [r.title, r.summary, r.source.coach, *r.notes, *r.safety]
    found += [t for t in (r.added_note, r.source.article, r.source.publication) if t]
    found += [text for m in r.modes for text in (m.name, m.description)]
    for b in r.blocks:
        found += [b.name, *b.notes]
        for e in b.exercises:
            found += [e.name, *e.instructions, *e.safety, *e.notes]
            found += [t for t in (e.cue, e.setup) if t]
            if e.progression and e.progression.note:
                found.append(e.progression.note)
            for v in e.variations:
                found += [v.name, *v.instructions]
    return found


@pytest.mark.parametrize("routine_id", list(BUNDLED))
def test_every_text_of_a_bundled_routine_is_shown(routine_id: str) -> None:
    r = BUNDLED[routine_id].routine
    text, _ = shown(routine_html(r, plan(r)))
    missing = [t for t in texts_of(r) if t not in text]
    assert not missing


@pytest.mark.parametrize("routine_id", list(BUNDLED))
def test_each_move_shows_its_set_up_progression_side_and_assumptions(routine_id: str) -> None:
    r = BUNDLED[routine_id].routine
    text, lines = shown(routine_html(r, plan(r)))
    for e in r.exercises():
        head = next(line for line in lines if line.split(". ", 1)[-1].startswith(e.name + " — "))
        if e.first_side:
            assert f"{e.first_side} side first" in head
        if e.assumed:
            assert "✚" in head and "assumed by BackTrainer" in head
            assert all(name.replace(".", " ") in head for name in e.assumed), head
        else:
            assert "assumed" not in head
        if e.setup:
            assert any(e.setup in line and f"{e.setup_seconds} s" in line for line in lines)
        if e.progression:
            start, target = e.progression.start, e.progression.target
            assert f"{start.sets} x {start.reps} → {target.sets} x {target.reps}" in text


def test_the_added_note_and_assumptions_are_marked() -> None:
    r = BUNDLED["kettlebell-pull"].routine
    _, lines = shown(routine_html(r, plan(r)))
    assert r.added_note is not None
    assert any(line.startswith("✚ added by BackTrainer") and r.added_note in line for line in lines)
    row = [line for line in lines if line.startswith("1. Alternating single-arm bent-over row")]
    assert row == [
        "1. Alternating single-arm bent-over row — 10 reps · 2 s up, hold 1 s, 2 s down,"
        " alternating sides, right side first (✚ tempo assumed by BackTrainer)"
    ]


def test_markup_in_a_routine_is_shown_as_text_not_read_as_html() -> None:
    tricky = "Elbows < shoulders & <b>wrists</b>"
    move = exercise("row", sides="each", reps=8)
    move.update(
        name="Row <i>&</i> hold",
        cue=tricky,
        setup="Fetch the <script>kettlebell</script> & mat.",
        instructions=[tricky, "Pull & squeeze."],
        safety=["Stop if <pain> & ache."],
        notes=["1 < 2 & 3 > 2"],
        assumed=["tempo<hold>"],
        first_side="right",
        progression={
            "start": {"sets": 3, "reps": 8},
            "target": {"sets": 3, "reps": 12},
            "note": "Add <2> reps & rest.",
        },
        variations=[
            {"level": "easier", "name": "Supported <row>", "instructions": ["Knee & hand <down>."]}
        ],
    )
    r = routine(block(move, name="Pulls & <holds>", notes=["Sets <3> & more"]))
    r = replace(
        r,
        title="Back & <arms>",
        notes=["Rest <60 s> & breathe."],
        safety=["Never <jerk> & rush."],
        added_note="Tempos <assumed> & rests.",
    )
    html = routine_html(r, plan(r))
    for markup in ("<b>wrists", "<script>", "<pain>", "<i>&", "<row>", "<holds>", "<arms>"):
        assert markup not in html
    assert "&lt;b&gt;wrists&lt;/b&gt;" in html and "&amp;" in html
    text, _ = shown(html)
    missing = [t for t in texts_of(r) if t not in text]
    assert not missing
    assert "tempo<hold> assumed by BackTrainer" in text
