"""`backtrainer history`, as a script would use it: output shapes, statuses, and that it
reads the files as they are without ever changing them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backtrainer.core.history import Deleted, NotesSet, Record, SessionEnded
from backtrainer.storage.history.store import HistoryStore
from tests.cli.test_main import run
from tests.core.test_history import start, step

STEP_KEYS = {"kind", "exercise", "side", "round", "planned_seconds", "actual_seconds", "reps"}


def ended(session: str, status: str) -> SessionEnded:
    return SessionEnded(session=session, status=status, ended_at="2024-05-01T08:00:00+02:00")  # type: ignore[arg-type]


def session_records(session: str, steps: int, day: int) -> list[Record]:
    return [
        start(session, started_at=f"2024-05-{day:02d}T07:30:00+02:00"),
        *(step(i, session, exercise="Renegade row", side="left", round=1) for i in range(steps)),
    ]


def write(folder: Path, records: list[Record]) -> None:
    store = HistoryStore(folder)
    for record in records:
        assert store.append(record), store.problem
    store.close()


@pytest.fixture
def history(data_dir: Path) -> Iterator[HistoryStore]:
    """Done, stopped, interrupted and deleted sessions, and a live writer whose session
    "live" is running."""
    write(
        data_dir / "history",
        [
            *session_records("done", 3, 1),
            ended("done", "completed"),
            *session_records("stopped", 1, 2),
            ended("stopped", "stopped"),
            *session_records("crashed", 2, 3),
            *session_records("gone", 1, 4),
            Deleted(session="gone"),
        ],
    )
    writer = HistoryStore()
    assert writer.open_for_writing()
    for record in session_records("live", 1, 5):
        assert writer.append(record)
    yield writer
    writer.close()


def test_json_lists_sessions_with_their_statuses(
    capsys: pytest.CaptureFixture[str], history: HistoryStore
) -> None:
    code, out, err = run(capsys, "history", "--json")
    assert code == 0, err
    sessions = json.loads(out)
    assert [(s["id"], s["status"]) for s in sessions] == [
        ("done", "completed"),
        ("stopped", "stopped"),
        ("crashed", "interrupted"),
        ("live", "running"),
    ]
    for s in sessions:
        assert {"id", "routine", "started_at", "status", "steps"} <= s.keys()
        assert s["started_at"].endswith("+02:00")
        for one in s["steps"]:
            assert one.keys() >= STEP_KEYS
    assert sessions[0]["routine"] == "one-dumbbell-back"
    assert [len(s["steps"]) for s in sessions] == [3, 1, 2, 1]
    assert sessions[0]["steps"][0]["index"] == 0
    assert sessions[0]["steps"][0]["exercise"] == "Renegade row"
    assert sessions[0]["steps"][0]["actual_seconds"] == 30.0

    history.close()  # the writer is gone: its session no longer runs
    code, out, _ = run(capsys, "history", "--json")
    assert json.loads(out)[-1]["status"] == "interrupted"


def test_csv_has_one_row_per_step(
    capsys: pytest.CaptureFixture[str], history: HistoryStore
) -> None:
    code, out, err = run(capsys, "history", "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3 + 1 + 2 + 1
    assert {"session", "routine", "started_at", "status", "kind", "actual_seconds"} <= set(rows[0])
    assert [r["status"] for r in rows if r["session"] == "live"] == ["running"]
    assert "gone" not in {r["session"] for r in rows}
    assert {r["notes"] for r in rows} == {""} and {r["effort"] for r in rows} == {""}


def test_csv_carries_notes_and_effort(
    capsys: pytest.CaptureFixture[str], history: HistoryStore
) -> None:
    assert history.append(NotesSet(session="done", notes="Felt strong, 2 kg up", effort=8))
    code, out, err = run(capsys, "history", "--csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    done = [(r["notes"], r["effort"]) for r in rows if r["session"] == "done"]
    assert done == [("Felt strong, 2 kg up", "8")] * 3
    assert {(r["notes"], r["effort"]) for r in rows if r["session"] != "done"} == {("", "")}


def test_plain_output_is_one_line_per_session(
    capsys: pytest.CaptureFixture[str], history: HistoryStore
) -> None:
    code, out, err = run(capsys, "history")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("2024-05-01 07:30  One-dumbbell back circuit")
    assert "1:30" in lines[0] and "3/16 sets" in lines[0] and lines[0].endswith("completed")
    assert [line.split()[-1] for line in lines] == [
        "completed",
        "stopped",
        "interrupted",
        "running",
    ]


def test_plain_output_speaks_the_language_of_the_window(
    capsys: pytest.CaptureFixture[str], history: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LANG=de_DE.UTF-8: the sets and the statuses in German; --json stays English."""
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, err = run(capsys, "history")
    assert code == 0, err
    lines = out.splitlines()
    assert "3/16 Sätze" in lines[0]
    assert [line.split()[-1] for line in lines] == [
        "abgeschlossen",
        "beendet",
        "unterbrochen",
        "läuft",
    ]
    assert json.loads(run(capsys, "history", "--json")[1])[0]["status"] == "completed"


def test_an_empty_history(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, "history")[:2] == (0, "No workouts on record yet.\n")
    assert json.loads(run(capsys, "history", "--json")[1]) == []
    assert not (data_dir / "history").exists()  # reading creates nothing


