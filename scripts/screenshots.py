"""Render BackTrainer's pages at laptop-to-4K sizes into PNGs, to look at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR

Uses the real widgets and a fake clock (no waiting); `QWidget.grab` draws exactly what a
screen would show at that size, without needing a window manager.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backtrainer.core.clock import FakeClock
from backtrainer.core.settings import IntervalSettings
from backtrainer.speech.speaker import SilentSpeaker
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.main_window import MainWindow
from backtrainer.ui.settings.setup_dialog import SetupDialog

SIZES = [(1024, 600), (1366, 768), (1920, 1080), (3840, 2160)]


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
    for routine_id, moments in (
        ("ultimate-back", ((4, "prepare"), (9.5, "work-reps"))),
        ("one-dumbbell-back", ((12, "work-timed"),)),
    ):
        window.start(routine_id)
        for seconds, label in moments:
            clock.advance(seconds)
            assert window.runner is not None
            window.runner.poll()
            for width, height in SIZES:
                window.resize(width, height)
                app.processEvents()
                window.grab().save(str(out / f"{label}-{width}x{height}.png"))
    window.show_picker()  # the workout ends here: closing mid-workout would ask first
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
