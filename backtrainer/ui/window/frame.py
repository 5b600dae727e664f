"""The main window's frame: its place on the screen, full screen, and the work that waits
for its first paint.

What a launch shows first (see `ui.main_window`), so it needs few modules and no `Qt`
enum: a maximised start is `showMaximized()`, not a window state set before showing.
It fits itself to the screen, comes back where it was left, and in full screen shows the
page alone: no menu bar, no status bar.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QMainWindow, QStatusBar

from backtrainer.storage.window_state import Frame, Rect, WindowState, WindowStateStore
from backtrainer.ui.window import placement

PREFERRED_SIZE = QSize(1200, 760)
"""The first launch's size where the screen has room for it; maximised where it has not."""


class WindowFrame(QMainWindow):
    fullscreen_changed = Signal(bool)
    """The window went full screen (True) or left it (False)."""

    def __init__(self, window_state: WindowStateStore | None = None) -> None:
        super().__init__()
        self.window_state = window_state
        self.saved = window_state.load() if window_state is not None else WindowState()
        """The window as it was left (see `place`); `fullscreen` follows the user's choice."""
        self._after_paint: list[Callable[[], None]] = []
        self._painted = False
        self._open_maximized = False
        self._maximized_before_fullscreen = False
        self._status_shown_before_fullscreen = False
        self._bars_hidden = False

    def place(self, saved: WindowState) -> None:
        """Before the window shows: where it was left, made to fit the screen it was on
        (the primary one if that screen is gone); on a first launch, the preferred size
        centred where the screen has room for it, else maximised."""
        frame = placement.FRAME_GUESS
        if saved.frame is not None:
            f = saved.frame
            frame = QMargins(f.left, f.top, f.right, f.bottom)
        if saved.geometry is None:
            available = placement.screen_at().availableGeometry()
            self.setGeometry(placement.centred(PREFERRED_SIZE, available, frame))
            maximized = not placement.fits(PREFERRED_SIZE, available, frame)
        else:
            g = saved.geometry
            rect = QRect(g.x, g.y, g.width, g.height)
            available = placement.screen_at(rect.center()).availableGeometry()
            self.setGeometry(placement.fit(rect, available, frame))
            maximized = saved.maximized
        self._open_maximized = maximized

    def show(self) -> None:
        """Shown maximised the first time where `place` chose so: `showMaximized` needs
        no `Qt` enum, where setting the window state before showing would."""
        if self._open_maximized:
            self._open_maximized = False
            self.showMaximized()
        else:
            super().show()

    def window_as_left(self) -> WindowState:
        """The window as it is now, to be placed so again at the next launch."""
        full = self.isFullScreen()
        maximized = self._maximized_before_fullscreen if full else self.isMaximized()
        normal = self.normalGeometry() if full or maximized else self.geometry()
        state = dataclasses.replace(self.saved, maximized=maximized)
        if normal.isValid():
            geometry = Rect(normal.x(), normal.y(), normal.width(), normal.height())
            state = dataclasses.replace(state, geometry=geometry)
        if not full and not maximized:  # the window manager's frame is measured now
            inside, outside = self.geometry(), self.frameGeometry()
            frame = Frame(
                left=inside.left() - outside.left(),
                top=inside.top() - outside.top(),
                right=outside.right() - inside.right(),
                bottom=outside.bottom() - inside.bottom(),
            )
            state = dataclasses.replace(state, frame=frame)
        return state

    def show_as_asked(self, fullscreen: bool) -> None:
        """Show the window full screen or not, and remember that as the user's choice."""
        self.saved = dataclasses.replace(self.saved, fullscreen=fullscreen)
        if fullscreen:
            self.enter_fullscreen()
        else:
            self.show()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.leave_fullscreen()
        else:
            self.enter_fullscreen()

    def enter_fullscreen(self) -> None:
        self._maximized_before_fullscreen = self.isMaximized() or self._open_maximized
        self._open_maximized = False
        self.showFullScreen()

    def leave_fullscreen(self) -> None:
        """Back to the window as it was: maximised, or its own size."""
        if self._maximized_before_fullscreen:
            self.showMaximized()
        else:
            self.showNormal()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._follow_fullscreen()

    def _follow_fullscreen(self) -> None:
        """Full screen shows the page alone: no menu bar, no status bar. The menus' keys
        still work (`window_actions.add_menus`). The choice is remembered for --start."""
        full = self.isFullScreen()
        if full == self._bars_hidden:
            return
        self._bars_hidden = full
        self.saved = dataclasses.replace(self.saved, fullscreen=full)
        self.menuBar().setVisible(not full)
        if full:  # the window's own status bar, if made (children(): no `Qt` enum needed)
            shown = next((c for c in self.children() if isinstance(c, QStatusBar)), None)
            self._status_shown_before_fullscreen = shown is not None and shown.isVisible()
            status = self.statusBar()  # made now if need be, hidden: a message must not show it
            if shown is None:
                status.messageChanged.connect(self._show_status)
            status.hide()
        else:
            status = self.statusBar()
            status.setVisible(self._status_shown_before_fullscreen or bool(status.currentMessage()))
        self.fullscreen_changed.emit(full)

    def _show_status(self, message: str) -> None:
        """A status bar hidden by full screen shows again with the next message."""
        if message and not self.isFullScreen():
            self.statusBar().show()

    def to_front(self) -> None:
        """Shown, not minimised, raised and active (as far as the window manager lets)."""
        from PySide6.QtCore import Qt

        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # -- after the first paint ---------------------------------------------------------

    def when_painted(self, task: Callable[[], None]) -> None:
        """Run `task` on a turn of the event loop after the window's first paint, in the
        order asked: what the first sight of the window does not need waits for it."""
        self._after_paint.append(task)
        if self._painted:
            self._run_after_paint()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._painted:
            return
        handle = self.windowHandle()
        if handle is None or handle.isExposed():
            self._painted = True
            self._run_after_paint()
        else:  # painted ahead of the screen showing it (X11): wait until it does
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window's first exposure on screen lets the work that waited for the first
        paint begin."""
        handle = self.windowHandle()
        if event.type() == QEvent.Type.Expose and watched is handle and handle.isExposed():
            watched.removeEventFilter(self)
            if not self._painted:
                self._painted = True
                self._run_after_paint()
        return super().eventFilter(watched, event)

    def _run_after_paint(self) -> None:
        tasks, self._after_paint = self._after_paint, []
        for task in tasks:
            QTimer.singleShot(0, self, task)
