"""The band at the top of the main window that tells the user about problems.

Each message is a row of plain words with a close button. A message has a key (what it is
about: "voice", "history"...): showing a key again replaces its words rather than adding a
row, so the same problem is never listed twice. A transient message closes itself.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def _style() -> str:
    """The band in the current theme's tool-tip colours, written out: a style sheet's
    palette(...) is resolved once, and kept the old theme's colours after a switch."""
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.ToolTipBase).name()
    text = palette.color(QPalette.ColorRole.ToolTipText).name()
    return (
        f"#banner-row {{ background: {base}; border: 1px solid #c9a227; border-radius: 4px; }}"
        f" #banner-row QLabel, #banner-row QToolButton {{ color: {text}; }}"
    )


class _Row(QFrame):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.setObjectName("banner-row")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.timer: QTimer | None = None


class MessageBanner(QWidget):
    """Messages stacked one under the other; hidden when there are none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_style())
        self._rows: dict[str, _Row] = {}
        self._only: frozenset[str] | None = None
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(6, 6, 6, 0)
        self._column.setSpacing(4)
        self.hide()

    def restyle(self) -> None:
        """Take the current theme's colours (the window calls it when the palette changes:
        the band itself is not told, as its style sheet holds its palette)."""
        if self.styleSheet() != _style():
            self.setStyleSheet(_style())

    def show_message(self, key: str, text: str, *, seconds: float | None = None) -> None:
        """Show `text` about `key`, in place of what was said about it before; with
        `seconds`, the message closes itself after that long."""
        for other_key, row in self._rows.items():
            if other_key != key and row.label.text() == text:
                return  # the same words under another key: said already
        row = self._rows.get(key) or self._add_row(key)
        row.label.setText(text)
        if row.timer is not None:
            row.timer.stop()
            row.timer = None
        if seconds is not None:
            row.timer = QTimer(row)
            row.timer.setSingleShot(True)
            row.timer.timeout.connect(lambda: self.close_message(key))
            row.timer.start(round(seconds * 1000))
        self._update()
        self.changed.emit()

    def _add_row(self, key: str) -> _Row:
        row = _Row("")
        row.close_button.clicked.connect(lambda: self.close_message(key))
        self._rows[key] = row
        self._column.addWidget(row)
        return row

    def close_message(self, key: str) -> None:
        row = self._rows.pop(key, None)
        if row is None:
            return
        self._column.removeWidget(row)
        row.deleteLater()
        self._update()
        self.changed.emit()

    def show_only(self, keys: Collection[str] | None) -> None:
        """Show only the messages about `keys` (None: all); the others wait, hidden."""
        self._only = frozenset(keys) if keys is not None else None
        self._update()

    def _update(self) -> None:
        shown = 0
        for key, row in self._rows.items():
            visible = self._only is None or key in self._only
            row.setVisible(visible)
            shown += visible
        self.setVisible(shown > 0)

    def messages(self) -> dict[str, str]:
        """What there is to say, by key, top to bottom (shown or waiting)."""
        return {key: row.label.text() for key, row in self._rows.items()}

    def close_button(self, key: str) -> QToolButton:
        return self._rows[key].close_button
