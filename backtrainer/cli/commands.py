"""The `backtrainer` command's parser and subcommands (`cli.main` opens a plain window
without them).

Errors go to stderr with exit status 2; output meant for scripts (`--json`) goes to stdout
and nothing else does.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NoReturn

from backtrainer import __version__
from backtrainer.cli import files, history_fit, plan_week, routines
from backtrainer.cli import listen as listen_cli
from backtrainer.cli.common import (
    EXIT_USAGE,
    INTERVAL_OPTIONS,
    UsageError,
    find_routine,
    interval_settings,
    load_library,
    plan_routine,
    routine_setup,
)
from backtrainer.cli.routines import add_language_option
from backtrainer.core.settings import SettingsError
from backtrainer.storage import paths

if TYPE_CHECKING:
    from backtrainer.core.settings import IntervalSettings
    from backtrainer.storage.routines import RoutineLibrary


@dataclass(frozen=True)
class WindowLaunch:
    """The window that the command line asked for, checked: `cli.main` opens it."""

    start: str | None
    settings: IntervalSettings
    mode: str | None
    library: RoutineLibrary | None
    fullscreen: bool | None


def build_parser() -> argparse.ArgumentParser:
    # --data-dir goes on every parser so it works before or after the subcommand;
    # SUPPRESS keeps a subparser from resetting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"use DIR for user routines, settings and history (env: {paths.DATA_DIR_ENV})",
    )
    intervals = argparse.ArgumentParser(add_help=False)
    group = intervals.add_argument_group("interval settings (main blocks; default: routine's)")
    # SUPPRESS: the same options exist on the top level (for --start) and on `plan`;
    # a subparser's default must not erase a value given before the subcommand.
    for flag, dest, kind, metavar, text in INTERVAL_OPTIONS:
        group.add_argument(
            flag, dest=dest, type=kind, metavar=metavar, help=text, default=argparse.SUPPRESS
        )
    group.add_argument(
        "--mode",
        metavar="ID",
        help="the routine's mode (e.g. conditioning)",
        default=argparse.SUPPRESS,
    )

    parser = argparse.ArgumentParser(
        prog="backtrainer",
        description="Hands-free back and upper-body workouts for runners. Without a"
        " command, opens the window.",
        parents=[common, intervals],
    )
    parser.add_argument("--version", action="version", version=f"backtrainer {__version__}")
    levels = ["debug", "info", "warning", "error"]
    from_env = os.environ.get("BACKTRAINER_LOG_LEVEL", "").lower()
    parser.add_argument(
        "--log-level",
        choices=levels,
        default=from_env if from_env in levels else "warning",
        help="how much to log on stderr; debug shows every cue with its due time"
        " (env: BACKTRAINER_LOG_LEVEL)",
    )
    parser.add_argument(
        "--start",
        metavar="ROUTINE",
        help="open the window and start ROUTINE after the get-ready countdown",
    )
    parser.add_argument(
        "--fullscreen",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="open the window full screen, or not (default: not, but --start as last time)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    routines = sub.add_parser(
        "routines",
        parents=[common],
        help="list the routines",
        description="List every routine: bundled ones and the user's own.",
    )
    routines.add_argument("--json", action="store_true", help="print JSON for scripts")
    add_language_option(routines)

    plan_cmd = sub.add_parser(
        "plan",
        parents=[common, intervals],
        help="show a routine's timeline",
        description="Show every step of a session with its length and cues.",
    )
    plan_cmd.add_argument("routine", metavar="ROUTINE", help="a routine id or a routine file")
    plan_cmd.add_argument("--json", action="store_true", help="print JSON for scripts")
    add_language_option(plan_cmd)

    history = sub.add_parser(
        "history",
        parents=[common],
        help="list past workouts",
        description="List the workouts on record, oldest first: date, routine, time,"
        " sets done of planned, and how each ended. Reads the history as it is on disk,"
        " also while a window is open; never changes it.",
    )
    output = history.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON for scripts")
    output.add_argument("--csv", action="store_true", help="print CSV, one row per step")
    history_fit.add_options(history, output)

    files.add_parsers(sub, common)  # import, export
    plan_week.add_parser(sub, common)
    listen_cli.add_parser(sub, common)
    sub.add_parser(
        "schema",
        parents=[common],
        help="print the routine JSON Schema",
        description="Print the JSON Schema of the routine format.",
    )
    sub.add_parser(
        "self-check",
        parents=[common],
        help="load and plan every routine",
        description="Load every routine and plan each of its modes; exit 2 on any failure.",
    )
    desktop = sub.add_parser(
        "install-desktop",
        help="add BackTrainer to this user's application menu",
        description="Install the desktop entry and icons under $XDG_DATA_HOME (default"
        " ~/.local/share), starting this very copy of BackTrainer.",
    )
    desktop.add_argument("--uninstall", action="store_true", help="remove them instead")
    return parser


def run(argv: Sequence[str] | None = None) -> int | WindowLaunch:
    """A subcommand's exit status, or the window to open."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s: %(message)s"
    )
    paths.set_data_dir(getattr(args, "data_dir", None))
    try:
        if args.command == "routines":
            return routines.cmd_routines(args)
        if args.command == "plan":
            return routines.cmd_plan(args)
        if args.command == "history":
            from backtrainer.cli.history import cmd_history

            return cmd_history(args)
        if args.command == "plan-week":
            return plan_week.cmd_plan_week(args)
        if args.command in files.COMMANDS:
            return files.run(args)
        if args.command == "listen":
            return listen_cli.run(args)
        if args.command == "schema":
            from backtrainer.core.model import routine_schema

            print(json.dumps(routine_schema(), indent=2))
            return 0
        if args.command == "self-check":
            from backtrainer.cli.selfcheck import run

            return run()
        if args.command == "install-desktop":
            from backtrainer.desktop.install import run as install_desktop

            return install_desktop(args.uninstall)
        return _window_launch(args)
    except BrokenPipeError:
        # `backtrainer plan x | head`: the reader left; that is not an error worth a trace.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        if isinstance(exc, UsageError | SettingsError) or _is_routine_error(exc):
            _fail(parser, str(exc))
        raise


def _is_routine_error(exc: Exception) -> bool:
    routines = sys.modules.get("backtrainer.storage.routines")  # loaded if it could raise
    return routines is not None and isinstance(exc, routines.RoutineError)


def _window_launch(args: argparse.Namespace) -> WindowLaunch:
    settings = interval_settings(args)
    mode = getattr(args, "mode", None)
    given = [flag for flag, dest, *_ in INTERVAL_OPTIONS if getattr(args, dest, None) is not None]
    given += ["--mode"] if mode is not None else []
    if given and args.start is None:
        raise UsageError(
            f"{given[0]} applies to one session: add --start ROUTINE"
            " (Settings > Adjust in the window keeps settings for every session)"
        )
    library = None
    if args.start is not None:  # check before any window appears: errors belong on stderr
        library = load_library()
        routine = find_routine(library, args.start)
        if routine.id not in library.routines:
            raise UsageError(
                f"{args.start}: --start takes a routine id or an installed"
                " routine; import the file first"
            )
        plan_routine(routine, routine_setup(routine, settings, mode))
        args.start = routine.id
    return WindowLaunch(args.start, settings, mode, library, args.fullscreen)


def _fail(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    print(f"{parser.prog}: error: {message}", file=sys.stderr)
    sys.exit(EXIT_USAGE)
