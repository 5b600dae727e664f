"""Contracts about the code's shape that a review could miss.

Which package may import which is checked by import-linter (the contracts in
pyproject.toml, a stage of scripts/test.sh); these tests check what it cannot: what is
really loaded at run time, and how folders and modules are named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import backtrainer

PACKAGE = Path(backtrainer.__file__).parent


def test_the_window_package_holds_only_the_shell_at_its_top() -> None:
    """Screens live in subpackages; the top of ui/ is start-up, window, menus, theme, About."""
    top = sorted(p.name for p in (PACKAGE / "ui").glob("*.py"))
    assert len(top) <= 8, top


def test_no_module_repeats_its_folder_in_its_name() -> None:
    """`ui/history/filter_bar.py`, not `ui/history/history_filter_bar.py`: the folder
    already says it (singular or plural: `routines/routine_x.py` counts too)."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        folder = path.parent.name
        stems = {folder, folder.rstrip("s")}
        if path.parent != PACKAGE and any(path.stem.startswith(f"{s}_") for s in stems):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_tests_mirror_the_package() -> None:
    """Every test folder is a folder of the package (or holds the tests' own helpers)."""
    tests = Path(__file__).parent
    folders = {p.parent.relative_to(tests) for p in tests.rglob("test_*.py")}
    assert {f for f in folders if not (PACKAGE / f).is_dir()} == set()


def test_core_and_storage_load_without_pulling_in_qt() -> None:
    """Also catches Qt arriving indirectly, through another backtrainer module."""
    code = (
        "import sys, pkgutil, importlib, backtrainer.core, backtrainer.storage\n"
        "for pkg in (backtrainer.core, backtrainer.storage):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(f'{pkg.__name__}.{m.name}')\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_command_line_subcommands_do_not_load_qt() -> None:
    """`backtrainer plan` must work on a machine without a display or Qt libraries."""
    code = (
        "import sys; from backtrainer.cli.main import main\n"
        "main(['routines', '--json'])\n"
        "sys.stderr.write(str(sorted(n for n in sys.modules if n.startswith('PySide6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stderr.strip().endswith("[]")
