"""Where the editor's parts go: outline and its buttons, fields, preview side by side in
a splitter (each pane can be widened), the reason and Save/Cancel below, and a tab
order that follows them from left to right."""

from __future__ import annotations

import itertools
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSplitter, QVBoxLayout, QWidget

from backtrainer.ui.editor.preview import PlanPreview

translate = QCoreApplication.translate


class Parts(Protocol):
    """The editor dialog, as far as its layout goes: the widgets it places."""

    def setLayout(self, layout: QLayout, /) -> None: ...

    @property
    def outline(self) -> QWidget: ...
    @property
    def add_block_button(self) -> QWidget: ...
    @property
    def add_move_button(self) -> QWidget: ...
    @property
    def up_button(self) -> QWidget: ...
    @property
    def down_button(self) -> QWidget: ...
    @property
    def remove_button(self) -> QWidget: ...
    @property
    def forms(self) -> QWidget: ...
    @property
    def preview(self) -> PlanPreview: ...
    @property
    def status(self) -> QWidget: ...
    @property
    def go_button(self) -> QWidget: ...
    @property
    def save_button(self) -> QWidget: ...
    @property
    def cancel_button(self) -> QWidget: ...


def lay_out(editor: Parts, intro: str, forms: QWidget) -> None:
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(QLabel(translate("RoutineEditor", "<b>Blocks and moves</b>")))
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
    layout = QVBoxLayout()
    editor.setLayout(layout)  # first: what is added below is in the dialog at once
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
