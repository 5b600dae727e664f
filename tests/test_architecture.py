"""Contracts about the code's shape that a review could miss."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import backtrainer

PACKAGE = Path(backtrainer.__file__).parent
QT_MODULES = ("PySide6", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_no_qt_in_its_source() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] in QT_MODULES
        )
        for path in (PACKAGE / "core").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


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
