"""The workout history store: the app appends records, the review screen and
`backtrainer history` read sessions.

Files, in `<data dir>/history/`: `history.jsonl` (the log, see log.py),
`writer.lock` (see lock.py), and after a migration `history.json.v0-migrated-*`
(the old file, kept). Only the process holding the lock writes, and only it repairs or
migrates; any other reader takes the files as they are. A failed write never ends a
workout: the record stays in memory (pending) and is saved by the next append.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import msgspec

from backtrainer.core.history import (
    SCHEMA_VERSION,
    Record,
    Session,
    SessionEnded,
    SessionStarted,
    encode,
    replay,
)
from backtrainer.storage import paths
from backtrainer.storage.files import open_regular
from backtrainer.storage.history.export import (
    csv_chunks,
    csv_text,
    export_csv,
    export_json,
    json_chunks,
    session_json,
)
from backtrainer.storage.history.indexer import (
    Indexed,
    StaleIndex,
    each_session,
    open_index,
    read_session,
)
from backtrainer.storage.history.layout import LEGACY_NAME, LOG_NAME
from backtrainer.storage.history.legacy import missing_sessions, save_migrated
from backtrainer.storage.history.lock import WriterLock, live_holder
from backtrainer.storage.history.log import (
    LogContents,
    LogWriter,
    cut_torn_line,
    file_stamp,
    read_log,
    rewrite,
)

log = logging.getLogger(__name__)

__all__ = [
    "HistoryStore",
    "csv_chunks",
    "csv_text",
    "export_csv",
    "export_json",
    "json_chunks",
    "session_json",
]


class HistoryStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else paths.history_dir()
        self.path = self.folder / LOG_NAME
        self.problem: str | None = None
        """The latest problem, worded for the user (which file, what happened, why)."""
        self.read_only = False
        """A newer format or another writer: nothing is written."""
        self._lock = WriterLock(self.folder)
        self._writer: LogWriter | None = None
        self._records: list[Record] | None = None
        self._replayed: tuple[list[Record], int, frozenset[str], list[Session]] | None = None
        """The last replay: of which records (the list, and how many), with which live
        session, and the sessions it gave."""
        self._stamp: tuple[int, int, int] | None = None
        self._indexed: tuple[tuple[int, int, int], Indexed] | None = None
        """The index last opened, and the log's (inode, size, mtime) it was opened at."""
        self._pending: list[tuple[Record, bytes]] = []
        self._current: str | None = None
        self._save_failed = False
        self._refused = False
        """The log is of a newer format, or could not be read: never written, this run."""

    # -- the lock ---------------------------------------------------------------------

    def open_for_writing(self) -> bool:
        """Take the single-writer lock, then load the log as its writer (repairing and
        migrating as needed). False, with `problem` set, when this store cannot write."""
        if self._writer is not None:
            return True
        if self._refused:
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            got = self._lock.acquire()
        except OSError as exc:
            self._fail(f"Could not open the workout history in {self.folder}: {_why(exc)}.")
            return False
        if not got:
            holder = live_holder(self.folder)
            who = f" (process {holder.pid})" if holder and holder.pid else ""
            self.read_only = True
            self.problem = (
                f"Another BackTrainer is open{who} and keeps the workout history in"
                f" {self.folder}; this one does not save workouts. Close the other one and"
                " start again to save here."
            )
            log.warning(self.problem)
            return False
        self.read_only = False
        self._lock.record(self._current)
        self._load()
        return self._writer is not None

    def close(self) -> None:
        """Release the lock (the OS also does when the process dies)."""
        if self._pending:
            log.warning("%d history entries were never saved", len(self._pending))
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._lock.release()

    def set_current_session(self, session_id: str | None) -> None:
        """Tell readers which session is live (appending its start and end records does
        this too)."""
        self._current = session_id
        self._lock.record(session_id)

    # -- reading ----------------------------------------------------------------------

    def sessions(self) -> list[Session]:
        """Every session on record, deleted ones included (Session.deleted).

        While the records stay as they are, every call returns the same Session objects
        (replayed once): treat them as read-only, and change a copy
        (`msgspec.structs.replace`)."""
        records = self._ensure_loaded()
        if self._lock.held:
            live = frozenset([self._current] if self._current else [])
        else:
            holder = live_holder(self.folder)
            live = frozenset([holder.session] if holder and holder.session else [])
        last = self._replayed
        if last is not None and last[0] is records and last[1] == len(records) and last[2] == live:
            return list(last[3])
        sessions = replay(records, live)
        self._replayed = (records, len(records), live, sessions)
        return list(sessions)

    def live(self) -> frozenset[str]:
        """The sessions whose writer still runs (shown as running, not interrupted)."""
        if self._lock.held:
            return frozenset([self._current] if self._current else [])
        holder = live_holder(self.folder)
        return frozenset([holder.session] if holder and holder.session else [])

    def indexed(self) -> Indexed | None:
        """The log's index (indexer.py), made or brought up to date as needed: each
        session's figures without decoding the log. None when the index does not cover the
        history (no log, an older history.json beside it, a newer format, damage, records
        not saved yet): `sessions()` then reads it the old way, and reports."""
        if self._pending or self._refused or (self.folder / LEGACY_NAME).exists():
            return None
        try:
            stamp = file_stamp(self.path)
            if self._indexed is not None and self._indexed[0] == stamp:
                indexed: Indexed | None = self._indexed[1]  # the log is as it was
            else:
                indexed = open_index(self.path)
                self._indexed = None if indexed is None else (stamp, indexed)
        except OSError:
            return None
        torn = indexed is not None and indexed.torn and not self._lock.held
        if torn and live_holder(self.folder) is None:
            self.problem = f"The last entry in {self.path} is cut short; it is skipped."
        return indexed

    def each_session(self, after: str = "") -> Iterator[Session]:
        """`sessions()` not deleted, one at a time, read through the index when it covers
        the log (memory stays flat whatever the size of the history). `after`: only the
        sessions after that one (by id; all of them if it is not on record)."""
        indexed = self.indexed()
        live, last = self.live(), after
        for _attempt in range(2):
            if indexed is None:
                break
            start = indexed.summaries.row(last) + 1 if last else 0
            if last and start == 0:
                break  # the session given last is gone: read it the old way
            try:
                for session in each_session(indexed, live, start=start):
                    last = session.id
                    yield session
                return
            except StaleIndex:  # the log was changed behind the index's back
                log.info("the history index did not fit the log: made again")
                self._indexed = None
                indexed = open_index(self.path, rebuild=True)
        sessions = [s for s in self.sessions() if not s.deleted]
        ids = [s.id for s in sessions]
        yield from sessions[ids.index(last) + 1 if last in ids else 0 :]

    def read_row(self, indexed: Indexed, row: int) -> Session:
        """The session in that row of `indexed()`, whole (its steps too): read from its
        lines in the log, or the old way if the index no longer fits the log."""
        live = self.live()
        try:
            fd = open_regular(indexed.path)
            try:
                return read_session(fd, indexed, row, live)
            finally:
                os.close(fd)
        except (StaleIndex, OSError):
            log.info("the history index did not fit the log: read the old way")
            self._indexed = None
        wanted = indexed.summaries.ids[row]
        for session in self.sessions():
            if session.id == wanted:
                return session
        raise LookupError(f"session {wanted} is no longer in {self.path}")

    def interrupted(self) -> list[Session]:
        """Sessions without an end record whose writer is gone, and not resumed since: to
        offer to resume (at `last_index + 1`) or to keep as they are (`mark_interrupted`).
        Read through the index when it covers the log: only those sessions are decoded."""
        found = self._interrupted_indexed()
        if found is not None:
            return found
        sessions = self.sessions()
        resumed = {s.resumed_from for s in sessions}
        return [
            s
            for s in sessions
            if s.status == "interrupted"
            and s.ended_at is None
            and not s.deleted
            and s.id not in resumed
        ]

    def _interrupted_indexed(self) -> list[Session] | None:
        """`interrupted()` from the index's columns; None when it cannot say."""
        indexed = self.indexed()
        if indexed is None:
            return None
        s, live = indexed.summaries, self.live()
        resumed = set(s.resumed_from)
        rows = [
            row
            for row, status in enumerate(s.status)
            if status == "interrupted"
            and s.ended_at[row] is None
            and not s.deleted[row]
            and s.ids[row] not in resumed
            and s.ids[row] not in live
        ]
        if not rows:
            return []
        try:
            fd = open_regular(self.path)
        except OSError:
            return None
        try:
            return [read_session(fd, indexed, row, live) for row in rows]
        except (StaleIndex, OSError):
            return None
        finally:
            os.close(fd)

    def mark_interrupted(self, session: Session) -> bool:
        """Write the end record of an interrupted session the user keeps as it is. Its end
        time is not known: the start plus the time of the steps on record stands in."""
        try:
            start = datetime.fromisoformat(session.started_at)
            ended = (start + timedelta(seconds=session.seconds)).isoformat(timespec="seconds")
        except ValueError:
            ended = session.started_at
        return self.append(SessionEnded(session=session.id, status="interrupted", ended_at=ended))

    def pending_count(self) -> int:
        return len(self._pending)

    # -- writing ----------------------------------------------------------------------

    def append(self, record: Record) -> bool:
        """Durable (flushed and fsynced) when this returns True; False when the record is
        kept in memory, to be saved with the next append or `flush_pending`."""
        return self.append_all([record])

    def append_all(self, records: Sequence[Record]) -> bool:
        """`append` of several records (a delete of many sessions, or its undo), saved in
        one write: all of them durable when this returns True."""
        loaded = self._records  # None: not read yet (read from the log when asked)
        for record in records:
            if loaded is not None:
                loaded.append(record)
            self._pending.append((record, encode(record) + b"\n"))
            if isinstance(record, SessionStarted):
                self.set_current_session(record.session)
            elif isinstance(record, SessionEnded) and record.session == self._current:
                self.set_current_session(None)
        self._replayed = None  # out of date: let the sessions go until asked for again
        return self.flush_pending()

    def flush_pending(self) -> bool:
        """Try again to save what could not be saved; True once nothing is pending."""
        if not self._pending:
            return True
        if self.read_only:
            return False
        if self._writer is None and not self.open_for_writing():
            return False
        assert self._writer is not None
        try:
            self._writer.write(b"".join(line for _record, line in self._pending))
        except OSError as exc:
            count = len(self._pending)
            entries = "1 entry is" if count == 1 else f"{count} entries are"
            self._fail(f"Could not save the workout history to {self.path}: {_why(exc)}.", entries)
            return False
        self._pending.clear()
        if self._save_failed:
            self._save_failed, self.problem = False, None
            log.info("the workout history is saved again")
        return True

    def _fail(self, what: str, entries: str = "Workouts are") -> None:
        self._save_failed = True
        self.problem = f"{what} {entries} kept in memory and saving is retried at every step."
        log.warning(self.problem)

    # -- loading ----------------------------------------------------------------------

    def _ensure_loaded(self) -> list[Record]:
        if self._records is None and self._writer is not None:
            self._read_records()  # opened from the index: the records are read now
        if self._records is None or (not self._lock.held and self._changed_on_disk()):
            self._load()
        assert self._records is not None
        return self._records

    def _changed_on_disk(self) -> bool:
        try:
            return file_stamp(self.path) != self._stamp
        except OSError:
            return self._stamp is not None

    def _load(self) -> None:
        """Read the log (and an old history.json); as the writer, repair and migrate."""
        writer = self._lock.held
        pending = [record for record, _line in self._pending]
        if writer and not pending and self._open_from_index():
            return
        self._records, self._writer, self._replayed = pending, None, None
        try:
            contents = read_log(self.path, mapped=writer)
        except OSError as exc:
            self.problem = f"Could not read {self.path}: {_why(exc)}. Workouts are not saved."
            self._refuse()  # never replace what we could not even read
            return
        self._stamp = contents.stamp if contents else None
        if contents is not None and contents.newer:
            self.problem = (
                f"{self.path} was written by a newer BackTrainer (history format"
                f" {contents.version}; this one reads format {SCHEMA_VERSION}). It is left as"
                " it is and workouts are not saved: update BackTrainer to use it."
            )
            self._refuse()
            return
        records = contents.records if contents else []
        size = contents.size if contents else 0
        try:
            if contents is not None and writer:
                size = self._repair(contents)
            elif contents is not None:
                self._report_unrepaired(contents)
            old = self.folder / LEGACY_NAME
            legacy = self._legacy(old, records) if old.exists() else None
            if legacy is not None and writer:
                size = save_migrated(self.path, old, legacy, size)
            records += legacy or []
        except OSError as exc:
            self._fail(f"Could not repair {self.path}: {_why(exc)}.")
            writer = False  # appending to a file in need of repair would damage it further
        if pending:
            records = records + pending
        self._records = records
        if writer:
            self._writer = LogWriter(self.path, size)

    def _open_from_index(self) -> bool:
        """The writer opened without reading the records: when the index covers the log
        (a header of this version, no damaged line: see indexer.py), all a writer must do
        is cut a torn last line, as `_repair` would. The records are read when first asked
        for (`_ensure_loaded`). False: read the log the whole way (it reports, repairs and
        migrates)."""
        if (self.folder / LEGACY_NAME).exists():
            return False
        try:
            indexed = open_index(self.path)
            if indexed is None:
                return False
            if indexed.torn:
                cut_torn_line(self.path, indexed.covered)
                self.problem = (
                    f"The last entry in {self.path} was cut short (BackTrainer was closed while"
                    " writing it) and was removed; everything before it is kept."
                )
                log.warning(self.problem)
            self._stamp = file_stamp(self.path)
        except OSError:
            return False
        if not indexed.torn:
            self._indexed = (self._stamp, indexed)
        self._records, self._replayed = None, None
        self._writer = LogWriter(self.path, indexed.covered)
        return True

    def _read_records(self) -> None:
        """The records of a log the writer opened from its index (and those pending)."""
        pending = [record for record, _line in self._pending]
        try:
            contents = read_log(self.path, mapped=True)
        except OSError as exc:
            log.warning("could not read %s: %s", self.path, _why(exc))
            contents = None
        self._records = (contents.records if contents else []) + pending
        self._replayed = None

    def _refuse(self) -> None:
        """Never write this log; and let go of the lock, as there is nothing to guard."""
        self.read_only = self._refused = True
        if self._lock.held:  # the app; a mere reader (the command line) shows `problem`
            log.warning(self.problem)
            self._lock.release()

    def _repair(self, contents: LogContents) -> int:
        """Make the file whole again; returns its size afterwards."""
        if contents.needs_rewrite:
            aside = rewrite(self.path, contents)
            self.problem = (
                f"{self.path} was damaged: {contents.damage}. A copy of the file as it was"
                f" is in {aside}; the {len(contents.records)} readable entries are kept."
            )
            log.warning(self.problem)
            return self.path.stat().st_size
        if contents.torn:
            cut_torn_line(self.path, contents.size)
            self.problem = (
                f"The last entry in {self.path} was cut short (BackTrainer was closed while"
                " writing it) and was removed; everything before it is kept."
            )
            log.warning(self.problem)
        return contents.size

    def _report_unrepaired(self, contents: LogContents) -> None:
        if contents.needs_rewrite:
            self.problem = (
                f"{self.path} is damaged: {contents.damage}; the rest is shown."
                " BackTrainer repairs it (keeping a copy) when it next opens."
            )
        elif contents.torn and live_holder(self.folder) is None:
            self.problem = f"The last entry in {self.path} is cut short; it is skipped."

    def _legacy(self, old: Path, records: list[Record]) -> list[Record] | None:
        """The sessions of a version-0 history.json that the log does not have yet; None
        when the old file cannot be read (it is then left where it is)."""
        try:
            return missing_sessions(old.read_bytes(), records)
        except (OSError, msgspec.MsgspecError, ValueError, RecursionError) as exc:
            self.problem = f"{old} (an older history) could not be read ({exc}); it is kept as is."
            log.warning(self.problem)
            return None


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)
