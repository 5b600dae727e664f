"""`backtrainer import` and `backtrainer export`: routine files into and out of the user
routines folder. The work is done in storage.routine_files; this is the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS = ("import", "export")


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    imp = sub.add_parser(
        "import",
        parents=[common],
        help="add a routine file to your routines",
        description="Check a routine file fully and copy it into your routines folder. A file"
        " that is not valid adds nothing: the error names the file, the JSON path and the"
        " reason. An id already in use is refused.",
    )
    imp.add_argument("file", metavar="FILE", type=Path, help="the routine file (JSON)")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="replace your own routine that has the same id (never a bundled one)",
    )
    exp = sub.add_parser(
        "export",
        parents=[common],
        help="write a routine to a file",
        description="Write a routine's JSON to FILE, to share it, keep it or edit it by hand."
        " FILE '-' writes to standard output.",
    )
    exp.add_argument("routine", metavar="ROUTINE", help="a routine id or a routine file")
    exp.add_argument("file", metavar="FILE", help="where to write it ('-': standard output)")


def run(args: argparse.Namespace) -> int:
    if args.command == "import":
        return cmd_import(args)
    return cmd_export(args)


def cmd_import(args: argparse.Namespace) -> int:
    from backtrainer.cli.common import cannot_write, load_library
    from backtrainer.storage.routine_files import import_routine

    library = load_library()
    try:
        routine, target = import_routine(args.file, library, replace=args.replace)
    except OSError as exc:
        if exc.filename is not None and Path(exc.filename) == args.file:
            raise  # the file to import could not be read: storage says so in its words
        raise cannot_write(exc, args.file) from None
    print(f"Imported {routine.id} ({routine.title}) into {target}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from backtrainer.cli.common import UsageError, find_routine, load_library
    from backtrainer.storage.routine_files import export_routine, routine_json

    routine = find_routine(load_library(), args.routine)
    if args.file == "-":
        sys.stdout.buffer.write(routine_json(routine))
        sys.stdout.flush()
        return 0
    dest = Path(args.file).expanduser()
    try:
        export_routine(routine, dest)
    except OSError as exc:
        raise UsageError(f"{dest}: cannot write the file: {exc.strerror or exc}") from None
    print(f"Exported {routine.id} ({routine.title}) to {dest}")
    return 0
