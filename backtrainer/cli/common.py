"""What the subcommands share: the interval options, the one kind of user error, and
finding, setting up and planning a routine the way the window would."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from typing import TYPE_CHECKING

from backtrainer.core.settings import IntervalSettings, SettingsError

if TYPE_CHECKING:
    from backtrainer.core.cues import CueOptions
    from backtrainer.core.customise import RoutineSetup
    from backtrainer.core.model import Routine
    from backtrainer.core.timeline import Timeline
    from backtrainer.storage.routines import RoutineLibrary
    from backtrainer.storage.setup_store import SetupStore

# The routine and planner modules (and msgspec behind them) are imported where they are
# used, so that opening the window does not wait for them.

EXIT_USAGE = 2

INTERVAL_OPTIONS = (
    ("--prepare", "prepare", int, "S", "get-ready seconds before the first move"),
    ("--work", "work", int, "S", "seconds of work for timed moves"),
    ("--rest", "rest", int, "S", "rest seconds between moves"),
    ("--switch", "switch", int, "S", "pause seconds to switch sides"),
    ("--round-rest", "round_rest", int, "S", "rest seconds between rounds (or sets)"),
    ("--rounds", "rounds", int, "N", "rounds of each main block (sets, in straight blocks)"),
    ("--tempo-scale", "tempo_scale", float, "X", "slow down (>1) or speed up (<1) every rep"),
)


class UsageError(Exception):
    """A mistake in what the user asked for: printed as one line, exit status 2."""


def interval_settings(args: argparse.Namespace) -> IntervalSettings:
    values = {dest: getattr(args, dest, None) for _flag, dest, *_ in INTERVAL_OPTIONS}
    try:
        return IntervalSettings(**values)
    except SettingsError as exc:
        flag = "--" + exc.field.replace("_", "-")
        raise UsageError(f"{flag}: {exc.reason}") from None


def cannot_write(exc: OSError, fallback: object) -> UsageError:
    """ "FILE: cannot write it: <reason>" for a write that failed (a read-only folder, a
    full disk, a data folder under a file): one line, exit status 2."""
    where = exc.filename if exc.filename is not None else fallback
    return UsageError(f"{where}: cannot write it: {exc.strerror or exc}")


def load_library() -> RoutineLibrary:
    from backtrainer.storage.routines import RoutineLibrary

    library = RoutineLibrary.load()
    for error in library.errors:
        print(f"backtrainer: warning: skipped {error}", file=sys.stderr)
    return library


def find_routine(library: RoutineLibrary, ref: str) -> Routine:
    try:
        return library.find(ref)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    except OSError as exc:  # a reference too long for a file name (ENAMETOOLONG), ...
        shown = ref if len(ref) <= 60 else ref[:57] + "..."
        known = ", ".join(library.routines) or "none"
        raise UsageError(f"no routine {shown!r} ({exc.strerror or exc}; known: {known})") from None


def saved_setups() -> SetupStore:
    """The saved settings; a file that cannot be read stops the command with its reason."""
    from backtrainer.storage.setup_store import SetupFileError, SetupStore

    try:
        store = SetupStore().load()
    except SetupFileError as exc:
        raise UsageError(str(exc)) from None
    if store.problem:  # a newer file: planned with the defaults, and the user is told
        print(f"backtrainer: warning: {store.problem}", file=sys.stderr)
    return store


def routine_setup(
    routine: Routine, cli: IntervalSettings, mode: str | None, store: SetupStore | None = None
) -> RoutineSetup:
    """The saved setup of `routine`, global defaults under it, the command line over it."""
    setup = (store or saved_setups()).setup(routine.id, cli)
    if mode is not None:
        try:
            routine.mode(mode)  # an unknown mode is a mistake on the command line: say so
        except KeyError as exc:
            raise UsageError(exc.args[0]) from None
        setup = dataclasses.replace(setup, mode=mode)
    return setup


def cue_options() -> CueOptions:
    """How the window lays out cues: the saved voice's rate, tempo style and reminders."""
    from backtrainer.core.cues import CueOptions
    from backtrainer.core.languages import effective_language
    from backtrainer.storage.preferences import PreferencesStore

    prefs = PreferencesStore().load()
    return CueOptions.of(
        tempo=prefs.tempo,
        rate=prefs.rate,
        form_reminders=prefs.form_reminders,
        language=effective_language(prefs.language, os.environ),
    )


def plan_routine(routine: Routine, setup: RoutineSetup, cues: CueOptions | None = None) -> Timeline:
    """The session as the window would run it (`cues`: read from the preferences)."""
    from backtrainer.core.customise import plan_setup

    try:
        return plan_setup(routine, setup, cues or cue_options())
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
