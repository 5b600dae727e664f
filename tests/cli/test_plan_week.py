"""`backtrainer plan-week [--json] [--ics FILE] [--tz ZONE]`, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.cli.test_main import run

PLAN = [
    {"day": "tuesday", "time": "07:00", "routine": "best-back"},
    {"day": "friday", "time": "07:00", "routine": "best-back"},
]


def save_plan(data_dir: Path, plan: object) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"schema_version": 1, "week_plan": plan}))


def test_without_a_plan_it_says_where_to_make_one(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    assert run(capsys, "plan-week") == (
        0,
        "No weekly plan yet: make one in the window, Settings > Weekly plan.\n",
        "",
    )
    code, _out, err = run(capsys, "plan-week", "--ics", str(tmp_path / "x.ics"))
    assert code == 2 and "no weekly plan to export" in err


def test_the_plan_shown_and_exported(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    save_plan(data_dir, PLAN)
    code, out, _err = run(capsys, "plan-week")
    assert (code, out) == (0, "Tue 07:00 Best Back Workout\nFri 07:00 Best Back Workout\n")
    code, out, _err = run(capsys, "plan-week", "--json", "--tz", "America/New_York")
    shown = json.loads(out)
    assert shown["time_zone"] == "America/New_York"
    assert [e["day"] for e in shown["entries"]] == ["tuesday", "friday"]
    assert shown["entries"][0]["seconds"] > 0
    target = tmp_path / "week.ics"
    code, _out, err = run(capsys, "plan-week", "--ics", str(target), "--tz", "Europe/Paris")
    assert code == 0 and "Wrote 2 weekly event(s) in Europe/Paris" in err
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["DTSTART"].params["TZID"]) for e in events] == ["Europe/Paris"] * 2
    assert all("backtrainer --start best-back" in str(e["DESCRIPTION"]) for e in events)
    code, out, _err = run(capsys, "plan-week", "--ics", "-")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("plan", "argv", "message"),
    [
        (PLAN, ["--tz", "Mars/Olympus"], "--tz: 'Mars/Olympus' is not a time zone name"),
        (
            [{"day": "monday", "time": "07:00", "routine": "gone"}],
            [],
            "the weekly plan names the routine 'gone' (Monday 07:00), which is not installed",
        ),
        ([{"day": "monday", "time": "7am", "routine": "x"}], [], "(at $.week_plan[0].time)"),
    ],
)
def test_mistakes_are_said_in_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, plan: object, argv: list[str], message: str
) -> None:
    save_plan(data_dir, plan)
    code, out, err = run(capsys, "plan-week", *argv)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err
