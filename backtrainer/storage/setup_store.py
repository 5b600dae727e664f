"""Interval settings and per-move choices, kept in `<data dir>/settings.json`.

One file holds the global defaults and each routine's setup:

    {"schema_version": 1,
     "defaults": {"work": 40},
     "routines": {"one-dumbbell-back": {"intervals": {"work": 45}, "mode": null,
                                        "moves": {"renegade-row": {"reps": 6}}}},
     "week_plan": [{"day": "tuesday", "time": "07:00", "routine": "best-back"}]}

Precedence, lowest first: the routine file, the global defaults, the routine's own
settings, the command line. Written atomically like the preferences, by the folder's
writer only (`storage.writer`). A file that cannot be read raises SetupFileError naming
the file, the JSON path and the reason: the command line stops there; the window moves
the file aside (nothing is lost) and says so. A file of a newer format is neither moved
nor overwritten: defaults are used and `read_only` is set, as for the preferences and the
history. Fields this version does not know, at the top and in a routine's entry, are
written back as they were; inside "intervals" and "moves" an unknown name is refused, as
it is most likely a typing mistake ("wrok") that would otherwise be silently ignored; the
weekly plan (`plan_week_file`) is checked as strictly.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backtrainer.core.customise import MoveSetup, RoutineSetup
from backtrainer.core.plan_week import WeekPlan
from backtrainer.core.settings import IntervalSettings, SettingsError
from backtrainer.core.shown import shown, shown_path, shown_quotes
from backtrainer.storage import paths
from backtrainer.storage.files import (
    FileReadError,
    json_file,
    move_aside,
    read_json,
    write_atomically,
)
from backtrainer.storage.plan_week_file import FIELD as PLAN_FIELD
from backtrainer.storage.plan_week_file import PlanFileError, plan_json, read_plan

if TYPE_CHECKING:
    from backtrainer.storage.writer import FolderWriter

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"
_INTERVALS = tuple(f.name for f in fields(IntervalSettings))
_MOVE_FIELDS = ("seconds", "reps", "variation")


class SetupFileError(Exception):
    def __init__(self, file: Path, path: str, reason: str) -> None:
        path, reason = shown_path(path), shown_quotes(reason)
        super().__init__(f"{file}: {reason} (at {path})")
        self.file, self.path, self.reason = file, path, reason


class SettingsNotSaved(OSError):
    """A newer file, or another BackTrainer writing this folder: nothing is written."""


class SetupStore:
    """The settings file of one data folder. Reads it on `load()`, writes on `save()`."""

    def __init__(self, folder: Path | None = None, writer: FolderWriter | None = None) -> None:
        self.path = (folder or paths.data_dir()) / FILE_NAME
        self.defaults = IntervalSettings()
        self.routines: dict[str, RoutineSetup] = {}
        self.week_plan = WeekPlan()
        self.writer = writer
        self.read_only = False
        self.problem: str | None = None
        """Why the file is not used or not written (a newer format), for the user."""
        self._unknown = _Unknown()

    def load(self) -> SetupStore:
        """Read the file (a missing file is empty settings); raises SetupFileError."""
        try:
            raw = read_json(self.path, what="settings file")
        except FileNotFoundError:
            return self
        except FileReadError as exc:
            raise SetupFileError(self.path, exc.path, exc.reason) from None
        version = _version(self.path, raw)
        if version > SCHEMA_VERSION:
            self.read_only = True
            self.problem = (
                f"{self.path} was written by a newer BackTrainer (format {version}; this one"
                f" reads {SCHEMA_VERSION}): it is left as it is, default settings are used"
                " and changes are not saved."
            )  # said by the caller: a warning line, or the window's banner
            return self
        self.defaults, self.routines, self._unknown = _parse(self.path, raw)
        try:
            self.week_plan = read_plan(raw.get(PLAN_FIELD, []))  # raw: an object (_parse)
        except PlanFileError as exc:
            raise SetupFileError(self.path, exc.path, exc.reason) from None
        return self

    def load_or_move_aside(self) -> str | None:
        """load(); a file that cannot be used is renamed beside itself and defaults are
        used. Returns what happened, for the window, or None when all went well."""
        try:
            self.load()
        except SetupFileError as exc:
            message = f"{exc}; {move_aside(self.path)}. Default settings are used."
            log.warning(message)
            return message
        return self.problem

    def setup(self, routine_id: str, cli: IntervalSettings | None = None) -> RoutineSetup:
        """The routine's setup with the global defaults under it and `cli` over it."""
        own = self.routines.get(routine_id, RoutineSetup())
        intervals = self.defaults.merged(own.intervals).merged(cli or IntervalSettings())
        return RoutineSetup(intervals=intervals, mode=own.mode, moves=own.moves)

    def saved(self, routine_id: str) -> RoutineSetup:
        """Only what was saved for the routine (no defaults merged): what an editor edits."""
        return self.routines.get(routine_id, RoutineSetup())

    def put(self, routine_id: str, setup: RoutineSetup) -> None:
        if setup == RoutineSetup():
            self.routines.pop(routine_id, None)
        else:
            self.routines[routine_id] = setup

    def save(self) -> None:
        """Write atomically; raises OSError (SettingsNotSaved when this process may not
        write the file, with the reason in `problem`)."""
        if self.read_only:
            raise SettingsNotSaved(self.problem)
        if self.writer is not None and not self.writer.claim():
            self.problem = self.writer.problem
            raise SettingsNotSaved(self.problem)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json_file(_dump(self), what="settings file"))


