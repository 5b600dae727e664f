"""Loading routine files: every kind of bad file is refused with file, JSON path and
reason, and never stops the good files from loading."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from backtrainer.storage.routines import MAX_FILE_BYTES, RoutineError, RoutineLibrary, load_routine
from tests.factories import block, exercise, routine_dict


def write(folder: Path, name: str, data: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def good() -> dict[str, Any]:
    return routine_dict(block(exercise("row", reps=10), exercise("fly", sides="each")))


def refuse(tmp_path: Path, data: Any) -> RoutineError:
    path = write(tmp_path, "bad.json", data)
    with pytest.raises(RoutineError) as info:
        load_routine(path)
    assert info.value.file == path
    assert str(path) in str(info.value)
    return info.value


def test_a_good_file_loads(tmp_path: Path) -> None:
    routine = load_routine(write(tmp_path, "r.json", good()))
    assert [e.id for e in routine.exercises()] == ["row", "fly"]


def test_not_json_names_line_and_column(tmp_path: Path) -> None:
    error = refuse(tmp_path, '{\n  "schema_version": 1,\n  oops\n}')
    assert error.path == "$"
    assert "not valid JSON" in error.reason
    assert "line 3" in error.reason


def test_truncated_json(tmp_path: Path) -> None:
    error = refuse(tmp_path, '{"schema_version": 1, "id": "x"')
    assert "not valid JSON" in error.reason


def test_wrong_type_names_the_json_path(tmp_path: Path) -> None:
    data = good()
    data["blocks"][0]["exercises"][0]["dose"]["reps"] = "ten"
    error = refuse(tmp_path, data)
    assert error.path == "$.blocks[0].exercises[0].dose.reps"
    assert "Expected `int`, got `str`" in error.reason


def test_unknown_field_is_refused(tmp_path: Path) -> None:
    data = good()
    data["blocks"][0]["exercises"][1]["repz"] = 3
    error = refuse(tmp_path, data)
    assert error.path == "$.blocks[0].exercises[1]"
    assert "unknown field `repz`" in error.reason


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("dose", "reps"), 0),
        (("dose", "reps"), -5),
        (("dose", "tempo", "up"), -1),
    ],
)
def test_zero_or_negative_doses(tmp_path: Path, where: tuple[str, ...], value: int) -> None:
    data = good()
    target = data["blocks"][0]["exercises"][0]
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    error = refuse(tmp_path, data)
    assert error.path == "$.blocks[0].exercises[0]." + ".".join(where)


def test_zero_second_timed_move(tmp_path: Path) -> None:
    data = good()
    data["blocks"][0]["exercises"][1]["dose"]["seconds"] = 0
    error = refuse(tmp_path, data)
    assert error.path == "$.blocks[0].exercises[1].dose.seconds"
    assert ">= 5" in error.reason


def test_a_ten_hour_set_is_refused(tmp_path: Path) -> None:
    data = good()
    data["blocks"][0]["exercises"][1]["dose"]["seconds"] = 36000
    assert refuse(tmp_path, data).path == "$.blocks[0].exercises[1].dose.seconds"


def test_reps_times_tempo_too_long(tmp_path: Path) -> None:
    data = good()
    data["blocks"][0]["exercises"][0]["dose"].update(reps=100, tempo={"up": 10, "down": 10})
    error = refuse(tmp_path, data)
    assert error.path == "$.blocks[0].exercises[0].dose"
    assert "2000 s" in error.reason


def test_a_rep_that_takes_no_time(tmp_path: Path) -> None:
    data = good()
    data["blocks"][0]["exercises"][0]["dose"]["tempo"] = {"up": 0, "down": 0}
    assert refuse(tmp_path, data).path == "$.blocks[0].exercises[0].dose.tempo"


def test_no_exercises(tmp_path: Path) -> None:
    data = good()
    data["blocks"][0]["exercises"] = []
    error = refuse(tmp_path, data)
    assert error.path == "$.blocks[0].exercises"
    assert "length >= 1" in error.reason


def test_no_blocks(tmp_path: Path) -> None:
    data = good()
    data["blocks"] = []
    assert refuse(tmp_path, data).path == "$.blocks"


def test_missing_required_field(tmp_path: Path) -> None:
    data = good()
    del data["title"]
    error = refuse(tmp_path, data)
    assert "missing required field `title`" in error.reason


def test_interval_out_of_its_limits(tmp_path: Path) -> None:
    data = good()
    data["intervals"]["rounds"] = {"default": 500}
    error = refuse(tmp_path, data)
    assert error.path == "$.intervals.rounds.default"
    assert "between 1 and 20" in error.reason


def test_interval_default_outside_its_range(tmp_path: Path) -> None:
    data = good()
    data["intervals"]["work"] = {"default": 90, "min": 30, "max": 60}
    assert refuse(tmp_path, data).path == "$.intervals.work.default"


def test_duplicate_exercise_ids(tmp_path: Path) -> None:
    data = good()
    data["blocks"][0]["exercises"][1]["id"] = "row"
    error = refuse(tmp_path, data)
    assert error.path == "$.blocks[0].exercises[1].id"
    assert "used twice" in error.reason


def test_newer_schema_version_is_refused(tmp_path: Path) -> None:
    data = good()
    data["schema_version"] = 99
    error = refuse(tmp_path, data)
    assert error.path == "$.schema_version"
    assert "newer BackTrainer" in error.reason


def test_file_over_one_megabyte(tmp_path: Path) -> None:
    data = good()
    data["notes"] = ["x" * 1000] * (MAX_FILE_BYTES // 1000 + 1)
    error = refuse(tmp_path, data)
    assert error.path == "$"
    assert "at most 1,000,000" in error.reason


def test_unreadable_path(tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match="cannot read"):
        load_routine(tmp_path / "missing.json")


def test_bad_files_do_not_stop_the_others(tmp_path: Path) -> None:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write(bundled, "test-routine.json", good())
    write(user, "broken.json", "{nope")
    mine = good() | {"id": "mine", "title": "Mine"}
    write(user, "mine.json", mine)
    write(user, "notes.txt", "not a routine, not even looked at")
    library = RoutineLibrary.load(bundled, user)
    assert list(library.routines) == ["test-routine", "mine"]
    assert library.routines["mine"].bundled is False
    assert [e.file.name for e in library.errors] == ["broken.json"]


def test_a_user_routine_cannot_take_a_bundled_id(tmp_path: Path) -> None:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write(bundled, "test-routine.json", good())
    write(user, "copy.json", good())
    library = RoutineLibrary.load(bundled, user)
    assert library.routines["test-routine"].bundled is True
    assert library.errors[0].path == "$.id"
    assert "already used" in library.errors[0].reason


def test_find_by_id_or_path(tmp_path: Path) -> None:
    path = write(tmp_path / "elsewhere", "any-name.json", good())
    library = RoutineLibrary.load(tmp_path / "none", tmp_path / "none")
    assert library.find(str(path)).id == "test-routine"
    with pytest.raises(KeyError, match="no routine 'nope'"):
        library.find("nope")


# -- files that are not text, not files, or not of a sane size -----------------------------


def write_bytes(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_string_that_is_not_utf8_is_refused_with_line_and_column(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "bad.json", b'{"schema_version":1,"id":"x","title":"B\xffd"}')
    with pytest.raises(RoutineError) as info:
        load_routine(path)
    assert info.value.path == "$"
    assert "not UTF-8" in info.value.reason and "column 40" in info.value.reason


def test_nesting_ten_thousand_deep_in_a_dose_is_refused(tmp_path: Path) -> None:
    # Before the dose's "type" tag, so that msgspec skips over the nesting to find it.
    deep = "[" * 10_000 + "]" * 10_000
    text = json.dumps(good()).replace('{"type": "reps", "reps": 10', '{"zz": ' + deep, 1)
    text = text.replace(deep, deep + ', "type": "reps", "reps": 10', 1)
    assert deep in text
    error = refuse(tmp_path, text)
    assert error.path == "$" and "nested too deeply" in error.reason


def test_a_bad_user_file_does_not_stop_the_library(tmp_path: Path) -> None:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write(bundled, "test-routine.json", good())
    write_bytes(user, "bad.json", b'{"schema_version":1,"id":"x","title":"B\xffd"}')
    write(user, "deep.json", "[" * 10_000 + "]" * 10_000)
    library = RoutineLibrary.load(bundled, user)
    assert list(library.routines) == ["test-routine"]
    assert sorted(e.file.name for e in library.errors) == ["bad.json", "deep.json"]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = write_bytes(tmp_path, "bom.json", b"\xef\xbb\xbf" + json.dumps(good()).encode())
    assert load_routine(path).id == "test-routine"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path: Path, device: str) -> None:
    link = tmp_path / "dev.json"
    link.symlink_to(device)
    with pytest.raises(RoutineError, match="not a regular file"):
        load_routine(link)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(RoutineError, match="not a regular file"):
        load_routine(fifo)


@pytest.mark.parametrize("bad", ["best-back\n", "a\n", "x-1\n"])
def test_an_id_with_a_trailing_newline_is_refused(tmp_path: Path, bad: str) -> None:
    data = good()
    data["id"] = bad
    assert refuse(tmp_path, data).path == "$.id"


def test_a_long_bad_value_is_cut_short_in_the_message(tmp_path: Path) -> None:
    # Found by the long fuzz run: msgspec repeats an invalid enum value whole.
    data = good()
    data["blocks"][0]["exercises"][1]["sides"] = "x" * 5000
    error = refuse(tmp_path, data)
    assert error.path == "$.blocks[0].exercises[1].sides"
    assert "Invalid enum value 'xxx" in error.reason and "…" in error.reason
    assert len(error.reason) < 120


def test_a_long_unknown_field_name_is_cut_short_in_the_message(tmp_path: Path) -> None:
    data = good()
    data["k" * 5000] = 1
    error = refuse(tmp_path, data)
    assert "unknown field `kkk" in error.reason and "…" in error.reason
    assert len(str(error)) < len(str(tmp_path)) + 200


def with_translations(translations: Any) -> dict[str, Any]:
    data = good()
    data["translations"] = translations
    return data


def test_a_translated_routine_loads(tmp_path: Path) -> None:
    data = with_translations({"de": {"title": "Rücken", "exercises": {"row": {"name": "Rudern"}}}})
    routine = load_routine(write(tmp_path, "r.json", data))
    assert routine.translations["de"].exercises["row"].name == "Rudern"


@pytest.mark.parametrize(
    ("translations", "path", "reason"),
    [
        ({"Deutsch": {}}, "$.translations", "'Deutsch' is not a language code"),
        ({"de_DE": {}}, "$.translations", "is not a language code"),
        ({"en": {"title": "B"}}, "$.translations", "not a translation"),
        (
            {"de": {"exercises": {"rowing": {"name": "R"}}}},
            "$.translations.de.exercises",
            "no move has the id 'rowing'",
        ),
        ({"de": {"modes": {"fast": {"name": "S"}}}}, "$.translations.de.modes", "no mode"),
        ({"de": {"blocks": [{}, {}]}}, "$.translations.de.blocks", "the routine has 1"),
        ({"de": {"title": ""}}, "$.translations.de.title", "length >= 1"),
        (
            {"fr": {}, "de": {"exercises": {"row": {"name": 3}}}},
            "$.translations.de.exercises.row.name",
            "got `int`",
        ),
        (
            {"de": {"exercises": {"row": {"instructions": []}}}},
            "$.translations.de.exercises.row.instructions",
            "length >= 1",
        ),
        (
            {"de": {"exercises": {"row": {"variations": [{"name": "E"}]}}}},
            "$.translations.de.exercises.row.variations",
            "the move has 0",
        ),
        (
            {"de": {"exercises": {"row": {"progression_note": "x"}}}},
            "$.translations.de.exercises.row.progression_note",
            "no progression",
        ),
        ({"de": {"titel": "x"}}, "$.translations.de", "unknown field `titel`"),
        ({"de": []}, "$.translations.de", "got `array`"),
    ],
)
def test_a_bad_translation_is_refused_with_its_path(
    tmp_path: Path, translations: Any, path: str, reason: str
) -> None:
    error = refuse(tmp_path, with_translations(translations))
    assert error.path == path
    assert reason in error.reason


def test_a_translation_nested_too_deeply_is_refused(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    text = json.dumps(with_translations({"de": {"blocks": [{"name": "NEST"}]}}))
    error = refuse(tmp_path, text.replace('"NEST"', deep))
    assert error.path.startswith("$")
