"""The command line, as a script would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backtrainer import __version__
from backtrainer.cli.main import main, window_options
from tests.factories import block, exercise, routine_dict

STEP_KINDS = {"prepare", "work", "switch", "rest", "round_rest", "done"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit:
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def user_routine(folder: Path, routine_id: str = "my-routine") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = routine_dict(block(exercise("row", reps=10, sides="each"))) | {"id": routine_id}
    path = folder / f"{routine_id}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_routines_json_lists_bundled_and_user_routines(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    user_routine(data_dir / "routines")
    code, out, err = run(capsys, "routines", "--json")
    assert code == 0, err
    rows = json.loads(out)
    ids = [r["id"] for r in rows]
    assert "my-routine" in ids
    assert all({"id", "title", "coach", "estimated_seconds", "equipment"} <= r.keys() for r in rows)
    mine = rows[ids.index("my-routine")]
    assert mine["bundled"] is False and mine["estimated_seconds"] > 0


def test_data_dir_option_before_or_after_the_subcommand(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other"
    user_routine(other / "routines", "elsewhere")
    for argv in (
        ["--data-dir", str(other), "routines", "--json"],
        ["routines", "--json", "--data-dir", str(other)],
    ):
        code, out, _ = run(capsys, *argv)
        assert code == 0
        assert "elsewhere" in [r["id"] for r in json.loads(out)]
    code, out, _ = run(capsys, "routines", "--json")
    assert "elsewhere" not in [r["id"] for r in json.loads(out)]


def test_plan_json_shape(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = user_routine(tmp_path)
    code, out, err = run(capsys, "plan", str(path), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["routine"] == "my-routine"
    assert data["total_seconds"] == sum(s["seconds"] for s in data["steps"])
    for step in data["steps"]:
        assert step["kind"] in STEP_KINDS
        assert step["side"] in ("left", "right", "alternating", None)
        assert {"exercise", "round", "seconds", "reps", "tempo", "cues"} <= step.keys()
        for cue in step["cues"]:
            assert set(cue) >= {"at", "seconds", "text"}
            assert cue["seconds"] > 0  # how long it takes to say
    work = [s for s in data["steps"] if s["kind"] == "work"]
    assert [s["side"] for s in work] == ["left", "right"]
    assert work[0]["tempo"] == {"up": 1, "hold": 0, "down": 2, "rest": 0}
    assert work[0]["reps"] == 10


def test_plan_lays_out_cues_with_the_saved_voice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    path = user_routine(tmp_path)
    _, words, _ = run(capsys, "plan", str(path), "--json")
    data_dir.mkdir(parents=True, exist_ok=True)
    prefs = {"schema_version": 1, "tempo": "numbers", "rate": 120}
    (data_dir / "preferences.json").write_text(json.dumps(prefs))
    _, counts, _ = run(capsys, "plan", str(path), "--json")

    def said(out: str) -> list[dict[str, object]]:
        return [c for s in json.loads(out)["steps"] for c in s["cues"]]

    assert any(c["text"] == "down" for c in said(words))
    assert not any(c["text"] in ("up", "down") for c in said(counts))  # counts only
    slower = {c["text"]: c["seconds"] for c in said(counts)}
    faster = {c["text"]: c["seconds"] for c in said(words)}
    assert slower["one"] > faster["one"]  # 120 words a minute take longer


def test_plan_interval_options_change_the_plan(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "timed.json"
    path.write_text(json.dumps(routine_dict(block(exercise("hold"), exercise("pull")))))
    _, out, _ = run(
        capsys,
        "plan",
        str(path),
        "--json",
        "--work",
        "45",
        "--rest",
        "20",
        "--rounds",
        "2",
        "--prepare",
        "5",
    )
    steps = json.loads(out)["steps"]
    assert steps[0] == steps[0] | {"kind": "prepare", "seconds": 5}
    assert [s["seconds"] for s in steps if s["kind"] == "work"] == [45, 45, 45, 45]
    assert [s["seconds"] for s in steps if s["kind"] == "rest"] == [20, 20]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["plan", "no-such-routine"], "no routine 'no-such-routine'"),
        (["plan", "{path}", "--work", "0"], "--work: work time must be between 5 and 900"),
        (["plan", "{path}", "--rounds", "99"], "--rounds: rounds must be between 1 and 20"),
        (["plan", "{path}", "--mode", "fast"], "has no mode 'fast'"),
        (["plan", "{bad}"], "bad.json: Expected `int`, got `str` (at $.blocks[0]"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_errors_go_to_stderr_with_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    path = user_routine(tmp_path)
    bad = tmp_path / "bad.json"
    data = routine_dict(block(exercise("row", reps=10)))
    data["blocks"][0]["exercises"][0]["dose"]["reps"] = "10"
    bad.write_text(json.dumps(data))
    argv = [a.format(path=path, bad=bad) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err


def test_a_broken_user_routine_is_reported_and_the_rest_still_listed(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    user_routine(data_dir / "routines")
    (data_dir / "routines" / "broken.json").write_text("{")
    code, out, err = run(capsys, "routines")
    assert code == 0
    assert "my-routine" in out
    assert "broken.json" in err and "not valid JSON" in err


def test_schema_file_matches_the_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    committed = Path(__file__).parents[2] / "resources" / "routine.schema.json"
    assert json.loads(committed.read_text()) == json.loads(out), (
        "resources/routine.schema.json is stale: run `backtrainer schema > "
        "resources/routine.schema.json`"
    )


def test_version_and_module_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backtrainer", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"backtrainer {__version__}"


def test_start_opens_the_window_with_the_routine_and_settings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import backtrainer.ui.app

    calls: list[tuple[object, ...]] = []
    chosen: list[bool | None] = []

    def run_app(*args: object, fullscreen: bool | None) -> int:
        calls.append(args)
        chosen.append(fullscreen)
        return 0

    monkeypatch.setattr(backtrainer.ui.app, "run_app", run_app)
    code, _, err = run(
        capsys, "--start", "kettlebell-pull", "--work", "45", "--mode", "conditioning"
    )
    assert code == 0, err
    ((routine_id, settings, mode, library),) = calls
    assert "kettlebell-pull" in library.routines  # loaded once, for the check and the window
    assert (routine_id, settings.work, mode) == ("kettlebell-pull", 45, "conditioning")
    assert chosen == [None]  # as the user last chose

    assert run(capsys, "--start", "best-back", "--fullscreen")[0] == 0
    assert run(capsys, "--start", "best-back", "--no-fullscreen")[0] == 0
    assert chosen == [None, True, False]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--start", "nope"], "no routine 'nope'"),
        (["--start", "best-back", "--rest", "9999"], "--rest: rest between moves must be"),
        (["--start", "best-back", "--mode", "x"], "has no mode 'x'"),
        (["--rounds", "1"], "--rounds applies to one session: add --start ROUTINE"),
        (["--mode", "conditioning"], "--mode applies to one session"),
    ],
)
def test_start_refuses_bad_input_before_any_window(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    import backtrainer.ui.app

    monkeypatch.setattr(backtrainer.ui.app, "run_app", lambda *args: pytest.fail("opened"))
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ("warning", None, None)),
        (["--fullscreen"], ("warning", None, True)),
        (["--data-dir", "/x", "--no-fullscreen"], ("warning", "/x", False)),
        (["--log-level=debug", "--data-dir=/y"], ("debug", "/y", None)),
        (["--start", "best-back"], None),  # checked by the full parser first
        (["--full"], None),  # argparse's abbreviation: its rules, not ours
        (["--log-level", "loud"], None),  # its error message
        (["--data-dir"], None),
        (["routines"], None),
        (["--help"], None),
    ],
)
def test_the_plain_window_launch_skips_the_parser(
    argv: list[str],
    expected: tuple[str, str | None, bool | None] | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`backtrainer` alone or with the window's own options opens the window without
    argparse and the subcommands; everything else goes through the full parser."""
    monkeypatch.delenv("BACKTRAINER_LOG_LEVEL", raising=False)
    assert window_options(argv) == expected


