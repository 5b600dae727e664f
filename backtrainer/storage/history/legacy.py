"""Reading the history of BackTrainer 0.x ("version 0"), to migrate it to the log.

Version 0 kept the whole history in one `history.json` in the history folder: a JSON list
of finished sessions, each with its steps, rewritten in full at the end of every session
(so a crash lost the session in progress, which is why the log replaced it). It had no
schema version, no session ids (a session was known by its start time), no interrupted
sessions and no effort rating. Example (tests/storage/data/history-v0.json):

    [{"routine": "one-dumbbell-back", "title": "One-dumbbell back circuit",
      "started": "2024-03-02T07:15:04+01:00", "finished": true,
      "planned_seconds": 710, "planned_sets": 16, "notes": "",
      "steps": [{"kind": "work", "exercise": "Renegade row", "side": "left",
                 "round": 1, "seconds": 30, "actual": 30.4, "reps": null}]}]
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import msgspec

from backtrainer.core.history import (
    NotesSet,
    Record,
    SessionEnded,
    SessionStarted,
    StepDone,
    encode,
)
from backtrainer.storage.history.log import LogWriter, unused_name, write_new

log = logging.getLogger(__name__)


class V0Step(msgspec.Struct, forbid_unknown_fields=False, kw_only=True):
    kind: str
    exercise: str | None = None
    side: str | None = None
    round: int | None = None
    seconds: float
    actual: float
    reps: int | None = None
    skipped: bool = False


class V0Session(msgspec.Struct, forbid_unknown_fields=False, kw_only=True):
    routine: str
    title: str
    started: str
    finished: bool
    """False: the user stopped it early."""
    planned_seconds: float = 0.0
    planned_sets: int = 0
    notes: str = ""
    steps: list[V0Step] = msgspec.field(default_factory=list)


def v0_session_id(session: V0Session) -> str:
    """The same id for the same old session every time, so that migrating a file twice
    (after a crash between writing the log and renaming the old file) adds nothing twice."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"backtrainer-v0:{session.started}:{session.routine}").hex


def migrate_v0(data: bytes) -> list[Record]:
    """The records that say what the old file said. Raises msgspec.MsgspecError (naming
    the JSON path) for a file that is not a version-0 history."""
    records: list[Record] = []
    for old in msgspec.json.decode(data, type=list[V0Session]):
        session = v0_session_id(old)
        started = _with_offset(old.started)
        records.append(
            SessionStarted(
                session=session,
                routine=old.routine,
                title=old.title,
                started_at=started.isoformat(timespec="seconds"),
                planned_seconds=old.planned_seconds,
                planned_sets=old.planned_sets,
            )
        )
        records.extend(
            StepDone(
                session=session,
                index=index,
                kind=step.kind,
                exercise=step.exercise,
                side=step.side,
                round=step.round,
                planned_seconds=step.seconds,
                actual_seconds=step.actual,
                reps=step.reps,
                skipped=step.skipped,
            )
            for index, step in enumerate(old.steps)
        )
        if old.notes:
            records.append(NotesSet(session=session, notes=old.notes))
        ended = started + timedelta(seconds=sum(step.actual for step in old.steps))
        records.append(
            SessionEnded(
                session=session,
                status="completed" if old.finished else "stopped",
                ended_at=ended.isoformat(timespec="seconds"),
            )
        )
    return records


def missing_sessions(data: bytes, records: list[Record]) -> list[Record]:
    """The records of the old file's sessions that `records` does not have yet."""
    known = {r.session for r in records if isinstance(r, SessionStarted)}
    return [r for r in migrate_v0(data) if r.session not in known]


def save_migrated(path: Path, old: Path, legacy: list[Record], size: int) -> int:
    """Add the migrated records to the log at `path` (`size` bytes long, 0 if there is
    none yet), then rename the old file aside, never deleting it. Returns the log's size."""
    if size == 0:
        write_new(path, legacy)
    elif legacy:  # a log exists already (a migration cut short before the rename)
        writer = LogWriter(path, size)
        try:
            writer.write(b"".join(encode(r) + b"\n" for r in legacy))
        finally:
            writer.close()
    aside = unused_name(old, "v0-migrated")
    old.rename(aside)
    log.info("migrated %s to %s; the old file is now %s", old, path, aside)
    return path.stat().st_size


def _with_offset(text: str) -> datetime:
    """Version 0 wrote the local time, with its offset in later releases only."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.astimezone()
