"""PySide's per-module check, made cheaper, gives the answers PySide's own check gives."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from backtrainer import ui

FEATURE = sys.modules.get(ui.FEATURE_MODULE)
pytestmark = pytest.mark.skipif(FEATURE is None, reason="PySide6 without its feature hook")


def pyside_own_check(module: types.ModuleType) -> bool:
    check = getattr(FEATURE, ui.CHECK)
    return bool(getattr(check, "__wrapped__", check)(module))


def test_importing_the_window_puts_the_cheaper_check_in_place() -> None:
    check = getattr(FEATURE, ui.CHECK)
    assert check.__wrapped__ is not None
    assert ui.install_source_check()  # a second time: left as it is
    assert getattr(FEATURE, ui.CHECK) is check


@pytest.mark.parametrize(
    "name",
    [
        "backtrainer.ui.main_window",  # names PySide6
        "backtrainer.core.session",  # does not
        "backtrainer.ui",  # names PySide6 in its words and its import
        "json",  # a package's __init__.py
        "sys",  # built in: no file
        "_struct",  # compiled: a file that is no source
    ],
)
def test_each_module_gets_the_answer_of_pysides_own_check(name: str) -> None:
    __import__(name)
    module = sys.modules[name]
    assert ui.uses_pyside(module, pyside_own_check) == pyside_own_check(module)


def test_a_source_file_that_is_gone_is_left_to_pysides_check(tmp_path: Path) -> None:
    module = types.ModuleType("gone")
    module.__file__ = str(tmp_path / "gone.py")
    asked: list[types.ModuleType] = []

    def fallback(seen: types.ModuleType) -> bool:
        asked.append(seen)
        return False

    assert not ui.uses_pyside(module, fallback)
    assert asked == [module]


def test_the_answer_comes_from_the_files_words(tmp_path: Path) -> None:
    def never(_: types.ModuleType) -> bool:
        raise AssertionError("a source file needs no fallback")

    for text, expected in (("import PySide6.QtCore\n", True), ("# no Qt here é\n", False)):
        source = tmp_path / "m.py"
        source.write_text(text, encoding="latin-1")
        module = types.ModuleType("m")
        module.__file__ = str(source)
        assert ui.uses_pyside(module, never) is expected
