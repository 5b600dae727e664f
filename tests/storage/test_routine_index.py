"""The routine index: the list's names without decoding a routine, used only while every
file is as it was stamped, and garbage in it is a rebuild, never an exception."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backtrainer.storage import paths
from backtrainer.storage.routine_index import Entry, read_index, stamps, write_index
from backtrainer.storage.routines import RoutineLibrary
from tests.factories import block, exercise, routine_dict


def folders(tmp_path: Path) -> tuple[Path, Path]:
    user = tmp_path / "routines"
    user.mkdir(exist_ok=True)
    return paths.bundled_routines_dir(), user


def indexed(tmp_path: Path) -> tuple[Path, list[tuple[str, int, int]], RoutineLibrary]:
    bundled, user = folders(tmp_path)
    current = stamps((bundled, user))
    library = RoutineLibrary.load(bundled, user)
    index = tmp_path / "cache" / "routine-index.json"
    write_index(index, current, library)
    return index, current, library


def test_the_index_lists_what_the_library_lists(tmp_path: Path) -> None:
    index, current, library = indexed(tmp_path)
    entries = read_index(index, current)
    assert entries is not None
    assert [e.id for e in entries] == list(library.routines)
    first = library.routines[entries[0].id]
    assert entries[0] == Entry(
        first.routine.id,
        first.routine.title,
        first.routine.source.coach,
        tuple(first.routine.equipment),
        tuple(first.routine.focus),
        bundled=True,
    )


def test_a_changed_added_or_removed_file_makes_the_index_stale(tmp_path: Path) -> None:
    index, _, _ = indexed(tmp_path)
    bundled, user = folders(tmp_path)
    mine = user / "mine.json"
    mine.write_text(json.dumps(routine_dict(block(exercise("row", reps=10))) | {"id": "mine"}))
    assert read_index(index, stamps((bundled, user))) is None  # added
    index, current, _ = indexed(tmp_path)
    assert read_index(index, current) is not None
    status = mine.stat()
    os.utime(mine, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    assert read_index(index, stamps((bundled, user))) is None  # touched
    index, current, _ = indexed(tmp_path)
    mine.unlink()
    assert read_index(index, stamps((bundled, user))) is None  # removed


def test_the_index_is_in_one_language_and_read_only_in_it(tmp_path: Path) -> None:
    """The list is first shown from the index: in German, German titles, and an index
    written in English is not German (it is made anew once the library is loaded)."""
    bundled, user = folders(tmp_path)
    current = stamps((bundled, user))
    index = tmp_path / "cache" / "routine-index.json"
    write_index(index, current, RoutineLibrary.load(bundled, user), "de")
    german = read_index(index, current, "de")
    assert german is not None
    assert "Bestes Rückentraining" in [e.title for e in german]
    assert read_index(index, current, "en") is None
    assert read_index(index, current) is None  # English unless said


def test_a_missing_index_reads_as_none(tmp_path: Path) -> None:
    assert read_index(tmp_path / "nothing.json", []) is None


index_like = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12)
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(["version", "files", "routines", "id", "title", "coach",
                             "equipment", "focus", "bundled"]) | st.text(max_size=6),
            inner,
            max_size=6,
        ),
    ),
    max_leaves=25,
)  # fmt: skip
garbage = st.one_of(
    index_like.map(lambda d: json.dumps(d).encode()),
    st.binary(max_size=300),
    st.integers(1, 20_000).map(lambda n: b"[" * n + b"]" * n),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(garbage, st.data())
def test_garbage_in_the_index_is_a_rebuild_never_an_exception(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, draw: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("index")
    index = folder / "routine-index.json"
    index.write_bytes(data)
    current = draw.draw(
        st.lists(st.tuples(st.text(max_size=10), st.integers(0, 2**63), st.integers(0, 10**6)))
    )
    entries = read_index(index, current)
    assert entries is None or all(isinstance(e, Entry) for e in entries)


def test_a_damaged_valid_index_is_refused(tmp_path: Path) -> None:
    """One field of the right document made wrong: refused as a whole."""
    index, current, _ = indexed(tmp_path)
    document = json.loads(index.read_text())
    document["routines"][0]["focus"] = "back"
    index.write_text(json.dumps(document))
    assert read_index(index, current) is None
    index.write_bytes(index.read_bytes()[:40])  # a torn write
    assert read_index(index, current) is None
