"""The user's routines on disk: duplicate, save, import, export, delete. A refused file
leaves the user routines folder exactly as it was, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest

from backtrainer.core.model import Reps
from backtrainer.storage import paths
from backtrainer.storage.routine_files import (
    RoutineExists,
    check_routine,
    delete_user_routine,
    duplicate,
    export_routine,
    import_routine,
    routine_json,
    save_user_routine,
    taken_ids,
)
from backtrainer.storage.routines import MAX_FILE_BYTES, RoutineError, RoutineLibrary
from tests.factories import block, exercise, routine_dict

MOVE = "$.blocks[0].exercises"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder (hidden temporary files too), with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def good(routine_id: str = "mine") -> dict[str, Any]:
    data = routine_dict(block(exercise("row", reps=10, sides="each"), exercise("hold")))
    return data | {"id": routine_id, "title": "Mine"}


def write(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def user_dir() -> Path:
    """The user routines folder, already holding one routine of the user's."""
    folder = paths.user_routines_dir()
    write(folder / "existing.json", good("existing"))
    return folder


def test_every_bundled_routine_encodes_to_json_that_reads_back_equal() -> None:
    library = RoutineLibrary.load()
    for loaded in library.routines.values():
        data = routine_json(loaded.routine)
        assert data == check_routine(loaded.routine)
        assert data.startswith(b'{\n  "schema_version": 1,\n  "id": ')  # model order, indented
        assert routine_json(msgspec.json.decode(data, type=type(loaded.routine))) == data


def test_duplicate_of_a_bundled_routine_gets_a_fresh_id_and_leaves_the_bundled_file(
    user_dir: Path,
) -> None:
    library = RoutineLibrary.load()
    original = library.routines["best-back"]
    before = original.file.read_bytes()
    copy = duplicate(original.routine, taken_ids(library))
    assert (copy.id, copy.title) == ("best-back-copy", "Best Back Workout (copy)")
    assert copy.blocks == original.routine.blocks

    path = save_user_routine(copy, library)
    assert path == user_dir / "best-back-copy.json"
    assert original.file.read_bytes() == before
    reloaded = RoutineLibrary.load()
    assert reloaded.routines["best-back-copy"].routine == copy
    assert reloaded.routines["best-back-copy"].bundled is False
    assert reloaded.routines["best-back"].routine == original.routine

    again = duplicate(copy, taken_ids(reloaded))  # a copy of a copy: no "-copy-copy"
    assert (again.id, again.title) == ("best-back-copy-2", "Best Back Workout (copy 2)")


def test_duplicate_keeps_a_long_id_and_title_within_the_format() -> None:
    library = RoutineLibrary.load()
    routine = msgspec.structs.replace(
        library.routines["best-back"].routine, id="a" * 64, title="T" * 120
    )
    copy = duplicate(routine, {"a" * 59 + "-copy"})
    assert copy.id == "a" * 57 + "-copy-2" and len(copy.title) == 120
    check_routine(copy)


def test_saving_an_edited_user_routine_replaces_its_file(user_dir: Path) -> None:
    library = RoutineLibrary.load()
    loaded = library.routines["existing"]
    edited = msgspec.structs.replace(loaded.routine, title="Renamed")
    assert save_user_routine(edited, library, replace=loaded.file) == loaded.file
    assert RoutineLibrary.load().routines["existing"].routine.title == "Renamed"
    assert sorted(snapshot(user_dir)) == ["existing.json"]  # no temporary file left


def test_saving_refuses_an_invalid_routine_a_taken_id_and_a_bundled_id(user_dir: Path) -> None:
    library = RoutineLibrary.load()
    before = snapshot(user_dir)
    routine = library.routines["existing"].routine
    move = routine.blocks[0].exercises[0]
    assert isinstance(move.dose, Reps)
    bad_move = msgspec.structs.replace(move, dose=msgspec.structs.replace(move.dose, reps=0))
    bad_block = msgspec.structs.replace(routine.blocks[0], exercises=[bad_move])
    invalid = msgspec.structs.replace(routine, id="new-one", blocks=[bad_block])
    with pytest.raises(RoutineError) as info:
        save_user_routine(invalid, library)
    assert info.value.path == "$.blocks[0].exercises[0].dose.reps"
    with pytest.raises(RoutineExists):
        save_user_routine(routine, library)
    bundled = library.routines["best-back"].routine
    with pytest.raises(RoutineError, match="bundled routine"):
        save_user_routine(bundled, library, replace=user_dir / "existing.json")
    assert snapshot(user_dir) == before


