"""Start the Qt application and show the main window.

The first paint waits only for what it shows: the window's frame is built and shown first,
and the rest follows on the next turns of the event loop (`WindowFrame.when_painted`): the
pages (picker, menus, keys), the routine list, this data folder's claim (when no other
BackTrainer can be listening), the log file, the signal handler, the icon. The speaker,
the history, the routine model and the dialogs are imported on first use.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from backtrainer import APP_ID, __version__
from backtrainer.desktop import instance_name
from backtrainer.storage import paths
from backtrainer.storage.preferences import PreferencesStore
from backtrainer.storage.window_state import WindowStateStore
from backtrainer.storage.writer import FolderWriter
from backtrainer.ui import i18n
from backtrainer.ui.main_window import MainWindow, default_log_path

if TYPE_CHECKING:
    from backtrainer.core.settings import IntervalSettings
    from backtrainer.desktop import single_instance
    from backtrainer.desktop.inhibit import SleepInhibitor
    from backtrainer.speech.speaker import Speaker, VoiceSettings
    from backtrainer.storage.history.store import HistoryStore
    from backtrainer.storage.routines import RoutineLibrary

log = logging.getLogger(__name__)


def make_speaker(settings: VoiceSettings) -> Speaker:
    """Pre-rendered speech, or captions alone with the reason (created on first use)."""
    from backtrainer.speech.factory import create_speaker

    return create_speaker(settings, paths.cache_dir() / "speech")


def open_history() -> HistoryStore:
    """The history, opened as its one writer; another open BackTrainer makes it
    read-only (its `problem` says so and the window shows it)."""
    from backtrainer.storage.history.store import HistoryStore

    store = HistoryStore()
    store.open_for_writing()
    return store


def _log_to_file(path: Path) -> None:
    """Keep the log in a file as well (INFO and up, 1 MB, two old ones kept): the banner says
    what went wrong in plain words, the details are there. The terminal keeps its level."""
    from logging.handlers import RotatingFileHandler

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError as exc:
        log.warning("no log file at %s: %s", path, exc.strerror or exc)
        return
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s: %(message)s"))
    root = logging.getLogger()
    for existing in root.handlers:  # the terminal's handler keeps the level it was given
        if existing.level == logging.NOTSET:
            existing.setLevel(root.level)
    root.setLevel(min(root.level, logging.INFO))
    root.addHandler(handler)


class LazyInhibitor:
    """The sleep inhibitor, made at the first workout (its D-Bus glue is not needed to
    show the window)."""

    def __init__(self) -> None:
        self._inhibitor: SleepInhibitor | None = None

    def inhibit(self, reason: str) -> bool:
        if self._inhibitor is None:
            from backtrainer.desktop.inhibit import SleepInhibitor

            self._inhibitor = SleepInhibitor()
        return self._inhibitor.inhibit(reason)

    def release(self) -> None:
        if self._inhibitor is not None:
            self._inhibitor.release()


def run_app(
    start: str | None = None,
    settings: IntervalSettings | None = None,
    mode: str | None = None,
    library: RoutineLibrary | None = None,
    fullscreen: bool | None = None,
) -> int:
    """Show the window, then read the routines (unless `library` is given): the window
    appears before the routine files are loaded and planned. `fullscreen`: open full screen
    or not; None: not, but a `start` session as the user last chose. `settings` and `mode`
    (the command line's) apply to the `start` session alone, not to the saved settings."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BackTrainer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland app id: the menu entry's icon and name
    choice = PreferencesStore().load().language  # Settings > Voice > Language, or "system"
    i18n.install(app, i18n.language(choice))  # before any widget takes its words
    request = launch_request(start, settings, mode, fullscreen)
    instance: single_instance.InstanceServer | None = None
    if instance_name.may_be_running(paths.data_dir()):
        # Another BackTrainer may be open on this folder: ask it before building a window.
        # Without its socket file nobody listens, and the claim waits for the first paint.
        from backtrainer.desktop import single_instance

        try:
            instance = single_instance.claim(paths.data_dir(), request())
        except single_instance.HandOverFailed as exc:
            print(f"backtrainer: error: {exc}; no second window opened", file=sys.stderr)
            return 1
        if instance is None:
            log.info("the BackTrainer already open on %s took the request", paths.data_dir())
            return 0
    inhibitor = LazyInhibitor()
    app.aboutToQuit.connect(inhibitor.release)
    writer = FolderWriter(paths.data_dir())  # this window writes the preferences and settings
    app.aboutToQuit.connect(writer.release)
    window = MainWindow(
        library,
        speaker_factory=make_speaker,
        inhibitor=inhibitor,
        writer=writer,
        preferences=PreferencesStore(writer=writer),
        history=open_history,
        window_state=WindowStateStore(),
        routine_index=paths.routine_index_file(),
        paint_first=start is None and library is None,
    )
    if start is None and library is None:
        window.load_library_when_shown()
    if fullscreen is None and start is not None:
        fullscreen = window.saved.fullscreen
    if fullscreen is None:
        window.show()
    else:
        window.show_as_asked(fullscreen)
    if start is not None:
        window.start(start, mode=mode, once=settings)  # the command line's: this session's
    undo: list[Callable[[], None]] = []
    claimed: list[single_instance.InstanceServer] = [] if instance is None else [instance]

    def settle() -> None:
        """After the first paint: claim the folder if not yet done (a launch that lost the
        race hands its request over and leaves), then what the window can do without."""
        if not claimed:
            from backtrainer.desktop import single_instance

            try:
                server = single_instance.claim(paths.data_dir(), request())
            except single_instance.HandOverFailed as exc:
                print(f"backtrainer: error: {exc}; no second window opened", file=sys.stderr)
                app.exit(1)
                return
            if server is None:
                log.info("the BackTrainer just opened on %s took the request", paths.data_dir())
                window.hide()
                app.exit(0)
                return
            claimed.append(server)
        claimed[0].received.connect(lambda asked: act_on(window, asked))
        writer.claim()  # the folder's writer of the preferences and settings from now on
        _log_to_file(default_log_path())  # the one window writes it: Help > Show the log folder
        from backtrainer.desktop import quit_on_signal
        from backtrainer.ui.about_dialog import app_icon

        undo.append(quit_on_signal.install(app))  # a logout or `kill` closes the window
        app.setWindowIcon(app_icon())
        publish_media_player(app, window)  # QtDBus: loaded after the first paint
        log.info("ready; another launch on this data folder comes here (%s)", claimed[0].name)

    window.when_painted(settle)
    try:
        return app.exec()
    finally:
        window.shut_down()  # done by closing, unless the loop ended with the window open
        for server in claimed:
            server.close()
        for step in undo:
            step()


def publish_media_player(app: QApplication, window: MainWindow) -> None:
    """Media widgets, headsets and phone remotes control the workout (MPRIS), while the
    window is open; without a session bus the window works as before (logged)."""
    from backtrainer.desktop.mpris import MprisPlayer

    player = MprisPlayer(window.remote_session, window.remote_command, parent=window)
    if player.publish():
        window.workout_changed.connect(player.refresh)
        app.aboutToQuit.connect(player.close)


def launch_request(
    start: str | None,
    settings: IntervalSettings | None,
    mode: str | None,
    fullscreen: bool | None,
) -> Callable[[], single_instance.Request]:
    """What this launch was asked, as the hand-over sends it; made when there is someone
    to send it to (the protocol and the settings model are not needed to show the window)."""

    def request() -> single_instance.Request:
        from backtrainer.core.settings import IntervalSettings
        from backtrainer.desktop import single_instance

        return single_instance.Request(start, settings or IntervalSettings(), mode, fullscreen)

    return request


def act_on(window: MainWindow, request: single_instance.Request) -> None:
    """What a second launch asked of this window: to the front, then start its routine
    (asking first during a workout, as Esc does)."""

    log.info("another launch asked: %s", request)
    if request.fullscreen is not None:
        window.show_as_asked(request.fullscreen)
    window.to_front()
    if request.start is None or not window.may_end_workout():
        return
    if window.library is None or request.start not in window.library.routines:
        window.load_library()  # imported since this window read the routines
    assert window.library is not None
    if request.start not in window.library.routines:
        missing = QCoreApplication.translate("app", "No routine %1 to start.")
        window.statusBar().showMessage(missing.replace("%1", repr(request.start)))
        return
    window.start(request.start, mode=request.mode, once=request.settings)
