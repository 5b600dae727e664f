"""Render BackTrainer's pages at laptop-to-4K sizes into PNGs, to look at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR

Uses the real widgets and a fake clock (no waiting); `QWidget.grab` draws exactly what a
screen would show at that size, without needing a window manager.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from backtrainer.core.clock import FakeClock
from backtrainer.core.settings import IntervalSettings
from backtrainer.core.timeline import Step
from backtrainer.speech.speaker import SilentSpeaker
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.main_window import MainWindow
from backtrainer.ui.settings.setup_dialog import SetupDialog
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
    routine = window.picker.library.routines[routine_id].routine
    # What the window passes once it gives the view each move's set-up and safety lines.
    view.setup_lines = {e.id: e.setup for e in routine.exercises() if e.setup}
    view.safety_lines = {e.id: " ".join(e.safety) for e in routine.exercises() if e.safety}
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
    for width, height in [*SIZES, PORTRAIT]:
        window.resize(width, height)
        app.processEvents()
        view.refresh_motion()
        window.grab().save(str(out / f"{name}-{width}x{height}.png"))
        print(f"{name}-{width}x{height}: {heights(view)}")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = FakeClock()
    window = MainWindow(
        RoutineLibrary.load(),
        speaker_factory=lambda _voice: SilentSpeaker(),
        clock=clock,
        settings=IntervalSettings(prepare=10),
    )
    window.show()
    window.picker.routine_list.setCurrentRow(
        list(window.picker.library.routines).index("kettlebell-pull")
    )  # a routine with modes: the mode choice shows
    for theme in ("light", "dark"):
        window.themes.apply(theme)
        for width, height in SIZES[:3]:
            window.resize(width, height)
            app.processEvents()
            window.grab().save(str(out / f"picker-{theme}-{width}x{height}.png"))
    window.themes.apply("system")
    routine = window.picker.library.routines["kettlebell-pull"].routine
    dialog = SetupDialog(routine, window.setups.store.saved(routine.id), IntervalSettings())
    for width, height in ((760, 560), (900, 1000)):
        dialog.resize(width, height)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"adjust-{width}x{height}.png"))
    dialog.close()
    window.picker.routine_list.setCurrentRow(
        list(window.picker.library.routines).index("ultimate-back")
    )  # notes, safety, a progression and assumptions in the detail pane
    for width, height in SIZES[:3]:
        window.resize(width, height)
        app.processEvents()
        window.grab().save(str(out / f"picker-detail-{width}x{height}.png"))
    for shot in WORKOUT:
        workout(window, clock, app, out, *shot)
    window.show_picker()  # the workout ends here: closing mid-workout would ask first
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
