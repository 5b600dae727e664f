"""The weekly plan in settings.json: saved with the other settings, read strictly, errors
naming the file, the JSON path and the reason; fields a newer version adds are kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backtrainer.core.plan_week import PlanEntry, WeekPlan, parse_time
from backtrainer.core.settings import IntervalSettings
from backtrainer.storage.setup_store import SetupFileError, SetupStore

PLAN = WeekPlan(
    (
        PlanEntry(1, parse_time("07:00"), "best-back"),
        PlanEntry(4, parse_time("18:30"), "kettlebell-pull"),
    )
)


def test_the_plan_is_saved_with_the_settings_and_read_back(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"schema_version": 1, "defaults": {"work": 40}, "later": {"x": 1}})
    )
    store = SetupStore(tmp_path).load()
    assert not store.week_plan
    store.week_plan = PLAN
    store.save()
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved["week_plan"] == [
        {"day": "tuesday", "time": "07:00", "routine": "best-back"},
        {"day": "friday", "time": "18:30", "routine": "kettlebell-pull"},
    ]
    assert saved["later"] == {"x": 1} and saved["defaults"] == {"work": 40}
    again = SetupStore(tmp_path).load()
    assert again.week_plan == PLAN and again.defaults == IntervalSettings(work=40)


@pytest.mark.parametrize(
    ("plan", "path", "reason"),
    [
        ({"day": "tuesday"}, "$.week_plan", "expected a list of planned sessions"),
        (["tuesday 07:00"], "$.week_plan[0]", "expected an object, got str"),
        ([{"day": "tuesday", "time": "07:00"}], "$.week_plan[0]", "has no 'routine'"),
        (
            [{"day": "tuesday", "time": "07:00", "routine": "x", "nots": 1}],
            "$.week_plan[0].nots",
            "not a field of a planned session",
        ),
        (
            [{"day": "tusday", "time": "07:00", "routine": "x"}],
            "$.week_plan[0].day",
            "expected one of",
        ),
        ([{"day": "tuesday", "time": "7h", "routine": "x"}], "$.week_plan[0].time", "like 07:00"),
        (
            [{"day": "tuesday", "time": 700, "routine": "x"}],
            "$.week_plan[0].time",
            "expected a string",
        ),
        (
            [{"day": "monday", "time": "07:00", "routine": r} for r in ("a", "b")],
            "$.week_plan",
            "two sessions on Monday at 07:00",
        ),
    ],
)
def test_a_plan_that_cannot_be_is_refused_naming_where_and_why(
    tmp_path: Path, plan: object, path: str, reason: str
) -> None:
    file = tmp_path / "settings.json"
    file.write_text(json.dumps({"schema_version": 1, "week_plan": plan}))
    with pytest.raises(SetupFileError) as caught:
        SetupStore(tmp_path).load()
    assert caught.value.path == path and reason in caught.value.reason
    assert str(caught.value).startswith(f"{file}: ")


def test_the_window_moves_a_bad_file_aside_and_starts_without_a_plan(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"week_plan": [{"day": 3}]}')
    store = SetupStore(tmp_path)
    message = store.load_or_move_aside()
    assert message is not None and "$.week_plan[0]" in message
    assert not store.week_plan
