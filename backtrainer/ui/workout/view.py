"""The workout screen, read at a glance from three metres: what to do now in huge type
(the move, a LEFT / RIGHT badge, the dose), one big number (seconds, or the rep on rep
steps), a ring for the step and a bar for the session that need no reading, and a bar
that rises and falls with a rep's tempo. During a rest, a switch or the get-ready the
next move is the content and the seconds are secondary.

The view only displays what the SessionRunner signals and forwards button presses to the
controller; the window owns the workout keys (they must work whatever has focus). One key
is the view's own: I shows or hides the move's form points and safety line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from backtrainer.core import rhythm
from backtrainer.core.timeline import Step, clock
from backtrainer.ui.i18n import arg
from backtrainer.ui.messages.words import Words
from backtrainer.ui.workout.gauges import LevelBar, ProgressRing
from backtrainer.ui.workout.layout import (
    ALTERNATE,
    LEFT,
    RIGHT,
    SIDE_COLOURS,
    Look,
    Parts,
    ScreenLayout,
)
from backtrainer.ui.workout.phases import PHASES, phase_of
from backtrainer.ui.workout.runner import SessionRunner

GAPS = ("prepare", "rest", "round_rest", "switch")
"""Steps between moves: the next move is what they show."""
REP_FRAME_MS = 40
"""How often the tempo bar moves on a rep step (25 frames a second). On other steps the
ring moves with the number, once a second: moving it five times a second repainted the
number under it each time too (4.4 times a second, counted), a third of a session's CPU."""
BADGES = {"left": LEFT, "right": RIGHT, "alternating": ALTERNATE, "seesaw": ALTERNATE}


