"""Each bundled routine, planned, against the numbers of its source article."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from backtrainer.core.localize import SHIPPED, localized, missing
from backtrainer.core.model import Reps, Routine, Timed
from backtrainer.core.planner import plan
from backtrainer.core.settings import IntervalSettings
from backtrainer.core.timeline import Timeline
from backtrainer.storage.paths import bundled_routines_dir
from backtrainer.storage.routines import RoutineLibrary

IDS = ["one-dumbbell-back", "kettlebell-pull", "ultimate-back", "upper-body-runners", "best-back"]
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture(scope="module")
def library() -> RoutineLibrary:
    return RoutineLibrary.load(bundled_routines_dir(), Path("/nonexistent"))


def get(library: RoutineLibrary, routine_id: str) -> Routine:
    return library.routines[routine_id].routine


def reps(routine: Routine, exercise_id: str) -> Reps:
    dose = next(e for e in routine.exercises() if e.id == exercise_id).dose
    assert isinstance(dose, Reps)
    return dose


def work(timeline: Timeline) -> list[tuple[str | None, str | None, int | None]]:
    return [(s.exercise_id, s.side, s.round) for s in timeline.work_steps]


def test_all_five_load_cleanly(library: RoutineLibrary) -> None:
    assert library.errors == []
    assert sorted(library.routines) == sorted(IDS)


@pytest.mark.parametrize("routine_id", IDS)
def test_every_move_has_form_instructions_and_attribution(
    library: RoutineLibrary, routine_id: str
) -> None:
    routine = get(library, routine_id)
    assert routine.source.coach
    for exercise in routine.exercises():
        assert len(exercise.instructions) >= 2, exercise.id


def test_one_dumbbell_back(library: RoutineLibrary) -> None:
    r = get(library, "one-dumbbell-back")
    moves = [
        "renegade-row",
        "single-arm-high-pull",
        "single-arm-reverse-fly",
        "balancing-single-arm-scaption",
    ]
    assert [e.id for e in r.exercises()] == moves
    assert all(e.sides == "each" and isinstance(e.dose, Timed) for e in r.exercises())
    # 30 s to 1 min per side; 2-3 sets each side; 1-2 min rest between sets.
    iv = r.intervals
    assert (iv.work.default, iv.work.min, iv.work.max) == (30, 30, 60)
    assert (iv.rounds.default, iv.rounds.min, iv.rounds.max) == (2, 2, 3)
    assert (iv.round_rest.min, iv.round_rest.max) == (60, 120)
    timeline = plan(r, IntervalSettings(rounds=3, work=60))
    # The whole circuit on one side, then on the other, each round.
    one_round = [(m, "left") for m in moves] + [(m, "right") for m in moves]
    assert [(e, s) for e, s, _ in work(timeline)] == one_round * 3
    assert {s.seconds for s in timeline.work_steps} == {60}
    round_rests = [s.seconds for s in timeline.steps if s.kind == "round_rest"]
    assert round_rests == [iv.round_rest.default] * 2
    # Minimal rest between moves.
    assert {s.seconds for s in timeline.steps if s.kind == "rest"} == {iv.rest.default}
    assert iv.rest.default <= 15


def test_kettlebell_pull(library: RoutineLibrary) -> None:
    r = get(library, "kettlebell-pull")
    exercises = r.exercises()
    assert len(exercises) == 6
    assert [e.added for e in exercises] == [False, False, True, True, True, True]
    assert r.added_note
    first, second = exercises[:2]
    assert (first.sides, reps(r, first.id).reps) == ("alternating", 10)  # 10 each side
    assert (second.sides, reps(r, second.id).reps) == ("both", 12)
    # The right hand rows first; the march lifts the right knee first.
    assert (first.first_side, second.first_side) == ("right", "right")
    # The article names the coach, not where it was published.
    assert r.source.coach == "Yusuf Jeffers"
    assert r.source.publication is None
    assert [m.id for m in r.modes] == ["strength", "conditioning"]
    strength = plan(r, mode="strength")
    assert all(s.reps is not None for s in strength.work_steps)
    conditioning = plan(r, mode="conditioning")
    mode = r.mode("conditioning")
    assert mode is not None and mode.intervals is not None
    assert (mode.intervals.work.min, mode.intervals.work.max) == (30, 60)
    # One rule for every move: the work interval in all, a one-sided move's two sides
    # sharing it (the suitcase deadlift no longer gets twice what the others get).
    per_move: dict[tuple[str | None, int | None], float] = {}
    for step in conditioning.work_steps:
        key = (step.exercise_id, step.round)
        per_move[key] = per_move.get(key, 0) + step.seconds
    assert set(per_move.values()) == {30}
    assert all(s.reps is None for s in conditioning.work_steps)
    # Rests are the mode's 5 to 10 s, except where a set-up needs longer.
    steps = conditioning.steps
    set_up = {m.id: m.setup_seconds for m in r.exercises() if m.setup}
    for gap, move in itertools.pairwise(steps):
        if gap.kind == "rest":
            assert gap.seconds in (5, 10, set_up.get(move.exercise_id or "", 0)), gap


def test_ultimate_back_tempos(library: RoutineLibrary) -> None:
    r = get(library, "ultimate-back")
    raise_ = reps(r, "bent-over-shoulder-raise")
    assert (raise_.tempo.up, raise_.tempo.down) == (2, 3)
    assert raise_.tempo.hold > 0  # the squeeze at the top
    lying = reps(r, "lying-lower-back-extension")
    assert (lying.tempo.up, lying.tempo.down, lying.to_comfort) == (3, 3, True)
    superman = reps(r, "alternating-superman")
    assert (superman.tempo.up, superman.tempo.down) == (3, 3)
    superman_move = next(e for e in r.exercises() if e.id == "alternating-superman")
    # "Raise your left arm and right leg ... Do with the opposite hand and leg."
    assert (superman_move.sides, superman_move.first_side) == ("alternating", "left")
    assert reps(r, "standing-lower-back-extension").to_comfort
    assert reps(r, "glute-bridge").tempo.hold == 1
    assert "superman-hands-and-knees" in {e.id for e in r.exercises()}
    safety = " ".join(r.safety).lower()
    assert "strain" in safety and "hamstring" in safety
    timeline = plan(r)
    lying_sets = [s for s in timeline.work_steps if s.exercise_id == "lying-lower-back-extension"]
    assert len(lying_sets) == 3  # start with 3 sets
    assert lying_sets[0].rep_seconds == 6


def test_ultimate_back_builds_up_the_lying_extension_only(library: RoutineLibrary) -> None:
    """The article's "start with 3 sets and build up to more reps" is said of the lying
    lower-back extension alone; it gives no number, so the target is assumed."""
    r = get(library, "ultimate-back")
    progressions = {e.id: (e.progression, e.assumed) for e in r.exercises() if e.progression}
    assert list(progressions) == ["lying-lower-back-extension"]
    progression, assumed = progressions["lying-lower-back-extension"]
    assert progression is not None and progression.note
    start, target = progression.start, progression.target
    assert (start.sets, start.reps) == (3, reps(r, "lying-lower-back-extension").reps)
    assert (target.sets, target.reps) == (3, 20)
    assert "progression.target" in assumed


def test_upper_body_runners(library: RoutineLibrary) -> None:
    r = get(library, "upper-body-runners")
    roles = [b.role for b in r.blocks]
    assert roles == ["warmup", "main", "main", "main", "cooldown"]
    warmup = {e.id: e for e in r.blocks[0].exercises}
    assert [(e.sides, e.dose) for e in warmup.values()] == [
        ("each", Timed(seconds=30)),
        ("both", Timed(seconds=30)),
        ("each", Timed(seconds=30)),
    ]
    pairs = [[(e.id, e.sides, reps(r, e.id).reps) for e in b.exercises] for b in r.blocks[1:4]]
    assert pairs == [
        [("half-kneeling-chop", "each", 8), ("bear-plank-lateral-walk", "both", 8)],
        [("reciprocal-row", "seesaw", 8), ("chest-fly", "both", 8)],  # one arm up, one down
        [("bent-over-wide-row", "both", 8), ("hammer-curl", "both", 8)],
    ]
    assert all(b.structure == "superset" for b in r.blocks[1:4])
    # Sides the article starts on: the right arm threads first, the rainbow kneels with
    # the left foot forward, the chop with the right, the bear plank steps right first.
    by_id = {e.id: e for e in r.exercises()}
    first_sides = {k: e.first_side for k, e in by_id.items() if e.first_side}
    assert first_sides == {
        "thread-the-needle": "right",
        "half-kneeling-rainbow": "left",
        "half-kneeling-chop": "right",
        "bear-plank-lateral-walk": "right",
    }
    seesaw = [s for s in plan(r).work_steps if s.exercise_id == "reciprocal-row"]
    assert {(s.side, s.dose) for s in seesaw} == {("seesaw", "8 reps each side")}
    (single_arm,) = by_id["reciprocal-row"].variations
    assert (single_arm.sides, single_arm.first_side) == ("each", "right")
    cooldown = [(e.id, e.dose) for e in r.blocks[4].exercises]
    assert [d for _, d in cooldown] == [Timed(seconds=30), Timed(seconds=30)]
    variations = {v.name.lower() for e in r.exercises() for v in e.variations}
    assert any("hold" in v for v in variations)
    assert any("single-arm" in v for v in variations)
    assert sum("standing" in v for v in variations) >= 3
    # Rounds per superset are the user's to change; the warm-up is done once.
    for rounds in (2, 3):
        timeline = plan(r, IntervalSettings(rounds=rounds))
        counts = Counter(s.exercise_id for s in timeline.work_steps)
        assert counts["thread-the-needle"] == 2  # one round, two sides
        assert counts["half-kneeling-chop"] == 2 * rounds
        assert counts["hammer-curl"] == rounds


def test_best_back_progression(library: RoutineLibrary) -> None:
    r = get(library, "best-back")
    by_id = {e.id: e for e in r.exercises()}
    for move in ("kettlebell-swing", "bent-over-row"):
        progression = by_id[move].progression
        assert progression is not None
        assert (progression.start.sets, progression.start.reps) == (3, 10)
        assert (progression.target.sets, progression.target.reps) == (3, 20)
        assert reps(r, move).reps == 10
    assert any("single-arm" in v.name.lower() for v in by_id["bent-over-row"].variations)
    assert "superman" in by_id
    timeline = plan(r)
    assert Counter(s.exercise_id for s in timeline.work_steps)["kettlebell-swing"] == 3


def test_a_change_of_equipment_is_set_up_before_the_move(library: RoutineLibrary) -> None:
    pull = {e.id: e for e in get(library, "kettlebell-pull").exercises()}
    assert "second kettlebell" in (pull["gorilla-row"].setup or "")  # two weights
    assert "second kettlebell" in (pull["suitcase-deadlift"].setup or "")  # back to one
    runners = get(library, "upper-body-runners")
    after_warmup = runners.blocks[1].exercises[0]  # the mobility moves use no weights
    assert "dumbbells" in (after_warmup.setup or "")
    cooldown = runners.blocks[-1].exercises[0]
    assert "dumbbells" in (cooldown.setup or "")  # the stretches use none
    best = {e.id: e for e in get(library, "best-back").exercises()}
    assert "kettlebell" in (best["bent-over-row"].setup or "")  # swings, then rows
    assert "mat" in (best["superman"].setup or "")


@pytest.mark.parametrize("routine_id", IDS)
def test_set_ups_take_a_realistic_time(library: RoutineLibrary, routine_id: str) -> None:
    set_up = [e for e in get(library, routine_id).exercises() if e.setup]
    assert set_up
    assert all(10 <= e.setup_seconds <= 30 for e in set_up)


SOURCE_TEMPOS: dict[tuple[str, str], dict[str, float]] = {
    # Seed 002: "raise them slowly for 2 second ... and lower it for 3 seconds".
    ("ultimate-back", "bent-over-shoulder-raise"): {"up": 2, "down": 3},
    # "raise your body slowly to the count of 3 seconds ... lower it down slowly for 3".
    ("ultimate-back", "lying-lower-back-extension"): {"up": 3, "down": 3},
    # "Raise your left arm and right leg slowly for 3 seconds, then lower at 3 seconds."
    ("ultimate-back", "alternating-superman"): {"up": 3, "down": 3},
    # "Same as lying flat on the ground", on hands and knees.
    ("ultimate-back", "superman-hands-and-knees"): {"up": 3, "down": 3},
    # "Hold it for a second or so, then lower it slowly."
    ("ultimate-back", "glute-bridge"): {"hold": 1},
}
"""Every tempo phase the articles give; every other phase is BackTrainer's assumption."""


