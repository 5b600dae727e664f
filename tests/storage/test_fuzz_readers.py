"""Whatever a routine file, settings.json or a history line holds, BackTrainer either
uses it or refuses it with its own error (file, JSON path, reason): never another
exception. Documents are generated and mutated from real ones: wrong types, integral
floats, NaN/Infinity, deep nesting, huge and non-UTF-8 strings, surrogates, a BOM,
unknown fields. An accepted routine plans in every mode; accepted settings plan too.

~200 examples per target by default; `--hypothesis-profile=long` runs 10,000 (see
benchmarks/README.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backtrainer.core.planner import plan
from backtrainer.core.settings import IntervalSettings
from backtrainer.storage import paths
from backtrainer.storage.history.store import HistoryStore
from backtrainer.storage.routines import RoutineError, load_routine
from backtrainer.storage.setup_store import SetupFileError, SetupStore

BUNDLED = sorted(paths.bundled_routines_dir().glob("*.json"))
SEEDS = [json.loads(p.read_text(encoding="utf-8")) for p in BUNDLED]
ROUTINES = [load_routine(p) for p in BUNDLED]

# -- values a hand-edited (or damaged) file may hold -----------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.integers(-3, 120),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(0, 100).map(float),  # integral floats: 2.0
    st.text(max_size=20),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "\ud800", "best-back\n", ""]),
    st.integers(1, 200_000).map(lambda n: "x" * n),  # huge strings
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)

NEST = "\x00NEST\x00"  # replaced by thousands of brackets once the document is text


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            found += _paths(value, (*prefix, index))
    return found


def _set(doc: Any, where: tuple[Any, ...], value: Any) -> Any:
    if not where:
        return value
    doc[where[0]] = _set(doc[where[0]], where[1:], value)
    return doc


@st.composite
def mutated(draw: st.DrawFn, seeds: list[Any]) -> Any:
    """A real document with a few of its values replaced, removed or added to."""
    doc = json.loads(json.dumps(draw(st.sampled_from(seeds))))
    for _ in range(draw(st.integers(0, 4))):
        where = draw(st.sampled_from(_paths(doc)))
        action = draw(st.sampled_from(["replace", "replace", "unknown", "delete", "nest"]))
        target = doc
        for key in where[:-1]:
            target = target[key]
        if action == "replace":
            doc = _set(doc, where, draw(values))
        elif action == "nest":
            doc = _set(doc, where, NEST)
        elif action == "delete" and where and isinstance(target, dict):
            del target[where[-1]]
        elif action == "unknown" and isinstance(target, dict):
            target[draw(st.text(max_size=8))] = draw(values)
    return doc


@st.composite
def file_bytes(draw: st.DrawFn, documents: st.SearchStrategy[Any]) -> bytes:
    """The document as a file: JSON text (perhaps with a BOM), then perhaps damaged."""
    doc = draw(documents)
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()), allow_nan=True)
    depth = draw(st.integers(1, 12_000))
    text = text.replace(json.dumps(NEST), "[" * depth + "]" * depth)
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    damage = draw(st.sampled_from(["none", "none", "byte", "cut"]))
    if damage == "byte" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = (
            data[:at]
            + draw(st.sampled_from([b"\xff", b"\xc3", b"\x00", b"\xed\xa0\x80"]))
            + data[at:]
        )
    elif damage == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    return data


# -- routine files -----------------------------------------------------------------------


@given(file_bytes(mutated(SEEDS)))
def test_a_routine_file_loads_and_plans_in_every_mode_or_is_refused(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    file: Path = tmp_path_factory.mktemp("routine") / "r.json"
    file.write_bytes(data)
    try:
        routine = load_routine(file)
    except RoutineError as exc:
        assert exc.file == file and exc.path.startswith("$") and exc.reason
        assert len(str(exc)) < len(str(file)) + 400  # a bad value is not repeated whole
        return
    for mode in [None, *(m.id for m in routine.modes)]:
        assert plan(routine, mode=mode).steps


# -- settings.json -----------------------------------------------------------------------

SETTING_SEEDS: list[Any] = [
    {"schema_version": 1, "defaults": {"rounds": 2, "work": 40, "tempo_scale": 1.25}},
    {
        "schema_version": 1,
        "defaults": {"rest": 15},
        "routines": {
            "best-back": {
                "intervals": {"prepare": 5, "round_rest": 30, "switch": 3},
                "mode": "conditioning",
                "moves": {"row": {"reps": 10, "seconds": 30, "variation": "Supported"}},
            }
        },
        "week_plan": [
            {"day": "tuesday", "time": "07:00", "routine": "best-back"},
            {"day": "friday", "time": "18:30", "routine": "kettlebell-pull"},
        ],
    },
]


INTERVALS = ["prepare", "work", "rest", "round_rest", "rounds", "switch", "tempo_scale"]
numbers = st.one_of(
    st.integers(-5, 1000),
    st.sampled_from([1.0, 2.0, 3.0, 10.0, 30.0]),  # 2.0: the planner counts rounds with it
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["NaN", "Infinity", "2", True]),
)
interval_dicts = st.dictionaries(st.sampled_from(INTERVALS), numbers, min_size=1, max_size=5)
move_dicts = st.dictionaries(
    st.sampled_from(["row", "bird-dog", "plank"]),
    st.dictionaries(st.sampled_from(["reps", "seconds", "variation", "sets"]), numbers | values),
    max_size=2,
)
plan_entries = st.fixed_dictionaries(
    {
        "day": st.sampled_from(["monday", "Friday", "sunday", "funday", ""]) | values,
        "time": st.sampled_from(["07:00", "7:05", "23:59", "24:00", "07:60", "7", ""]) | values,
        "routine": st.sampled_from(["best-back", "other", " "]) | values,
    },
    optional={"note": values},
)
settings_docs = st.fixed_dictionaries(
    {"schema_version": st.just(1), "defaults": interval_dicts},
    optional={
        "week_plan": st.lists(plan_entries, max_size=4) | values,
        "routines": st.dictionaries(
            st.sampled_from(["best-back", "other"]),
            st.fixed_dictionaries(
                {}, optional={"intervals": interval_dicts, "moves": move_dicts, "mode": values}
            ),
            max_size=2,
        ),
    },
)


@given(file_bytes(mutated(SETTING_SEEDS) | settings_docs))
def test_a_settings_file_loads_and_plans_or_is_refused(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder: Path = tmp_path_factory.mktemp("settings")
    (folder / "settings.json").write_bytes(data)
    try:
        store = SetupStore(folder).load()
    except SetupFileError as exc:
        assert exc.path.startswith("$") and exc.reason
        return
    for routine in ROUTINES:
        intervals = store.setup(routine.id, IntervalSettings()).intervals
        for mode in [None, *(m.id for m in routine.modes)]:
            assert plan(routine, intervals, mode=mode).steps
    if store.read_only:  # a newer file: never written
        with pytest.raises(OSError):
            store.save()
        assert (folder / "settings.json").read_bytes() == data
        return
    before = json.loads(data.decode("utf-8-sig"))
    store.save()  # what loaded saves, and comes back the same with nothing dropped
    again = SetupStore(folder).load()
    assert (again.defaults, again.routines) == (store.defaults, store.routines)
    assert again.week_plan == store.week_plan
    after = json.loads((folder / "settings.json").read_text())
    assert before.keys() <= after.keys()
    for rid, entry in before.get("routines", {}).items():
        assert entry.keys() <= after["routines"][rid].keys()


# -- history lines -----------------------------------------------------------------------

RECORD_SEEDS: list[Any] = [
    {"type": "start", "session": "s1", "routine": "best-back", "title": "Best Back",
     "started_at": "2026-01-01T00:00:00+00:00", "planned_seconds": 600, "planned_sets": 9,
     "settings": {"rounds": 2, "tempo_scale": 1.5}},
    {"type": "step", "session": "s1", "index": 0, "kind": "work", "planned_seconds": 30,
     "actual_seconds": 31},
    {"type": "end", "session": "s1", "status": "completed",
     "ended_at": "2026-01-01T00:10:00+00:00"},
]  # fmt: skip


@given(st.lists(file_bytes(mutated(RECORD_SEEDS)), min_size=1, max_size=4), st.booleans())
def test_history_lines_are_read_or_set_aside_never_a_crash(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes], torn: bool
) -> None:
    folder: Path = tmp_path_factory.mktemp("history")
    header = b'{"format":"backtrainer-history","schema_version":1}\n'
    body = b"".join(line.replace(b"\n", b" ") + b"\n" for line in lines)
    (folder / "history.jsonl").write_bytes(header + body + (b'{"type":' if torn else b""))
    HistoryStore(folder).sessions()  # a reader
    store = HistoryStore(folder)
    try:
        assert store.open_for_writing(), store.problem  # the writer repairs what it must
        store.sessions()
    finally:
        store.close()
