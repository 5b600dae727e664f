"""The `backtrainer` command: the window by default, subcommands for scripting.

The plain launch (no arguments, or only the window's own options) goes straight to the
window: argparse, the subcommands and their imports (`cli.commands`) would cost the first
paint tens of milliseconds that the user waits for. Anything else, `--help` and mistakes
included, goes through the full parser, which says the same things it always did.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from backtrainer.storage import paths

LOG_LEVELS = ("debug", "info", "warning", "error")
LOG_LEVEL_ENV = "BACKTRAINER_LOG_LEVEL"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    options = window_options(args)
    if options is not None:
        log_level, data_dir, fullscreen = options
        _configure(log_level, data_dir)
        from backtrainer.ui.app import run_app  # Qt only when a window is wanted

        return run_app(fullscreen=fullscreen)
    export = history_options(args)
    if export is not None:  # `history --json/--csv`: streamed, without the full parser
        log_level, data_dir, csv = export
        paths.set_data_dir(data_dir)
        from backtrainer.cli.history import glance_first, stream_history

        after = glance_first(csv=csv)  # out before logging and msgspec are imported
        if after is None:
            return 0  # the reader has gone (`| head -c 1`)
        _configure(log_level, data_dir)
        return stream_history(csv=csv, after=after)
    from backtrainer.cli.commands import run

    launch = run(args)
    if isinstance(launch, int):
        return launch
    from backtrainer.ui.app import run_app

    return run_app(
        launch.start, launch.settings, launch.mode, launch.library, fullscreen=launch.fullscreen
    )


def default_log_level() -> str:
    """`--log-level`'s default: BACKTRAINER_LOG_LEVEL if it names a level, else warning."""
    from_env = os.environ.get(LOG_LEVEL_ENV, "").lower()
    return from_env if from_env in LOG_LEVELS else "warning"


def window_options(args: Sequence[str]) -> tuple[str, str | None, bool | None] | None:
    """(log level, data folder, full screen) when `args` hold only the plain window's
    options, spelled out in full; None sends them to the full parser."""
    log_level, data_dir, fullscreen = default_log_level(), None, None
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        name, has_value, value = arg.partition("=")
        if arg in ("--fullscreen", "--no-fullscreen"):
            fullscreen = arg == "--fullscreen"
            continue
        if name not in ("--data-dir", "--log-level"):
            return None
        if not has_value:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return None
        if name == "--data-dir":
            data_dir = value
        elif value in LOG_LEVELS:
            log_level = value
        else:
            return None
    return log_level, data_dir, fullscreen


def history_options(args: Sequence[str]) -> tuple[str, str | None, bool] | None:
    """(log level, data folder, CSV rather than JSON) when `args` are `history --json` or
    `history --csv` with only --data-dir and --log-level besides, spelled out in full: the
    first session is then out before the parser and the other subcommands would be
    imported. None sends them to the full parser."""
    rest = list(args)
    if "history" not in rest:
        return None
    at = rest.index("history")
    after = rest[at + 1 :]
    outputs = [arg for arg in after if arg in ("--json", "--csv")]
    if len(outputs) != 1:
        return None
    after.remove(outputs[0])
    options = window_options(rest[:at] + after)
    if options is None or options[2] is not None:
        return None
    return options[0], options[1], outputs[0] == "--csv"


def _configure(log_level: str, data_dir: str | None) -> None:
    """What the full parser's path does before opening the window, for the plain launch."""
    import logging  # not before: `history --json` writes its first session without it

    logging.basicConfig(
        level=log_level.upper(), format="%(asctime)s %(name)s %(levelname)s: %(message)s"
    )
    paths.set_data_dir(data_dir)


if __name__ == "__main__":
    sys.exit(main())
