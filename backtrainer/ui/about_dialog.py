"""Help > About BackTrainer: version, licence, and whose routines these are.

Every bundled routine comes from a coach's published article; the dialog names each
coach and publication from the routine files themselves, so the credit shown can never
drift from the data. Also home of the application icon, which the window uses too.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from backtrainer import APP_ID, __version__
from backtrainer.storage import paths

if TYPE_CHECKING:  # msgspec stays out of the window's start-up
    from backtrainer.core.model import Routine, Source

LICENSE = "GPL-3.0-or-later"
"""As `project.license` in pyproject.toml (a test keeps the two equal)."""
LICENSE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def app_icon() -> QIcon:
    """The icon from its PNG sizes: no SVG image plugin needed, crisp at every size."""
    icon = QIcon()
    hicolor = paths.desktop_resources_dir() / "icons" / "hicolor"
    for png in sorted(hicolor.glob(f"*/apps/{APP_ID}.png")):
        side = int(png.parent.parent.name.partition("x")[0])
        icon.addFile(str(png), QSize(side, side))
    return icon


def bundled_routines() -> list[Routine]:
    from backtrainer.storage.routines import RoutineLibrary

    library = RoutineLibrary.load()
    return [loaded.routine for loaded in library.routines.values() if loaded.bundled]


def credit(source: Source) -> str:
    """One line of plain text: coach, publication and article, as far as they are known."""
    parts = [source.coach]
    if source.publication:
        parts.append(source.publication)
    if source.article:
        parts.append(f"“{source.article}”")
    return " · ".join(parts)


class AboutDialog(QDialog):
    def __init__(self, routines: list[Routine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About BackTrainer"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(QSize(96, 96)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        version = self.tr("Version %1").replace("%1", __version__)
        purpose = self.tr("Hands-free back and upper-body workouts for runners.")
        heading = QLabel(
            f"<h2 style='margin:0'>BackTrainer</h2>"
            f"<p>{escape(version)}</p>"
            f"<p>{escape(purpose)}</p>"
            f"<p>{self._licence()}</p>"
        )
        heading.setObjectName("heading")
        heading.setOpenExternalLinks(True)
        heading.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(icon)
        top.addWidget(heading, 1)

        self.attributions = QLabel(self._attributions_html(routines))
        self.attributions.setObjectName("attributions")
        self.attributions.setWordWrap(True)
        self.attributions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.addLayout(top)
        layout.addSpacing(10)
        layout.addWidget(self.attributions)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(580)

    def _licence(self) -> str:
        link = f"<a href='{LICENSE_URL}'>{LICENSE}</a>"
        said = self.tr("Licence: %1 (GNU General Public License, version 3 or any later version).")
        return escape(said).replace("%1", link)

    def _attributions_html(self, routines: list[Routine]) -> str:
        items = "".join(
            f"<p style='margin:0 0 8px 0'><b>{escape(r.title)}</b><br>"
            f"{escape(credit(r.source))}</p>"
            for r in routines
        )
        heading = self.tr("The bundled routines and their sources")
        note = self.tr(
            "The exercises, doses and structure are the sources'; the instructions"
            " are written in BackTrainer's own words, and any move BackTrainer added is"
            " marked as added."
        )
        return f"<h3>{escape(heading)}</h3>{items}<p><i>{escape(note)}</i></p>"


def show_about(parent: QWidget) -> AboutDialog:
    """Open the dialog without blocking: the window keeps running behind it."""
    dialog = AboutDialog(bundled_routines(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
