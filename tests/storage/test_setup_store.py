"""The settings file: save, reload, precedence, and a bad file named with its reason."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from backtrainer.core.customise import MoveSetup, RoutineSetup
from backtrainer.core.settings import IntervalSettings
from backtrainer.storage.setup_store import (
    FILE_NAME,
    SettingsNotSaved,
    SetupFileError,
    SetupStore,
)
from backtrainer.storage.writer import FolderWriter


def test_a_missing_file_is_empty_settings(tmp_path: Path) -> None:
    store = SetupStore(tmp_path).load()
    assert store.setup("any") == RoutineSetup()


def test_save_and_reload_give_back_the_same_setups(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.defaults = IntervalSettings(rest=20)
    setup = RoutineSetup(
        intervals=IntervalSettings(work=45, tempo_scale=1.25),
        mode="conditioning",
        moves={"row": MoveSetup(reps=6, variation="Supported row"), "plank": MoveSetup(seconds=40)},
    )
    store.put("r", setup)
    store.save()
    again = SetupStore(tmp_path).load()
    assert again.defaults == IntervalSettings(rest=20)
    assert again.saved("r") == setup
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic write left no temporary file


def test_precedence_cli_over_routine_over_global_defaults(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.defaults = IntervalSettings(work=40, rest=20, rounds=3)
    store.put("r", RoutineSetup(intervals=IntervalSettings(work=45, rest=25)))
    merged = store.setup("r", IntervalSettings(work=50)).intervals
    assert (merged.work, merged.rest, merged.rounds) == (50, 25, 3)
    assert store.setup("other").intervals == store.defaults


def test_an_empty_setup_is_not_kept(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.put("r", RoutineSetup(intervals=IntervalSettings(work=45)))
    store.put("r", RoutineSetup())
    store.save()
    assert json.loads((tmp_path / FILE_NAME).read_text())["routines"] == {}


@pytest.mark.parametrize(
    ("content", "path", "reason"),
    [
        ("{", "$", "not valid JSON"),
        ("[]", "$", "expected an object"),
        ('{"schema_version": 0}', "$.schema_version", "expected a format number"),
        ('{"defaults": {"work": 2}}', "$.defaults.work", "between 5 and 900"),
        ('{"defaults": {"wrok": 30}}', "$.defaults.wrok", "not an interval setting"),
        (
            '{"routines": {"r": {"moves": {"row": {"reps": 0}}}}}',
            "$.routines.r.moves.row.reps",
            "between 1 and 100",
        ),
        ('{"routines": {"r": {"mode": 3}}}', "$.routines.r.mode", "expected a mode id"),
        # One rule for every whole number: an integral float is refused, as in a move.
        ('{"defaults": {"rounds": 2.0}}', "$.defaults.rounds", "whole number, got 2.0"),
        ('{"defaults": {"work": 30.0}}', "$.defaults.work", "whole number, got 30.0"),
        (
            '{"routines": {"r": {"moves": {"row": {"reps": 10.0}}}}}',
            "$.routines.r.moves.row.reps",
            "whole number, got 10.0",
        ),
        ('{"defaults": {"rounds": NaN}}', "$.defaults.rounds", "whole number"),
        ('{"defaults": {"tempo_scale": Infinity}}', "$.defaults.tempo_scale", "between"),
        (
            '{"routines": {"r": {"mode": [' + ",".join(["1"] * 5000) + "]}}}",
            "$.routines.r.mode",
            "…",
        ),
        ("\ufeff" + '{"defaults": {"rounds": 2.5}}', "$.defaults.rounds", "whole number"),
    ],
)
def test_a_bad_file_names_file_path_and_reason(
    tmp_path: Path, content: str, path: str, reason: str
) -> None:
    (tmp_path / FILE_NAME).write_text(content)
    with pytest.raises(SetupFileError) as caught:
        SetupStore(tmp_path).load()
    assert caught.value.path == path
    assert reason in caught.value.reason
    assert str(tmp_path / FILE_NAME) in str(caught.value)
    assert len(caught.value.reason) < 120  # a long value is cut short, not repeated whole


def test_the_window_moves_a_bad_file_aside_and_loses_nothing(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"defaults": {"work": 2}}')
    store = SetupStore(tmp_path)
    message = store.load_or_move_aside()
    assert message is not None and "moved to" in message
    [aside] = tmp_path.glob(f"{FILE_NAME}.unreadable-*")
    assert aside.read_text() == '{"defaults": {"work": 2}}'
    assert store.setup("r") == RoutineSetup()


def test_a_newer_file_is_left_in_place_and_never_overwritten(tmp_path: Path) -> None:
    newer = '{"schema_version": 9, "defaults": {"work": 45, "warp": 3}}'
    (tmp_path / FILE_NAME).write_text(newer)
    store = SetupStore(tmp_path)
    problem = store.load_or_move_aside()
    assert problem is not None and "newer BackTrainer (format 9" in problem
    assert "left as it is" in problem
    assert store.read_only and store.defaults == IntervalSettings()
    assert not list(tmp_path.glob(f"{FILE_NAME}.unreadable-*"))  # not moved aside
    store.put("r", RoutineSetup(intervals=IntervalSettings(work=30)))
    with pytest.raises(SettingsNotSaved):
        store.save()
    assert (tmp_path / FILE_NAME).read_text() == newer


def test_fields_this_version_does_not_know_are_written_back(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text(
        json.dumps(
            {
                "schema_version": 1,
                "plan": {"days": ["tue"]},
                "defaults": {"work": 40},
                "routines": {
                    "a": {"intervals": {"work": 45}, "colour": "red"},
                    "b": {"favourite": True},
                },
            }
        )
    )
    store = SetupStore(tmp_path).load()
    store.defaults = IntervalSettings(work=50)
    store.put("a", RoutineSetup(intervals=IntervalSettings(work=35)))
    store.put("b", RoutineSetup())  # reset to defaults: its unknown field stays all the same
    store.save()
    saved = json.loads((tmp_path / FILE_NAME).read_text())
    assert saved["plan"] == {"days": ["tue"]}
    assert saved["defaults"] == {"work": 50}
    assert saved["routines"]["a"]["colour"] == "red"
    assert saved["routines"]["a"]["intervals"] == {"work": 35}
    assert saved["routines"]["b"]["favourite"] is True
    assert SetupStore(tmp_path).load().setup("a").intervals.work == 35


def test_a_deeply_nested_unknown_field_is_saved_so_that_it_reads_back(tmp_path: Path) -> None:
    """Found by the fuzz test: 900 levels of [] in a field a newer version wrote load
    (2 KB), but two spaces a level made the saved file 1.6 MB, over the read limit: the
    next start moved the settings aside. Such a file is now written compact."""
    deep = "[" * 900 + "]" * 900
    (tmp_path / FILE_NAME).write_text(f'{{"future": {deep}, "defaults": {{"work": 40}}}}')
    store = SetupStore(tmp_path).load()
    store.save()
    assert (tmp_path / FILE_NAME).stat().st_size < 10_000
    again = SetupStore(tmp_path).load()
    assert again.defaults == IntervalSettings(work=40)
    assert json.dumps(json.loads((tmp_path / FILE_NAME).read_text())["future"]) == deep


def test_a_file_too_large_to_read_back_is_not_written(tmp_path: Path) -> None:
    """What loaded can still be over the limit once written (each é is 6 bytes as
    \\u00e9): the old file stays, the save fails with the reason."""
    text = "é" * 400_000  # 800 KB of UTF-8 read; 2.4 MB written as \u00e9
    (tmp_path / FILE_NAME).write_text(json.dumps({"note": text}, ensure_ascii=False))
    before = (tmp_path / FILE_NAME).read_bytes()
    store = SetupStore(tmp_path).load()
    with pytest.raises(OSError, match="would be over 1,000,000 bytes"):
        store.save()
    assert (tmp_path / FILE_NAME).read_bytes() == before


def test_only_the_folders_writer_saves(tmp_path: Path) -> None:
    first, second = FolderWriter(tmp_path), FolderWriter(tmp_path)  # two BackTrainers
    assert first.claim()
    store = SetupStore(tmp_path, writer=second)
    store.defaults = IntervalSettings(work=45)
    with pytest.raises(SettingsNotSaved):
        store.save()
    assert store.problem is not None and "Another BackTrainer is open" in store.problem
    assert not (tmp_path / FILE_NAME).exists()
    first.release()
    store.save()  # the first has quit: the second may write now
    assert SetupStore(tmp_path).load().defaults == IntervalSettings(work=45)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b'\xef\xbb\xbf{"defaults": {"rounds": 2}}')
    assert SetupStore(tmp_path).load().defaults == IntervalSettings(rounds=2)


@pytest.mark.parametrize("device", ["/dev/zero", "fifo"])
def test_a_settings_file_that_is_not_a_regular_file_is_refused(tmp_path: Path, device: str) -> None:
    path = tmp_path / FILE_NAME
    if device == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(device)
    with pytest.raises(SetupFileError, match="not a regular file"):
        SetupStore(tmp_path).load()


def test_a_long_routine_id_is_cut_in_the_path_of_the_message(tmp_path: Path) -> None:
    rid = "r" * 100_000
    (tmp_path / FILE_NAME).write_text(json.dumps({"routines": {rid: {"intervals": {"work": 1}}}}))
    with pytest.raises(SetupFileError) as caught:
        SetupStore(tmp_path).load()
    assert caught.value.path.startswith("$.routines.rrr")
    assert caught.value.path.endswith(".intervals.work")  # which field, still said
    assert len(str(caught.value)) < len(str(tmp_path)) + 200
