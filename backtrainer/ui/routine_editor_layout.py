"""Where the editor's parts go: outline and its buttons, fields, preview side by side in
a splitter (each pane can be widened), the reason and Save/Cancel below, and a tab
order that follows them from left to right."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from backtrainer.ui.routine_editor import RoutineEditor


def lay_out(editor: RoutineEditor, intro: str, forms: QWidget) -> None:
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(QLabel("<b>Blocks and moves</b>"))
    column.addWidget(editor.outline)
    for pair in (
        (editor.add_block_button, editor.add_move_button),
        (editor.up_button, editor.down_button),
    ):
        row = QHBoxLayout()
        for button in pair:
            row.addWidget(button)
        column.addLayout(row)
    column.addWidget(editor.remove_button)
    splitter = QSplitter()
    splitter.setChildrenCollapsible(False)
    for pane in (left, forms, editor.preview):
        splitter.addWidget(pane)
    splitter.setSizes([330, 430, 340])  # in proportion, whatever the dialog's width
    buttons = QHBoxLayout()
    buttons.addWidget(editor.status, 1)
    buttons.addWidget(editor.go_button)
    buttons.addWidget(editor.save_button)
    buttons.addWidget(editor.cancel_button)
    layout = QVBoxLayout(editor)
    if intro:
        note = QLabel(intro)
        note.setWordWrap(True)
        layout.addWidget(note)
    layout.addWidget(splitter, 1)
    layout.addLayout(buttons)
    order = [
        editor.outline,
        editor.add_block_button,
        editor.add_move_button,
        editor.up_button,
        editor.down_button,
        editor.remove_button,
        editor.forms,
        editor.preview.steps,
        editor.go_button,
        editor.save_button,
        editor.cancel_button,
    ]
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
