"""`backtrainer install-desktop`: the entry and icons in XDG_DATA_HOME, and back out."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from backtrainer.desktop import install as desktop_install
from backtrainer.desktop.install import APP_ID, DESKTOP_FILE, install, uninstall
from backtrainer.storage import paths

ICON_SIZES = ["16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512"]


def exec_lines(entry: Path) -> list[str]:
    return re.findall(r"^Exec=(.*)$", entry.read_text(encoding="utf-8"), flags=re.M)


def parse_exec(value: str) -> list[str]:
    """The Exec value back into arguments, as a desktop would (Desktop Entry spec)."""
    value = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t"}.get(m[1], m[1]), value)
    args, current, quoted, escaped, started = [], "", False, False, False
    for char in value:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started or current:
                args.append(current)
            current, started = "", False
        else:
            current += char
    if started or current:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def our_files(data_home: Path) -> list[Path]:
    return sorted(p for p in data_home.rglob(f"{APP_ID}*") if p.is_file())


def test_install_writes_the_entry_with_this_launcher_and_every_icon(tmp_path: Path) -> None:
    launcher = ["/opt/Back Trainer (2)/bin/backtrainer"]
    written = install(tmp_path, launcher)
    entry = tmp_path / "applications" / DESKTOP_FILE
    assert written[0] == entry
    execs = [parse_exec(line) for line in exec_lines(entry)]
    assert execs[0] == launcher
    assert ["--start", "one-dumbbell-back"] in [args[1:] for args in execs]
    assert all(args[0] == launcher[0] for args in execs)
    assert f"Icon={APP_ID}\n" in entry.read_text(encoding="utf-8")
    hicolor = tmp_path / "icons" / "hicolor"
    for size in ICON_SIZES:
        icon = hicolor / size / "apps" / f"{APP_ID}.png"
        source = paths.desktop_resources_dir() / "icons" / "hicolor" / size / "apps" / icon.name
        assert icon.read_bytes() == source.read_bytes()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert sorted(written) == our_files(tmp_path)


def test_uninstall_removes_ours_and_nothing_else(tmp_path: Path) -> None:
    other = tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"not ours")
    written = install(tmp_path, ["/usr/bin/backtrainer"])
    assert sorted(uninstall(tmp_path)) == sorted(written)
    assert our_files(tmp_path) == []
    assert other.read_bytes() == b"not ours"
    assert uninstall(tmp_path) == []


@pytest.mark.parametrize(
    "argument",
    ["/plain/path", "/with space/x", '/a"quote', "/back\\slash", "/100%", "/$HOME`x`", "/a;b"],
)
def test_exec_quoting_round_trips(argument: str) -> None:
    assert parse_exec(desktop_install.exec_quote(argument)) == [argument]


def fake_tool(folder: Path, name: str, status: int) -> None:
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(f"#!/bin/sh\necho {name} was here >&2\nexit {status}\n", encoding="utf-8")
    script.chmod(0o755)


def run_command(argv: list[str], data_home: Path, tools: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"XDG_DATA_HOME": str(data_home), "PATH": f"{tools}:/usr/bin:/bin"}
    return subprocess.run(argv, capture_output=True, text=True, check=False, timeout=60, env=env)


def test_the_command_points_exec_at_the_running_script_and_cache_failures_are_not_fatal(
    tmp_path: Path,
) -> None:
    script = Path(sys.executable).with_name("backtrainer")
    if not script.is_file():
        pytest.skip("no `backtrainer` script beside this Python (not an installed checkout)")
    tools, data_home = tmp_path / "tools", tmp_path / "share"
    fake_tool(tools, "update-desktop-database", 1)
    fake_tool(tools, "gtk-update-icon-cache", 0)
    result = run_command([str(script), "install-desktop"], data_home, tools)
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / DESKTOP_FILE
    assert parse_exec(exec_lines(entry)[0]) == [str(script.absolute())]
    assert "update-desktop-database exited with status 1" in result.stderr
    assert "gtk-update-icon-cache" not in result.stderr

    result = run_command([str(script), "install-desktop", "--uninstall"], data_home, tools)
    assert result.returncode == 0, result.stderr
    assert our_files(data_home) == []


def test_run_as_a_module_the_entry_runs_the_module(tmp_path: Path) -> None:
    tools, data_home = tmp_path / "tools", tmp_path / "share"
    tools.mkdir()
    result = run_command([sys.executable, "-m", "backtrainer", "install-desktop"], data_home, tools)
    assert result.returncode == 0, result.stderr
    entry = data_home / "applications" / DESKTOP_FILE
    expected = [str(Path(sys.executable).absolute()), "-m", "backtrainer"]
    assert parse_exec(exec_lines(entry)[0]) == expected


def test_xdg_data_home_defaults_to_local_share_and_ignores_a_relative_value(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert paths.xdg_data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert paths.xdg_data_home() == tmp_path / "elsewhere"


def test_a_data_home_that_cannot_be_written_is_one_error_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "share"))
    assert desktop_install.run() == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"backtrainer: error: {blocker / 'share' / 'applications'}: cannot write it:"
        " Not a directory\n"
    )


def test_a_full_disk_is_one_error_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device", "/full/icon.png")

    monkeypatch.setattr(desktop_install.shutil, "copyfile", full)
    assert desktop_install.run() == 2
    _out, err = capsys.readouterr()
    assert err == "backtrainer: error: /full/icon.png: cannot write it: No space left on device\n"
