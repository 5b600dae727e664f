"""`backtrainer history`: past workouts as the history holds them on disk, for people
(a line each), for scripts (JSON) and for spreadsheets (CSV, a row per step).

JSON and CSV are streamed a session at a time (read through the history's index): the
first session is out at once and memory stays flat, whatever the size of the history."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

EXIT_USAGE = 2  # as cli.common's (not imported: the streamed output starts sooner)

if TYPE_CHECKING:
    import argparse

    from backtrainer.core.history import Session
    from backtrainer.storage.history.store import HistoryStore


def cmd_history(args: argparse.Namespace) -> int:
    from backtrainer.cli.history_fit import check_options, cmd_fit

    check_options(args)
    if args.fit is not None:
        return cmd_fit(args)
    from backtrainer.storage.history.store import HistoryStore

    if args.json or args.csv:
        return stream_history(csv=args.csv)
    from backtrainer.core.timeline import clock

    store = HistoryStore()  # a reader: no lock taken, nothing repaired or migrated on disk
    rows = _rows(store)
    if not _report(store):
        return EXIT_USAGE
    from backtrainer.cli.common import cue_options
    from backtrainer.cli.words import printed

    words = printed(cue_options().language)  # as the window shows it
    if not rows:
        print(words.no_workouts)
        return 0
    width = min(max(len(row[1]) for row in rows), 40)
    for started_at, title, seconds, done, planned, status in rows:
        sets = words.sets_done.format(done=done, planned=planned)
        print(
            f"{_when(started_at)}  {title[:width]:<{width}}  {clock(seconds):>6}"
            f"  {sets:>10}  {words.statuses.get(status, status)}"
        )
    return 0


def glance_first(*, csv: bool) -> str | None:
    """`history --json`'s opening and first session (`--csv`'s header and first
    session's rows), read and written before msgspec and the store are imported
    (`glance`). Its id, to go on after; "" when the store is to do it all; None when the
    reader has gone already."""
    from backtrainer.storage import paths
    from backtrainer.storage.history import glance, shape

    glanced = glance.first_session(paths.history_dir())
    if glanced is None:
        return ""
    session_id, session = glanced
    try:
        if csv:
            rows = shape.CsvRows()
            text = rows.header() + glance.csv_text(session, rows)
            sys.stdout.buffer.write(text.encode("utf-8"))
        else:
            sys.stdout.buffer.write(shape.OPEN + shape.item(glance.json_body(session)))
        sys.stdout.buffer.flush()
    except BrokenPipeError:  # `backtrainer history --json | head -c 1`
        _reader_gone()
        return None
    return session_id


def stream_history(*, csv: bool, after: str = "") -> int:
    """`backtrainer history --json` (or `--csv`): sessions out one at a time. `after`:
    that session is out already, and what comes before it (`glance_first`)."""
    from backtrainer.storage.history import shape
    from backtrainer.storage.history.store import HistoryStore

    store = HistoryStore()  # a reader: no lock taken, nothing repaired or migrated on disk
    sessions = store.each_session(after)
    first = list(itertools.islice(sessions, 1))  # reads the index: problems known now
    if not _report(store):
        if after and not csv:  # the array is open: close it, so that what is out stays JSON
            sys.stdout.buffer.write(shape.CLOSE)
        return EXIT_USAGE
    return _stream(itertools.chain(first, sessions), csv=csv, opened=bool(after))


def _report(store: HistoryStore) -> bool:
    """Print the store's problem, if any; False when it is an error (nothing to show)."""
    if store.problem:
        kind = "error" if store.read_only else "warning"
        print(f"backtrainer: {kind}: {store.problem}", file=sys.stderr)
    return not (store.problem and store.read_only)


Row = tuple[str, str, float, int, int, str]


def _rows(store: HistoryStore) -> list[Row]:
    """A line's figures per session not deleted: from the index when it covers the log."""
    indexed = store.indexed()
    if indexed is None:
        return [
            (s.started_at, s.title, s.seconds, s.sets_done, s.planned_sets, s.status)
            for s in store.sessions()
            if not s.deleted
        ]
    s, live = indexed.summaries, store.live()
    return [
        (
            s.started_at[n],
            s.titles[n],
            s.seconds[n],
            s.sets_done[n],
            s.planned_sets[n],
            "running" if s.status[n] == "interrupted" and s.ids[n] in live else s.status[n],
        )
        for n in range(len(s))
        if not s.deleted[n]
    ]


def _stream(sessions: Iterator[Session], *, csv: bool, opened: bool = False) -> int:
    from backtrainer.storage.history.export import csv_chunks, json_chunks

    out = sys.stdout.buffer
    try:
        if csv:
            for n, text in enumerate(csv_chunks(sessions, header=not opened)):
                out.write(text.encode("utf-8"))
                if n == 1 and not opened:
                    out.flush()  # the first session out at once
        else:
            for n, chunk in enumerate(json_chunks(sessions, opened=opened)):
                out.write(chunk)
                if n == 0:
                    out.flush()
        out.flush()
    except BrokenPipeError:  # `backtrainer history --json | head`: the reader has enough
        return _reader_gone()
    return 0


def _reader_gone() -> int:
    sys.stderr.close()
    return 0


def _when(iso: str) -> str:
    """The start as the user saw it then (its own UTC offset), to the minute."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
