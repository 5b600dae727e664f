"""`backtrainer history`: past workouts as the history holds them on disk, for people
(a line each), for scripts (JSON) and for spreadsheets (CSV, a row per step)."""

from __future__ import annotations

import argparse
import json
import sys

from backtrainer.cli.common import EXIT_USAGE
from backtrainer.core.timeline import clock


def cmd_history(args: argparse.Namespace) -> int:
    from backtrainer.cli.history_fit import check_options, cmd_fit

    check_options(args)
    if args.fit is not None:
        return cmd_fit(args)
    from backtrainer.storage.history.store import HistoryStore, csv_text, session_json

    store = HistoryStore()  # a reader: no lock taken, nothing repaired or migrated on disk
    sessions = [s for s in store.sessions() if not s.deleted]
    if store.problem:
        kind = "error" if store.read_only else "warning"
        print(f"backtrainer: {kind}: {store.problem}", file=sys.stderr)
        if store.read_only:
            return EXIT_USAGE
    if args.json:
        print(json.dumps([session_json(s) for s in sessions], indent=2))
    elif args.csv:
        sys.stdout.write(csv_text(sessions))
    elif not sessions:
        print("No workouts on record yet.")
    else:
        width = min(max(len(s.title) for s in sessions), 40)
        for s in sessions:
            sets = f"{s.sets_done}/{s.planned_sets} sets"
            print(
                f"{_when(s.started_at)}  {s.title[:width]:<{width}}  {clock(s.seconds):>6}"
                f"  {sets:>10}  {s.status}"
            )
    return 0


def _when(iso: str) -> str:
    """The start as the user saw it then (its own UTC offset), to the minute."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
