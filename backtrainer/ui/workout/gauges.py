"""Progress you see without reading: a ring for the step, a thin bar for the session, and
a bar that rises and falls with a rep's tempo.

Each gauge repaints only when what it draws changes visibly, so the view may poll them
many times a second at no cost.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

TRACK_ALPHA = 70
"""The unfilled part of a gauge: the phase's text colour, faint."""


class _Gauge(QWidget):
    steps = 720
    """A value is drawn to 1/steps: smaller changes do not repaint."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.value = 0.0
        self.colour = QColor("#ffffff")
        self.fill: QColor | None = None
        """The filled part's colour when it is not the text colour."""

    def set_value(self, value: float) -> None:
        value = min(1.0, max(0.0, value))
        if round(value * self.steps) != round(self.value * self.steps):
            self.value = value
            self.update()
        else:
            self.value = value

    def set_colours(self, colour: str, fill: str | None = None) -> None:
        new, new_fill = QColor(colour), QColor(fill) if fill else None
        if new != self.colour or new_fill != self.fill:
            self.colour, self.fill = new, new_fill
            self.update()

    def _track(self) -> QColor:
        track = QColor(self.colour)
        track.setAlpha(TRACK_ALPHA)
        return track


class ProgressRing(_Gauge):
    """How much of the step is done, clockwise from twelve o'clock."""

    def stroke(self) -> float:
        return max(3.0, min(self.width(), self.height()) * 0.05)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        pen_width = self.stroke()
        box = QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._track(), pen_width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(box)
        if self.value > 0:
            pen.setColor(self.fill or self.colour)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap if self.value < 1 else Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawArc(box, 90 * 16, -round(self.value * 360 * 16))
        painter.end()


class LevelBar(_Gauge):
    """A bar filled to `value`: upright (the tempo, from the bottom) or lying (the
    session, from the left)."""

    def __init__(self, name: str, parent: QWidget | None = None, *, upright: bool) -> None:
        super().__init__(name, parent)
        self.upright = upright

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = min(rect.width(), rect.height()) / 2
        painter.setBrush(self._track())
        painter.drawRoundedRect(rect, radius, radius)
        if self.value > 0:
            if self.upright:
                height = rect.height() * self.value
                filled = QRectF(rect.left(), rect.bottom() - height, rect.width(), height)
            else:
                filled = QRectF(rect.left(), rect.top(), rect.width() * self.value, rect.height())
            painter.setBrush(self.fill or self.colour)
            painter.setClipRect(filled)  # the track's shape, filled up to the level
            painter.drawRoundedRect(rect, radius, radius)
        painter.end()
