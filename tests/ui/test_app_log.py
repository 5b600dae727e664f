"""The window keeps its log in a file, for Help > Show the log folder."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from backtrainer.ui.app import _log_to_file


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    terminal = logging.StreamHandler()
    root.addHandler(terminal)
    root.setLevel(logging.WARNING)
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_info_goes_to_the_file_and_the_terminal_keeps_its_level(
    root_logger: logging.Logger, tmp_path: Path
) -> None:
    path = tmp_path / "logs" / "backtrainer.log"
    _log_to_file(path)
    logging.getLogger("backtrainer.test").info("the voice could not be loaded: details")
    for handler in root_logger.handlers:
        handler.flush()
    assert "the voice could not be loaded: details" in path.read_text(encoding="utf-8")
    terminal = next(h for h in root_logger.handlers if type(h) is logging.StreamHandler)
    assert terminal.level == logging.WARNING  # INFO reaches the file, not the terminal


def test_an_unwritable_log_folder_is_no_reason_to_stop(
    root_logger: logging.Logger, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the log folder should be")
    _log_to_file(blocker / "logs" / "backtrainer.log")  # logs a warning, raises nothing