def test_data_dir_before_or_after_the_subcommand(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other"
    write(other / "history", [*session_records("elsewhere", 1, 9), ended("elsewhere", "completed")])
    for argv in (
        ["--data-dir", str(other), "history", "--json"],
        ["history", "--json", "--data-dir", str(other)],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        assert [s["id"] for s in json.loads(out)] == ["elsewhere"]
    assert json.loads(run(capsys, "history", "--json")[1]) == []


def test_json_and_csv_together_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "history", "--json", "--csv")
    assert code == 2 and out == "" and "not allowed" in err


def test_a_newer_format_is_an_error(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    folder = data_dir / "history"
    folder.mkdir(parents=True)
    (folder / "history.jsonl").write_text('{"format":"backtrainer-history","schema_version":9}\n')
    code, out, err = run(capsys, "history", "--json")
    assert code == 2 and out == ""
    assert err.startswith("backtrainer: error: ") and "newer BackTrainer" in err


def test_a_damaged_file_is_shown_with_a_warning_and_left_as_it_is(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    folder = data_dir / "history"
    write(folder, [*session_records("s1", 3, 1), ended("s1", "completed")])
    path = folder / "history.jsonl"
    lines = path.read_bytes().split(b"\n")
    lines[2] = b"{broken"
    damaged = b"\n".join(lines) + b'{"type":"st'  # and a torn last line
    path.write_bytes(damaged)
    before = sorted(p.name for p in folder.iterdir())
    code, out, err = run(capsys, "history", "--json")
    assert code == 0
    assert [len(s["steps"]) for s in json.loads(out)] == [2]
    assert err.startswith("backtrainer: warning: ") and "damaged" in err
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in folder.iterdir()) == before


def test_history_does_not_load_qt() -> None:
    code = (
        "import sys; from backtrainer.cli.main import main\n"
        "main(['history', '--json'])\n"
        "sys.stderr.write(str(sorted(n for n in sys.modules if n.startswith('PySide6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stderr.strip().endswith("[]")


def test_json_and_csv_are_streamed_as_the_whole_history_reads(
    capsys: pytest.CaptureFixture[str], history: HistoryStore, data_dir: Path
) -> None:
    from backtrainer.storage.history.store import csv_text, session_json

    whole = [s for s in HistoryStore().sessions() if not s.deleted]
    for _twice in range(2):  # the index made, then read back
        code, out, err = run(capsys, "history", "--json")
        assert code == 0 and err == ""
        assert out.startswith("[\n  {\n    ")
        assert json.loads(out) == json.loads(json.dumps([session_json(s) for s in whole]))
        code, out, err = run(capsys, "history", "--csv")
        assert code == 0 and out == csv_text(whole)
        assert (data_dir / "history" / "history.index").exists()


def test_json_s_first_session_read_quickly_is_the_one_the_store_would_write(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No writer running: the first session is read without msgspec (`glance`) once the
    index is made, and the output is the same to the byte, the first session passed over
    when deleted, the rest after it."""
    from backtrainer.storage.history import glance

    write(
        data_dir / "history",
        [
            *session_records("gone", 1, 1),
            *session_records("first", 2, 2),
            NotesSet(session="first", notes="Schwer · «gut»", effort=8),
            ended("first", "completed"),
            *session_records("crashed", 2, 3),
            Deleted(session="gone"),
        ],
    )
    answers: list[object] = []
    real = glance.first_session
    monkeypatch.setattr(glance, "first_session", lambda f: answers.append(real(f)) or answers[-1])
    outputs = [run(capsys, "history", "--json") for _twice in range(2)]  # the index made, then read
    assert answers[0] is None and answers[1] is not None
    assert outputs[0] == outputs[1]
    monkeypatch.setattr(glance, "first_session", lambda folder: None)
    assert run(capsys, "history", "--csv") == run(capsys, "history", "--csv")
    monkeypatch.setattr(glance, "first_session", real)
    rows = run(capsys, "history", "--csv")
    assert rows[0] == 0 and rows[1].count("\n") == 1 + 2 + 2  # the header, each step
    monkeypatch.setattr(glance, "first_session", lambda folder: None)
    assert run(capsys, "history", "--csv") == rows
    code, out, err = outputs[1]
    assert code == 0 and err == ""
    assert [s["id"] for s in json.loads(out)] == ["first", "crashed"]
    assert json.loads(out)[0]["notes"] == "Schwer · «gut»"


def test_json_read_by_a_reader_that_stops_at_once_ends_quietly(data_dir: Path) -> None:
    """`backtrainer history --json | head -c 1`: no traceback, exit status 0."""
    write(data_dir / "history", [*session_records("first", 2, 2), *session_records("b", 1, 3)])
    command = [sys.executable, "-m", "backtrainer", "--data-dir", str(data_dir)]
    subprocess.run([*command, "history", "--json"], capture_output=True, check=True)  # index
    for _run in range(3):
        with subprocess.Popen(
            [*command, "history", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ) as child:
            assert child.stdout is not None and child.stderr is not None
            assert child.stdout.read(1) == b"["
            child.stdout.close()
            err = child.stderr.read()
            assert child.wait() == 0 and err == b""
