"""The main window: pick a routine, run it hands-free, see the summary.

Three pages in a stack. The window owns the keyboard shortcuts so that they work
whatever has focus, and it owns the session's lifetime: the speaker's worker and the
sleep inhibitor are released whenever a session ends or the window closes. Its place on
the screen and full screen are its frame's (`ui.window.frame`).

A launch paints the window before it builds the pages (`paint_first`): the frame (title,
place, theme) needs a few classes, while the routine picker, the menus and the banner
need the rest of the UI's modules and `Qt`, whose 144 enums PySide builds in one go
(30-45 ms here). So `Qt` is imported where it is used, never before the first paint.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.clock import Clock, MonotonicClock
from backtrainer.storage import paths
from backtrainer.storage.preferences import PreferencesStore
from backtrainer.storage.window_state import WindowStateStore
from backtrainer.ui.history.control import HistoryControl, ask_resume, settings_of
from backtrainer.ui.messages import notices
from backtrainer.ui.messages.ask import yes_or_no
from backtrainer.ui.settings.voice_control import SpeakerFactory, VoiceControl
from backtrainer.ui.theme import ThemeSwitcher
from backtrainer.ui.window.frame import WindowFrame

if TYPE_CHECKING:  # imported when needed: the first screen shows sooner
    from backtrainer.core.cues import CueOptions
    from backtrainer.core.customise import RoutineSetup
    from backtrainer.core.history import Session
    from backtrainer.core.model import Routine
    from backtrainer.core.progression import Proposal
    from backtrainer.core.session import SessionController
    from backtrainer.core.settings import IntervalSettings
    from backtrainer.core.timeline import Timeline
    from backtrainer.speech.speaker import Speaker
    from backtrainer.storage.history.store import HistoryStore
    from backtrainer.storage.routine_index import Entry, Stamp
    from backtrainer.storage.routines import RoutineLibrary
    from backtrainer.storage.writer import FolderWriter
    from backtrainer.ui.messages.banner import MessageBanner
    from backtrainer.ui.picker.view import RoutinePicker
    from backtrainer.ui.settings.actions import SetupActions
    from backtrainer.ui.settings.setup_control import SetupControl
    from backtrainer.ui.workout.listening import VoiceCommands
    from backtrainer.ui.workout.runner import SessionRunner
    from backtrainer.ui.workout.summary import SummaryView
    from backtrainer.ui.workout.view import WorkoutView

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

VOICE_CHECK_MS = 1500
"""After the window shows, when the speaker is made (if no routine has made it yet) to
learn whether there is a voice: late enough not to hold up the first paint."""
REFUSAL_SECONDS = 6.0
"""How long a refused command's reason (+/- on a rep set) stays on screen."""
LOG_FILE_NAME = "backtrainer.log"
WORKOUT_MESSAGES = frozenset({"refused", "history"})
"""The banner's messages that show on the workout screen: a refused key, a workout not
saved. The rest (no voice...) was said before Start and waits until the workout ends."""


def default_log_path() -> Path:
    """Where the app's log is written (see `app.run_app`): the cache folder."""
    return paths.cache_dir() / "logs" / LOG_FILE_NAME


class Inhibitor(Protocol):
    def inhibit(self, reason: str) -> bool: ...
    def release(self) -> None: ...


class NoInhibitor:
    def inhibit(self, reason: str) -> bool:
        return False

    def release(self) -> None:
        pass


