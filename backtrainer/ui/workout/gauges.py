"""Progress you see without reading: a ring for the step, a thin bar for the session, and
a bar that rises and falls with a rep's tempo.

Each gauge repaints only when what it draws changes visibly, and then only the strip that
changed (the end of the arc, the top of the bar): painting the whole ring, and the big
number over it, for a half-degree step was half of a running session's CPU (py-spy).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

TRACK_ALPHA = 70
"""The unfilled part of a gauge: the phase's text colour, faint."""
NEAR = 0.05
"""A change of value up to this repaints only the strip it changed; more (a new step
starting over) repaints the whole gauge."""
MARGIN = 2
PIECES = 16
"""The ring's arc is drawn in this many pieces of the circle (see `_arc`)."""
"""Pixels around a changed strip: antialiasing reaches a pixel beyond the shape."""


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
        old, self.value = self.value, value
        if round(value * self.steps) != round(old * self.steps):
            changed = self.changed_rect(old, value) if abs(value - old) < NEAR else None
            if changed is None:
                self.update()
            else:
                self.update(changed)

    def changed_rect(self, old: float, new: float) -> QRect | None:
        """Where a move from `old` to `new` repaints; None: everywhere."""
        return None

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

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._cached: tuple[tuple[int, int, float, int], QPixmap] | None = None

    def stroke(self) -> float:
        return max(3.0, min(self.width(), self.height()) * 0.05)

    def _box(self) -> QRectF:
        """The circle the stroke's middle runs along."""
        side = min(self.width(), self.height())
        pen_width = self.stroke()
        return QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )

    def changed_rect(self, old: float, new: float) -> QRect | None:
        """The arc's end moved: the box around the stretch from the start of the piece
        the lower end lies in (that piece is drawn anew) to the higher end, with its cap."""
        box, pad = self._box(), self.stroke() / 2 + MARGIN
        low, high = sorted((old, new))
        low = math.floor(low * PIECES) / PIECES
        count = 2 + math.ceil((high - low) * PIECES * 4)
        turns = [low + (high - low) * k / count for k in range(count + 1)]
        xs = [box.center().x() + box.width() / 2 * math.sin(t * math.tau) for t in turns]
        ys = [box.center().y() - box.height() / 2 * math.cos(t * math.tau) for t in turns]
        return QRectF(
            min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
        ).toAlignedRect()

    def _track_image(self) -> QPixmap:
        """The whole track, drawn once per size and colour: stroking the full circle
        for every strip repainted cost more than the strip."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self._track().rgba())
        if self._cached is None or self._cached[0] != key:
            image = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self._track(), self.stroke())
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawEllipse(self._box())
            painter.end()
            self._cached = (key, image)
        return self._cached[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        pen_width = self.stroke()
        box = self._box()
        track = self._track_image()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, track)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._track(), pen_width)
        if self.value > 0:
            pen.setColor(self.fill or self.colour)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap if self.value < 1 else Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_arc(box, self.value))
        painter.end()


def _arc(box: QRectF, value: float) -> QPainterPath:
    """Clockwise from twelve, in pieces of a fixed size: a piece once whole is drawn the
    same whatever follows (one arc of the whole sweep would shift every pixel of it a
    little with each step, and the strip repainted would leave the rest stale)."""
    path = QPainterPath()
    path.arcMoveTo(box, 90)
    done, total, piece = 0.0, value * 360, 360 / PIECES
    while done < total:
        sweep = min(piece, total - done)
        path.arcTo(box, 90 - done, -sweep)
        done += piece
    return path


class LevelBar(_Gauge):
    """A bar filled to `value`: upright (the tempo, from the bottom) or lying (the
    session, from the left)."""

    def __init__(self, name: str, parent: QWidget | None = None, *, upright: bool) -> None:
        super().__init__(name, parent)
        self.upright = upright

    def changed_rect(self, old: float, new: float) -> QRect | None:
        """The strip between the old level and the new one: the fill is the track's shape
        clipped at the level, so nothing else changes."""
        rect = QRectF(self.rect())
        length = rect.height() if self.upright else rect.width()
        low, high = sorted((old * length, new * length))
        if self.upright:
            strip = QRectF(rect.left(), rect.bottom() - high, rect.width(), high - low)
        else:
            strip = QRectF(rect.left() + low, rect.top(), high - low, rect.height())
        return strip.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).toAlignedRect()

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