@pytest.mark.parametrize("routine_id", IDS)
def test_every_tempo_is_the_articles_or_marked_assumed(
    library: RoutineLibrary, routine_id: str
) -> None:
    routine = get(library, routine_id)
    assert routine.added_note  # rests, rounds and the like the article leaves open
    for exercise in routine.exercises():
        assert {a.split(".")[0] for a in exercise.assumed} <= {
            "reps",
            "sets",
            "tempo",
            "progression",
            "variation",
        }, exercise.id
        doses = [exercise.dose] + [v.dose for v in exercise.variations if v.dose]
        given = SOURCE_TEMPOS.get((routine_id, exercise.id), {})
        for dose in doses:
            if not isinstance(dose, Reps):
                continue
            for phase in ("up", "hold", "down", "rest"):
                value = getattr(dose.tempo, phase)
                if phase in given:
                    assert value == given[phase], (exercise.id, phase)
                elif value:
                    assumed = {"tempo", f"tempo.{phase}"} & set(exercise.assumed)
                    assert assumed, f"{exercise.id}: tempo {phase} is not marked assumed"


def seed_text(routine_id: str) -> str:
    """The article of a bundled routine (seeds 000..004 are the routines of IDS, in order),
    with typographic apostrophes made plain."""
    (path,) = SEEDS.glob(f"{IDS.index(routine_id):03d}_*.txt")
    return path.read_text(encoding="utf-8").replace("\u2019", "'")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source articles (shared/seeds) are absent")
