"""`backtrainer import` and `backtrainer export`, as a script would use them."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from backtrainer.storage.routines import decode_routine, load_routine
from tests.cli.test_main import run
from tests.factories import block, exercise, routine_dict
from tests.storage.test_routine_files import snapshot


def routine_file(path: Path, routine_id: str = "shared", **changes: object) -> Path:
    data = routine_dict(block(exercise("row", reps=10, sides="each"))) | {"id": routine_id}
    path.write_text(json.dumps(data | changes), encoding="utf-8")
    return path


def test_import_then_list_plan_and_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    source = routine_file(tmp_path / "from-a-friend.json")
    code, out, err = run(capsys, "import", str(source))
    assert code == 0, err
    assert out == f"Imported shared (Test routine) into {data_dir / 'routines' / 'shared.json'}\n"

    code, out, _ = run(capsys, "routines", "--json")
    assert [r["bundled"] for r in json.loads(out) if r["id"] == "shared"] == [False]
    code, out, _ = run(capsys, "plan", "shared", "--json")
    assert code == 0 and json.loads(out)["routine"] == "shared"

    code, out, _ = run(capsys, "export", "shared", "-")
    assert code == 0
    assert decode_routine(out.encode(), "-") == load_routine(source)


def test_export_to_a_file_and_import_it_back_under_another_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dest = tmp_path / "kb.json"
    code, out, err = run(capsys, "export", "kettlebell-pull", str(dest))
    assert code == 0, err
    assert out == f"Exported kettlebell-pull (Kettlebell Pull Workout) to {dest}\n"
    code, _, err = run(capsys, "import", str(dest))
    assert code == 2
    assert "belongs to a bundled routine" in err
    dest.write_text(dest.read_text().replace('"id": "kettlebell-pull"', '"id": "my-kb"', 1))
    code, _, err = run(capsys, "import", str(dest))
    assert code == 0, err
    _, bundled, _ = run(capsys, "plan", "kettlebell-pull", "--json")
    _, mine, _ = run(capsys, "plan", "my-kb", "--json")
    assert json.loads(mine)["steps"] == json.loads(bundled)["steps"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "{bad}"], "bad.json: Expected `int`, got `str` (at $.blocks[0].exercises[0]"),
        (["import", "{missing}"], "missing.json: cannot read the file"),
        (["import", "{taken}"], "id 'mine' is already used by"),
        (["import", "{taken}"], "use --replace to replace it (at $.id)"),
        (["export", "nope", "{out}"], "no routine 'nope'"),
        (["export", "best-back", "{nowhere}"], "cannot write the file"),
    ],
)
def test_errors_name_the_file_and_exit_2_adding_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
    argv: list[str],
    message: str,
) -> None:
    user_dir = data_dir / "routines"
    user_dir.mkdir(parents=True)
    routine_file(user_dir / "mine.json", "mine")
    bad = routine_file(tmp_path / "bad.json")
    bad.write_text(bad.read_text().replace('"reps": 10', '"reps": "10"'))
    names = {
        "bad": bad,
        "missing": tmp_path / "missing.json",
        "taken": routine_file(tmp_path / "taken.json", "mine"),
        "out": tmp_path / "out.json",
        "nowhere": tmp_path / "no" / "such" / "folder.json",
    }
    before = snapshot(user_dir)
    code, out, err = run(capsys, *(a.format(**names) for a in argv))
    assert code == 2
    assert out == ""
    assert message in err
    assert err.startswith("backtrainer: error: ")
    assert snapshot(user_dir) == before


def test_replace_updates_the_users_own_routine(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = routine_file(tmp_path / "a.json", "mine")
    assert run(capsys, "import", str(first))[0] == 0
    second = routine_file(tmp_path / "b.json", "mine", title="Second")
    code, _, err = run(capsys, "import", str(second), "--replace")
    assert code == 0, err
    _, out, _ = run(capsys, "routines", "--json")
    assert [r["title"] for r in json.loads(out) if r["id"] == "mine"] == ["Second"]


def test_import_into_a_data_folder_that_cannot_be_written_is_one_error_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = routine_file(tmp_path / "from-a-friend.json")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(blocker / "data"), "import", str(source))
    assert code == 2 and out == ""
    assert err.startswith("backtrainer: error: ") and "Traceback" not in err
    assert err.count("\n") == 1
    assert ": cannot write it: Not a directory" in err


def test_import_on_a_full_disk_names_the_file_it_could_not_write(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(fd: int) -> None:  # a full disk: the error carries no file name of its own
        raise OSError(errno.ENOSPC, "No space left on device")

    source = routine_file(tmp_path / "from-a-friend.json", "friend")
    monkeypatch.setattr(os, "fsync", full)
    code, out, err = run(capsys, "import", str(source))
    assert code == 2 and out == ""
    target = data_dir / "routines" / "friend.json"
    assert err == f"backtrainer: error: {target}: cannot write it: No space left on device\n"
    assert not target.exists()


def test_a_routine_reference_too_long_for_a_file_name_is_no_such_routine(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    long_ref = "a" * 300
    for argv in (["plan", long_ref], ["export", long_ref, str(tmp_path / "out.json")]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == "", argv
        assert err.startswith("backtrainer: error: ") and err.count("\n") == 1, err
        assert "Traceback" not in err and "no routine" in err.lower(), err
    code, out, err = run(capsys, "--start", long_ref)
    assert code == 2 and "Traceback" not in err and err.count("\n") == 1, err
