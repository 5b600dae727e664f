"""The cue schedule: no phrase cuts another, each thing is said once, and what gives way
when time is short follows the written order (core/cues.py)."""

from __future__ import annotations

from typing import Any

import pytest

from backtrainer.core import phrases, spoken
from backtrainer.core.cues import NEXT_UP_LEAD, CueOptions, overlaps
from backtrainer.core.languages import LANGUAGES
from backtrainer.core.model import Routine
from backtrainer.core.planner import plan
from backtrainer.core.settings import LIMITS, IntervalSettings
from backtrainer.core.timeline import Step
from backtrainer.storage.routines import RoutineLibrary
from tests.factories import block, exercise, routine

SHORTEST = IntervalSettings(
    prepare=int(LIMITS["prepare"].low),
    work=int(LIMITS["work"].low),
    rest=int(LIMITS["rest"].low),
    round_rest=int(LIMITS["round_rest"].low),
    rounds=int(LIMITS["rounds"].low),
    switch=int(LIMITS["switch"].low),
    tempo_scale=LIMITS["tempo_scale"].low,
)
STYLES = ("words", "sounds", "numbers")


def texts(step: Step) -> list[tuple[float, str]]:
    return [(c.at, c.text) for c in step.cues]


def move(id: str, **fields: Any) -> dict[str, Any]:
    """A move of the test factories with extra fields (name, cue, setup, first_side...)."""
    dose = {k: fields.pop(k) for k in ("reps", "tempo", "seconds", "to_comfort") if k in fields}
    return {**exercise(id, sides=fields.pop("sides", "both"), **dose), **fields}


def voice(**lengths: float) -> CueOptions:
    """A voice in which the phrases named take the seconds given, every other one 0.5 s."""
    said = {phrases_by_name[k]: v for k, v in lengths.items()}
    return CueOptions(length=lambda text: said.get(text, 0.5))


phrases_by_name = {
    "rest": "Rest.",
    "next_b": "Next up: B, 30 seconds.",
    "both": "Rest. Next up: B, 30 seconds.",
}


