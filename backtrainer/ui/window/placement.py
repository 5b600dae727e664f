"""Where a window goes: on the screen's available area (the screen less its panels and
docks, QScreen.availableGeometry), never larger than it.

Qt sizes a window without its frame (the title bar and borders the window manager adds),
and learns the frame only once the window is on screen: before that, the frame last
measured stands in, or `FRAME_GUESS`.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FRAME_GUESS = QMargins(4, 32, 4, 8)
"""A frame a little larger than most window managers draw (openbox: 1, 20, 1, 4)."""


def screen_at(point: QPoint | None = None) -> QScreen:
    """The screen showing `point`, else the primary screen."""
    screen = QGuiApplication.screenAt(point) if point is not None else None
    return screen or QGuiApplication.primaryScreen()


def room(available: QRect, frame: QMargins = FRAME_GUESS) -> QSize:
    """The largest inside of a window whose frame fits on `available`."""
    return QSize(
        available.width() - frame.left() - frame.right(),
        available.height() - frame.top() - frame.bottom(),
    )


def fits(size: QSize, available: QRect, frame: QMargins = FRAME_GUESS) -> bool:
    space = room(available, frame)
    return size.width() <= space.width() and size.height() <= space.height()


def centred(size: QSize, available: QRect, frame: QMargins = FRAME_GUESS) -> QRect:
    """A window's inside of `size`, centred (with its frame) on `available`."""
    rect = QRect(QPoint(0, 0), size.boundedTo(room(available, frame)))
    outside = rect.marginsAdded(frame)
    outside.moveCenter(available.center())
    return outside.marginsRemoved(frame)


def fit(rect: QRect, available: QRect, frame: QMargins = FRAME_GUESS) -> QRect:
    """`rect` (a window's inside) made no larger than `available` allows and moved, the
    least it takes, so that the window and its frame lie on `available`."""
    inside = QRect(rect.topLeft(), rect.size().boundedTo(room(available, frame)))
    outside = inside.marginsAdded(frame)
    right = available.x() + available.width()
    bottom = available.y() + available.height()
    x = max(available.x(), min(outside.x(), right - outside.width()))
    y = max(available.y(), min(outside.y(), bottom - outside.height()))
    outside.moveTo(x, y)
    return outside.marginsRemoved(frame)


def fit_dialog(dialog: QWidget, preferred: QSize) -> None:
    """Give a dialog its preferred size, or less on a screen too small for it."""
    parent = dialog.parentWidget()
    screen = (parent or dialog).screen() or screen_at()
    dialog.resize(preferred.boundedTo(room(screen.availableGeometry())))