class WorkoutView(QWidget):
    fullscreen_requested = Signal()
    stop_requested = Signal()

    def __init__(
        self,
        runner: SessionRunner,
        parent: QWidget | None = None,
        *,
        form: dict[str, str] | None = None,
        setup: dict[str, str] | None = None,
        safety: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.controller = runner.controller
        self.form_points = form or {}
        """Each move's form points by move id, shown with I."""
        self.setup_lines = setup or {}
        """Each move's set-up line by move id ("Pick up the second kettlebell."), shown
        before the move when another move came before it."""
        self.safety_lines = safety or {}
        """Each move's safety line by move id, shown with its form points."""
        self.show_form = False
        self.shown: Step | None = None
        """The step on screen."""
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # for the I key
        self.setMinimumSize(1, 1)

        self.session_bar = LevelBar("session progress", self, upright=False)
        self.phase = self._label("phase")
        self.progress = self._label("progress")
        self.notice = self._label("notice")
        self.kicker = self._label("next up heading")
        self.exercise = self._label("exercise")
        self.side = self._label("side")
        self.detail = self._label("detail")
        self.setup = self._label("setup")
        self.form = self._label("form")
        self.ring = ProgressRing("step progress", self)
        self.tempo = LevelBar("tempo", self, upright=True)
        self.countdown = self._label("countdown")
        self.count_of = self._label("count of")
        self.caption = self._label("caption")
        self.next_up = self._label("next up")
        for widget, spoken in (  # what a screen reader says: the names, in the language
            (self.session_bar, self.tr("session progress")),
            (self.phase, self.tr("phase")),
            (self.progress, self.tr("progress")),
            (self.notice, self.tr("notice")),
            (self.kicker, self.tr("next up heading")),
            (self.exercise, self.tr("exercise")),
            (self.side, self.tr("side")),
            (self.detail, self.tr("detail")),
            (self.setup, self.tr("setup")),
            (self.form, self.tr("form")),
            (self.ring, self.tr("step progress")),
            (self.tempo, self.tr("tempo")),
            (self.countdown, self.tr("countdown")),
            (self.count_of, self.tr("count of")),
            (self.caption, self.tr("caption")),
            (self.next_up, self.tr("next up")),
        ):
            widget.setAccessibleName(spoken)

        self.buttons: dict[str, QPushButton] = {}
        self.button_bar = QWidget(self)
        QGridLayout(self.button_bar).setContentsMargins(0, 0, 0, 0)
        self.words = Words(self)
        for key, text, slot in (
            ("back", self.tr("◀ Back  [B]"), self.controller.previous),
            ("pause", self.tr("Pause  [Space]"), self.controller.toggle_pause),
            ("next", self.tr("Next ▶  [N]"), self.controller.next),
            ("minus", self.tr("-10 s  [-]"), lambda: self.controller.adjust(-10)),
            ("plus", self.tr("+10 s  [+]"), lambda: self.controller.adjust(+10)),
            ("form", self.tr("Form  [I]"), self.toggle_form),
            ("fullscreen", self.tr("Full screen  [F]"), self.fullscreen_requested.emit),
            ("stop", self.tr("Stop  [Esc]"), self.stop_requested.emit),
        ):
            button = QPushButton(text, self.button_bar)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to pause, always
            button.clicked.connect(slot)
            self.buttons[key] = button

        shortcut = QShortcut(QKeySequence(Qt.Key.Key_I), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_form)

        self.screen_layout = ScreenLayout(
            Parts(
                session_bar=self.session_bar,
                phase=self.phase,
                progress=self.progress,
                notice=self.notice,
                kicker=self.kicker,
                exercise=self.exercise,
                side=self.side,
                detail=self.detail,
                setup=self.setup,
                form=self.form,
                ring=self.ring,
                countdown=self.countdown,
                count_of=self.count_of,
                tempo=self.tempo,
                caption=self.caption,
                next_up=self.next_up,
                bar=self.button_bar,
                buttons=list(self.buttons.values()),
            ),
            self.font(),
        )
        self._colours = PHASES["prepare"]
        self._badge = ""
        """The side badge's key (LEFT, RIGHT, ALTERNATE), whatever its word."""
        self._paused = False
        self._count_of = ""
        """What the ring says under the number when not paused: "of 10"."""
        self._sided = False
        """The badge follows the side of each rep (alternating and seesaw rep steps)."""
        self.motion = QTimer(self)
        self.motion.timeout.connect(self.refresh_motion)

        runner.step_started.connect(self.show_step)
        runner.second_changed.connect(self.show_second)
        runner.rep_started.connect(self.show_rep)
        runner.cue.connect(self.show_cue)
        runner.state_changed.connect(self.show_state)
        runner.ended.connect(lambda _status: self.motion.stop())
        self._apply_phase("prepare")

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)  # a long move name takes two lines rather than being cut
        label.setMinimumSize(1, 1)
        return label

    def show_notice(self, text: str) -> None:
        """A lasting message under the header, e.g. that there is no voice."""
        self.notice.setText(text)
        self._arrange()

    def toggle_form(self) -> None:
        self.show_form = not self.show_form
        self.buttons["form"].setText(
            self.tr("Hide form  [I]") if self.show_form else self.tr("Form  [I]")
        )
        self._arrange()

    # -- updates from the runner --------------------------------------------------------

    def show_step(self, index: int, step: Step) -> None:
        steps = self.controller.timeline.steps
        self.shown = step
        self._apply_phase(phase_of(step), arrange=False)
        upcoming = next((s for s in steps[index + 1 :] if s.kind == "work"), None)
        gap = step.kind in GAPS
        move = upcoming if gap else step if step.kind == "work" else None
        self.kicker.setText(self.tr("Next up") if gap and move is not None else "")
        self.exercise.setText(move.exercise or "" if move is not None else "")
        self._sided = step.kind == "work" and step.reps is not None and step.side in BADGES
        side = rhythm.moment(step, 0).side if self._sided else move.side if move else None
        self._set_badge(BADGES.get(side or "", ""))
        parts = [self.words.dose(move), self.words.round(move)] if move is not None else []
        # Wrapped, if it must be, between the dose and the round, not inside them.
        self.detail.setText("  ·  ".join(p.replace(" ", "\u00a0") for p in parts if p))
        self.setup.setText(self._setup_line(index, move) if gap else "")
        self.form.setText(self._form_text(move))
        if step.kind == "work" and step.reps is not None:
            self.countdown.setText("1")  # the lead-in readies rep one
            self._count_of = (
                self.tr("stop at a slight strain")
                if step.to_comfort
                else arg(self.tr("of %1"), step.reps)
            )
        else:
            self.countdown.setText(str(round(step.seconds)))
            self._count_of = ""
        self.count_of.setText(self.tr("PAUSED") if self._paused else self._count_of)
        if step.kind != "work":
            self.next_up.setText("")
        elif upcoming is not None:
            self.next_up.setText(arg(self.tr("Then: %1"), self.words.move(upcoming)))
        else:
            self.next_up.setText(self.tr("Last one!"))
        self._show_progress(index)
        self._arrange()
        self.refresh_motion()
        self._follow_motion()

    def show_second(self, index: int, shown: int) -> None:
        step = self.shown
        if step is None or step.reps is None or step.kind != "work":
            self._set_number(str(shown))
        self._show_progress(index)
        self.refresh_motion()

    def show_rep(self, rep: int, reps: int) -> None:
        self._set_number(str(rep))

    def show_cue(self, text: str, _kind: str) -> None:
        self.caption.setText(caption(text))
        self.screen_layout.refit_caption()
        self.refresh_motion()

    def show_state(self, state: str) -> None:
        self._paused = state == "paused"
        self.buttons["pause"].setText(
            self.tr("Resume  [Space]") if self._paused else self.tr("Pause  [Space]")
        )
        self.count_of.setText(self.tr("PAUSED") if self._paused else self._count_of)
        step = self.shown
        if self._paused:
            self._apply_phase("paused")  # unmistakable from across the room
        elif step is not None:
            self._apply_phase(phase_of(step))
        self._follow_motion()

    def refresh_motion(self) -> None:
        """The ring, the session bar, the tempo bar and the side of the rep, as of now."""
        step, index = self.controller.step, self.controller.step_index
        if step is None or index is None:
            return
        done, left = self.controller.elapsed(), self.controller.remaining()
        part = done / (done + left) if done + left > 0 else 1.0
        self.ring.set_value(part)
        steps = self.controller.timeline.steps
        before = sum(s.seconds for s in steps[:index])
        total = self.controller.timeline.total_seconds
        self.session_bar.set_value((before + part * step.seconds) / total if total else 1.0)
        if step.kind != "work" or step.reps is None:
            return
        now = rhythm.moment(step, done)
        self.tempo.set_value(now.lift)
        if now.rep:  # as RepStarted says, and right after a stall that dropped its cue too
            self._set_number(str(now.rep))
        if self._sided and now.side is not None:
            badge = BADGES[now.side]
            self.tempo.set_colours(self._colours.foreground, SIDE_COLOURS[badge])
            if self._badge != badge:
                self._set_badge(badge)
                self._arrange()

    # -- how it looks ----------------------------------------------------------------------

    def _follow_motion(self) -> None:
        """Poll the clock while a rep step runs (its tempo bar moves between seconds)."""
        step = self.controller.step
        reps = step is not None and step.kind == "work" and step.reps is not None
        if self.controller.state != "running" or not reps:
            self.motion.stop()
            return
        self.motion.start(REP_FRAME_MS)

    def _set_badge(self, key: str) -> None:
        """The side badge: its key for the layout's colour, its word in the language."""
        self._badge = key
        self.side.setProperty("badge", key)  # the layout colours the badge by it
        self.side.setText(self.words.badge(key) if key else "")

    def _set_number(self, text: str) -> None:
        longer = len(text) != len(self.countdown.text())
        self.countdown.setText(text)
        if longer:
            self.screen_layout.refit_number()

    def _setup_line(self, index: int, move: Step | None) -> str:
        """The next move's set-up, unless the move before it was the same move."""
        if move is None or move.exercise_id is None:
            return ""
        steps = self.controller.timeline.steps[:index]
        before = next((s for s in reversed(steps) if s.kind == "work"), None)
        if before is not None and before.exercise_id == move.exercise_id:
            return ""
        return self.setup_lines.get(move.exercise_id, "")

    def _form_text(self, move: Step | None) -> str:
        if move is None:
            return ""
        key = move.exercise_id or ""
        lines = [self.form_points.get(key, ""), self.safety_lines.get(key, "")]
        return "\n".join(line for line in lines if line) or self.tr("No form points for this move.")

    def _show_progress(self, index: int) -> None:
        total = len(self.controller.timeline.steps)
        left = clock(self.controller.remaining_total())
        title = self.controller.timeline.title
        where = arg(self.tr("step %1 of %2"), index + 1, total)
        remaining = arg(self.tr("%1 left"), left)
        self.progress.setText(f"{title}   ·   {where}   ·   {remaining}")

    def _apply_phase(self, name: str, *, arrange: bool = True) -> None:
        phase = PHASES[name]
        self._colours = phase
        self.phase.setText(self.words.phase(name))
        self.setStyleSheet(
            f"WorkoutView {{ background: {phase.background}; }}"
            f" QLabel {{ color: {phase.foreground}; }}"
        )
        for gauge in (self.ring, self.session_bar, self.tempo):
            gauge.set_colours(phase.foreground)
        if arrange:
            self._arrange()

    def _arrange(self) -> None:
        step = self.shown
        look = Look(
            gap=step is not None and step.kind in GAPS,
            reps=step is not None and step.kind == "work" and step.reps is not None,
            show_form=self.show_form,
            foreground=self._colours.foreground,
        )
        self.screen_layout.arrange(self.width(), self.height(), look)

    # -- size and focus --------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click anywhere on the screen toggles full screen."""
        self.fullscreen_requested.emit()
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()  # the I key is the view's


def caption(text: str) -> str:
    """A cue as the caption line shows it: spoken words in quotes, a tone by its meaning."""
    words = Words()
    return words.tone(text) or words.quoted(text)