def test_schema_describes_the_translations(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    translations = schema["$defs"]["Routine"]["properties"]["translations"]
    assert translations["propertyNames"]["pattern"] == "^[a-z]{2,3}$"
    assert translations["additionalProperties"] == {"$ref": "#/$defs/RoutineText"}
    move = schema["$defs"]["ExerciseText"]["properties"]
    assert {"name", "instructions", "cue", "setup", "safety", "notes", "variations"} <= set(move)


def translated_user_routine(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = routine_dict(block(exercise("row", reps=10, sides="each"), name="Main")) | {
        "id": "rows",
        "title": "Rows",
        "translations": {
            "de": {"title": "Rudern", "exercises": {"row": {"name": "Rudern vorgebeugt"}}},
            "fr": {"exercises": {"row": {"name": "Rowing buste penché"}}},
        },
    }
    (folder / "rows.json").write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "environ", "title", "move", "words"),
    [
        (["--lang", "de"], {}, "Rudern", "Rudern vorgebeugt", ("links", "Schritten")),
        ([], {"LANG": "de_DE.UTF-8"}, "Rudern", "Rudern vorgebeugt", ("links", "Schritten")),
        (
            [],
            {"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"},
            "Rows",
            "Rowing buste penché",
            ("gauche", "étapes"),
        ),
        (
            ["--lang", "fr"],
            {"LANG": "de_DE.UTF-8"},
            "Rows",
            "Rowing buste penché",
            ("gauche", "étapes"),
        ),
        # no Spanish text in the routine: its English names, Spanish words around them
        ([], {"LANG": "es_ES.UTF-8"}, "Rows", "Row", ("izquierda", "pasos")),
        ([], {}, "Rows", "Row", ("left", "steps")),
    ],
)
def test_plan_and_routines_speak_the_chosen_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    argv: list[str],
    environ: dict[str, str],
    title: str,
    move: str,
    words: tuple[str, str],
) -> None:
    """The routine's texts where it has them in that language, and the command's own
    words (sides, steps) in it too."""
    translated_user_routine(data_dir / "routines")
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    code, out, _ = run(capsys, "plan", "rows", *argv)
    assert code == 0
    assert out.startswith(title + " ")
    left, steps = words
    assert f"  {move} ({left})" in out
    assert f" {steps}\n" in out.splitlines(keepends=True)[0]
    code, out, _ = run(capsys, "routines", *argv)
    assert code == 0
    assert any(line.split() == ["rows", title] for line in out.splitlines())


