"""The window's place and size on disk: defaults, round trip, files that cannot be used."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from backtrainer.storage import paths
from backtrainer.storage.window_state import (
    FILE_NAME,
    Frame,
    Rect,
    WindowState,
    WindowStateStore,
)


def test_no_file_is_a_first_launch(tmp_path: Path) -> None:
    assert WindowStateStore(tmp_path).load() == WindowState()
    assert WindowState().geometry is None


def test_it_lives_in_the_data_folder(data_dir: Path) -> None:
    assert WindowStateStore().path == paths.data_dir() / FILE_NAME == data_dir / FILE_NAME


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    state = WindowState(
        geometry=Rect(10, 40, 900, 560),
        maximized=True,
        frame=Frame(1, 20, 1, 4),
        fullscreen=True,
    )
    assert WindowStateStore(tmp_path / "new").save(state)
    assert WindowStateStore(tmp_path / "new").load() == state
    saved = json.loads((tmp_path / "new" / FILE_NAME).read_text())
    assert saved["geometry"] == {"x": 10, "y": 40, "width": 900, "height": 560}
    assert saved["schema_version"] == 1
    assert [p.name for p in (tmp_path / "new").iterdir()] == [FILE_NAME]  # no temp left


@pytest.mark.parametrize(
    "text",
    [
        "{",
        "[]",
        '{"geometry": {"x": 0, "y": 0, "width": "wide", "height": 500}}',
        '{"geometry": {"x": 0, "y": 0, "width": 0, "height": 500}}',
        '{"frame": {"left": true, "top": 0, "right": 0, "bottom": 0}}',
        '{"maximized": "yes"}',
    ],
)
def test_a_file_that_cannot_be_used_is_a_first_launch_and_is_replaced(
    tmp_path: Path, text: str
) -> None:
    (tmp_path / FILE_NAME).write_text(text)
    store = WindowStateStore(tmp_path)
    assert store.load() == WindowState()
    assert store.save(WindowState(fullscreen=True))
    assert store.load().fullscreen


def test_fields_it_does_not_know_are_ignored(tmp_path: Path) -> None:
    data = {"schema_version": 2, "maximized": True, "screen": "HDMI-1"}
    (tmp_path / FILE_NAME).write_text(json.dumps(data))
    assert WindowStateStore(tmp_path).load().maximized


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_a_window_state_that_is_not_a_regular_file_is_a_first_launch(
    tmp_path: Path, special: str
) -> None:
    path = tmp_path / FILE_NAME
    os.mkfifo(path) if special == "fifo" else path.symlink_to(special)
    assert WindowStateStore(tmp_path).load() == WindowState()
