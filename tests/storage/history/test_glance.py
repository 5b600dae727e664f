"""`glance`, the first session of `history --json` without msgspec: whenever it answers,
it answers what the store would, byte for byte; it answers for an ordinary history; and
whatever it finds on disk (any lines, any index), it never raises."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backtrainer.core.history import Deleted, NotesSet, Record, SessionEnded
from backtrainer.storage.history import glance
from backtrainer.storage.history.export import csv_chunks, session_json
from backtrainer.storage.history.indexer import open_index
from backtrainer.storage.history.layout import INDEX_NAME, LEGACY_NAME, LOG_NAME
from backtrainer.storage.history.lock import WriterLock
from backtrainer.storage.history.log import header_line
from backtrainer.storage.history.shape import CsvRows
from backtrainer.storage.history.store import HistoryStore
from tests.core.test_history import start, step


def write(folder: Path, records: list[Record]) -> None:
    store = HistoryStore(folder)
    assert store.append_all(records), store.problem
    store.close()
    assert open_index(folder / LOG_NAME) is not None


def store_first(folder: Path) -> tuple[str, bytes, str] | None:
    """The first session as the store gives it: (its id, its JSON as json_chunks lays it,
    its CSV rows)."""
    for session in HistoryStore(folder).each_session():
        body = msgspec.json.format(msgspec.json.encode(session_json(session)), indent=2)
        return session.id, body, "".join(csv_chunks([session], header=False))
    return None


def glanced(folder: Path) -> tuple[str, bytes, str] | None:
    found = glance.first_session(folder)
    if found is None:
        return None
    return found[0], glance.json_body(found[1]), glance.csv_text(found[1], CsvRows())


def ordinary() -> list[Record]:
    return [
        start("a", mode="strength", settings={"work": 40.0, "rounds": 3}, overrides=["rounds"]),
        step(0, "a", kind="prepare", planned_seconds=10.0, actual_seconds=10.0),
        step(1, "a", exercise="Renegade row", exercise_id="renegade-row", side="left", round=1),
        step(2, "a", reps=10, reps_counted=8, actual_seconds=41.37, adjusted_seconds=5.0),
        step(3, "a", skipped=True, actual_seconds=3.5),
        start("b"),
        NotesSet(session="a", notes='heavy · «ok» \u2028 "quoted"\n', effort=7),
        SessionEnded(session="a", status="stopped", ended_at="2024-05-01T08:00:00+02:00"),
        step(0, "b"),
    ]


def test_an_ordinary_history_is_glanced_as_the_store_reads_it(tmp_path: Path) -> None:
    write(tmp_path, ordinary())
    found = glanced(tmp_path)
    assert found is not None  # the quick way was taken
    assert found == store_first(tmp_path)
    assert b'"notes": "heavy \xc2\xb7 \xc2\xabok\xc2\xbb' in found[1]  # UTF-8, not escaped


def test_a_deleted_first_session_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path, [*ordinary(), Deleted(session="a")])
    found = glanced(tmp_path)
    assert found is not None and found[0] == "b"
    assert found == store_first(tmp_path)


def test_a_session_without_an_end_is_interrupted_and_without_steps_lasts_0(
    tmp_path: Path,
) -> None:
    write(tmp_path, [start("a")])
    found = glanced(tmp_path)
    assert found is not None and found == store_first(tmp_path)
    data = json.loads(found[1])
    assert (data["status"], data["seconds"], data["steps"]) == ("interrupted", 0, [])


@pytest.mark.parametrize(
    "change",
    ["appended", "no index", "legacy file", "writer running", "start again", "index torn"],
)
def test_anything_unusual_is_left_to_the_store(tmp_path: Path, change: str) -> None:
    write(tmp_path, ordinary())
    assert glanced(tmp_path) is not None
    lock = WriterLock(tmp_path)
    if change == "appended":  # the index no longer covers the log to the byte
        with (tmp_path / LOG_NAME).open("ab") as log:
            log.write(msgspec.json.encode(step(1, "b")) + b"\n")
    elif change == "no index":
        (tmp_path / INDEX_NAME).unlink()
    elif change == "legacy file":
        (tmp_path / LEGACY_NAME).write_text("[]")
    elif change == "writer running":  # its session would show as running
        assert lock.acquire()
    elif change == "start again":  # a second start replaces the session: the store's job
        write(tmp_path, [start("a", title="again")])
    else:
        index = tmp_path / INDEX_NAME
        index.write_bytes(index.read_bytes()[:-3])
    try:
        assert glance.first_session(tmp_path) is None
    finally:
        lock.release()


def test_the_glance_reads_the_index_the_store_writes() -> None:
    from backtrainer.storage.history.index import _Body

    assert len(_Body.__struct_fields__) == glance.COLUMNS
    assert _Body.__struct_fields__[:4] == ("deleted", "span_starts", "spans", "ids")


def test_the_quick_way_imports_neither_msgspec_nor_logging() -> None:
    """What makes it quick: checked in a fresh interpreter."""
    code = (
        "import sys\n"
        "import backtrainer.cli.main, backtrainer.cli.history\n"
        "import backtrainer.storage.history.glance, backtrainer.storage.paths\n"
        "heavy = {'msgspec', 'logging', 'PySide6'} & set(sys.modules)\n"
        "print(sorted(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- generated lines: whatever the log holds, the glance agrees with the store or abstains


def _number() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.floats(allow_nan=False, allow_infinity=False),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.sampled_from([30.0, 0.1, 1e16, 2.5e-05, 12.345, -0.0, 7]),
    )


def _anything() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        _number(),
        st.text(max_size=8),
        st.lists(st.integers(), max_size=2),
    )


@st.composite
def _spoilt(draw: st.DrawFn, fields: dict[str, Any]) -> bytes:
    """A record's line, left as it is most times; else with one field of any value,
    one field left out, a field no record has, or a key twice."""
    how = draw(st.integers(0, 11))
    keys = sorted(fields)
    if how == 0:
        fields[draw(st.sampled_from(keys))] = draw(_anything())
    elif how == 1:
        del fields[draw(st.sampled_from(keys))]
    elif how == 2:
        fields[draw(st.text(max_size=4))] = draw(_anything())
    text = json.dumps(fields, ensure_ascii=draw(st.booleans()))
    if how == 3 and len(fields) > 1:
        key = draw(st.sampled_from(sorted(fields)))
        text = text[:-1] + ", " + json.dumps(key) + ": " + json.dumps(draw(_anything())) + "}"
    return text.encode("utf-8", "surrogatepass")


@st.composite
def _line(draw: st.DrawFn, session: str) -> bytes:
    kind = draw(st.sampled_from(["step", "step", "step", "end", "notes", "delete", "restore"]))
    fields: dict[str, Any] = {"type": kind, "session": session}
    if kind == "step":
        fields |= {
            "index": draw(st.integers(0, 40)),
            "kind": draw(st.sampled_from(["work", "rest", "prepare"])),
            "exercise": draw(st.none() | st.text(max_size=6)),
            "round": draw(st.none() | st.integers(1, 3)),
            "planned_seconds": draw(_number()),
            "actual_seconds": draw(_number()),
            "reps": draw(st.none() | st.integers(1, 20)),
            "skipped": draw(st.booleans()),
        }
    elif kind == "end":
        fields |= {
            "status": draw(st.sampled_from(["completed", "stopped", "interrupted", "running"])),
            "ended_at": draw(st.text(max_size=6)),
        }
    elif kind == "notes":
        fields |= {
            "notes": draw(st.text(max_size=10)),
            "effort": draw(st.none() | st.integers(0, 11)),
        }
    return draw(_spoilt(fields))


@st.composite
def _log(draw: st.DrawFn) -> list[bytes]:
    first: dict[str, Any] = {
        "type": "start",
        "session": "a",
        "routine": draw(st.text(max_size=6)),
        "title": draw(st.text(max_size=6)),
        "mode": draw(st.none() | st.text(max_size=3)),
        "started_at": "2024-05-01T07:30:00+02:00",
        "planned_seconds": draw(_number()),
        "planned_sets": draw(st.integers(0, 20)),
        "settings": draw(st.dictionaries(st.text(max_size=3), _number(), max_size=2)),
        "overrides": draw(st.lists(st.text(max_size=3), max_size=2)),
    }
    second = first | {"session": "b"}
    lines = [draw(_spoilt(first)), *draw(st.lists(_line("a"), max_size=6))]
    return [*lines, draw(_spoilt(second)), *draw(st.lists(_line("b"), max_size=2))]


@given(lines=_log())
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_generated_lines_give_what_the_store_gives_or_nothing(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes]
) -> None:
    folder = tmp_path_factory.mktemp("h")
    (folder / LOG_NAME).write_bytes(header_line() + b"".join(line + b"\n" for line in lines))
    open_index(folder / LOG_NAME)  # None for a log it does not cover: then no index
    found = glanced(folder)
    if found is not None:
        assert found == store_first(folder)


@given(data=st.binary(max_size=600), cut=st.integers(0, 2000), flip=st.integers(0, 2000))
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_index_bytes_give_the_store_s_answer_or_nothing(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, cut: int, flip: int
) -> None:
    folder = tmp_path_factory.mktemp("h")
    write(folder, ordinary())
    index = folder / INDEX_NAME
    good = bytearray(index.read_bytes())
    if flip < len(good):
        good[flip] ^= 0x41
    for attempt in (bytes(good), bytes(good[:cut]), data, bytes(good[:cut]) + data):
        index.write_bytes(attempt)
        found = glanced(folder)
        if found is not None:
            assert found == store_first(folder)
