"""The gauges repaint only the strip a change touched: every pixel that differs between
the gauge drawn whole at the old value and at the new one must lie in that strip, or the
screen would keep a stale piece of the ring."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from backtrainer.ui.workout.gauges import LevelBar, ProgressRing, _Gauge

SMALL = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


def drawn(gauge: _Gauge, value: float) -> QImage:
    gauge.value = value
    return gauge.grab().toImage()


def changed_pixels(a: QImage, b: QImage) -> list[tuple[int, int]]:
    return [
        (x, y)
        for y in range(a.height())
        for x in range(a.width())
        if a.pixel(x, y) != b.pixel(x, y)
    ]


def gauges(qtbot: QtBot) -> list[_Gauge]:
    ring = ProgressRing("ring")
    ring.resize(180, 140)
    tempo = LevelBar("tempo", upright=True)
    tempo.resize(24, 160)
    session = LevelBar("session", upright=False)
    session.resize(300, 12)
    for gauge in (ring, tempo, session):
        qtbot.addWidget(gauge)
        gauge.set_colours("#ffffff", "#ffb000")
    return [ring, tempo, session]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start=SMALL, step=st.floats(min_value=-0.049, max_value=0.049, allow_nan=False))
def test_what_changes_lies_in_the_strip_repainted(qtbot: QtBot, start: float, step: float) -> None:
    end = min(1.0, max(0.0, start + step))
    for gauge in gauges(qtbot):
        rect = gauge.changed_rect(start, end)
        if rect is None:
            continue  # repaints whole
        before, after = drawn(gauge, start), drawn(gauge, end)
        outside = [p for p in changed_pixels(before, after) if not rect.contains(*p)]
        assert outside == [], (type(gauge).__name__, start, end, rect, outside[:5])


@pytest.mark.parametrize("index", [0, 1, 2])
def test_a_small_change_repaints_a_small_strip(qtbot: QtBot, index: int) -> None:
    """The point of it: a half-degree step of the ring does not repaint the whole ring."""
    gauge = gauges(qtbot)[index]
    rect = gauge.changed_rect(0.40, 0.41)
    assert rect is not None
    whole = QRect(gauge.rect())
    assert rect.width() * rect.height() < whole.width() * whole.height() / 4
