"""What the window does when the user changes a routine's settings: open the dialogs,
pick a mode, accept a next dose; then show the routine again at its new settings.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from backtrainer.ui.messages import notices

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from backtrainer.core.customise import RoutineSetup
    from backtrainer.core.model import Routine
    from backtrainer.core.progression import Proposal
    from backtrainer.core.session import SessionController
    from backtrainer.storage.routines import RoutineLibrary
    from backtrainer.ui.settings.setup_control import SetupControl

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Picker(Protocol):
    """What the actions need of the routine list: which routine, and to show it anew."""

    def current_id(self) -> str | None: ...
    def refresh(self) -> None: ...


class SetupWindow(Protocol):
    """What the actions need of the main window."""

    library: RoutineLibrary | None

    @property
    def picker(self) -> Picker: ...

    def statusBar(self) -> QStatusBar: ...
    def show_problem(self, key: str, text: str) -> None: ...


class SetupActions:
    def __init__(self, window: SetupWindow, parent: QWidget, setups: SetupControl) -> None:
        self.window, self.parent, self.setups = window, parent, setups

    def adjust(self, routine_id: str | None = None) -> None:
        """Open the settings of `routine_id` (default: the selected routine)."""
        library = self.window.library
        routine_id = routine_id or self.window.picker.current_id()
        if library is None or routine_id not in library.routines:
            return
        if self.setups.edit(self.parent, library.routines[routine_id].routine):
            self._changed()

    def adjust_defaults(self) -> None:
        if self.setups.edit_defaults(self.parent):
            self._changed()

    def edit_week_plan(self) -> None:
        library = self.window.library
        if library is not None and self.setups.edit_week_plan(self.parent, library):
            self._changed()

    def export_week_plan(self) -> None:
        library = self.window.library
        said = None if library is None else self.setups.export_saved_week_plan(self.parent, library)
        if said:
            self.window.statusBar().showMessage(said, 10_000)

    def choose_mode(self, routine_id: str, mode: str) -> None:
        library = self.window.library
        assert library is not None
        self.setups.problem = self.setups.choose_mode(library.routines[routine_id].routine, mode)
        self._changed()

    def accept(self, routine: Routine, proposal: Proposal) -> None:
        """Save the proposal's dose as the move's, from the next session on."""
        from backtrainer.core.progression import accept

        saved = self.setups.store.saved(routine.id)
        problem = self.setups.put(routine.id, accept(saved, proposal))
        self.window.picker.refresh()
        if problem:
            self._problem(problem)
        else:
            self.window.statusBar().showMessage(
                translate("SetupActions", "Next time: {move}, {sets} x {reps}.").format(
                    move=proposal.name, sets=proposal.sets, reps=proposal.next_reps
                )
            )

    def _changed(self) -> None:
        self.window.picker.refresh()  # lengths, plan and cues to render, at the new settings
        if self.setups.problem:
            self._problem(self.setups.problem)
        else:
            self.window.statusBar().showMessage(translate("SetupActions", "Settings saved."), 5000)
        self.setups.problem = None

    def _problem(self, problem: str) -> None:
        """The details to the log, plain words and what to do to the window."""
        log.warning("settings: %s", problem)
        self.window.show_problem("settings", notices.settings(problem))


def proposals_after(
    routine: Routine, setup: RoutineSetup, controller: SessionController, status: str
) -> list[Proposal]:
    """Next doses to offer after a session of `routine` run with `setup` from its start."""
    from backtrainer.core.history import step_done
    from backtrainer.core.progression import proposals

    return proposals(
        routine,
        setup,
        mode=controller.timeline.mode,
        completed=status == "finished",
        steps=[step_done("", record) for record in controller.records],
    )
