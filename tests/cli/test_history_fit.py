"""`backtrainer history --fit DIR [--since DATE] [--routine ID]`, as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from garmin_fit_sdk import Decoder, Stream

from backtrainer.core.history import Deleted, Record, SessionEnded
from tests.cli.test_history import write
from tests.cli.test_main import run
from tests.core.test_history import start, step


def session(sid: str, day: int, routine: str = "best-back", steps: int = 2) -> list[Record]:
    return [
        start(sid, routine=routine, started_at=f"2024-05-{day:02d}T07:30:00+02:00"),
        *(step(i, sid, exercise="Superman", exercise_id="superman", reps=10) for i in range(steps)),
        SessionEnded(session=sid, status="completed", ended_at=f"2024-05-{day:02d}T08:00:00+02:00"),
    ]


@pytest.fixture
def history(data_dir: Path) -> None:
    write(
        data_dir / "history",
        [
            *session("a" * 32, 1),
            *session("b" * 32, 3, routine="kettlebell-pull"),
            *session("c" * 32, 5),
            *session("d" * 32, 6),
            Deleted(session="d" * 32),
            *session("e" * 32, 7, steps=0),
        ],
    )


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.usefixtures("history")
def test_every_session_done_becomes_a_file_garmin_reads(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "fit"
    code, stdout, stderr = run(capsys, "history", "--fit", str(out))
    assert code == 0
    assert names(out) == [
        "2024-05-01_053000Z_best-back_aaaaaaaa.fit",
        "2024-05-03_053000Z_kettlebell-pull_bbbbbbbb.fit",
        "2024-05-05_053000Z_best-back_cccccccc.fit",
    ]  # the deleted one is not exported; the one without a set is left out, and said
    assert stdout.split() == [str(out / n) for n in names(out)]
    assert "Wrote 3 FIT file(s)" in stderr and "1 left out" in stderr
    for path in out.iterdir():
        messages, errors = Decoder(Stream.from_file(str(path))).read()
        assert errors == []
        assert [s["repetitions"] for s in messages["set_mesgs"]] == [10, 10]


@pytest.mark.usefixtures("history")
def test_since_and_routine_choose_the_sessions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "fit"
    assert run(capsys, "history", "--fit", str(out), "--since", "2024-05-02")[0] == 0
    assert len(names(out)) == 2
    out2 = tmp_path / "fit2"
    args = ("--since", "2024-05-02", "--routine", "best-back")
    assert run(capsys, "history", "--fit", str(out2), *args)[0] == 0
    assert names(out2) == ["2024-05-05_053000Z_best-back_cccccccc.fit"]


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--since", "2024-05-02"], "--since chooses the sessions of --fit DIR"),
        (["--routine", "best-back", "--json"], "--routine chooses the sessions of --fit DIR"),
        (["--fit", "X", "--since", "May 2nd"], "'May 2nd' is not a date like 2024-05-01"),
        (["--fit", "X", "--csv"], "not allowed with argument"),
    ],
)
def test_mistakes_are_said_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    argv = [str(tmp_path / "x") if a == "X" else a for a in argv]
    code, stdout, stderr = run(capsys, "history", *argv)
    assert code == 2 and stdout == ""
    assert message in stderr and "Traceback" not in stderr


@pytest.mark.usefixtures("history")
def test_a_folder_that_cannot_be_written_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("")
    code, _out, err = run(capsys, "history", "--fit", str(a_file))
    assert code == 2 and f"{a_file}: not a folder" in err
    code, _out, err = run(capsys, "history", "--fit", str(a_file / "sub"))
    assert code == 2 and f"{a_file / 'sub'}: cannot write it" in err
