"""`backtrainer self-check`: load every routine and plan it in every mode.

The quick proof, for a fresh install or a PyInstaller bundle, that the resources were
found, that every routine file (bundled and the user's) decodes and validates, and that the
planner lays out each of its modes. It also looks for the speech driver module, which
pyttsx3 imports by name where a bundler cannot see it. No Qt: it runs anywhere.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from backtrainer.core.settings import IntervalSettings
from backtrainer.core.timeline import clock
from backtrainer.storage import paths

if TYPE_CHECKING:
    from backtrainer.storage.routines import LoadedRoutine

EXIT_FAILED = 2


@dataclass(frozen=True)
class Check:
    """One line of the report: a routine (or file, or the speech driver) and its result."""

    name: str
    ok: bool
    detail: str
    bundled: bool = False


def check_routines() -> list[Check]:
    """One check per routine that loaded, then one per file that did not."""
    from backtrainer.storage.routines import RoutineLibrary

    library = RoutineLibrary.load()
    checks = [_check_routine(loaded) for loaded in library.routines.values()]
    checks += [
        Check(error.file.name, False, f"{error.reason} (at {error.path}) in {error.file}")
        for error in library.errors
    ]
    return checks


def _check_routine(loaded: LoadedRoutine) -> Check:
    from backtrainer.core.planner import plan

    routine = loaded.routine
    modes: list[str | None] = [mode.id for mode in routine.modes] or [None]
    planned = []
    for mode in modes:
        label = mode or "default"
        try:
            timeline = plan(routine, IntervalSettings(), mode)
        except Exception as exc:  # any failure is the finding, whatever its type
            return Check(routine.id, False, f"mode {label}: cannot be planned: {exc!r}")
        if not timeline.work_steps or timeline.total_seconds <= 0:
            return Check(routine.id, False, f"mode {label}: the plan has no work")
        planned.append(f"{label} {clock(timeline.total_seconds)} in {len(timeline.steps)} steps")
    where = "bundled" if loaded.bundled else f"user: {loaded.file}"
    return Check(routine.id, True, f"{', '.join(planned)} ({where})", loaded.bundled)


def check_speech_driver() -> Check:
    """The pyttsx3 driver module for this platform must be there (a bundle that lacks it
    has a broken spec); the system voice is only reported, never a failure: without it
    every cue still shows as a caption."""
    name = {"win32": "sapi5", "darwin": "nsss"}.get(sys.platform, "espeak")
    try:
        found = importlib.util.find_spec(f"pyttsx3.drivers.{name}") is not None
    except ImportError:
        found = False
    if not found:
        return Check("speech", False, f"pyttsx3 driver module {name!r} is missing")
    detail = f"pyttsx3 driver {name!r} present"
    if name == "espeak":
        library = ctypes.util.find_library("espeak-ng")
        detail += (
            f"; voice library {library}"
            if library
            else "; libespeak-ng not found (install espeak-ng for a voice)"
        )
    return Check("speech", True, detail)


def run(out: TextIO | None = None) -> int:
    """Print the report; 0 if every check passed, EXIT_FAILED otherwise."""
    out = out or sys.stdout
    try:
        print(f"resources: {paths.resources_dir()}", file=out)
    except FileNotFoundError as exc:
        print(f"backtrainer: error: self-check: {exc}", file=sys.stderr)
        return EXIT_FAILED
    routines = check_routines()
    if not any(check.ok and check.bundled for check in routines):
        routines.append(Check("bundled", False, "no bundled routine could be loaded"))
    checks = [*routines, check_speech_driver()]
    width = max(len(check.name) for check in checks)
    for check in checks:
        print(f"{'ok' if check.ok else 'FAIL':<4}  {check.name:<{width}}  {check.detail}", file=out)
    failed = [check for check in checks if not check.ok]
    failed_routines = sum(not check.ok for check in routines)
    print(
        f"{len(routines)} routines checked: {len(routines) - failed_routines} ok,"
        f" {failed_routines} failed; speech driver {'ok' if checks[-1].ok else 'missing'}",
        file=out,
    )
    for check in failed:
        print(f"backtrainer: error: self-check: {check.name}: {check.detail}", file=sys.stderr)
    return EXIT_FAILED if failed else 0