class MainWindow(WindowFrame):
    workout_changed = Signal()
    """The workout started, changed step, second or state, or left the screen: what a
    media remote (`desktop.mpris`) shows may have changed."""

    def __init__(
        self,
        library: RoutineLibrary | None,
        *,
        speaker_factory: SpeakerFactory,
        settings: IntervalSettings | None = None,
        mode: str | None = None,
        clock: Clock | None = None,
        inhibitor: Inhibitor | None = None,
        preferences: PreferencesStore | None = None,
        history: Callable[[], HistoryStore] | None = None,
        window_state: WindowStateStore | None = None,
        log_path: Path | None = None,
        writer: FolderWriter | None = None,
        routine_index: Path | None = None,
        paint_first: bool = False,
    ) -> None:
        """`paint_first`: build the pages once the window has been painted (a launch),
        not now (`library` must then be None)."""
        super().__init__(window_state)
        self.log_path = log_path
        self.index_path = routine_index
        """The routine index's file (see `storage.routine_index`); None: no index."""
        self._indexed: list[Stamp] | None = None
        """The routine files the index was read or written for."""
        self._voice_check_armed = False
        self.library: RoutineLibrary | None = None
        self._setup_args = (settings, mode, writer)
        """For the SetupControl made with the pages (`_build_pages`)."""
        self.setups: SetupControl
        self.picker: RoutinePicker
        self.setup_actions: SetupActions
        self._banner: MessageBanner | None = None
        self.clock = clock or MonotonicClock()
        self.voice = VoiceControl(speaker_factory, preferences)
        self.voice.created.append(self._check_voice)
        self.history = HistoryControl(history, self.voice)
        self.history.week_plan = lambda: self.setups.store.week_plan
        self._resume_offered = False
        self.inhibitor = inhibitor or NoInhibitor()
        self.runner: SessionRunner | None = None
        self.workout: WorkoutView | None = None
        self.listening: VoiceCommands | None = None
        self._running: tuple[Routine, RoutineSetup, bool] | None = None
        """The session's routine, its setup, and whether it ran from its first step."""
        self._load_when_painted = False
        self._render_later: Timeline | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.themes = ThemeSwitcher(app)
        if self.voice.preferences.theme != self.themes.current:
            self.themes.apply(self.voice.preferences.theme)
        self.setWindowTitle("BackTrainer")
        self.place(self.saved)

        self.pages = QStackedWidget()
        self._summary: SummaryView | None = None
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.pages.currentChanged.connect(self._follow_page)
        self.fullscreen_changed.connect(self._label_fullscreen_button)
        if paint_first:
            assert library is None
            self.when_painted(self._build_pages)
        else:
            self._build_pages()
        if library is not None:
            self.set_library(library)

    def _build_pages(self) -> None:
        """The routine picker, the menus and the keys (see the module's docstring)."""
        from backtrainer.ui.picker.view import RoutinePicker
        from backtrainer.ui.settings.actions import SetupActions
        from backtrainer.ui.settings.setup_control import SetupControl
        from backtrainer.ui.window_actions import add_menus, add_shortcuts

        self.setups = SetupControl(*self._setup_args)
        self.picker = RoutinePicker(self.setups.timeline, self.setups.customised)
        self.picker.start_requested.connect(self.start)
        self.picker.selected.connect(self._render_ahead)
        self.setup_actions = SetupActions(self, self, self.setups)
        self.picker.adjust_requested.connect(self.setup_actions.adjust)
        self.picker.mode_chosen.connect(self.setup_actions.choose_mode)
        self.pages.addWidget(self.picker)
        add_shortcuts(self, self)
        add_menus(self, self)
        if self.voice.problem:
            self.show_problem(
                "preferences", notices.preferences(self.voice.problem), self.voice.problem
            )

    @property
    def banner(self) -> MessageBanner:
        """The band of messages above the pages, made with the first one."""
        if self._banner is None:
            from backtrainer.ui.messages.banner import MessageBanner

            self._banner = MessageBanner()
            self._banner.show_only(self._banner_keys())
            self._column.insertWidget(0, self._banner)
        return self._banner

    def show_problem(self, key: str, text: str, details: str | None = None) -> None:
        """A problem in the banner: `text` in plain words with what to do; `details`
        (paths, the system's reason) to the log only."""
        if details:
            log.warning("%s: %s", key, details)
        self.banner.show_message(key, text)

    def show_log_folder(self) -> None:
        """Help > Show the log folder: the file manager, at the folder of the log."""
        folder = (self.log_path or default_log_path()).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            log.warning("could not make %s", folder, exc_info=True)
        if not self.open_folder(folder):
            self.show_problem(
                "log",
                self.tr("The log folder could not be opened. It is %1").replace("%1", str(folder)),
                f"could not open {folder}",
            )

    @classmethod
    def open_folder(cls, folder: Path) -> bool:
        """Tests replace this classmethod."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._voice_check_armed:
            self._voice_check_armed = True
            QTimer.singleShot(VOICE_CHECK_MS, self, self._make_speaker)

    def _make_speaker(self) -> None:
        if self.isVisible():  # not after the window has closed (and let the speaker go)
            self.voice.speaker()  # made once: `_check_voice` hears of it

    def _check_voice(self, speaker: Speaker) -> None:
        """The speaker was just made: without a voice, the banner says what to install."""
        if speaker.problem:
            self.show_problem("voice", notices.voice(speaker.problem), speaker.problem)

    def _render_ahead(self, _routine_id: str, timeline: Timeline) -> None:
        """Render the selected routine's cues now, so that every one, the first included,
        is ready to play on its instant when the user presses Start. The speaker is not
        made in the turn that lists the routines (it takes a good part of a second): the
        first routine's cues go to it on the next turn, once the list has been shown."""
        if self.voice.made:
            self.voice.speaker().prepare(timeline.phrases())
        else:
            if self._render_later is None:
                QTimer.singleShot(0, self, self._render_waiting)
            self._render_later = timeline
        if self.setups.problem:  # the settings file is read with the first routine shown
            problem, self.setups.problem = self.setups.problem, None
            self.show_problem("settings", notices.settings(problem), problem)

    def _render_waiting(self) -> None:
        """The last routine selected before the speaker was made: its cues, now."""
        timeline, self._render_later = self._render_later, None
        if timeline is not None and self.isVisible():
            self.voice.speaker().prepare(timeline.phrases())

    def adjust_routine(self) -> None:
        self.setup_actions.adjust()

    def adjust_defaults(self) -> None:
        self.setup_actions.adjust_defaults()

    def edit_week_plan(self) -> None:
        self.setup_actions.edit_week_plan()

    def export_week_plan(self) -> None:
        self.setup_actions.export_week_plan()

    def set_library(self, library: RoutineLibrary) -> None:
        if self.setups.cues is None:  # laid out once routines are to be shown, not before
            self.setups.cues = self.cue_options()
        self.library = library
        self.picker.set_library(library)
        if self.runner is None:
            QTimer.singleShot(0, self.offer_resume)  # after the window has shown the list

    def offer_resume(self) -> None:
        """Once per run: a session the app did not live to finish can be resumed."""
        if self._resume_offered or self.runner is not None or self.library is None:
            return
        self._resume_offered = True
        if self.history.problem:  # another BackTrainer writes, a damaged file was repaired...
            self._history_problem(self.history.problem)
        session = self.history.resumable(set(self.library.routines))
        if session is None:
            return
        if not self.ask_resume(self, session):
            self.history.close_interrupted(session)
            return
        try:
            self.start(
                session.routine,
                settings_of(session),
                session.mode,
                at_step=session.last_index + 1,
                resumed_from=session.id,
            )
        except Exception:  # the user asked for it: say so, and keep it for next time
            log.exception("could not resume session %s", session.id)
            self._end_session()
            self.show_problem("resume", notices.resume(session.title))
            return
        self.history.close_interrupted(session)  # resumed: given its end record only now

    def _follow_page(self, _index: int) -> None:
        self.workout_changed.emit()
        if self._banner is not None:
            self._banner.show_only(self._banner_keys())

    def _banner_keys(self) -> frozenset[str] | None:
        """A workout keeps its room: the banner shows only what matters during it."""
        during_workout = self.workout is not None and self.pages.currentWidget() is self.workout
        return WORKOUT_MESSAGES if during_workout else None

    def _history_problem(self, problem: str) -> None:
        self.show_problem("history", notices.history(problem), problem)

    @classmethod
    def ask_resume(cls, parent: QWidget, session: Session) -> bool:
        """Resume (True) or keep as it is; tests replace this classmethod."""
        return ask_resume(parent, session)

    def show_history(self) -> None:
        if self.runner is not None and self.pages.currentWidget() is self.workout:
            return  # not in the middle of a workout
        view = self.history.review(self, self.show_picker)
        if view is None:
            return
        if self.pages.indexOf(view) < 0:
            self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        view.table.setFocus()

    def load_library(self) -> None:
        """Read the routine files (see `load_library_when_shown`); the index is written
        anew when the files are not those it was read for."""
        from backtrainer.storage import routine_index
        from backtrainer.storage.routines import RoutineLibrary

        self._load_when_painted = False
        current = routine_index.stamps(self._routine_folders()) if self.index_path else []
        library = RoutineLibrary.load()
        if self.index_path is not None and current != self._indexed:  # a millisecond
            routine_index.write_index(self.index_path, current, library, self.voice.language())
            self._indexed = current
        self.set_library(library)

    def _routine_folders(self) -> tuple[Path, Path]:
        return paths.bundled_routines_dir(), paths.user_routines_dir()

    def _list_from_index(self) -> None:
        """The routines' names from the index, if it matches the files; the library
        itself (decoded, validated, planned) on the next turn."""
        if not self._load_when_painted:
            return
        if self.index_path is not None:
            from backtrainer.storage import routine_index

            current = routine_index.stamps(self._routine_folders())
            entries = routine_index.read_index(self.index_path, current, self.voice.language())
            if entries is not None:
                self._indexed = current
                self.list_routines(entries)
        QTimer.singleShot(0, self, self._load_if_still_wanted)

    def list_routines(self, entries: list[Entry]) -> None:
        """The routines listed from the index, while the library loads."""
        if self.library is None:
            self.picker.list_entries(entries)

    def reload_library(self, select: str | None = None) -> None:
        """Read the routine files again (one was saved, imported or deleted); show `select`."""
        self.load_library()
        if select is not None:
            self.picker.select(select)

    def load_library_when_shown(self) -> None:
        """Read the routines once the window has been painted: the user sees the window
        at once and the list fills a moment later, instead of waiting for both."""
        self._load_when_painted = True
        self.when_painted(self._list_from_index)

    def _load_if_still_wanted(self) -> None:
        if self._load_when_painted:  # not read meanwhile (a --start, a second launch)
            self.load_library()

    # -- keyboard ----------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        self.themes.apply(name)
        if not self.voice.save(theme=name):
            problem = self.voice.problem or "Could not save the theme."  # for the log
            self.show_problem("preferences", notices.preferences(problem), problem)

    def edit_voice(self) -> None:
        problem = self.voice.edit(self)
        if problem:
            self.show_problem("preferences", notices.preferences(problem), problem)
        cues = self.cue_options()
        if cues != self.setups.cues:  # another rate or style: other phrases, other lengths
            self.setups.cues = cues
            self.picker.refresh()

    def _with_real_lengths(self, speaker: Speaker) -> CueOptions:
        """The cue options, with each phrase as long as the voice really says it where it
        has rendered it (the routine's phrases were rendered when it was selected), and
        the estimate, an upper bound, for the rest: the schedule is laid out again."""
        from backtrainer.core import spoken

        cues = self.setups.cues or self.cue_options()

        def length(text: str) -> float:
            real = speaker.spoken_length(text)
            return spoken.estimate(text, cues.rate, cues.language) if real is None else real

        return dataclasses.replace(cues, length=length)

    def cue_options(self) -> CueOptions:
        """How the voice preferences lay out a session's cues."""
        from backtrainer.core.cues import CueOptions

        tempo, reminders = self.voice.cue_options_fields()
        rate = self.voice.preferences.rate
        language = self.voice.language()
        return CueOptions.of(tempo=tempo, rate=rate, form_reminders=reminders, language=language)

    def current_theme(self) -> str:
        return self.themes.current

    def workout_command(self, name: str) -> None:
        """A workout key's command; ignored unless a workout is on screen."""
        if self.runner is None or self.pages.currentWidget() is not self.workout:
            return
        controller = self.runner.controller
        actions: dict[str, Callable[[], bool]] = {
            "toggle_pause": controller.toggle_pause,
            "next": controller.next,
            "previous": controller.previous,
            "plus": lambda: controller.adjust(+10),
            "minus": lambda: controller.adjust(-10),
        }
        actions["play"] = lambda: controller.state != "paused" or controller.resume()
        actions["pause"] = lambda: controller.state != "running" or controller.pause()
        if not actions[name]() and controller.refusal:  # +/- on a rep set: why not
            refusal = notices.refusal(controller.refusal)
            self.banner.show_message("refused", refusal, seconds=REFUSAL_SECONDS)

    def remote_command(self, name: str) -> None:
        """A media remote's command (MPRIS: desktop widget, headset, phone): the workout
        keys' (toggle_pause, play, pause, next, previous); stop asks as Esc does, in front."""
        if name in ("raise", "stop"):
            self.to_front()
        if name == "stop":
            if self.runner is not None and self.pages.currentWidget() is self.workout:
                self.ask_stop()
        elif name == "quit":
            self.close()  # asks first during a workout
        elif name != "raise":
            self.workout_command(name)

    def remote_session(self) -> SessionController | None:
        """The workout a media remote controls: the one on screen, if any."""
        if self.runner is None or self.pages.currentWidget() is not self.workout:
            return None
        return self.runner.controller

    def escape(self) -> None:
        """Esc leaves full screen first; then, during a workout, asks before stopping."""
        if self.isFullScreen():
            self.leave_fullscreen()
        elif self.runner is not None and self.pages.currentWidget() is self.workout:
            self.ask_stop()

    def _label_fullscreen_button(self, full: bool) -> None:
        if self.workout is not None:
            self.workout.buttons["fullscreen"].setText(self._fullscreen_text(full))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._banner is not None:
            self._banner.restyle()  # View > Theme, or the desktop's

    def _fullscreen_text(self, full: bool) -> str:
        """The workout's full-screen button says what it will do."""
        return self.tr("Leave full screen  [F]") if full else self.tr("Full screen  [F]")

    @classmethod
    def confirm_stop(cls, parent: QWidget) -> bool:
        """Ask the user; tests replace this classmethod."""
        question = translate("MainWindow", "Stop this workout now? What you did so far is kept.")
        return yes_or_no(parent, translate("MainWindow", "Stop the workout?"), question)

    @classmethod
    def confirm_quit(cls, parent: QWidget) -> bool:
        """Ask the user; tests replace this classmethod."""
        question = translate(
            "MainWindow", "Stop the workout and quit? What you did so far is kept."
        )
        return yes_or_no(parent, translate("MainWindow", "Quit BackTrainer?"), question)

    def may_end_workout(self) -> bool:
        """True outside a workout; during one (running or paused), asks as Esc does."""
        if self.runner is None or self.runner.controller.state not in ("running", "paused"):
            return True
        return self._ask_paused(self.confirm_stop)

    def ask_stop(self) -> None:
        if self.runner is not None and self._ask_paused(self.confirm_stop):
            self.runner.controller.stop()

    def _ask_paused(self, question: Callable[[QWidget], bool]) -> bool:
        """Pause the workout while asking; No resumes it where it was, if it was running."""
        assert self.runner is not None
        controller = self.runner.controller
        was_running = controller.state == "running"
        if was_running:
            controller.pause()  # nothing should be spoken or missed while asking
        if question(self):
            return True
        if was_running:
            controller.resume()
        return False

    def _may_close(self) -> bool:
        """During a workout (running or paused), ask first; a signal (a logout) asks nothing."""
        from backtrainer.desktop import quit_on_signal

        if self.runner is None or quit_on_signal.received():
            return True
        if self.runner.controller.state not in ("running", "paused"):
            return True
        return self._ask_paused(self.confirm_quit)

    # -- session lifetime --------------------------------------------------------------

    @property
    def summary(self) -> SummaryView:
        if self._summary is None:
            from backtrainer.ui.workout.summary import SummaryView

            self._summary = SummaryView()
            self._summary.back_requested.connect(self.show_picker)
            self._summary.progression_accepted.connect(self._accept_progression)
            self.pages.addWidget(self._summary)
        return self._summary

    def start(
        self,
        routine_id: str,
        settings: IntervalSettings | None = None,
        mode: str | None = None,
        *,
        at_step: int = 0,
        resumed_from: str | None = None,
        once: IntervalSettings | None = None,
    ) -> None:
        """Run `routine_id` as saved; `settings` replace the saved intervals and `mode` the
        saved mode (a resumed session goes on as it was set); `once`, the command line's
        options, lie over the saved intervals for this session alone."""
        from backtrainer.core.customise import plan_setup
        from backtrainer.core.session import SessionController
        from backtrainer.core.settings import IntervalSettings
        from backtrainer.ui.workout.runner import SessionRunner
        from backtrainer.ui.workout.view import WorkoutView

        self._end_session()
        if self.library is None:
            self.load_library()
        assert self.library is not None
        routine = self.library.routines[routine_id].routine
        setup = self.setups.setup(routine)
        if settings is not None:  # a resumed session goes on as it was set
            setup = dataclasses.replace(setup, intervals=settings)
        given = dataclasses.asdict(once or IntervalSettings())
        overrides = [name for name, value in given.items() if value is not None]
        if once is not None and overrides:
            setup = dataclasses.replace(setup, intervals=setup.intervals.merged(once))
        if mode is not None:
            overrides += ["mode"] if once is not None and mode != setup.mode else []
            setup = dataclasses.replace(setup, mode=mode)
        speaker = self.voice.speaker()
        said, said_setup = self.setups.in_language(routine, setup)
        timeline = plan_setup(said, said_setup, self._with_real_lengths(speaker))
        timeline = dataclasses.replace(timeline, overrides=tuple(overrides))
        controller = SessionController(timeline, self.clock)
        self._running = (routine, setup, at_step == 0)
        # The status bar has been made here so far (the recorder's messages went to it), and
        # the workout screen is laid out with it: at 1024x600 without it the buttons' text
        # is fitted to a taller screen and "Resume  [Space]" overflows its button.
        self.statusBar()
        self.history.record(
            controller,
            setup.intervals,
            self._history_problem,
            resumed_from=resumed_from,
            start_step=at_step,
        )
        beeps = self.voice.preferences.beeps
        self.runner = SessionRunner(controller, speaker, beeps=beeps, parent=self)
        moves = said.exercises()  # the lines shown in the language the cues are said in
        self.workout = WorkoutView(
            self.runner,
            form={e.id: e.cue for e in moves if e.cue},
            setup={e.id: e.setup for e in moves if e.setup},
            safety={e.id: " ".join(e.safety) for e in moves if e.safety},
        )
        self.workout.fullscreen_requested.connect(self.toggle_fullscreen)
        self.workout.stop_requested.connect(self.ask_stop)
        self.workout.buttons["fullscreen"].setText(self._fullscreen_text(self.isFullScreen()))
        self.runner.ended.connect(self._on_ended)
        self.pages.addWidget(self.workout)
        self.pages.setCurrentWidget(self.workout)
        self.inhibitor.inhibit(self.tr("A workout is running"))
        self.runner.state_changed.connect(self._follow_state)
        for signal in (self.runner.state_changed, self.runner.step_started):
            signal.connect(self.workout_changed)
        self.runner.second_changed.connect(self.workout_changed)  # + and - change the length
        if self.runner.start_when_voice_ready(at_step):
            self.workout.caption.setText(self.tr("Preparing the voice…"))
        self._listen()

    def _listen(self) -> None:
        """Voice commands, when the user turned them on (Settings > Voice)."""
        self._stop_listening()
        if not self.voice.preferences.listen or self.runner is None or self.workout is None:
            return
        from backtrainer.listen.microphone import MicrophoneSource
        from backtrainer.storage import paths
        from backtrainer.ui.workout.listening import VoiceCommands

        try:
            self.listening = VoiceCommands(
                self.runner,
                self.workout,
                self.workout.caption,
                self.workout_command,
                MicrophoneSource(self.voice.preferences.microphone),
                paths.cache_dir() / "listen",
                language=self.voice.language(),
            )
        except Exception as error:  # no engine, no device: the workout runs as before
            log.warning("voice commands are off: %s", error)

    def _stop_listening(self) -> None:
        listening, self.listening = self.listening, None
        if listening is not None:
            listening.stop()

    def _follow_state(self, state: str) -> None:
        if state == "running":
            self.inhibitor.inhibit(self.tr("A workout is running"))
        else:
            self.inhibitor.release()

    def _on_ended(self, status: str) -> None:
        from backtrainer.core.progression import same_doses

        assert self.runner is not None
        controller = self.runner.controller
        offers = []
        if self._running is not None and self._running[2]:  # run from its first step
            routine, setup = self._running[0], self._running[1]
            if same_doses(routine, setup, self.setups.setup(routine)):  # not a one-off dose
                from backtrainer.ui.settings.actions import proposals_after

                offers = proposals_after(routine, setup, controller, status)
        self._stop_listening()
        self.summary.show_summary(controller.timeline, list(controller.records), status, offers)
        self.pages.setCurrentWidget(self.summary)
        self.summary.setFocus()
        self.inhibitor.release()
        # The speaker stays until the user leaves the summary: "Done" must play out.

    def _accept_progression(self, proposal: Proposal) -> None:
        if self._running is not None:
            self.setup_actions.accept(self._running[0], proposal)

    def _end_session(self, *, resumable: bool = False) -> None:
        """`resumable`: the app quits. A workout under way is then left without its end
        in the history, as when the app dies, so that the next launch offers to resume it
        at the step it was on."""
        self.inhibitor.release()
        self._stop_listening()
        if self.runner is None:
            return
        runner, self.runner = self.runner, None
        runner.ended.disconnect(self._on_ended)  # this stop is ours, not the user's
        if runner.controller.state in ("running", "paused") and not resumable:
            runner.controller.stop()
        runner.timer.stop()
        runner.speaker.silence()
        if self.workout is not None:
            self.pages.removeWidget(self.workout)
            self.workout.deleteLater()
            self.workout = None
        runner.deleteLater()

    def show_picker(self) -> None:
        self._end_session()
        self.pages.setCurrentWidget(self.picker)
        self.picker.routine_list.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ctrl+Q, the close button, the window manager: all come here."""
        if not self._may_close():
            event.ignore()
            return
        if self.window_state is not None and self.isVisible():
            self.window_state.save(self.window_as_left())
        self.shut_down()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """What closing the window ends: the workout, left to be resumed; the voice and
        its worker threads; the history, flushed and closed. `app.run_app` runs it again
        once the event loop has ended, for a quit with the window open (a launch that lost
        the race to another one hides its window and exits): the speech worker, never told
        to stop, then kept the process alive. Safe to run twice."""
        self._end_session(resumable=True)
        self.voice.shutdown()
        self.history.close()
