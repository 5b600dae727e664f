"""The routine editor: blocks and moves in an outline, the selected item's fields, and a
live preview of the plan with its total time.

Every change makes a new routine (core.routine_edit) that goes through the same decoding
and validation as a routine file (storage.routine_files.check_routine). When it is
refused, the reason shows beside the field that holds the value, the outline marks the
item, and Save is off until it is fixed. The editor only edits: the caller saves
(`RoutineEditor.edit` returns the routine, or None when cancelled).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from backtrainer.core import routine_edit as edit
from backtrainer.core.model import Routine
from backtrainer.core.planner import plan
from backtrainer.core.routine_edit import Item
from backtrainer.storage.routine_files import check_routine
from backtrainer.storage.routines import RoutineError
from backtrainer.ui.editor.errors import item_name, locate, plain
from backtrainer.ui.editor.fields import ItemForm, error_colour
from backtrainer.ui.editor.forms import BlockForm, MoveForm, RoutineForm
from backtrainer.ui.editor.layout import lay_out
from backtrainer.ui.editor.outline import Outline
from backtrainer.ui.editor.preview import PlanPreview
from backtrainer.ui.window.placement import fit_dialog

translate = QCoreApplication.translate


class RoutineEditor(QDialog):
    def __init__(self, routine: Routine, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit routine — {title}").format(title=routine.title))
        self.original = routine
        self.routine = routine
        self.fresh: set[str] = set()
        """Ids of the moves added here: their ids follow their names."""
        self.problem: tuple[Item, str, str] | None = None
        """(item, field key, reason) of the first thing the format refuses."""

        self.outline = Outline()
        self.outline.item_selected.connect(self._show_item)
        self.add_block_button = self._button(self.tr("Add bloc&k"), self.add_block)
        self.add_move_button = self._button(self.tr("Add mo&ve"), self.add_move)
        self.up_button = self._button(self.tr("Move u&p"), lambda: self.shift(-1))
        self.down_button = self._button(self.tr("Move dow&n"), lambda: self.shift(+1))
        self.remove_button = self._button(self.tr("De&lete"), self.remove)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.outline)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove)

        self.routine_form = RoutineForm()
        self.block_form = BlockForm()
        self.move_form = MoveForm()
        self.forms = QStackedWidget()
        for form in (self.routine_form, self.block_form, self.move_form):
            form.edited.connect(self.apply)
            self.forms.addWidget(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.forms)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        self.preview = PlanPreview()

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {error_colour(self)}")
        self.go_button = self._button(self.tr("Show th&e problem"), self.go_to_problem)
        self.save_button = self._button(self.tr("&Save"), self.accept)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = self._button(self.tr("Cancel"), self.reject)
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.accept)

        lay_out(self, intro, scroll)
        fit_dialog(self, QSize(1280, 760))  # or less, on a smaller screen
        self.outline.build(routine, Item())
        self.outline.setFocus()
        self.revalidate()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter in a field must not save or add anything
        button.clicked.connect(slot)
        return button

    @classmethod
    def edit(cls, parent: QWidget | None, routine: Routine, intro: str = "") -> Routine | None:
        """The edited routine, or None if cancelled. Tests replace this classmethod."""
        dialog = cls(routine, intro, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.routine if accepted else None

    # -- showing -------------------------------------------------------------------------

    def _form(self, item: Item) -> ItemForm:
        if item.block is None:
            return self.routine_form
        return self.block_form if item.move is None else self.move_form

    def _show_item(self, item: Item) -> None:
        if item.block is None:
            self.routine_form.show_routine(self.routine)
        elif item.move is None:
            self.block_form.show_block(self.routine.blocks[item.block], self.routine)
        else:
            self.move_form.show_move(self.routine.blocks[item.block].exercises[item.move])
        self.forms.setCurrentWidget(self._form(item))
        self._update_buttons(item)
        self._show_problem()

    def _update_buttons(self, item: Item) -> None:
        self.remove_button.setEnabled(item.block is not None)
        self.up_button.setEnabled(item.block is not None)
        self.down_button.setEnabled(item.block is not None)

    def revalidate(self) -> None:
        """Check the routine as a file would be checked; show the plan or the reason."""
        try:
            check_routine(self.routine)
        except RoutineError as exc:
            item, key = locate(exc.path)
            self.problem = (item, key, plain(exc.reason, key))
        else:
            self.problem = None
            self.preview.show_plan(plan(self.routine))
        self._show_problem()

    def _show_problem(self) -> None:
        current = self.outline.current()
        form = self._form(current)
        if self.problem is None:
            form.show_error(None)
            self.outline.mark(None)
            self.status.clear()
            self.go_button.hide()
            self.save_button.setEnabled(True)
            return
        item, key, reason = self.problem
        form.show_error(key if item == current else None, reason)
        self.outline.mark(item, reason)
        self.status.setText(
            self.tr("⚠ {where}: {reason}").format(
                where=item_name(self.routine, item), reason=reason
            )
        )
        self.go_button.setVisible(item != current)
        self.save_button.setEnabled(False)
        self.preview.show_invalid(reason)

    def go_to_problem(self) -> None:
        if self.problem is None:
            return
        item, key, _reason = self.problem
        self.outline.select(item)
        form = self._form(self.outline.current())
        (form.fields.get(key) or self.outline).setFocus()

    # -- editing -------------------------------------------------------------------------

    def apply(self, key: str, value: object) -> None:
        """A field of the selected item changed: make the new routine and check it."""
        item = self.outline.current()
        path = item.path()
        if item.move is not None and key == "name":
            old = self.routine.blocks[item.block or 0].exercises[item.move].id
            fresh = old in self.fresh
            self.routine = edit.rename_move(self.routine, item, str(value), new_id=fresh)
            if fresh:
                self.fresh = (self.fresh - {old}) | {edit.get_at(self.routine, (*path, "id"))}
        else:
            keys = tuple(key.split("."))
            self.routine = edit.replace_at(self.routine, (*path, *keys), value)
        self.outline.relabel(self.routine)
        self.revalidate()

    def _restructure(self, routine: Routine, select: Item) -> None:
        self.routine = routine
        self.outline.build(routine, select)
        self.revalidate()

    def add_block(self) -> None:
        current = self.outline.current()
        at = len(self.routine.blocks) if current.block is None else current.block + 1
        routine = edit.add_block(self.routine, at)
        self.fresh.add(routine.blocks[at].exercises[0].id)
        self._restructure(routine, Item(at))
        self.block_form.fields["name"].setFocus()

    def add_move(self) -> None:
        current = self.outline.current()
        b = len(self.routine.blocks) - 1 if current.block is None else current.block
        if b < 0:
            self.add_block()
            return
        count = len(self.routine.blocks[b].exercises)
        at = count if current.move is None or current.block is None else current.move + 1
        routine = edit.add_move(self.routine, b, at)
        self.fresh.add(routine.blocks[b].exercises[at].id)
        self._restructure(routine, Item(b, at))
        name = self.move_form.fields["name"]
        name.setFocus()
        name.selectAll()  # type: ignore[union-attr]

    def remove(self) -> None:
        current = self.outline.current()
        if current.block is None:
            return
        if current.move is None:
            routine = edit.remove_block(self.routine, current.block)
            select = Item(min(current.block, len(routine.blocks) - 1))
        else:
            routine = edit.remove_move(self.routine, current.block, current.move)
            left = len(routine.blocks[current.block].exercises)
            select = (
                Item(current.block, min(current.move, left - 1)) if left else Item(current.block)
            )
        self._restructure(routine, select if select.block != -1 else Item())

    def shift(self, delta: int) -> None:
        current = self.outline.current()
        if current.block is None:
            return
        if current.move is None:
            routine, b = edit.move_block(self.routine, current.block, delta)
            self._restructure(routine, Item(b))
        else:
            routine, item = edit.move_move(self.routine, current.block, current.move, delta)
            self._restructure(routine, item)
        self.outline.setFocus()

    # -- leaving -------------------------------------------------------------------------

    def accept(self) -> None:
        if self.problem is None and self.save_button.isEnabled():
            super().accept()

    def reject(self) -> None:
        if self.routine == self.original or self.confirm_discard(self):
            super().reject()

    @classmethod
    def confirm_discard(cls, parent: QWidget) -> bool:
        """Ask before throwing edits away; tests replace this classmethod."""
        answer = QMessageBox.question(
            parent,
            translate("RoutineEditor", "Discard the changes?"),
            translate(
                "RoutineEditor", "Close the editor and lose the changes made to this routine?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
