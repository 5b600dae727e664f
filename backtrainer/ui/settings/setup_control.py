"""The window's side of the interval settings: the saved setups, the command line's
overrides, and the dialogs that change them.

The settings file is read when first needed (the window paints before it), and a file
that cannot be read is moved aside, with the reason shown once in the status bar.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from backtrainer.ui.i18n import arg

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from backtrainer.core.cues import CueOptions
    from backtrainer.core.customise import RoutineSetup
    from backtrainer.core.model import Routine
    from backtrainer.core.plan_week import WeekPlan
    from backtrainer.core.settings import IntervalSettings
    from backtrainer.core.timeline import Timeline
    from backtrainer.storage.routines import RoutineLibrary
    from backtrainer.storage.setup_store import SetupStore
    from backtrainer.storage.writer import FolderWriter

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


class SetupControl:
    """Setups as the window uses them: saved ones, with the command line's over them."""

    def __init__(
        self,
        cli: IntervalSettings | None = None,
        cli_mode: str | None = None,
        writer: FolderWriter | None = None,
    ) -> None:
        self.cli = cli
        """The command line's intervals, over the saved ones; None: none given."""
        self.writer = writer
        self.cli_mode = cli_mode
        self.problem: str | None = None
        self._store: SetupStore | None = None
        self.cues: CueOptions | None = None
        """How cues are laid out (the voice's rate, the tempo style): the window sets it
        from the voice preferences; None plans with the defaults."""

    @property
    def store(self) -> SetupStore:
        if self._store is None:
            from backtrainer.storage.setup_store import SetupStore

            self._store = SetupStore(writer=self.writer)
            self.problem = self._store.load_or_move_aside()
        return self._store

    def setup(self, routine: Routine) -> RoutineSetup:
        """What a session of `routine` runs with now."""
        setup = self.store.setup(routine.id, self.cli)
        if self.cli_mode is not None and any(m.id == self.cli_mode for m in routine.modes):
            setup = dataclasses.replace(setup, mode=self.cli_mode)
        return setup

    def customised(self, routine: Routine) -> Routine:
        """`routine` with the user's doses and variations, in the cues' language."""
        from backtrainer.core.customise import customise

        return customise(*self.in_language(routine, self.setup(routine)))

    def timeline(self, routine: Routine) -> Timeline:
        from backtrainer.core.customise import plan_setup

        return plan_setup(*self.in_language(routine, self.setup(routine)), self.cues)

    def in_language(self, routine: Routine, setup: RoutineSetup) -> tuple[Routine, RoutineSetup]:
        """The routine's texts (and the variation names its setup chooses) in the language
        the cues are said in; what is saved stays as it is, in the file's English."""
        from backtrainer.core.localize import localized, localized_setup

        language = self.cues.language if self.cues is not None else "en"
        return localized(routine, language), localized_setup(routine, setup, language)

    def choose_mode(self, routine: Routine, mode: str) -> str | None:
        """Remember `mode` for `routine`; returns a problem to show, if saving failed."""
        self.cli_mode = None  # the user's choice in the window wins from now on
        saved = self.store.saved(routine.id)
        return self.put(routine.id, dataclasses.replace(saved, mode=mode))

    def put(self, routine_id: str, setup: RoutineSetup) -> str | None:
        self.store.put(routine_id, setup)
        return self._save()

    def put_defaults(self, defaults: IntervalSettings) -> str | None:
        self.store.defaults = defaults
        return self._save()

    def edit(self, parent: QWidget, routine: Routine) -> bool:
        """Open the routine's settings; True when the user saved a change."""
        from backtrainer.ui.settings.setup_dialog import SetupDialog

        saved = self.store.saved(routine.id)
        chosen = SetupDialog.edit(parent, routine, saved, self.store.defaults)
        if chosen is None or chosen == saved:
            return False
        if chosen.mode != saved.mode:
            self.cli_mode = None
        problem = self.put(routine.id, chosen)
        if problem is not None:
            self.problem = problem
        return True

    def edit_defaults(self, parent: QWidget) -> bool:
        """Open the settings every routine starts from; True when saved."""
        from backtrainer.ui.settings.setup_dialog import DefaultsDialog

        chosen = DefaultsDialog.edit(parent, self.store.defaults)
        if chosen is None or chosen == self.store.defaults:
            return False
        problem = self.put_defaults(chosen)
        if problem is not None:
            self.problem = problem
        return True

    def edit_week_plan(self, parent: QWidget, library: RoutineLibrary) -> bool:
        """Settings > Weekly plan; True when a changed plan was saved (or tried)."""
        from backtrainer.core.localize import localized
        from backtrainer.ui.settings.week_plan_dialog import WeekPlanDialog

        language = self.cues.language if self.cues is not None else "en"
        routines = [
            (rid, localized(loaded.routine, language).title)
            for rid, loaded in library.routines.items()
        ]
        saved = self.store.week_plan
        export = functools.partial(self.export_week_plan, library)
        chosen = WeekPlanDialog.edit(parent, saved, routines, export)
        if chosen is None or chosen == saved:
            return False
        self.store.week_plan = chosen
        self.problem = self._save()
        return True

    def export_saved_week_plan(self, parent: QWidget, library: RoutineLibrary) -> str | None:
        """Settings > Export weekly plan to calendar: the saved plan, to a file asked for;
        what happened, or None if cancelled."""
        from backtrainer.ui.settings.week_plan_dialog import WeekPlanDialog

        plan = self.store.week_plan
        if not plan:
            return translate(
                "SetupControl", "No weekly plan to export yet: make one in Settings > Weekly plan."
            )
        path = WeekPlanDialog.ask_ics_path(parent)
        return None if path is None else self.export_week_plan(library, plan, path)

    def export_week_plan(self, library: RoutineLibrary, plan: WeekPlan, path: Path) -> str:
        """Write `plan` as an iCalendar file; what happened, in a sentence."""
        from datetime import date

        from backtrainer.storage.files import write_atomically
        from backtrainer.storage.plan_calendar import (
            MissingRoutine,
            local_zone,
            plan_ics,
            planned_routines,
        )

        try:
            routines = planned_routines(plan, library, self.store, self.cues)
        except MissingRoutine as exc:
            return arg(translate("SetupControl", "Not exported: %1."), exc)
        zone = local_zone()
        try:
            write_atomically(path, plan_ics(plan, routines, zone, date.today()))
        except OSError as exc:
            return arg(
                translate("SetupControl", "Could not export to %1: %2."),
                exc.filename or path,
                exc.strerror or exc,
            )
        return arg(
            translate("SetupControl", "Exported %1 weekly events (%2 time) to %3."),
            len(plan),
            zone.key,
            path,
        )

    def _save(self) -> str | None:
        from backtrainer.storage.setup_store import SettingsNotSaved

        try:
            self.store.save()
        except SettingsNotSaved:
            return self.store.problem
        except OSError as exc:
            message = f"Could not save {self.store.path}: {exc.strerror or exc}."
            log.warning(message)
            return message
        return None
