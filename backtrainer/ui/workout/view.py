"""The workout screen: a countdown readable from three metres, and what comes next.

The view only displays what the SessionRunner signals and forwards button presses to the
controller; the window owns the keyboard shortcuts (they must work whatever has focus).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core import phrases
from backtrainer.core.timeline import Step, clock
from backtrainer.ui.theme import PHASES, Phase, phase_of
from backtrainer.ui.workout.runner import SessionRunner

DIGIT_WIDTH = 0.62
"""Width of a digit as a share of its pixel size (for the fonts Qt picks by default)."""


class FitLabel(QLabel):
    """A label whose text fills the space the layout gives it: the countdown takes
    whatever room the other lines leave, at any window size."""

    def __init__(self, chars: int = 3) -> None:
        super().__init__()
        self.chars = chars
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(60)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = min(self.height() * 0.92, self.width() / (DIGIT_WIDTH * self.chars))
        font = QFont(self.font())
        font.setPixelSize(max(20, int(size)))
        font.setBold(True)
        self.setFont(font)


class WorkoutView(QWidget):
    fullscreen_requested = Signal()
    stop_requested = Signal()

    def __init__(
        self,
        runner: SessionRunner,
        parent: QWidget | None = None,
        *,
        form: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.form_points = form or {}
        """Each move's form reminder by move id, shown under the move while it is worked."""
        self.controller = runner.controller
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.progress = self._label("progress", 0.035)
        self.phase = self._label("phase", 0.05, bold=True)
        self.exercise = self._label("exercise", 0.075, bold=True)
        self.detail = self._label("detail", 0.045)
        self.form = self._label("form", 0.035)
        self.countdown = FitLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAccessibleName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reps = self._label("reps", 0.06, bold=True)
        self.next_up = self._label("next up", 0.04)
        self.caption = self._label("caption", 0.035)
        self.notice = self._label("notice", 0.03)
        self.notice.hide()

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot in (
            ("back", "◀ Back  [B]", self.controller.previous),
            ("pause", "Pause  [Space]", self.controller.toggle_pause),
            ("next", "Next ▶  [N]", self.controller.next),
            ("minus", "-10 s  [-]", lambda: self.controller.adjust(-10)),
            ("plus", "+10 s  [+]", lambda: self.controller.adjust(+10)),
            ("fullscreen", "Full screen  [F]", self.fullscreen_requested.emit),
            ("stop", "Stop  [Esc]", self.stop_requested.emit),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to pause, always
            button.setMinimumHeight(40)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.notice)
        for widget in (self.progress, self.phase, self.exercise, self.detail, self.form):
            layout.addWidget(widget)
        layout.addWidget(self.countdown, stretch=1)
        for widget in (self.reps, self.next_up, self.caption):
            layout.addWidget(widget)
        layout.addLayout(bar)

        runner.step_started.connect(self.show_step)
        runner.second_changed.connect(self.show_second)
        runner.rep_started.connect(self.show_rep)
        runner.cue.connect(lambda text, _kind: self.caption.setText(caption(text)))
        runner.state_changed.connect(self.show_state)
        self._apply_phase(PHASES["prepare"])
        self._set_fonts()

    def _label(self, name: str, share: float, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Text sized for a large window must not stop the window from shrinking.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumSize(1, 1)
        label.setWordWrap(True)  # a long move name takes two lines rather than being cut
        label.setProperty("share", share)
        label.setProperty("bold", bold)
        return label

    def show_notice(self, text: str) -> None:
        """A lasting message above the countdown, e.g. that there is no voice."""
        self.notice.setText(text)
        self.notice.show()

    # -- updates from the runner --------------------------------------------------------

    def show_step(self, index: int, step: Step) -> None:
        steps = self.controller.timeline.steps
        self._apply_phase(PHASES[phase_of(step)])
        if step.kind == "work":
            self.exercise.setText(step.exercise or "")
            parts = [phrases.side_phrase(step.side).capitalize(), step.dose or ""]
        else:
            self.exercise.setText("")
            parts = []
        if step.round and step.rounds and step.rounds > 1:
            parts.append(f"{step.round_unit.capitalize()} {step.round} of {step.rounds}")
        self.detail.setText("  ·  ".join(p for p in parts if p))
        working = step.kind == "work" and step.exercise_id is not None
        self.form.setText(self.form_points.get(step.exercise_id or "", "") if working else "")
        self.reps.setText(f"{step.reps} reps — get set" if step.reps else "")
        upcoming = next((s for s in steps[index + 1 :] if s.kind == "work"), None)
        if upcoming is not None and step.kind != "work":
            self.next_up.setText(f"Next up: {_move(upcoming)}")
        elif upcoming is not None:
            self.next_up.setText(f"Then: {_move(upcoming)}")
        else:
            self.next_up.setText("Last one!" if step.kind == "work" else "")
        self.countdown.setText(str(round(step.seconds)))
        self._show_progress(index)

    def show_second(self, index: int, shown: int) -> None:
        self.countdown.setText(str(shown))
        self._show_progress(index)

    def show_rep(self, rep: int, reps: int) -> None:
        step = self.controller.step
        if step is not None and step.to_comfort:  # no cap: as many as comfortable
            self.reps.setText(f"Rep {rep} — stop at a slight strain (Next)")
        else:
            self.reps.setText(f"Rep {rep} of {reps}")

    def show_state(self, state: str) -> None:
        paused = state == "paused"
        self.buttons["pause"].setText("Resume  [Space]" if paused else "Pause  [Space]")
        step = self.controller.step
        if paused:
            self._apply_phase(PHASES["paused"])  # unmistakable from across the room
        elif step is not None:
            self._apply_phase(PHASES[phase_of(step)])

    def _show_progress(self, index: int) -> None:
        total = len(self.controller.timeline.steps)
        left = clock(self.controller.remaining_total())
        title = self.controller.timeline.title
        self.progress.setText(f"{title}   ·   step {index + 1} of {total}   ·   {left} left")

    def _apply_phase(self, phase: Phase) -> None:
        self.phase.setText(phase.label)
        self.setStyleSheet(
            f"WorkoutView {{ background: {phase.background}; }}"
            f" QLabel {{ color: {phase.foreground}; }}"
        )

    # -- size ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_fonts()

    def _set_fonts(self) -> None:
        height, width = max(self.height(), 200), max(self.width(), 200)
        for label in self.findChildren(QLabel):
            if label is self.countdown:
                continue
            size = int(min(height * float(label.property("share")), width / 28))
            font = QFont(self.font())
            font.setPixelSize(max(10, size))
            font.setBold(bool(label.property("bold")))
            label.setFont(font)
        button_font = QFont(self.font())
        button_font.setPixelSize(max(12, min(int(height * 0.022), 48)))
        for button in self.buttons.values():
            button.setFont(button_font)
            button.setMinimumHeight(int(button_font.pixelSize() * 2.4))


TONE_CAPTIONS = {
    phrases.TONE_UP: "▲ lift",
    phrases.TONE_HOLD: "■ hold",
    phrases.TONE_DOWN: "▼ lower",
}


def caption(text: str) -> str:
    """A cue as the caption line shows it: spoken words in quotes, a tone by its meaning."""
    return TONE_CAPTIONS.get(text, f"“{text}”")


def _move(step: Step) -> str:
    side = phrases.side_phrase(step.side)
    return ", ".join(p for p in (step.exercise, side, step.dose) if p)
