"""How the main window was left, kept in `<data dir>/window.json`: its place and size when
neither maximised nor full screen, whether it was maximised, the window manager's frame
around it, and whether the user last chose full screen (for the next `--start`).

A file of its own rather than a part of `preferences.json`: the window writes it at every
close, while the voice settings rewrite the preferences from their own copy, which would
undo the window's changes. In the data folder like the preferences, so that `--data-dir`
and BACKTRAINER_DATA_DIR (portable use, tests) keep it with the rest. Written atomically;
a file that cannot be read is only logged: the window opens as on a first launch, and the
next close replaces the file (it holds nothing the user would miss).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from backtrainer.core.shown import shown
from backtrainer.storage import paths
from backtrainer.storage.files import json_file, parse_json, read_bounded, write_atomically

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "window.json"


@dataclass(frozen=True)
class Rect:
    """The inside of the window (without the frame), in screen pixels."""

    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Frame:
    """The window manager's title bar and borders around the window, in pixels."""

    left: int = 0
    top: int = 0
    right: int = 0
    bottom: int = 0


@dataclass(frozen=True)
class WindowState:
    schema_version: int = SCHEMA_VERSION
    geometry: Rect | None = None
    """None: never saved, the window opens as on a first launch."""
    maximized: bool = False
    frame: Frame | None = None
    """As measured when the window was last closed; None when never measured."""
    fullscreen: bool = False
    """The user's last choice; a `--start` session opens full screen when it is True."""


def _ints(raw: object, names: tuple[str, ...], where: str) -> dict[str, int]:
    if not isinstance(raw, dict):
        raise ValueError(f"expected an object - at `$.{where}`")
    values: dict[str, int] = {}
    for name in names:
        value = raw.get(name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"expected a whole number, got {shown(value)} - at `$.{where}.{name}`")
        values[name] = value
    return values


def _parse(data: bytes) -> WindowState:
    raw = parse_json(data)
    if not isinstance(raw, dict):
        raise ValueError("expected a JSON object - at `$`")
    geometry = raw.get("geometry")
    frame = raw.get("frame")
    rect = None
    if geometry is not None:
        rect = Rect(**_ints(geometry, ("x", "y", "width", "height"), "geometry"))
        if rect.width <= 0 or rect.height <= 0:
            raise ValueError(f"expected a size above 0, got {rect} - at `$.geometry`")
    margins = None
    if frame is not None:
        margins = Frame(**_ints(frame, ("left", "top", "right", "bottom"), "frame"))
    flags = {}
    for name in ("maximized", "fullscreen"):
        value = raw.get(name, False)
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, got {shown(value)} - at `$.{name}`")
        flags[name] = value
    version = raw.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"expected a format number, got {shown(version)} - at `$.schema_version`")
    return WindowState(version, rect, flags["maximized"], margins, flags["fullscreen"])


class WindowStateStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or paths.data_dir()) / FILE_NAME

    def load(self) -> WindowState:
        try:
            return _parse(read_bounded(self.path, what="window state file"))
        except FileNotFoundError:
            return WindowState()
        except (OSError, ValueError) as exc:  # json.JSONDecodeError is a ValueError too
            log.warning("%s is not used: %s", self.path, exc)
            return WindowState()

    def save(self, state: WindowState) -> bool:
        """Write atomically; False (logged) when it could not be saved."""
        data = {**asdict(state), "schema_version": SCHEMA_VERSION}  # fields unknown here: dropped
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, json_file(data, what="window state file"))
        except OSError as exc:
            log.warning("Could not save %s: %s", self.path, exc.strerror or exc)
            return False
        return True
