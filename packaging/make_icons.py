"""Render the SVG icon into the PNG sizes of the hicolor icon theme.

    .venv/bin/python packaging/make_icons.py [--out DIR]

Run it after changing the SVG and commit the PNGs (resources/desktop/icons/hicolor/NxN/apps).
They are committed, not made at install time, so that `backtrainer install-desktop`, the
wheel and the bundle need no SVG renderer and no display, and the window icon loads from
PNG without Qt's SVG image plugin. tests/test_desktop_files.py re-renders them and fails if
the committed ones no longer match the SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HICOLOR = ROOT / "resources" / "desktop" / "icons" / "hicolor"
APP_ID = "io.github.backtrainer.BackTrainer"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write out/NxN/apps/APP_ID.png for each size; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HICOLOR, help="the hicolor folder to fill")
    args = parser.parse_args()
    for path in render(SVG, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
