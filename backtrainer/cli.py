"""The `backtrainer` command: the window by default, subcommands for scripting.

Errors go to stderr with exit status 2; output meant for scripts (`--json`) goes to stdout
and nothing else does.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from backtrainer import __version__, cli_routines
from backtrainer.core.settings import IntervalSettings, SettingsError
from backtrainer.core.timeline import clock
from backtrainer.storage import paths

if TYPE_CHECKING:
    from backtrainer.core.customise import RoutineSetup
    from backtrainer.core.model import Routine
    from backtrainer.core.timeline import Step, Timeline
    from backtrainer.storage.routines import LoadedRoutine, RoutineLibrary
    from backtrainer.storage.setup_store import SetupStore

# The routine and planner modules (and msgspec behind them) are imported where they are
# used, so that opening the window does not wait for them.

EXIT_USAGE = 2

INTERVAL_OPTIONS = (
    ("--prepare", "prepare", int, "S", "get-ready seconds before the first move"),
    ("--work", "work", int, "S", "seconds of work for timed moves"),
    ("--rest", "rest", int, "S", "rest seconds between moves"),
    ("--switch", "switch", int, "S", "pause seconds to switch sides"),
    ("--round-rest", "round_rest", int, "S", "rest seconds between rounds (or sets)"),
    ("--rounds", "rounds", int, "N", "rounds of each main block (sets, in straight blocks)"),
    ("--tempo-scale", "tempo_scale", float, "X", "slow down (>1) or speed up (<1) every rep"),
)


class UsageError(Exception):
    """A mistake in what the user asked for: printed as one line, exit status 2."""


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    routines = sub.add_parser(
        "routines",
        parents=[common],
        help="list the routines",
        description="List every routine: bundled ones and the user's own.",
    )
    routines.add_argument("--json", action="store_true", help="print JSON for scripts")

    plan_cmd = sub.add_parser(
        "plan",
        parents=[common, intervals],
        help="show a routine's timeline",
        description="Show every step of a session with its length and cues.",
    )
    plan_cmd.add_argument("routine", metavar="ROUTINE", help="a routine id or a routine file")
    plan_cmd.add_argument("--json", action="store_true", help="print JSON for scripts")

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

    cli_routines.add_parsers(sub, common)  # import, export
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s: %(message)s"
    )
    paths.set_data_dir(getattr(args, "data_dir", None))
    try:
        if args.command == "routines":
            return cmd_routines(args)
        if args.command == "plan":
            return cmd_plan(args)
        if args.command == "history":
            from backtrainer.cli_history import cmd_history

            return cmd_history(args)
        if args.command in cli_routines.COMMANDS:
            return cli_routines.run(args)
        if args.command == "schema":
            from backtrainer.core.model import routine_schema

            print(json.dumps(routine_schema(), indent=2))
            return 0
        if args.command == "self-check":
            from backtrainer.selfcheck import run

            return run()
        if args.command == "install-desktop":
            from backtrainer.desktop_install import run as install_desktop

            return install_desktop(args.uninstall)
        return _open_window(parser, args)
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


def _open_window(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    settings = _settings(args)
    mode = getattr(args, "mode", None)
    library = None
    if args.start is not None:  # check before any window appears: errors belong on stderr
        library = _library()
        routine = _find(library, args.start)
        if routine.id not in library.routines:
            raise UsageError(
                f"{args.start}: --start takes a routine id or an installed"
                " routine; import the file first"
            )
        _plan(routine, _setup(routine, settings, mode))
        args.start = routine.id
    from backtrainer.ui.app import run_app  # Qt only when a window is wanted

    return run_app(args.start, settings, mode, library)


def _fail(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    print(f"{parser.prog}: error: {message}", file=sys.stderr)
    sys.exit(EXIT_USAGE)


def _settings(args: argparse.Namespace) -> IntervalSettings:
    values = {dest: getattr(args, dest, None) for _flag, dest, *_ in INTERVAL_OPTIONS}
    try:
        return IntervalSettings(**values)
    except SettingsError as exc:
        flag = "--" + exc.field.replace("_", "-")
        raise UsageError(f"{flag}: {exc.reason}") from None


def _library() -> RoutineLibrary:
    from backtrainer.storage.routines import RoutineLibrary

    library = RoutineLibrary.load()
    for error in library.errors:
        print(f"backtrainer: warning: skipped {error}", file=sys.stderr)
    return library


def _find(library: RoutineLibrary, ref: str) -> Routine:
    try:
        return library.find(ref)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None


def _setups() -> SetupStore:
    """The saved settings; a file that cannot be read stops the command with its reason."""
    from backtrainer.storage.setup_store import SetupFileError, SetupStore

    try:
        return SetupStore().load()
    except SetupFileError as exc:
        raise UsageError(str(exc)) from None


def _setup(
    routine: Routine, cli: IntervalSettings, mode: str | None, store: SetupStore | None = None
) -> RoutineSetup:
    """The saved setup of `routine`, global defaults under it, the command line over it."""
    setup = (store or _setups()).setup(routine.id, cli)
    if mode is not None:
        try:
            routine.mode(mode)  # an unknown mode is a mistake on the command line: say so
        except KeyError as exc:
            raise UsageError(exc.args[0]) from None
        setup = dataclasses.replace(setup, mode=mode)
    return setup


def _plan(routine: Routine, setup: RoutineSetup) -> Timeline:
    from backtrainer.core.customise import plan_setup

    try:
        return plan_setup(routine, setup)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None


def cmd_routines(args: argparse.Namespace) -> int:
    library = _library()
    store = _setups()  # read once, not once per routine
    rows = [_routine_row(loaded, store) for loaded in library.routines.values()]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for loaded, row in zip(library.routines.values(), rows, strict=True):
        r = loaded.routine
        print(f"{r.id:<20} {r.title}")
        equipment = ", ".join(r.equipment) or "no equipment"
        print(f"{'':<20} by {r.source.coach} · {clock(row['estimated_seconds'])} · {equipment}")
    return 0


def _routine_row(loaded: LoadedRoutine, store: SetupStore) -> dict[str, Any]:
    r = loaded.routine
    return {
        "id": r.id,
        "title": r.title,
        "coach": r.source.coach,
        "publication": r.source.publication,
        "estimated_seconds": _plan(r, _setup(r, IntervalSettings(), None, store)).total_seconds,
        "equipment": list(r.equipment),
        "focus": list(r.focus),
        "modes": [m.id for m in r.modes],
        "bundled": loaded.bundled,
        "file": str(loaded.file),
    }


def cmd_plan(args: argparse.Namespace) -> int:
    routine = _find(_library(), args.routine)
    timeline = _plan(routine, _setup(routine, _settings(args), getattr(args, "mode", None)))
    if args.json:
        print(json.dumps(timeline.to_json(), indent=2))
        return 0
    print(
        f"{timeline.title}{f' ({timeline.mode})' if timeline.mode else ''}"
        f" — {clock(timeline.total_seconds)} in {len(timeline.steps)} steps"
    )
    start = 0.0
    for number, step in enumerate(timeline.steps, 1):
        print(f"{number:>4}  {clock(start):>6}  {_describe(step)}")
        start += step.seconds
    return 0


def _describe(step: Step) -> str:
    if step.kind == "work":
        side = f" ({step.side})" if step.side else ""
        added = "  [added by BackTrainer]" if step.added else ""
        return f"{step.exercise}{side}, {step.dose}{added}"
    if step.kind == "done":
        return "done"
    label = {"prepare": "get ready", "rest": "rest", "switch": "switch sides"}.get(step.kind)
    if label is None:
        label = f"rest after {step.round_unit} {step.round} of {step.rounds}"
    return f"  · {label} {round(step.seconds)} s"


if __name__ == "__main__":
    sys.exit(main())
