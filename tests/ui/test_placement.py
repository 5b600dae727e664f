"""Fitting a window onto the screen's available area."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

from backtrainer.ui.window.placement import centred, fit, fits

SCREEN = QRect(0, 0, 1024, 600)
FRAME = QMargins(1, 20, 1, 4)


def outside(rect: QRect) -> QRect:
    return rect.marginsAdded(FRAME)


def test_a_window_that_fits_stays_where_it_is() -> None:
    rect = QRect(100, 80, 600, 400)
    assert fit(rect, SCREEN, FRAME) == rect


def test_a_window_too_large_for_the_screen_is_shrunk_onto_it() -> None:
    rect = fit(QRect(200, 100, 1900, 1040), SCREEN, FRAME)
    assert SCREEN.contains(outside(rect))
    assert outside(rect).size() == SCREEN.size()  # as large as it can be, no larger


def test_a_window_off_the_screen_is_moved_back_the_least_it_takes() -> None:
    left_of = fit(QRect(-2000, 100, 600, 400), SCREEN, FRAME)
    assert left_of == QRect(1, 100, 600, 400)
    below = fit(QRect(300, 900, 600, 400), SCREEN, FRAME)
    assert below == QRect(300, 600 - 4 - 400, 600, 400)
    # A second screen to the right: its coordinates start where the first one ends.
    second = QRect(1024, 0, 1366, 768)
    assert fit(QRect(0, 0, 600, 400), second, FRAME) == QRect(1024 + 1, 20, 600, 400)


def test_centred_and_fits() -> None:
    rect = centred(QSize(600, 400), SCREEN, FRAME)
    assert rect.size() == QSize(600, 400)
    assert abs(outside(rect).center().x() - SCREEN.center().x()) <= 1
    assert fits(QSize(1000, 570), SCREEN, FRAME)
    assert not fits(QSize(1200, 760), SCREEN, FRAME)
    assert SCREEN.contains(outside(centred(QSize(1200, 760), SCREEN, FRAME)))