@pytest.mark.parametrize("routine_id", IDS)
def test_attribution_names_only_what_the_article_names(
    library: RoutineLibrary, routine_id: str
) -> None:
    source = get(library, routine_id).source
    article = seed_text(routine_id)
    if source.publication is not None:
        assert source.publication in article
    if source.coach != "Unattributed article":
        assert source.coach in article


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source articles (shared/seeds) are absent")
def test_instructions_are_in_our_own_words() -> None:
    """Facts carry over from the articles; sentences do not. (The attribution quotes the
    article's headline, on purpose.)"""
    seeds: set[tuple[str, ...]] = set()
    for seed in SEEDS.glob("*.txt"):
        seeds |= _shingles(seed.read_text(encoding="utf-8"))
    for path in bundled_routines_dir().glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        del data["source"]
        copied = _shingles(json.dumps(data, ensure_ascii=False)) & seeds
        assert not copied, f"{path.name} repeats the article: {sorted(copied)[:3]}"


TRANSLATED = IDS
"""Every bundled routine is complete in every shipped language."""


@pytest.mark.parametrize("lang", SHIPPED)
@pytest.mark.parametrize("routine_id", TRANSLATED)
def test_every_text_is_translated_into_every_shipped_language(
    library: RoutineLibrary, routine_id: str, lang: str
) -> None:
    """A field left out, a list of another length, or a blank text, named by its path."""
    assert missing(get(library, routine_id), lang) == []


