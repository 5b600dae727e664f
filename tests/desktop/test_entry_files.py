"""The desktop entry, AppStream metainfo and icons under resources/desktop/.

The validators are Debian's desktop-file-utils and appstream; `scripts/system-deps.sh
--test` installs them. Without them these tests skip on a developer's machine, and fail
in CI (CI=true), where a skip would hide a broken file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from backtrainer import __version__
from backtrainer.desktop.install import APP_ID, DESKTOP_FILE, install
from backtrainer.storage import paths

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = paths.desktop_resources_dir()
ENTRY = DESKTOP / DESKTOP_FILE
METAINFO = DESKTOP / f"{APP_ID}.metainfo.xml"
HICOLOR = DESKTOP / "icons" / "hicolor"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing in CI; system-deps.sh --test installs {package}")
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return found


def validate(argv: list[str]) -> str:
    result = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


def test_desktop_entry_passes_desktop_file_validate() -> None:
    output = validate([tool("desktop-file-validate", "desktop-file-utils"), str(ENTRY)])
    assert "error" not in output and "warning" not in output, output


def test_the_installed_entry_with_an_awkward_path_still_validates(tmp_path: Path) -> None:
    validator = tool("desktop-file-validate", "desktop-file-utils")
    install(tmp_path, ["/home/a user/My Apps (new)/backtrainer"])
    output = validate([validator, str(tmp_path / "applications" / DESKTOP_FILE)])
    assert "error" not in output and "warning" not in output, output


def test_metainfo_passes_appstreamcli_validate() -> None:
    output = validate([tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)])
    assert not re.search(r"^[EW]: ", output, flags=re.M), output


def test_metainfo_agrees_with_the_project_and_the_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.findtext("project_license") == pyproject["project"]["license"]
    releases = root.findall("releases/release")
    assert releases, "no release listed"
    assert releases[0].get("version") == __version__, "newest release first, this version"
    dates = [release.get("date", "") for release in releases]
    assert dates == sorted(dates, reverse=True)


def test_entry_actions_start_each_bundled_routine() -> None:
    text = ENTRY.read_text(encoding="utf-8")
    actions = re.search(r"^Actions=(.*)$", text, flags=re.M)
    assert actions is not None
    listed = [name for name in actions[1].split(";") if name]
    bundled = sorted(p.stem for p in paths.bundled_routines_dir().glob("*.json"))
    assert sorted(listed) == bundled
    for routine_id in listed:
        assert f"[Desktop Action {routine_id}]" in text
        assert f"Exec=backtrainer --start {routine_id}\n" in text
    assert f"Icon={APP_ID}\n" in text


def test_committed_pngs_are_the_svg_rendered(tmp_path: Path) -> None:
    """packaging/make_icons.py renders them; re-render and compare, allowing for
    anti-aliasing that differs slightly between Qt versions."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.png"))
    committed = sorted(p.relative_to(HICOLOR) for p in HICOLOR.rglob("*.png"))
    assert fresh == committed and len(fresh) == 8
    for relative in fresh:
        side = int(relative.parts[0].partition("x")[0])
        old, new = QImage(str(HICOLOR / relative)), QImage(str(tmp_path / relative))
        assert old.width() == old.height() == side
        assert _share_changed(old, new) < 0.01, f"{relative} is out of date: run make_icons.py"


def _share_changed(a: QImage, b: QImage) -> float:
    """The share of pixels with a channel more than 24 levels apart: a changed colour or
    shape shows up on many pixels, anti-aliasing noise on few and faintly."""
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    first, second = bytes(a.constBits()), bytes(b.constBits())
    assert len(first) == len(second)
    pixels = len(first) // 4
    changed = sum(
        1
        for i in range(0, len(first), 4)
        if max(abs(x - y) for x, y in zip(first[i : i + 4], second[i : i + 4], strict=True)) > 24
    )
    return changed / pixels