def bundled() -> list[tuple[Routine, str | None]]:
    library = RoutineLibrary.load()
    return [
        (loaded.routine, mode)
        for loaded in library.routines.values()
        for mode in ([m.id for m in loaded.routine.modes] or [None])
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("settings", [IntervalSettings(), SHORTEST], ids=["defaults", "shortest"])
@pytest.mark.parametrize("case", bundled(), ids=lambda c: f"{c[0].id}-{c[1] or 'default'}")
def test_no_cue_cuts_another_in_any_bundled_routine(
    case: tuple[Routine, str | None], settings: IntervalSettings, style: str, lang: str
) -> None:
    """In every language: German phrases are longer, and the plan makes room for them."""
    r, mode = case
    options = CueOptions(tempo=style, language=lang)  # type: ignore[arg-type]
    timeline = plan(r, settings, mode, options)

    def length(text: str) -> float:
        return spoken.estimate(text, lang=lang)

    assert overlaps(timeline, length) == []
    assert all(c.seconds == length(c.text) for s in timeline.steps for c in s.cues)


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_a_session_is_said_in_its_language(lang: str) -> None:
    r = RoutineLibrary.load().find("one-dumbbell-back")
    said = [c.text for s in plan(r, None, None, CueOptions(language=lang)).steps for c in s.cues]
    english = set(phrases.wording("en").countdown) | {phrases.HALFWAY, phrases.DONE, "Go."}
    assert english.isdisjoint(said)
    words = phrases.wording(lang)
    assert words.done in said
    assert any(t.startswith(words.get_ready) for t in said)
    assert any(words.left_side in t for t in said)


@pytest.mark.parametrize("rate", [130, 220])
def test_no_overlap_at_other_speech_rates(rate: int) -> None:
    for r, mode in bundled():
        timeline = plan(r, None, mode, CueOptions(rate=rate))
        assert overlaps(timeline, lambda t: spoken.estimate(t, rate)) == [], r.id


def test_no_overlap_with_long_names_and_no_rests() -> None:
    long = "Single-arm kettlebell bent-over row with a pause and a slow controlled lowering"
    r = routine(
        block(
            move("a", name=long, sides="each"),
            move("b", name=long, sides="alternating", reps=12, tempo={"up": 1, "down": 1}),
            move("c", name=long, reps=20, tempo={"up": 1, "down": 1}, to_comfort=True),
            rounds=3,
        ),
        prepare=0,
        rest=0,
        switch=0,
        round_rest=5,
    )
    for style in STYLES:
        timeline = plan(r, None, None, CueOptions(tempo=style))  # type: ignore[arg-type]
        assert overlaps(timeline, spoken.estimate) == []
        said = " ".join(c.text for s in timeline.steps for c in s.cues)
        assert long in said  # the move is never dropped


def test_overlaps_reports_a_phrase_still_sounding() -> None:
    timeline = plan(routine(block(exercise("a"))))
    slow = overlaps(timeline, lambda text: 5.0)  # a voice far slower than planned for
    assert slow and slow[0].seconds > 0


# -- what gives way, in order ------------------------------------------------------------


def two_moves(rest: int) -> Routine:
    return routine(block(exercise("a"), exercise("b")), rest=rest)


def test_a_long_rest_says_rest_then_the_next_move_ten_seconds_ahead() -> None:
    rest = plan(two_moves(30), cues=voice(rest=2.0, next_b=4.0)).steps[2]
    assert texts(rest) == [
        (0, "Rest."),
        (30 - NEXT_UP_LEAD, "Next up: B, 30 seconds."),
        (27, "three"),
        (28, "two"),
        (29, "one"),
    ]


def test_then_both_at_once() -> None:
    rest = plan(two_moves(10), cues=voice(both=6.0)).steps[2]
    assert texts(rest)[0] == (0, "Rest. Next up: B, 30 seconds.")
    assert [t for _, t in texts(rest)[1:]] == ["three", "two", "one"]


def test_then_the_short_form() -> None:
    r = routine(block(exercise("a", sides="each"), exercise("b", sides="each")), rest=10)
    lengths = {"Rest. Next up: B, left side, 30 seconds.": 7.0}
    rest = plan(r, cues=CueOptions(length=lambda t: lengths.get(t, 0.5))).steps[4]
    assert texts(rest)[0] == (0, "Rest. Next up: B, left, 30 seconds.")
    assert len(rest.cues) == 4  # the countdown whole


def test_then_the_countdown_loses_its_first_words() -> None:
    rest = plan(two_moves(10), cues=voice(both=7.5)).steps[2]
    assert [t for _, t in texts(rest)] == ["Rest. Next up: B, 30 seconds.", "two", "one"]


def test_last_the_rest_grows_until_the_phrase_fits() -> None:
    rest = plan(two_moves(5), cues=voice(both=9.0)).steps[2]
    assert rest.seconds == 13  # 9 s of phrase, a gap, then three, two, one
    assert [t for _, t in texts(rest)] == ["Rest. Next up: B, 30 seconds.", "three", "two", "one"]


def test_halfway_gives_way_to_a_long_start() -> None:
    r = routine(block(move("a", seconds=20)), prepare=0)
    lengths = {"A, 20 seconds.": 11.0}
    (step,) = plan(r, cues=CueOptions(length=lambda t: lengths.get(t, 0.5))).work_steps
    assert texts(step)[0] == (0, "A, 20 seconds.")
    assert phrases.HALFWAY not in [t for _, t in texts(step)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_countdown_said_slowly_costs_no_step_its_halfway(lang: str) -> None:
    """At 120 words a minute a German "drei" is estimated longer than its second: the
    countdown keeps its instants all the same, and "halfway" still fits in a 30 s move
    (counting the countdown's words running into each other as a misfit dropped it)."""
    r = RoutineLibrary.load().find("one-dumbbell-back")
    timeline = plan(r, None, None, CueOptions(rate=120, language=lang))
    halfway = phrases.wording(lang).halfway
    timed = [s for s in timeline.work_steps if s.reps is None and s.seconds >= 30]
    assert timed
    assert all(halfway in [t for _, t in texts(s)] for s in timed)


# -- each thing said once, in plain words ------------------------------------------------


def test_a_move_announced_just_before_starts_with_go() -> None:
    timeline = plan(routine(block(exercise("a", sides="each"))))
    first, second = timeline.work_steps
    assert first.cues[0].text == "Left side, go."
    assert second.cues[0].text == "Right side, go."
    both = plan(routine(block(exercise("a")))).work_steps[0]
    assert both.cues[0].text == "Go."


def test_a_move_announced_long_before_is_named_again_without_its_dose() -> None:
    r = routine(block(exercise("a"), exercise("b")), rest=14)
    # Said apart, the next move would come 10 s ahead; made not to fit, all is said at 0.
    timeline = plan(r, cues=voice(rest=5.0, next_b=5.0))
    rest, b = timeline.steps[2], timeline.steps[3]
    assert rest.cues[0].at == 0 and "Next up: B" in rest.cues[0].text
    assert rest.seconds > 10
    assert b.cues[0].text == "B."


def test_a_move_never_announced_is_said_whole_at_its_start() -> None:
    timeline = plan(routine(block(exercise("a"), exercise("b")), rest=0))
    assert timeline.work_steps[1].cues[0].text == "B, 30 seconds."


def test_one_style_for_next_up_and_no_doubled_words() -> None:
    r = routine(
        block(
            move("row", name="Alternating row", sides="alternating", reps=10),
            move("fly", sides="each"),
            rounds=2,
        )
    )
    said = [c.text for s in plan(r).steps for c in s.cues]
    assert not any("First up" in t or "Next:" in t for t in said)
    assert any(t.endswith("Next up: Alternating row, 10 reps each side.") for t in said)
    assert not any("alternating sides" in t.lower() for t in said)


# -- equipment, form, as many as comfortable -----------------------------------------------


def test_a_change_of_equipment_is_said_in_the_rest_before_with_time_for_it() -> None:
    r = routine(
        block(exercise("a"), move("b", setup="Pick up the second kettlebell.", setup_seconds=20)),
        rounds=2,
        rest=5,
        round_rest=30,
    )
    timeline = plan(r)
    before_b = [timeline.steps[i - 1] for i, s in enumerate(timeline.steps) if s.exercise_id == "b"]
    assert all(g.kind != "work" and g.seconds >= 20 for g in before_b)
    assert all("Pick up the second kettlebell." in g.cues[0].text for g in before_b)
    first = plan(routine(block(move("a", setup="Fetch a mat."))))
    assert first.steps[0].kind == "prepare" and "Fetch a mat." in first.steps[0].cues[0].text


def test_no_change_of_equipment_between_sets_of_the_same_move() -> None:
    r = routine(block(move("b", setup="Pick up two kettlebells.", reps=5), structure="straight"))
    timeline = plan(r, IntervalSettings(rounds=3))
    said = [c.text for s in timeline.steps for c in s.cues]
    assert sum("Pick up two kettlebells." in t for t in said) == 1


def test_the_form_reminder_is_said_once_a_session_never_over_a_count() -> None:
    r = routine(
        block(
            move("a", cue="Hips square.", seconds=30),
            move("b", cue="Slow and smooth.", reps=6, tempo={"up": 1, "down": 1}),
            rounds=3,
        )
    )
    timeline = plan(r)
    forms = [(s, c) for s in timeline.steps for c in s.cues if c.kind == "form"]
    assert [c.text for _s, c in forms] == ["Hips square.", "Slow and smooth."]
    for step, cue in forms:
        others = [c for c in step.cues if c is not cue]
        assert all(cue.at + cue.seconds <= o.at or o.at + o.seconds <= cue.at for o in others), step
    off = plan(r, cues=CueOptions(form_reminders=False))
    assert not any(c.kind == "form" for s in off.steps for c in s.cues)


def test_as_many_as_comfortable_says_so_and_names_no_cap() -> None:
    r = routine(block(move("ext", reps=12, tempo={"up": 3, "down": 3}, to_comfort=True)))
    timeline = plan(r)
    said = [c.text for s in timeline.steps for c in s.cues]
    assert "12" not in said[0] and "twelve" not in said[0].lower()  # the next-up names no cap
    assert "as many as comfortable" in said[0]
    (step,) = timeline.work_steps
    assert phrases.TO_COMFORT in step.cues[0].text
    assert [c.text for c in step.cues if c.kind == "rep"][-1] == "twelve"  # counts to the ceiling


def test_plan_json_gives_each_cue_its_spoken_length() -> None:
    data = plan(routine(block(exercise("a")))).to_json()
    cue = data["steps"][0]["cues"][0]
    assert cue["seconds"] == spoken.estimate(cue["text"]) and cue["at"] == 0


def test_real_lengths_replace_the_estimate() -> None:
    quick = plan(two_moves(10), cues=voice(both=1.25))
    assert [c.seconds for c in quick.steps[2].cues] == [1.25, 0.5, 0.5, 0.5]
