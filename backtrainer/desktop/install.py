"""`backtrainer install-desktop`: the launcher entry and icons for the current user.

Writes the desktop entry to $XDG_DATA_HOME/applications and the icons to
$XDG_DATA_HOME/icons/hicolor, with Exec pointing at the program that is running now (the
`backtrainer` script of this install, or the bundle's executable), so the menu starts this
very copy whether it came from pipx, a venv or a PyInstaller bundle. `--uninstall` removes
exactly those files. The menu and icon caches are refreshed when their tools exist; a
failure there is reported, never fatal: desktops also notice the new files by themselves.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from backtrainer import APP_ID
from backtrainer.storage import paths

DESKTOP_FILE = f"{APP_ID}.desktop"

# Desktop Entry spec, "The Exec key": an argument holding any of these must be quoted.
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


def launcher() -> list[str]:
    """The command that starts this BackTrainer again, as absolute paths."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its executable
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0])
    if script.stem == "backtrainer" and script.is_file():
        # Not resolved: pipx's ~/.local/bin/backtrainer link survives an upgrade.
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "backtrainer"]


def exec_quote(argument: str) -> str:
    """One argument as the Exec key wants it: quoted if it must be, `%` doubled, and
    backslashes escaped once more for the desktop file's string syntax."""
    argument = argument.replace("%", "%%")
    if _RESERVED.search(argument):
        argument = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return argument.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The bundled entry with every `Exec=backtrainer ...` run by `command` instead."""
    template = (paths.desktop_resources_dir() / DESKTOP_FILE).read_text(encoding="utf-8")
    program = " ".join(exec_quote(part) for part in command)
    return re.sub(r"^Exec=backtrainer\b", lambda _m: f"Exec={program}", template, flags=re.M)


def icon_files() -> list[Path]:
    """The bundled icons, relative to the hicolor folder (NxN/apps/..., scalable/apps/...)."""
    hicolor = paths.desktop_resources_dir() / "icons" / "hicolor"
    return sorted(p.relative_to(hicolor) for p in hicolor.rglob(f"{APP_ID}.*") if p.is_file())


def install(data_home: Path, command: Sequence[str]) -> list[Path]:
    """Write the entry and the icons under `data_home`; returns the files written."""
    source = paths.desktop_resources_dir() / "icons" / "hicolor"
    entry = data_home / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    temporary = entry.with_name(f".{entry.name}.tmp")
    temporary.write_text(desktop_entry(command), encoding="utf-8")
    temporary.chmod(0o644)
    temporary.replace(entry)  # a menu never reads half an entry
    written = [entry]
    for relative in icon_files():
        target = data_home / "icons" / "hicolor" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / relative, target)
        written.append(target)
    return written


def uninstall(data_home: Path) -> list[Path]:
    """Remove the entry and every icon of ours under `data_home`; returns those removed."""
    found = [data_home / "applications" / DESKTOP_FILE]
    found += (data_home / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.*")
    removed = []
    for path in found:
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def refresh_caches(data_home: Path) -> list[str]:
    """Run the cache tools that exist; returns a note for each that failed."""
    commands = [
        ["update-desktop-database", "-q", str(data_home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(data_home / "icons" / "hicolor")],
    ]
    notes = []
    for command in commands:
        tool = shutil.which(command[0])
        if tool is None or not Path(command[-1]).is_dir():
            continue
        try:
            result = subprocess.run(
                [tool, *command[1:]], capture_output=True, text=True, timeout=60, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            notes.append(f"{command[0]} did not run: {exc}")
            continue
        if result.returncode != 0:
            said = (result.stderr or result.stdout).strip().splitlines()
            notes.append(
                f"{command[0]} exited with status {result.returncode}"
                + (f": {said[-1]}" if said else "")
            )
    return notes


def run(remove: bool = False) -> int:
    """The command: install (or remove) for this user and say what was done; a folder
    that cannot be written (read-only, a full disk, under a file) is one error line and
    exit status 2, as for the other commands."""
    data_home = paths.xdg_data_home()
    try:
        changed = _run(data_home, remove)
    except OSError as exc:
        where = exc.filename if exc.filename is not None else data_home
        message = f"{where}: cannot write it: {exc.strerror or exc}"
        print(f"backtrainer: error: {message}", file=sys.stderr)
        return 2
    for note in refresh_caches(data_home) if changed else []:
        print(f"backtrainer: note: {note} (not needed for the entry to work)", file=sys.stderr)
    return 0


def _run(data_home: Path, remove: bool) -> list[Path]:
    if remove:
        changed = uninstall(data_home)
        print(
            f"removed {len(changed)} files of BackTrainer's desktop entry and icons"
            if changed
            else f"no BackTrainer desktop entry or icons under {data_home}"
        )
    else:
        command = launcher()
        changed = install(data_home, command)
        print(f"desktop entry: {changed[0]}")
        print(f"runs: {' '.join(command)}")
        print(f"icons: {len(changed) - 1} files under {data_home / 'icons' / 'hicolor'}")
    return changed
