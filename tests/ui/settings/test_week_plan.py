"""Settings > Weekly plan: made with the keyboard alone, refused while it cannot be,
saved with the settings, exported to a calendar file, and measured in History."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from backtrainer.core.history import SessionEnded, SessionStarted, StepDone
from backtrainer.core.plan_week import PlanEntry, WeekPlan
from backtrainer.storage import paths
from backtrainer.storage.history.store import HistoryStore
from backtrainer.ui.settings.week_plan_dialog import WeekPlanDialog
from backtrainer.ui.window_actions import _menu_actions
from tests.ui.window import App

ROUTINES = [("best-back", "Best Back Workout"), ("kettlebell-pull", "Kettlebell Pull Workout")]


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[WeekPlanDialog]:
    exported: list[tuple[WeekPlan, Path]] = []

    def export(plan: WeekPlan, path: Path) -> str:
        exported.append((plan, path))
        return f"Exported to {path}."

    dialog = WeekPlanDialog(WeekPlan(), ROUTINES, export)
    dialog.exported = exported  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):  # Alt+letter needs an active window
        dialog.activateWindow()
    yield dialog
    dialog.close()


def alt(qtbot: QtBot, dialog: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)


def save_button(dialog: WeekPlanDialog) -> QWidget:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_a_plan_made_with_the_keyboard(qtbot: QtBot, dialog: WeekPlanDialog) -> None:
    alt(qtbot, dialog, Qt.Key.Key_A)  # Add a session: Monday 07:00, the first routine
    qtbot.waitUntil(lambda: len(dialog.entries) == 1)  # a button's mnemonic animates a click
    assert dialog.plan() == WeekPlan((PlanEntry(0, time(7), "best-back"),))
    assert QApplication.focusWidget() is dialog.day
    qtbot.keyClick(dialog.day, Qt.Key.Key_Down)  # Tuesday
    alt(qtbot, dialog, Qt.Key.Key_R)
    assert QApplication.focusWidget() is dialog.routine
    qtbot.keyClick(dialog.routine, Qt.Key.Key_Down)
    alt(qtbot, dialog, Qt.Key.Key_A)  # the next day, same time and routine
    qtbot.waitUntil(lambda: len(dialog.entries) == 2)
    assert [(e.day, e.routine) for e in dialog.plan().entries] == [
        (1, "kettlebell-pull"),
        (2, "kettlebell-pull"),
    ]
    assert dialog.list.item(0).text() == "Tue 07:00 Kettlebell Pull Workout"

    qtbot.keyClick(dialog.day, Qt.Key.Key_Up)  # Tuesday too: two at 07:00 cannot be
    assert dialog.error.text() == "Two sessions on Tuesday at 07:00: change one of them."
    assert not save_button(dialog).isEnabled() and not dialog.export_button.isEnabled()
    alt(qtbot, dialog, Qt.Key.Key_T)
    assert QApplication.focusWidget() is dialog.time
    dialog.time.setTime(dialog.time.time().addSecs(11 * 3600))  # 18:00
    assert dialog.error.text() == "" and save_button(dialog).isEnabled()
    assert [e.time_text for e in dialog.plan().entries] == ["07:00", "18:00"]

    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert len(dialog.plan()) == 1


def test_export_writes_the_plan_shown(
    dialog: WeekPlanDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not dialog.export_button.isEnabled()  # nothing to export yet
    dialog.add_entry()
    target = tmp_path / "week.ics"
    monkeypatch.setattr(WeekPlanDialog, "ask_ics_path", classmethod(lambda cls, parent: target))
    dialog.export_button.click()
    assert dialog.exported == [(dialog.plan(), target)]  # type: ignore[attr-defined]
    assert dialog.status.text() == f"Exported to {target}."


@pytest.fixture
def app(qtbot: QtBot, data_dir: Path) -> Iterator[App]:
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    store = HistoryStore(data_dir / "history")
    store.open_for_writing()
    start = f"{monday.isoformat()}T07:00:00+00:00"
    for record in (
        SessionStarted(
            session="s",
            routine="best-back",
            title="Best Back Workout",
            started_at=start,
            planned_seconds=60,
            planned_sets=1,
        ),
        StepDone(session="s", index=0, kind="work", planned_seconds=30, actual_seconds=30),
        SessionEnded(session="s", status="completed", ended_at=start),
    ):
        assert store.append(record)
    app = App(qtbot, settings=None, history=lambda: store)
    yield app
    app.window.close()
    store.close()


def test_the_window_saves_the_plan_exports_it_and_history_measures_the_week(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    actions = {" > ".join(path): a for path, a in _menu_actions(app.window.menuBar())}
    plan = WeekPlan((PlanEntry(0, time(7), "best-back"), PlanEntry(3, time(7), "best-back")))
    target = tmp_path / "week.ics"

    def edit(cls: type, parent: QWidget, saved: WeekPlan, routines: list, export) -> WeekPlan:  # type: ignore[no-untyped-def,type-arg]
        assert saved == WeekPlan() and ("best-back", "Best Back Workout") in routines
        assert export(plan, target).startswith("Exported 2 weekly events")
        return plan

    monkeypatch.setattr(WeekPlanDialog, "edit", classmethod(edit))
    actions["Settings > Export weekly plan to calendar"].trigger()  # none yet: said
    assert app.window.statusBar().currentMessage().startswith("No weekly plan to export yet")
    actions["Settings > Weekly plan"].trigger()
    saved = json.loads((paths.data_dir() / "settings.json").read_text())
    assert saved["week_plan"][1] == {"day": "thursday", "time": "07:00", "routine": "best-back"}
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [e["RRULE"]["BYDAY"] for e in events] == [["MO"], ["TH"]]

    again = tmp_path / "again.ics"
    monkeypatch.setattr(WeekPlanDialog, "ask_ics_path", classmethod(lambda cls, parent: again))
    actions["Settings > Export weekly plan to calendar"].trigger()  # the saved plan
    assert app.window.statusBar().currentMessage().startswith("Exported 2 weekly events")
    assert len(Calendar.from_ical(again.read_bytes()).walk("VEVENT")) == 2

    app.window.show_history()
    view = app.window.history.view
    assert view is not None
    text = view.summary_box.week_summary.text()
    assert "1 of 2</span> planned" in text and "Mon ✓ · Thu" in text
    assert not view.goal.isEnabled()
