"""The finished screen's offer of a next dose, one button per move, with the rule stated.

Nothing changes until the user presses a button; a pressed offer turns into a line that
says what was saved.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from backtrainer.core.progression import STEP, Proposal
from backtrainer.ui.i18n import arg


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
        more = self.tr("Ready for more?")
        rule = QLabel(f"<b>{escape(more)}</b> {escape(self._rule())}")
        rule.setWordWrap(True)
        self._layout.addWidget(rule)
        for proposal in proposals:
            text = QLabel(self._describe(proposal))
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            button = QPushButton(arg(self.tr("Accept %1 x %2"), proposal.sets, proposal.next_reps))
            button.setAccessibleName(
                arg(self.tr("Accept %1 %2 x %3"), proposal.name, proposal.sets, proposal.next_reps)
            )
            button.clicked.connect(
                lambda _=False, p=proposal, b=button, t=text: self._accept(p, b, t)
            )
            self._layout.addWidget(text)
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.show()

    def _rule(self) -> str:
        """The core's `progression.RULE`, in the window's language."""
        return self.tr(
            "When you finish every set of a move in full, BackTrainer proposes %n more reps"
            " per set next time, up to the move's target.",
            "",
            STEP,
        )

    def _describe(self, proposal: Proposal) -> str:
        """The core's `Proposal.describe`, in the window's language."""
        text = self.tr("%1: %2 x %3 done in full. Next time %2 x %4 (target %5 x %6)?")
        p = proposal
        return arg(text, p.name, p.sets, p.reps, p.next_reps, p.target_sets, p.target_reps)

    def _accept(self, proposal: Proposal, button: QPushButton, text: QLabel) -> None:
        button.setEnabled(False)
        button.setText(self.tr("Accepted"))
        saved = self.tr("%1: %2 x %3 from next time.")
        text.setText(arg(saved, proposal.name, proposal.sets, proposal.next_reps))
        self.accepted.emit(proposal)
