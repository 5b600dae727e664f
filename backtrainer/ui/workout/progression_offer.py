"""The finished screen's offer of a next dose, one button per move, with the rule stated.

Nothing changes until the user presses a button; a pressed offer turns into a line that
says what was saved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from backtrainer.core.progression import RULE, Proposal


class ProgressionOffer(QWidget):
    accepted = Signal(object)
    """The Proposal the user accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self.hide()

    def offer(self, proposals: list[Proposal]) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.buttons = []
        if not proposals:
            self.hide()
            return
        rule = QLabel(f"<b>Ready for more?</b> {RULE}")
        rule.setWordWrap(True)
        self._layout.addWidget(rule)
        for proposal in proposals:
            text = QLabel(proposal.describe())
            text.setWordWrap(True)
            button = QPushButton(f"Accept {proposal.sets} x {proposal.next_reps}")
            button.setAccessibleName(
                f"Accept {proposal.name} {proposal.sets} x {proposal.next_reps}"
            )
            button.clicked.connect(
                lambda _=False, p=proposal, b=button, t=text: self._accept(p, b, t)
            )
            self._layout.addWidget(text)
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.show()

    def _accept(self, proposal: Proposal, button: QPushButton, text: QLabel) -> None:
        button.setEnabled(False)
        button.setText("Accepted")
        text.setText(f"{proposal.name}: {proposal.sets} x {proposal.next_reps} from next time.")
        self.accepted.emit(proposal)