def test_plan_and_routines_speak_the_language_chosen_in_settings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """As the window and `history` do: the choice in Settings over the locale, --lang
    over both, and JSON in English unless --lang says otherwise."""
    translated_user_routine(data_dir / "routines")
    prefs = {"schema_version": 1, "language": "fr"}
    (data_dir / "preferences.json").write_text(json.dumps(prefs))
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    _, out, _ = run(capsys, "plan", "rows")
    assert out.startswith("Rows ") and "  Rowing buste penché (gauche)" in out
    _, out, _ = run(capsys, "routines")
    assert any(line.split() == ["rows", "Rows"] for line in out.splitlines())
    _, out, _ = run(capsys, "plan", "rows", "--lang", "de")
    assert out.startswith("Rudern ")
    _, out, _ = run(capsys, "plan", "rows", "--json")
    assert json.loads(out)["steps"][1]["exercise"] == "Row"


def test_json_keeps_english_keys_and_ignores_the_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    translated_user_routine(data_dir / "routines")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    _, out, _ = run(capsys, "plan", "rows", "--json")
    english = json.loads(out)
    assert english["title"] == "Rows"
    _, out, _ = run(capsys, "plan", "rows", "--json", "--lang", "de")
    german = json.loads(out)
    assert german.keys() == english.keys() and german["title"] == "Rudern"
    assert {s.get("exercise") for s in german["steps"]} >= {"Rudern vorgebeugt"}
    _, out, _ = run(capsys, "routines", "--json", "--lang", "de")
    row = next(r for r in json.loads(out) if r["id"] == "rows")
    assert row["title"] == "Rudern" and "estimated_seconds" in row


def test_a_bad_language_code_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "plan", "best-back", "--lang", "deutsch")
    assert code == 2
    assert "--lang: 'deutsch' is not a language code" in err
