"""The history screen's sessions as columns: what the table, the filters and the summary
need of each session, one list per field, so that a history of 100,000 sessions makes no
Python object per session. They come from the history's index (the real store: a whole
session, steps and all, is read from the log only when it is looked at) or, for a store
without one, from its replayed sessions.

Each session's moment is worked out once, as a timestamp (for sorting) and a local date
ordinal (for the filters and the weeks); the `datetime` shown is made for a row only when
it is shown. Edits made on the screen (notes, effort, deleted) are kept here as changes
over the columns, as the store keeps them as records over the log."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from itertools import compress, repeat
from operator import and_, is_not, not_
from typing import Any

import msgspec

from backtrainer.core.history import Session, collector_paused
from backtrainer.core.history_columns import Columns, latest
from backtrainer.core.history_stats import started_text, work_done
from backtrainer.core.start_times import moments, zone_key

CACHED = 256
"""Whole sessions kept once read (the one in detail, the ones selected)."""


class Rows:
    """The columns, by position (the order the sessions started). `load(position)` gives
    the whole session as the store has it; `source` is what they were made from (the
    store's sessions, or its index), to tell whether a refresh brings anything new."""

    def __init__(
        self,
        columns: dict[str, Any],
        load: Callable[[int], Session],
        source: object,
        tz: tzinfo | None,
    ) -> None:
        self.ids: list[str] = columns["ids"]
        self.routines: list[str] = columns["routines"]
        self.titles: Sequence[str] = columns["titles"]
        self.modes: Sequence[str | None] = columns["modes"]
        self.started_at: list[str] = columns["started_at"]
        self.status: Sequence[str] = columns["status"]
        self.resumed_from: list[str | None] = columns["resumed_from"]
        self.planned_seconds: Sequence[float] = columns["planned_seconds"]
        self.seconds: Sequence[float] = columns["seconds"]
        self.planned_sets: Sequence[int] = columns["planned_sets"]
        self.sets_done: Sequence[int] = columns["sets_done"]
        self.worked: list[bool] = columns["worked"]
        self.deleted = bytearray(columns["deleted"])
        self.source = source
        self.tz = tz
        if "days" in columns:  # worked out already (the index's, in this zone)
            self.stamps, self.days = columns["stamps"], columns["days"]
        else:
            self.stamps, self.days = moments(self.started_at, tz)
        self._load = load
        self._changes: dict[int, dict[str, object]] = {}
        self._cache: dict[int, Session] = {}
        self._position: dict[str, int] | None = None
        self._weeks: dict[int, date] = {}
        self._counted: list[bool] | None = None
        self._included: list[int] | None = None
        self._sessions: list[bool] | None = None
        self._kept: list[bool] | None = None

    @classmethod
    def empty(cls, tz: tzinfo | None = None) -> Rows:
        return cls.of_sessions([], tz)

    @classmethod
    def of_sessions(cls, sessions: Sequence[Session], tz: tzinfo | None) -> Rows:
        """From replayed sessions (a store without an index)."""
        every = list(sessions)
        with collector_paused():
            columns: dict[str, Any] = {
                "ids": [s.id for s in every],
                "routines": [s.routine for s in every],
                "titles": [s.title for s in every],
                "modes": [s.mode for s in every],
                "started_at": [s.started_at for s in every],
                "status": [s.status for s in every],
                "resumed_from": [s.resumed_from for s in every],
                "planned_seconds": [s.planned_seconds for s in every],
                "seconds": [s.seconds for s in every],
                "planned_sets": [s.planned_sets for s in every],
                "sets_done": [s.sets_done for s in every],
                "worked": [work_done(s) for s in every],
                "deleted": bytes(s.deleted for s in every),
            }
        return cls(columns, every.__getitem__, every, tz)

    @classmethod
    def of_index(
        cls,
        summaries: Any,
        live: frozenset[str],
        load: Callable[[int], Session],
        tz: tzinfo | None,
    ) -> Rows:
        """From the history's index (`storage.history.index.Summaries`): its columns as
        they are, but the status of a session whose writer still runs ("running")."""
        status = summaries.names("status")  # a row's read when shown
        if live:
            status = list(status)
            for session in live:
                row = summaries.row(session)
                if row >= 0 and status[row] == "interrupted":
                    status[row] = "running"
        columns: dict[str, Any] = {
            "ids": summaries.ids,
            "routines": summaries.routines,
            "titles": summaries.names("titles"),
            "modes": summaries.names("modes"),
            "started_at": summaries.started_at,
            "status": status,
            "resumed_from": summaries.resumed_from,
            "planned_seconds": summaries.planned_seconds,
            "seconds": summaries.seconds,
            "planned_sets": summaries.planned_sets,
            "sets_done": summaries.sets_done,
            "worked": list(map((0).__lt__, summaries.sets_done)),  # a set done
            "deleted": summaries.deleted,
        }
        if tz is None and summaries.zone == zone_key():
            columns["stamps"], columns["days"] = summaries.stamps.tolist(), summaries.days.tolist()
        return cls(columns, load, (summaries, live), tz)

    def __len__(self) -> int:
        return len(self.ids)

    # -- one session -------------------------------------------------------------------

    def position(self, session_id: str) -> int:
        """That session's position; -1 if there is none (an id seen twice: its first)."""
        if self._position is None:
            ids = self.ids
            self._position = dict(zip(reversed(ids), range(len(ids) - 1, -1, -1), strict=True))
        return self._position.get(session_id, -1)

    def session(self, position: int) -> Session:
        """The whole session (read once, then kept), with the edits made here."""
        cached = self._cache.get(position)
        if cached is not None:
            return cached
        session = self._load(position)
        changes = self._changes.get(position)
        if changes:
            session = msgspec.structs.replace(session, **changes)
        if len(self._cache) >= CACHED:
            self._cache.clear()
        self._cache[position] = session
        return session

    def edit(self, position: int, **changes: object) -> None:
        """Notes, effort or deleted changed on the screen (and appended to the store)."""
        self._changes.setdefault(position, {}).update(changes)
        if "deleted" in changes:
            self.deleted[position] = bool(changes["deleted"])
            self._counted = self._included = self._sessions = self._kept = None
        self._cache.pop(position, None)

    def moment(self, position: int) -> datetime | None:
        return started_text(self.started_at[position], self.tz)

    def routine_text(self, position: int) -> str:
        mode = self.modes[position]
        title = self.titles[position]
        return f"{title} · {mode}" if mode else title

    # -- what counts ----------------------------------------------------------------------

    def is_session(self, position: int) -> bool:
        return not self.deleted[position] and self.worked[position]

    def counted(self) -> list[bool]:
        """`history_stats.counts`: a session, and not the continuation of one counted."""
        if self._counted is None:
            self._counted = self._count()
        return self._counted

    def kept(self) -> list[bool]:
        """By position: not deleted (a session, or a short one)."""
        if self._kept is None:
            self._kept = list(map(not_, self.deleted))
        return self._kept

    def sessions(self) -> list[bool]:
        """By position: `is_session` (not deleted, a set done)."""
        if self._sessions is None:
            self._sessions = list(map(and_, self.worked, self.kept()))
        return self._sessions

    def included(self) -> list[int]:
        """The positions of sessions (`history_stats.is_session`), in order (made once
        until a deletion: at 100,000 sessions each making took 25 ms, three times)."""
        if self._included is None:
            self._included = list(compress(range(len(self.ids)), self.sessions()))
        return self._included

    def _count(self) -> list[bool]:
        """A session counts unless it continues one counted before it (rare: the few rows
        that continue one are looked at one by one)."""
        result = list(self.sessions())
        resumed = self.resumed_from
        resuming = compress(range(len(resumed)), map(is_not, resumed, repeat(None)))
        continuing = [n for n in resuming if result[n]]
        if not continuing:
            return result
        origins = {resumed[n] for n in continuing}
        first: dict[str | None, int] = {}
        ids = self.ids
        included = self.included()
        for n in compress(included, map(origins.__contains__, map(ids.__getitem__, included))):
            first.setdefault(ids[n], n)
        for n in continuing:
            result[n] = first.get(resumed[n], n + 1) > n  # not counted by then (itself too)
        return result

    def columns(self) -> Columns:
        """What `history_columns.summarize_columns` sums up."""
        return Columns(
            self.routines, self.titles, self.days, self.seconds, self.sessions(), self.counted()
        )

    def week(self, position: int) -> date | None:
        day = self.days[position]
        if not day:
            return None
        monday = day - (day - 1) % 7  # ordinal 1 is a Monday
        week = self._weeks.get(monday)
        if week is None:
            week = self._weeks[monday] = date.fromordinal(monday)
        return week

    def routine_titles(self, short_too: bool) -> dict[str, str]:
        """Each routine with a session (or a short one, if `short_too`) and its latest
        title, in the order the routines first come."""
        chosen = self.kept() if short_too else self.sessions()
        routines, titles = self.routines, self.titles
        last = latest(routines, chosen, dict.fromkeys(compress(routines, chosen)))
        return {routine: titles[n] for routine, n in last.items()}

    def any_kept(self) -> bool:
        """Any session not deleted."""
        return self.deleted.count(0) > 0

    def span(self) -> tuple[date | None, date | None]:
        """The first and last local dates on record."""
        first = min(filter(None, self.days), default=0)  # 0: unknown
        if not first:
            return None, None
        return date.fromordinal(first), date.fromordinal(max(self.days))