class _Unknown:
    """What a newer BackTrainer may have added: the top's and each routine's other fields."""

    def __init__(self) -> None:
        self.top: dict[str, Any] = {}
        self.routines: dict[str, dict[str, Any]] = {}


_TOP_FIELDS = ("schema_version", "defaults", "routines", PLAN_FIELD)
_ROUTINE_FIELDS = ("intervals", "mode", "moves")


def _dump(store: SetupStore) -> dict[str, Any]:
    unknown = store._unknown
    return {
        **unknown.top,
        "schema_version": SCHEMA_VERSION,
        "defaults": _intervals_dict(store.defaults),
        "routines": {
            rid: {
                **unknown.routines.get(rid, {}),
                "intervals": _intervals_dict(setup.intervals),
                "mode": setup.mode,
                "moves": {
                    eid: {k: v for k in _MOVE_FIELDS if (v := getattr(move, k)) is not None}
                    for eid, move in sorted(setup.moves.items())
                },
            }
            for rid in sorted(store.routines.keys() | unknown.routines.keys())
            for setup in [store.routines.get(rid, RoutineSetup())]
        },
        PLAN_FIELD: plan_json(store.week_plan),
    }


def _intervals_dict(settings: IntervalSettings) -> dict[str, float]:
    return {k: v for k in _INTERVALS if (v := getattr(settings, k)) is not None}


def _version(file: Path, raw: object) -> int:
    version = _object(file, "$", raw).get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SetupFileError(
            file, "$.schema_version", f"expected a format number, got {shown(version)}"
        )
    return version


def _parse(file: Path, raw: object) -> tuple[IntervalSettings, dict[str, RoutineSetup], _Unknown]:
    top = _object(file, "$", raw)
    unknown = _Unknown()
    unknown.top = {k: v for k, v in top.items() if k not in _TOP_FIELDS}
    defaults = _intervals(file, "$.defaults", top.get("defaults", {}))
    routines = {}
    for rid, entry in _object(file, "$.routines", top.get("routines", {})).items():
        where = f"$.routines.{rid}"
        body = _object(file, where, entry)
        if extra := {k: v for k, v in body.items() if k not in _ROUTINE_FIELDS}:
            unknown.routines[rid] = extra
        mode = body.get("mode")
        if mode is not None and not isinstance(mode, str):
            raise SetupFileError(file, f"{where}.mode", f"expected a mode id, got {shown(mode)}")
        moves = {
            eid: _move(file, f"{where}.moves.{eid}", value)
            for eid, value in _object(file, f"{where}.moves", body.get("moves", {})).items()
        }
        intervals = _intervals(file, f"{where}.intervals", body.get("intervals", {}))
        routines[rid] = RoutineSetup(intervals=intervals, mode=mode, moves=moves)
    return defaults, routines, unknown


def _object(file: Path, where: str, value: object) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise SetupFileError(file, where, f"expected an object, got {type(value).__name__}")
    return value


def _intervals(file: Path, where: str, value: object) -> IntervalSettings:
    body = _object(file, where, value)
    unknown = sorted(set(body) - set(_INTERVALS))
    if unknown:
        raise SetupFileError(file, f"{where}.{unknown[0]}", "not an interval setting")
    try:
        return IntervalSettings(**body)
    except SettingsError as exc:
        raise SetupFileError(file, f"{where}.{exc.field}", exc.reason) from None


def _move(file: Path, where: str, value: object) -> MoveSetup:
    body = _object(file, where, value)
    unknown = sorted(set(body) - set(_MOVE_FIELDS))
    if unknown:
        raise SetupFileError(file, f"{where}.{unknown[0]}", "not a move setting")
    variation = body.get("variation")
    if variation is not None and not isinstance(variation, str):
        raise SetupFileError(file, f"{where}.variation", f"expected a name, got {shown(variation)}")
    try:
        return MoveSetup(**body)
    except SettingsError as exc:
        raise SetupFileError(file, f"{where}.{exc.field}", exc.reason) from None
