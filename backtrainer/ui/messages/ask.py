"""Yes-or-no questions in a message box.

QMessageBox is imported when a question is asked, not with the window: importing it makes
PySide build the enums of QMessageBox and QDialog (five, about 3 ms), which the first
paint need not wait for. Modules that show other message boxes import it the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def yes_or_no(parent: QWidget, title: str, question: str) -> bool:
    """Yes or No, No by default: nothing is ended or replaced by a stray Enter."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, question, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
