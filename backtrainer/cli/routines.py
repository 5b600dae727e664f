"""`backtrainer routines` and `backtrainer plan`: the routine library, and one routine's
session step by step, as the window would run it with the saved settings."""

from __future__ import annotations

import argparse
import dataclasses
import json
from typing import TYPE_CHECKING, Any

from backtrainer.cli.common import (
    UsageError,
    cue_options,
    find_routine,
    interval_settings,
    load_library,
    plan_routine,
    routine_setup,
    saved_setups,
)
from backtrainer.cli.words import printed, step_line
from backtrainer.core.settings import IntervalSettings
from backtrainer.core.timeline import clock

if TYPE_CHECKING:
    from backtrainer.core.cues import CueOptions
    from backtrainer.core.model import Routine
    from backtrainer.storage.routines import LoadedRoutine
    from backtrainer.storage.setup_store import SetupStore


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the routines' language, e.g. de, fr, es (default: the language chosen in"
        " Settings, else LC_ALL, LC_MESSAGES or LANG; with --json: English unless --lang is"
        " given); English where a routine has no translation",
    )


def language(args: argparse.Namespace, saved: CueOptions) -> str:
    """The language asked for: --lang, else the window's (`saved`, the cue options read
    from the preferences: the one chosen in Settings, else the locale), as `history` does;
    JSON for scripts does not change with the user's choices, so it follows only --lang."""
    from backtrainer.core.localize import pick_language

    if args.lang is None and not args.json:
        return saved.language
    try:
        return pick_language(args.lang, {})
    except ValueError as exc:
        raise UsageError(f"--lang: {exc}") from None


def _localized(routine: Routine, lang: str) -> Routine:
    from backtrainer.core.localize import localized

    return localized(routine, lang)


def cmd_routines(args: argparse.Namespace) -> int:
    library = load_library()
    store, cues = saved_setups(), cue_options()  # read once, not once per routine
    lang = language(args, cues)
    rows = [_routine_row(loaded, store, cues, lang) for loaded in library.routines.values()]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for loaded, row in zip(library.routines.values(), rows, strict=True):
        r = _localized(loaded.routine, lang)
        words = printed(lang)
        print(f"{r.id:<20} {r.title}")
        equipment = ", ".join(r.equipment) or words.no_equipment
        by = words.by.format(coach=r.source.coach)
        print(f"{'':<20} {by} · {clock(row['estimated_seconds'])} · {equipment}")
    return 0


def _routine_row(
    loaded: LoadedRoutine, store: SetupStore, cues: CueOptions, lang: str
) -> dict[str, Any]:
    r = _localized(loaded.routine, lang)
    setup = routine_setup(r, IntervalSettings(), None, store)
    return {
        "id": r.id,
        "title": r.title,
        "coach": r.source.coach,
        "publication": r.source.publication,
        "estimated_seconds": plan_routine(r, setup, cues).total_seconds,
        "equipment": list(r.equipment),
        "focus": list(r.focus),
        "modes": [m.id for m in r.modes],
        "bundled": loaded.bundled,
        "file": str(loaded.file),
    }


def cmd_plan(args: argparse.Namespace) -> int:
    from backtrainer.core.localize import localized_setup

    english = find_routine(load_library(), args.routine)
    saved = cue_options()
    lang = language(args, saved)
    setup = routine_setup(english, interval_settings(args), getattr(args, "mode", None))
    routine = _localized(english, lang)
    cues = dataclasses.replace(saved, language=lang)  # said as printed
    timeline = plan_routine(routine, localized_setup(english, setup, lang), cues)
    if args.json:
        print(json.dumps(timeline.to_json(), indent=2))
        return 0
    mode = next((m.name for m in routine.modes if m.id == timeline.mode), timeline.mode)
    length = printed(lang).steps.format(time=clock(timeline.total_seconds), n=len(timeline.steps))
    print(f"{timeline.title}{f' ({mode})' if mode else ''} — {length}")
    start = 0.0
    for number, step in enumerate(timeline.steps, 1):
        print(f"{number:>4}  {clock(start):>6}  {step_line(step, lang)}")
        start += step.seconds
    return 0
