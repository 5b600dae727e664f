"""Render BackTrainer's pages and dialogs at laptop-to-4K sizes, in the light and the dark
theme, into PNGs named THEME-PAGE-WxH.png, to look at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR
    ... scripts/screenshots.py --lang de --theme light --size 1366x768 OUT_DIR

`--lang` takes a shipped language or `pseudo` (every string 40 % longer, with accents:
`scripts/translations.py pseudo` builds it; `release` builds the others), to find text
that is cut; without it, the language follows the system as the app does (LANGUAGE...).

Uses the real widgets and a fake clock (no waiting); `QWidget.grab` draws exactly what a
screen would show at that size, without needing a window manager.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import time
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog

from backtrainer.core.clock import FakeClock
from backtrainer.core.plan_week import PlanEntry, WeekPlan
from backtrainer.core.settings import IntervalSettings
from backtrainer.core.timeline import Step
from backtrainer.speech.speaker import SilentSpeaker, VoiceSettings
from backtrainer.storage import paths
from backtrainer.storage.history.store import HistoryStore
from backtrainer.storage.routine_files import duplicate, taken_ids
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui import i18n
from backtrainer.ui.about_dialog import AboutDialog, bundled_routines
from backtrainer.ui.editor.dialog import RoutineEditor
from backtrainer.ui.help.shortcuts import ShortcutsDialog
from backtrainer.ui.main_window import MainWindow
from backtrainer.ui.settings.setup_dialog import DefaultsDialog, SetupDialog
from backtrainer.ui.settings.voice_dialog import VoiceDialog
from backtrainer.ui.settings.week_plan_dialog import WeekPlanDialog
from backtrainer.ui.window.placement import room
from backtrainer.ui.window_actions import shortcut_rows
from backtrainer.ui.workout.view import WorkoutView

SIZES = [(1024, 600), (1366, 768), (1920, 1080), (3840, 2160)]
PORTRAIT = (768, 1024)

Pick = Callable[[Step], bool]


def timed(step: Step) -> bool:
    return step.kind == "work" and step.reps is None


def reps(step: Step) -> bool:
    return step.kind == "work" and step.reps is not None


def mid_rep(step: Step) -> float:
    """Rep three, most of the way up."""
    assert step.rep_seconds is not None and step.tempo is not None
    return step.lead_in + 2 * step.rep_seconds + 0.7 * step.tempo.up


def half_rep(step: Step) -> float:
    """Rep two, the second side, on its way up."""
    assert step.rep_seconds is not None and step.tempo is not None
    return step.lead_in + 1.5 * step.rep_seconds + 0.5 * step.tempo.up


WORKOUT: list[tuple[str, str, Pick, Callable[[Step], float], bool, bool]] = [
    # (name, routine, the step, seconds into it, paused, form points shown)
    ("prepare", "ultimate-back", lambda s: s.kind == "prepare", lambda s: 4, False, False),
    ("work-timed", "one-dumbbell-back", timed, lambda s: 7, False, False),
    ("work-reps", "ultimate-back", reps, mid_rep, False, False),
    (
        "work-alternating",
        "kettlebell-pull",
        lambda s: s.side == "alternating",
        half_rep,
        False,
        False,
    ),
    ("rest", "one-dumbbell-back", lambda s: s.kind == "rest", lambda s: 3, False, False),
    ("switch", "one-dumbbell-back", lambda s: s.kind == "switch", lambda s: 2, False, False),
    ("paused", "ultimate-back", reps, mid_rep, True, False),
    ("form", "one-dumbbell-back", timed, lambda s: 7, False, True),
]
"""The workout screen at the moments worth looking at."""


def heights(view: WorkoutView) -> str:
    """How tall the big texts are: font pixel size and cap height (QFontMetrics)."""
    parts = []
    for label in (view.exercise, view.side, view.countdown):
        if label.isVisible() and label.text():
            cap = QFontMetrics(label.font()).capHeight()
            parts.append(f"{label.objectName()} {label.font().pixelSize()} px (cap {cap})")
    return ", ".join(parts)


def workout(
    sizes: list[tuple[int, int]],
    window: MainWindow,
    clock: FakeClock,
    app: QApplication,
    out: Path,
    name: str,
    routine_id: str,
    pick: Pick,
    seconds: Callable[[Step], float],
    paused: bool,
    form: bool,
) -> None:
    window.start(routine_id)
    assert window.runner is not None and window.workout is not None
    controller, view = window.runner.controller, window.workout
    while controller.step is not None and not pick(controller.step):
        controller.next()
    assert controller.step is not None and controller.step_index is not None
    view.show_step(controller.step_index, controller.step)
    for _ in range(round(seconds(controller.step) * 10)):  # as the runner's timer would
        clock.advance(0.1)
        window.runner.poll()
    if paused:
        controller.pause()
    if form:
        view.toggle_form()
    for width, height in sizes:
        window.resize(width, height)
        app.processEvents()
        view.refresh_motion()
        window.grab().save(str(out / f"{name}-{width}x{height}.png"))
        print(f"{name}-{width}x{height}: {heights(view)}")


def run_to_end(window: MainWindow, clock: FakeClock) -> None:
    while window.runner is not None and window.runner.controller.state == "running":
        clock.advance(0.5)
        window.runner.poll()


def sessions(window: MainWindow, clock: FakeClock) -> None:
    """A few sessions in the (throw-away) history: two finished, one stopped."""
    for routine_id in ("one-dumbbell-back", "best-back"):
        window.start(routine_id)
        run_to_end(window, clock)
        window.show_picker()
        clock.advance(3600)
    window.start("kettlebell-pull")
    assert window.runner is not None
    for _ in range(4):
        window.runner.controller.next()
    window.runner.controller.stop()
    window.show_picker()


def screens(
    sizes: list[tuple[int, int]], window: MainWindow, app: QApplication, out: Path, name: str
) -> None:
    for width, height in sizes:
        if height > width:
            continue  # portrait: the workout screen only
        window.resize(width, height)
        app.processEvents()
        window.grab().save(str(out / f"{name}-{width}x{height}.png"))


def dialogs(window: MainWindow) -> list[tuple[str, QDialog, QSize]]:
    """Each dialog, with the size it asks for on a screen large enough."""
    library = window.picker.library
    routine = library.routines["kettlebell-pull"].routine
    setup = SetupDialog(routine, window.setups.store.saved(routine.id), IntervalSettings())
    copy = duplicate(library.routines["upper-body-runners"].routine, taken_ids(library))
    editor = RoutineEditor(copy, "A copy")
    editor.confirm_discard = lambda parent: True  # type: ignore[method-assign,assignment]
    found: list[tuple[str, QDialog, QSize | None]] = [
        ("adjust", setup, QSize(760, 680)),
        ("defaults", DefaultsDialog(IntervalSettings()), None),
        ("voice", VoiceDialog(VoiceSettings(), [("en", "English")], lambda _s: None), None),
        ("voice-commands", voice_commands_page(), None),
        ("editor", editor, QSize(1280, 760)),
        ("about", AboutDialog(bundled_routines()), None),
        ("shortcuts", ShortcutsDialog(shortcut_rows(window)), None),
        ("week-plan", week_plan_dialog(library, window.voice.language()), None),
    ]
    return [(n, d, size or natural(d)) for n, d, size in found]


def listening(
    sizes: list[tuple[int, int]], window: MainWindow, app: QApplication, out: Path, name: str
) -> None:
    """The workout screen with the voice commands' mark, listening and then not (no
    microphone), as `ui.workout.listening` places it, with no recogniser running."""
    from backtrainer.ui.workout.listening import _mark, not_listening

    window.start("one-dumbbell-back")
    assert window.workout is not None
    mark, place = _mark(window.workout)
    screens(sizes, window, app, out, f"{name}-listening")
    mark.setText(not_listening("There is no microphone."))  # the source's own words
    place()
    screens(sizes, window, app, out, f"{name}-not-listening")
    mark.deleteLater()
    window.show_picker()


def voice_commands_page() -> VoiceDialog:
    """Settings > Voice on its second page, the voice commands."""
    dialog = VoiceDialog(VoiceSettings(), [("en", "English")], lambda _s: None)
    dialog.pages.setCurrentIndex(1)
    return dialog


def week_plan_dialog(library: RoutineLibrary, language: str) -> WeekPlanDialog:
    """Settings > Weekly plan with a plan of three sessions, routines named as the window
    names them."""
    from backtrainer.core.localize import localized

    plan = WeekPlan(
        (
            PlanEntry(1, time(7), "best-back"),
            PlanEntry(4, time(7), "best-back"),
            PlanEntry(6, time(18, 30), "kettlebell-pull"),
        )
    )
    routines = [
        (rid, localized(loaded.routine, language).title) for rid, loaded in library.routines.items()
    ]
    return WeekPlanDialog(plan, routines, lambda _plan, _path: "")


def natural(dialog: QDialog) -> QSize:
    """The size the dialog gives itself, else the size its layout asks for."""
    if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return dialog.size()
    return dialog.sizeHint()


def main(
    out: Path,
    language: str | None = None,
    themes: tuple[str, ...] = ("light", "dark"),
    sizes: list[tuple[int, int]] | None = None,
) -> None:
    sizes = sizes or [*SIZES, PORTRAIT]
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault(paths.DATA_DIR_ENV, tempfile.mkdtemp(prefix="backtrainer-shots-"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    chosen = i18n.language(language)
    i18n.install(app, chosen)  # as the app does, before any widget takes its words
    print(f"Language: {chosen}")
    clock = FakeClock()
    store = HistoryStore(paths.data_dir() / "history")
    store.open_for_writing()
    window = MainWindow(
        RoutineLibrary.load(),
        speaker_factory=lambda _voice: SilentSpeaker(),
        clock=clock,
        settings=IntervalSettings(prepare=10),
        history=lambda: store,
    )
    window.showNormal()  # not maximized on this small offscreen screen: resize works
    sessions(window, clock)
    for theme in themes:
        window.themes.apply(theme)
        window.picker.routine_list.setCurrentRow(
            list(window.picker.library.routines).index("kettlebell-pull")
        )  # a routine with modes: the mode choice shows
        screens(sizes, window, app, out, f"{theme}-picker")
        window.picker.routine_list.setCurrentRow(
            list(window.picker.library.routines).index("ultimate-back")
        )  # notes, safety, a progression and assumptions in the detail pane
        screens(sizes, window, app, out, f"{theme}-picker-detail")
        for shot in WORKOUT:
            workout(sizes, window, clock, app, out, f"{theme}-workout-{shot[0]}", *shot[1:])
        window.show_picker()
        listening(sizes, window, app, out, f"{theme}-workout")
        window.start("one-dumbbell-back")
        run_to_end(window, clock)
        screens(sizes, window, app, out, f"{theme}-finished")
        window.show_picker()
        window.show_history()
        screens(sizes, window, app, out, f"{theme}-history")
        window.show_picker()
        for name, dialog, preferred in dialogs(window):
            dialog.show()
            app.processEvents()
            for width, height in [(w, h) for w, h in sizes if w >= h]:
                dialog.resize(preferred.boundedTo(room(QRect(0, 0, width, height))))
                app.processEvents()
                dialog.grab().save(str(out / f"{theme}-dialog-{name}-{width}x{height}.png"))
            dialog.close()
            dialog.deleteLater()
    window.show_picker()  # the workout ends here: closing mid-workout would ask first
    window.close()
    store.close()
    print(f"Wrote the screenshots to {out}")


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("shots"))
    parser.add_argument("--lang", help="en, de, fr, es or pseudo (default: the system's)")
    parser.add_argument("--theme", choices=("light", "dark"), action="append")
    parser.add_argument("--size", type=_size, action="append", help="WIDTHxHEIGHT, repeatable")
    args = parser.parse_args()
    main(args.out, args.lang, tuple(args.theme or ("light", "dark")), args.size)
