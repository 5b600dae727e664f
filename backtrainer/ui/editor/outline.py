"""The editor's outline: the routine, its blocks, and each block's moves, as a tree.

Each row carries the `Item` it stands for. A structural change (add, remove, reorder)
rebuilds the tree; a change of a value only relabels it, so focus stays where it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from backtrainer.core.model import Block, Exercise, Reps, Routine
from backtrainer.core.routine_edit import Item
from backtrainer.ui.i18n import counted

ROLE = Qt.ItemDataRole.UserRole


class Outline(QTreeWidget):
    item_selected = Signal(object)
    """The `Item` now selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setAccessibleName(self.tr("Blocks and moves"))
        self.setUniformRowHeights(True)
        self.currentItemChanged.connect(self._on_current)
        self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def build(self, routine: Routine, select: Item) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            root = QTreeWidgetItem(self, [routine.title])
            root.setData(0, ROLE, Item())
            for b, block in enumerate(routine.blocks):
                block_row = QTreeWidgetItem(root, [self.block_label(block)])
                block_row.setData(0, ROLE, Item(b))
                for e, move in enumerate(block.exercises):
                    QTreeWidgetItem(block_row, [self.move_label(move)]).setData(0, ROLE, Item(b, e))
            self.expandAll()
            self.relabel(routine)
        finally:
            self.blockSignals(False)
        self.select(select)

    def relabel(self, routine: Routine) -> None:
        for row, item in self._rows():
            if item.block is None:
                text = routine.title
            elif item.move is None:
                text = self.block_label(routine.blocks[item.block])
            else:
                text = self.move_label(routine.blocks[item.block].exercises[item.move])
            row.setText(0, text)
            if row.icon(0).isNull():  # a marked row's tooltip is its problem
                row.setToolTip(0, text)

    def select(self, item: Item) -> None:
        """Select `item` (its nearest existing ancestor if it is gone)."""
        rows = dict((i, row) for row, i in self._rows())
        for candidate in (item, Item(item.block), Item()):
            if candidate in rows:
                self.setCurrentItem(rows[candidate])
                return

    def current(self) -> Item:
        row = self.currentItem()
        found = None if row is None else row.data(0, ROLE)
        return found if isinstance(found, Item) else Item()

    def mark(self, item: Item | None, reason: str = "") -> None:
        """A warning sign on the row that holds the problem; None clears every row."""
        for row, row_item in self._rows():
            bad = row_item == item
            row.setIcon(0, self._warning if bad else QIcon())
            row.setToolTip(0, reason if bad else row.text(0))

    def _rows(self) -> Iterator[tuple[QTreeWidgetItem, Item]]:
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            row = stack.pop()
            if row is None:
                continue
            found = row.data(0, ROLE)
            if isinstance(found, Item):
                yield row, found
            stack.extend(row.child(i) for i in range(row.childCount()))

    def _on_current(self, row: QTreeWidgetItem | None) -> None:
        if row is not None:
            self.item_selected.emit(self.current())

    # -- labels

    def _sides(self, sides: str) -> str:
        return {
            "each": self.tr("each side"),
            "alternating": self.tr("alternating"),
            "seesaw": self.tr("seesaw"),
        }.get(sides, "")

    def block_label(self, block: Block) -> str:
        role = {"warmup": self.tr("warm-up"), "cooldown": self.tr("cool-down")}.get(block.role)
        rounds = (
            counted(self.tr("%n round(s)", "", block.rounds), block.rounds) if block.rounds else ""
        )
        extra = ", ".join(x for x in (role, rounds) if x)
        return f"{block.name} ({extra})" if extra else block.name

    def move_label(self, move: Exercise) -> str:
        dose = move.dose
        if isinstance(dose, Reps):
            if dose.to_comfort:
                amount = counted(self.tr("up to %n rep(s)", "", dose.reps), dose.reps)
            else:
                amount = counted(self.tr("%n rep(s)", "", dose.reps), dose.reps)
        elif dose.seconds:
            amount = self.tr("{seconds} s").format(seconds=dose.seconds)
        else:
            amount = self.tr("work time")
        sides = self._sides(move.sides)
        return f"{move.name} — {amount}{', ' + sides if sides else ''}"
