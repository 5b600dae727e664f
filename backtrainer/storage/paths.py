"""Where BackTrainer's files live: the one module that resolves paths.

The user data folder comes from platformdirs, unless `--data-dir` or the
BACKTRAINER_DATA_DIR environment variable points elsewhere (portable use, tests).
Bundled resources are found beside the package in a wheel or a PyInstaller bundle, and
at the repository's top level in a source checkout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "BackTrainer"
DATA_DIR_ENV = "BACKTRAINER_DATA_DIR"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Point every later lookup at `path` (None returns to the default)."""
    global _override
    _override = Path(path).expanduser().resolve() if path is not None else None


def data_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # only when no override is set: start-up stays quick

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Rendered speech and other files that can be made again. Beside the data when
    the data folder is overridden (portable use, tests), else the platform's cache."""
    if _override is not None or os.environ.get(DATA_DIR_ENV):
        return data_dir() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def history_dir() -> Path:
    return data_dir() / "history"


def routine_index_file() -> Path:
    """The routine index (`storage.routine_index`): derived from the routine files, so a
    cache; named here, as the window passes it on before it shows."""
    return cache_dir() / "routine-index.json"


def user_routines_dir() -> Path:
    return data_dir() / "routines"


def resources_dir() -> Path:
    """In a PyInstaller bundle, sys._MEIPASS is the bundle's data folder (`_internal`
    beside the executable); the spec puts resources/ at backtrainer/resources in it."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(__file__).resolve().parents[1] / "resources"]
    if frozen:
        candidates.insert(0, Path(frozen) / "backtrainer" / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if (candidate / "routines").is_dir():
            return candidate
    raise FileNotFoundError(
        "BackTrainer's resources folder is missing; looked in "
        + ", ".join(str(c) for c in candidates)
    )


def bundled_routines_dir() -> Path:
    return resources_dir() / "routines"


def desktop_resources_dir() -> Path:
    """The desktop entry, AppStream metainfo and the icons in their hicolor layout."""
    return resources_dir() / "desktop"


def xdg_data_home() -> Path:
    """Where desktop entries and icons go for this user (XDG Base Directory spec: a
    relative XDG_DATA_HOME is to be ignored)."""
    env = os.environ.get("XDG_DATA_HOME", "")
    if env and Path(env).is_absolute():
        return Path(env)
    return Path.home() / ".local" / "share"
