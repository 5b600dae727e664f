"""Minutes per week as bars, drawn with QPainter: small, and needing nothing beyond
QtGui. Text and axis take the palette's colours; the bars take one fixed colour chosen
to stand out (3.5:1 or more) on the light and on the dark window background alike."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from backtrainer.core.history_stats import WeekTotal
from backtrainer.ui.history.model import day_month_text, day_text
from backtrainer.ui.i18n import counted

BAR_COLOUR = QColor("#3a7bd5")
"""Contrast 3.7:1 on Fusion's light window (#efefef), 3.8:1 on the dark one (#202124)."""


def week_label(monday: date) -> str:
    return day_month_text(monday)  # "3 Mar"


def minutes_text(minutes: float) -> str:
    return f"{round(minutes)}"


class WeekChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekTotal] = []
        self.setMinimumSize(220, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Minutes per week"))

    def sizeHint(self) -> QSize:
        return QSize(420, 150)

    def set_weeks(self, weeks: list[WeekTotal]) -> None:
        """Oldest first; the last one is the current week (drawn hatched: not over yet)."""
        self.weeks = list(weeks)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("week of {week}: {minutes} min").format(
                    week=week_label(w.start), minutes=minutes_text(w.minutes)
                )
                for w in weeks
            )
        )
        self.update()

    def _layout(self) -> tuple[QRectF, float]:
        """The plotting area (bars and their value labels) and the width of one week."""
        line = self.fontMetrics().height()
        area = QRectF(self.rect()).adjusted(2, line + 2, -2, -(line + 6))
        slot = area.width() / max(1, len(self.weeks))
        return area, slot

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.weeks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        area, slot = self._layout()
        top = max(w.minutes for w in self.weeks)
        scale = (area.height() - line) / top if top > 0 else 0.0
        widest = max(metrics.horizontalAdvance(week_label(w.start)) for w in self.weeks)
        every = 1 if widest + 6 <= slot else 2  # labels every other week when narrow
        bar_width = max(4.0, min(slot * 0.62, 48.0))

        axis = QColor(text)
        axis.setAlpha(110)
        painter.setPen(axis)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for i, week in enumerate(self.weeks):
            centre = area.left() + slot * (i + 0.5)
            height = week.minutes * scale
            bar = QRectF(centre - bar_width / 2, area.bottom() - height, bar_width, height)
            current = i == len(self.weeks) - 1
            if height > 0:
                if current:  # this week is not over yet: hatched, outlined
                    painter.setPen(QPen(BAR_COLOUR, 1.5))
                    painter.setBrush(QBrush(BAR_COLOUR, Qt.BrushStyle.BDiagPattern))
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(BAR_COLOUR)
                painter.drawRect(bar)
            painter.setPen(text)
            if week.minutes >= 0.5:
                label = QRectF(centre - slot / 2, bar.top() - line - 1, slot, line)
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, minutes_text(week.minutes))
            if (len(self.weeks) - 1 - i) % every == 0:
                font = QFont(self.font())
                font.setBold(current)
                painter.setFont(font)
                name = week_label(week.start)
                width = QFontMetrics(font).horizontalAdvance(name) + 2
                left = min(max(0.0, centre - width / 2), self.width() - width)
                below = QRectF(left, area.bottom() + 3, width, line)
                painter.drawText(below, Qt.AlignmentFlag.AlignCenter, name)
                painter.setFont(self.font())
        painter.end()

    def week_at(self, position: QPoint) -> WeekTotal | None:
        area, slot = self._layout()
        if not self.weeks or slot <= 0:
            return None
        i = int((position.x() - area.left()) // slot)
        return self.weeks[i] if 0 <= i < len(self.weeks) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            week = self.week_at(event.pos())
            if week is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    counted(
                        self.tr("Week of {day}: {minutes} min, %n session(s)", "", week.sessions),
                        week.sessions,
                    ).format(day=day_text(week.start), minutes=minutes_text(week.minutes)),
                    self,
                )
            return True
        return super().event(event)