@pytest.mark.parametrize("lang", SHIPPED)
@pytest.mark.parametrize("routine_id", TRANSLATED)
def test_a_translated_routine_plans_as_the_english_one(
    library: RoutineLibrary, routine_id: str, lang: str
) -> None:
    english = get(library, routine_id)
    translated = localized(english, lang)
    assert translated.title != english.title
    for mode in [None, *(m.id for m in english.modes)]:
        ours, theirs = plan(translated, mode=mode), plan(english, mode=mode)
        # the same session; only lengths fitted to longer spoken names may differ
        assert [(s.kind, s.exercise_id, s.side, s.round) for s in ours.steps] == [
            (s.kind, s.exercise_id, s.side, s.round) for s in theirs.steps
        ]


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_source_reads_in_that_language_but_names_stay(
    library: RoutineLibrary, lang: str
) -> None:
    """The coach's credentials are words ("Personal Trainer seit 16 Jahren…"); the coach is
    a name, kept, except where the source names no one ("Unattributed article")."""
    for routine_id in IDS:
        english = get(library, routine_id)
        source = localized(english, lang).source
        if english.source.credentials:
            assert source.credentials and source.credentials != english.source.credentials
        if english.source.coach == "Unattributed article":
            assert source.coach != english.source.coach
        else:
            assert source.coach == english.source.coach
