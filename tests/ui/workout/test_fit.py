"""Type sized to its box: the largest size that fits, found once per font, text and box."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from backtrainer.ui.workout import fit


def searched(base: QFont, text: str, width: int, height: int, most: float) -> int:
    """The size a fresh search finds (nothing kept from before)."""
    fit._fitted.clear()
    return fit.largest(base, text, width, height, most).pixelSize()


def test_the_size_found_is_the_largest_that_fits(qtbot: QtBot) -> None:
    base = QFont()
    px = searched(base, "Bent-over row", 300, 80, 200)
    assert fit.MIN_PX < px < 200
    assert fit.fits(fit.font(base, px), "Bent-over row", 300, 80)
    assert not fit.fits(fit.font(base, px + 1), "Bent-over row", 300, 80)


def test_a_size_is_searched_once_per_text_and_box(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = QFont()
    first = searched(base, "Halo", 200, 60, 120)
    measured: list[str] = []
    real = fit.fits

    def counted(f: QFont, text: str, width: int, height: int, lines: int | None = None) -> bool:
        measured.append(text)
        return real(f, text, width, height, lines)

    monkeypatch.setattr(fit, "fits", counted)
    assert fit.largest(base, "Halo", 200, 60, 120).pixelSize() == first
    assert measured == []  # kept
    narrower = fit.largest(base, "Halo", 100, 60, 120).pixelSize()
    assert measured and narrower < first  # another box: searched, and smaller
    bold = fit.largest(base, "Halo", 200, 60, 120, bold=True)
    assert bold.bold() and bold.pixelSize() <= first


def test_the_font_given_back_is_the_callers_own(qtbot: QtBot) -> None:
    base = QFont()
    one = fit.largest(base, "Swing", 200, 60, 120)
    one.setPixelSize(9)
    assert fit.largest(base, "Swing", 200, 60, 120).pixelSize() != 9