@pytest.mark.parametrize(
    ("content", "path", "reason"),
    [
        ('{\n  "schema_version": 1,\n  oops\n}', "$", "line 3, column 3"),
        ({"blocks.0.exercises.0.dose.reps": "ten"}, f"{MOVE}[0].dose.reps", "got `str`"),
        ({"blocks.0.exercises.1.repz": 3}, f"{MOVE}[1]", "unknown field `repz`"),
        ({"blocks.0.exercises.1.id": "row"}, f"{MOVE}[1].id", "used twice"),
        ({"intervals.rounds": {"default": 2, "min": 3, "max": 1}}, "$.intervals.rounds", "above"),
        ({"id": "best-back"}, "$.id", "belongs to a bundled routine"),
        ({"id": "existing"}, "$.id", "already used by"),
        ({"notes": ["x" * 1000] * (MAX_FILE_BYTES // 1000)}, "$", "at most 1,000,000"),
    ],
    ids=["not-json", "wrong-type", "unknown-field", "cross-field", "interval-range",
         "bundled-id", "user-id", "too-large"],
)  # fmt: skip
def test_a_bad_import_names_file_path_and_reason_and_adds_nothing(
    tmp_path: Path, user_dir: Path, content: str | dict[str, Any], path: str, reason: str
) -> None:
    data: str | dict[str, Any] = content
    if isinstance(content, dict):
        data = good("incoming")
        for dotted, value in content.items():
            *parents, last = dotted.split(".")
            target: Any = data
            for key in parents:
                target = target[int(key)] if key.isdigit() else target[key]
            target[last] = value
    source = write(tmp_path / "incoming.json", data)
    before = snapshot(user_dir)
    with pytest.raises(RoutineError) as info:
        import_routine(source)
    error = info.value
    assert (error.file, error.path) == (source, path)
    assert reason in error.reason
    assert str(source) in str(error) and path in str(error)
    assert snapshot(user_dir) == before


def test_import_copies_the_file_and_the_routine_can_be_planned(tmp_path: Path) -> None:
    source = write(tmp_path / "any-name.json", good("incoming"))
    routine, target = import_routine(source)
    assert target == paths.user_routines_dir() / "incoming.json"
    assert target.read_bytes() == source.read_bytes()
    loaded = RoutineLibrary.load().routines["incoming"]
    assert loaded.routine == routine and not loaded.bundled


def test_replace_is_for_the_users_own_routines_only(tmp_path: Path, user_dir: Path) -> None:
    source = write(tmp_path / "new.json", good("existing") | {"title": "Newer"})
    with pytest.raises(RoutineExists, match="--replace"):
        import_routine(source)
    import_routine(source, replace=True)
    assert RoutineLibrary.load().routines["existing"].routine.title == "Newer"
    bundled = write(tmp_path / "b.json", good("best-back"))
    with pytest.raises(RoutineError, match="cannot be replaced"):
        import_routine(bundled, replace=True)


def test_export_then_import_round_trips(tmp_path: Path) -> None:
    library = RoutineLibrary.load()
    original = library.routines["one-dumbbell-back"].routine
    dest = tmp_path / "out" / "shared.json"
    dest.parent.mkdir()
    export_routine(original, dest)
    renamed = json.loads(dest.read_text()) | {"id": "shared"}
    write(dest, renamed)
    routine, _ = import_routine(dest)
    assert msgspec.structs.replace(routine, id=original.id) == original


def test_delete_a_user_routine_but_never_a_bundled_one(user_dir: Path) -> None:
    library = RoutineLibrary.load()
    delete_user_routine(library.routines["existing"])
    assert "existing" not in RoutineLibrary.load().routines
    with pytest.raises(RoutineError, match="cannot be deleted"):
        delete_user_routine(library.routines["best-back"])
    assert library.routines["best-back"].file.exists()
