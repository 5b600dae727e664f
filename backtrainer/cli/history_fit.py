"""`backtrainer history --fit DIR [--since DATE] [--routine ID]`: sessions as FIT activity
files for Garmin Connect and Strava, one file per session (storage.history.fit)."""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from backtrainer.cli.common import EXIT_USAGE, UsageError, cannot_write
from backtrainer.core.history import Session


def add_options(history: argparse.ArgumentParser, output: argparse._MutuallyExclusiveGroup) -> None:
    """`--fit` beside `--json` and `--csv`; `--since` and `--routine` choose its sessions."""
    output.add_argument(
        "--fit",
        metavar="DIR",
        type=Path,
        help="write each session as a FIT activity file into DIR (for Garmin Connect, Strava)",
    )
    history.add_argument(
        "--since",
        metavar="DATE",
        type=_date,
        help="with --fit: only sessions started on or after DATE (YYYY-MM-DD, their local date)",
    )
    history.add_argument(
        "--routine", metavar="ID", help="with --fit: only sessions of the routine ID"
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-05-01") from None


def check_options(args: argparse.Namespace) -> None:
    """--since and --routine without --fit: said, not silently ignored."""
    if args.fit is None and (args.since is not None or args.routine is not None):
        flag = "--since" if args.since is not None else "--routine"
        raise UsageError(f"{flag} chooses the sessions of --fit DIR: add --fit DIR")


def chosen(
    sessions: Iterable[Session], since: date | None, routine: str | None
) -> Iterator[Session]:
    """The sessions not deleted, of `routine`, started on or after `since` (the date the
    user saw then: the start's own UTC offset), one at a time."""
    for s in sessions:
        if s.deleted or (routine is not None and s.routine != routine):
            continue
        if since is not None:
            try:
                day = datetime.fromisoformat(s.started_at).date()
            except ValueError:
                continue
            if day < since:
                continue
        yield s


def cmd_fit(args: argparse.Namespace) -> int:
    from backtrainer.storage.history.fit import FitExportError, export_fit
    from backtrainer.storage.history.store import HistoryStore

    store = HistoryStore()  # a reader: nothing on disk changes
    each = store.each_session()  # through the index: memory stays flat
    first = list(itertools.islice(each, 1))  # reads the index: problems known now
    if store.problem:
        kind = "error" if store.read_only else "warning"
        print(f"backtrainer: {kind}: {store.problem}", file=sys.stderr)
        if store.read_only:
            return EXIT_USAGE
    sessions = chosen(itertools.chain(first, each), args.since, args.routine)
    folder: Path = args.fit
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: not a folder (--fit takes the folder to write into)")
    try:
        result = export_fit(sessions, folder)
    except OSError as exc:
        raise cannot_write(exc, folder) from None
    except FitExportError as exc:
        raise UsageError(str(exc)) from None
    for path in result.written:
        print(path)
    left = f"; {result.skipped} left out (no set done, or still running)"
    print(
        f"Wrote {len(result.written)} FIT file(s) to {folder}" + (left if result.skipped else ""),
        file=sys.stderr,
    )
    return 0
