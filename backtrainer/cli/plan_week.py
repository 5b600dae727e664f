"""`backtrainer plan-week [--json] [--ics FILE] [--tz ZONE]`: the weekly plan saved in
settings.json (made in the window: Settings > Weekly plan), shown, or exported as an
iCalendar file for the user's calendar program."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from backtrainer.cli.common import UsageError, cannot_write, cue_options, load_library, saved_setups


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "plan-week",
        parents=[common],
        help="show the weekly plan, or export it as a calendar file",
        description="Show the weekly plan (made in the window: Settings > Weekly plan), or"
        " write it as an iCalendar file: a weekly event per planned session, with a"
        " reminder 15 minutes before and the command that starts it.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--ics", metavar="FILE", help="write the plan as an iCalendar file ('-': standard output)"
    )
    parser.add_argument(
        "--tz",
        metavar="ZONE",
        help="the time zone of the events, e.g. Europe/Paris (default: the system's)",
    )


def cmd_plan_week(args: argparse.Namespace) -> int:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from backtrainer.core.plan_week import describe
    from backtrainer.storage.plan_calendar import (
        MissingRoutine,
        local_zone,
        plan_ics,
        planned_routines,
    )
    from backtrainer.storage.plan_week_file import plan_json

    store = saved_setups()
    plan = store.week_plan
    try:
        zone = ZoneInfo(args.tz) if args.tz else local_zone()
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"--tz: {args.tz!r} is not a time zone name like Europe/Paris") from None
    library = load_library()
    try:
        routines = planned_routines(plan, library, store, cue_options())
    except MissingRoutine as exc:
        raise UsageError(str(exc)) from None
    if args.ics is not None:
        if not plan:
            raise UsageError("no weekly plan to export: make one in Settings > Weekly plan")
        data = plan_ics(plan, routines, zone, date.today())
        if args.ics == "-":
            sys.stdout.buffer.write(data)
            return 0
        from backtrainer.storage.files import write_atomically

        try:
            write_atomically(Path(args.ics), data)
        except OSError as exc:
            raise cannot_write(exc, args.ics) from None
        print(f"Wrote {len(plan)} weekly event(s) in {zone.key} to {args.ics}", file=sys.stderr)
        return 0
    if args.json:
        rows = plan_json(plan)
        for row in rows:
            routine = routines[row["routine"]]
            row |= {"title": routine.title, "seconds": routine.seconds}
        print(json.dumps({"time_zone": zone.key, "entries": rows}, indent=2))
    elif not plan:
        print("No weekly plan yet: make one in the window, Settings > Weekly plan.")
    else:
        titles = {rid: r.title for rid, r in routines.items()}
        for entry in plan.entries:
            print(describe([entry], titles))
    return 0
