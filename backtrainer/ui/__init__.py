"""The Qt window. The shell (start-up, main window, menus and keys, theme, About) sits
here; each screen has its own subpackage, and screens do not import each other.

Importing it first makes PySide's import hook cheaper. After PySide6 is imported, it looks
at every module imported later to see whether that module could use its `__feature__`
switches (PYSIDE-2029): it reads the module's whole source through `inspect.getsource`
(which also keeps every line in `linecache`) and looks for "PySide6" in it. On the window's
path that is 63 modules and 10-16 ms before the first paint; reading the file's bytes gives
the same answer in 3-6 ms (timed in-process, 2026-11-27). Anything else (no file, a
compiled module) still goes to PySide's own check, and nothing changes if PySide's
internals are not as expected.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (the hook exists once PySide6 is imported)

FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the module's source names PySide6, as PySide's check decides it: from the
    file's bytes for a `.py` file ("PySide6" is ASCII, so any source encoding Python reads
    gives the same answer), else from `fallback`."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            pass
    return fallback(module)


def install_source_check() -> bool:
    """Replace PySide's check by `uses_pyside`; True when it is in place."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__wrapped__", None) is not None:
        return True  # installed already

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(feature, CHECK, check)
    return True


install_source_check()
