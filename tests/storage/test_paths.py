"""Where resources are found: a checkout, a wheel, a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from backtrainer.storage import paths


def test_a_bundle_finds_resources_in_its_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """PyInstaller sets sys._MEIPASS; the spec puts resources/ at backtrainer/resources."""
    bundled = tmp_path / "backtrainer" / "resources"
    (bundled / "routines").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == bundled
    assert paths.desktop_resources_dir() == bundled / "desktop"


def test_a_checkout_finds_the_desktop_files() -> None:
    desktop = paths.desktop_resources_dir()
    assert (desktop / "io.github.backtrainer.BackTrainer.desktop").is_file()
    assert (desktop / "io.github.backtrainer.BackTrainer.metainfo.xml").is_file()
