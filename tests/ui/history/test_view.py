"""The history screen, used as a user would: read, sort, filter, annotate, delete and undo,
export, and the weekly summary; with a store that has problems too."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import msgspec
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backtrainer.core.history import (
    Deleted,
    NotesSet,
    Record,
    Restored,
    Session,
    SessionEnded,
    SessionStarted,
    StepDone,
    replay,
)
from backtrainer.storage.preferences import FILE_NAME, Preferences, PreferencesStore
from backtrainer.ui.history.model import DATE, DURATION, ROUTINE, SETS, STATUS
from backtrainer.ui.history.view import HistoryView
from backtrainer.ui.settings.voice_control import VoiceControl
from tests.fakes import FakeSpeaker

TODAY = date(2025, 3, 13)  # a Thursday: this week started on Monday 10 March


def local(day: date, hour: int) -> str:
    """That local wall-clock time, with this machine's offset, as the app records it."""
    return datetime(day.year, day.month, day.day, hour).astimezone().isoformat()


def work(session: str, index: int, exercise: str, side: str | None, **fields: Any) -> StepDone:
    values: dict[str, Any] = {"planned_seconds": 40.0, "actual_seconds": 40.0, "round": 1}
    values.update(fields)
    return StepDone(
        session=session, index=index, kind="work", exercise=exercise, side=side, **values
    )


def workout(
    id: str,
    day: date,
    hour: int,
    steps: list[StepDone],
    *,
    routine: str = "best-back",
    title: str = "Best Back Workout",
    mode: str | None = None,
    status: str = "completed",
    planned_sets: int = 4,
) -> list[Record]:
    records: list[Record] = [
        SessionStarted(
            session=id,
            routine=routine,
            title=title,
            mode=mode,
            started_at=local(day, hour),
            planned_seconds=40.0 * planned_sets + 60,
            planned_sets=planned_sets,
        ),
        *steps,
    ]
    if status != "interrupted":
        records.append(SessionEnded(session=id, status=status, ended_at=local(day, hour + 1)))  # type: ignore[arg-type]
    return records


def sample() -> list[Record]:
    a_steps = [
        work("a", 0, "Renegade row", "left", reps=10, reps_counted=8),
        work("a", 1, "Renegade row", "right", actual_seconds=0.0, skipped=True),
        StepDone(session="a", index=2, kind="rest", planned_seconds=20, actual_seconds=20),
        work("a", 3, "Superman", None, round=2, actual_seconds=12.0, skipped=True),
        work("a", 4, "Bird dog", "left", round=2, actual_seconds=50.0, adjusted_seconds=10.0),
    ]
    return [
        *workout("a", date(2025, 3, 10), 7, a_steps),  # 2:02, 2 of 4 sets done
        *workout(
            "b",
            date(2025, 3, 6),
            18,
            [work("b", i, "Kettlebell swing", None, actual_seconds=90.0) for i in range(2)],
            routine="kettlebell-pull",
            title="Kettlebell Pull Workout",
            mode="strength",
            status="stopped",
            planned_sets=6,
        ),  # 3:00
        *workout("c", date(2025, 3, 4), 19, [work("c", i, "Superman", None) for i in range(4)]),
        *workout(
            "d",
            date(2025, 2, 26),
            12,
            [work("d", i, "Pullover", None, actual_seconds=300.0) for i in range(3)],
            routine="one-dumbbell-back",
            title="One-Dumbbell Back Circuit",
            status="interrupted",
            planned_sets=3,
        ),  # 15:00
        *workout("e", date(2025, 3, 7), 8, [work("e", 0, "Superman", None)]),
        Deleted(session="e"),
    ]


class FakeStore:
    """The history store's interface over a list of records, recording what is appended."""

    def __init__(
        self,
        records: list[Record],
        problem: str | None = None,
        read_only: bool = False,
    ) -> None:
        self.records = list(records)
        self.live: frozenset[str] = frozenset()
        self.appended: list[Record] = []
        self.writes: list[list[Record]] = []
        """The records of each call: one write each."""
        self.problem = problem
        self.read_only = read_only

    def sessions(self) -> list[Session]:
        return replay(self.records, self.live)

    def append(self, record: Record) -> bool:
        self.records.append(record)
        self.appended.append(record)
        self.writes.append([record])
        return True

    def append_all(self, records: Sequence[Record]) -> bool:
        saved = [self.append(record) for record in records]
        del self.writes[len(self.writes) - len(records) :]
        self.writes.append(list(records))
        return all(saved)


def make_view(
    qtbot: QtBot, store: Any, preferences: VoiceControl | None = None, *, active: bool = False
) -> HistoryView:
    view = HistoryView(store, preferences, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    if active:  # shortcuts (Ctrl+Z) and focus need the window to be the active one
        with qtbot.waitActive(view):
            view.show()
            view.activateWindow()
    else:
        view.show()
    return view


@pytest.fixture
def store() -> FakeStore:
    return FakeStore(sample())


@pytest.fixture
def view(qtbot: QtBot, store: FakeStore) -> Iterator[HistoryView]:
    view = make_view(qtbot, store)
    yield view
    view.close()


def rows(view: HistoryView, column: int = ROUTINE) -> list[str]:
    proxy = view.proxy
    return [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


def ids(view: HistoryView) -> list[str]:
    return [s.id for s in view.proxy.visible()]


def select(view: HistoryView, session_id: str) -> None:
    """That session alone selected, as a click on it does. (Not `setCurrentIndex`: with
    more than one row selectable, it would add to the selection if Qt thinks Ctrl is
    down, which a key pressed in an earlier test can leave it thinking.)"""
    view.session_list.select(session_id)


def click_header(qtbot: QtBot, view: HistoryView, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_rows_newest_first_without_deleted_sessions(view: HistoryView) -> None:
    assert ids(view) == ["a", "b", "c", "d"]  # "e" was deleted
    first = [str(view.proxy.index(0, c).data()) for c in (DATE, ROUTINE, DURATION, SETS, STATUS)]
    assert first == ["Mon 10 Mar 2025, 07:00", "Best Back Workout", "2:02", "2 of 4", "Completed"]
    assert rows(view)[1] == "Kettlebell Pull Workout · strength"
    assert rows(view, STATUS) == ["Completed", "Stopped", "Completed", "Interrupted"]
    assert view.shown_count.text() == "4 sessions shown"
    assert view.selected() is not None and view.selected().id == "a"  # type: ignore[union-attr]


def test_clicking_a_column_header_sorts_by_it(qtbot: QtBot, view: HistoryView) -> None:
    click_header(qtbot, view, DURATION)
    assert rows(view, DURATION) == ["2:02", "2:40", "3:00", "15:00"]
    click_header(qtbot, view, DURATION)
    assert rows(view, DURATION) == ["15:00", "3:00", "2:40", "2:02"]
    click_header(qtbot, view, DATE)
    first = ids(view)
    click_header(qtbot, view, DATE)
    assert {tuple(first), tuple(ids(view))} == {("d", "c", "b", "a"), ("a", "b", "c", "d")}
    view.table.sortByColumn(SETS, Qt.SortOrder.AscendingOrder)
    assert rows(view, SETS) == ["2 of 4", "2 of 6", "3 of 3", "4 of 4"]
    view.table.sortByColumn(ROUTINE, Qt.SortOrder.AscendingOrder)
    assert rows(view)[0] == "Best Back Workout" and rows(view)[-1] == "One-Dumbbell Back Circuit"


def test_filter_by_routine(view: HistoryView) -> None:
    combo = view.routine_filter
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert titles == [
        "All routines",
        "Best Back Workout",
        "Kettlebell Pull Workout",
        "One-Dumbbell Back Circuit",
    ]
    combo.setCurrentIndex(1)
    assert ids(view) == ["a", "c"]
    assert view.shown_count.text() == "2 sessions shown"
    combo.setCurrentIndex(2)
    assert ids(view) == ["b"]
    assert view.selected() is not None and view.selected().id == "b"  # type: ignore[union-attr]
    combo.setCurrentIndex(0)
    assert ids(view) == ["a", "b", "c", "d"]


def test_filter_by_date_range(qtbot: QtBot, view: HistoryView) -> None:
    view.period.setCurrentText("This week")
    assert ids(view) == ["a"]
    assert not view.first_date.isEnabled()
    assert view.first_date.date().toString("yyyy-MM-dd") == "2025-03-10"
    view.period.setCurrentText("Last 4 weeks")  # from Monday 17 February
    assert ids(view) == ["a", "b", "c", "d"]

    view.period.setCurrentText("Custom dates")
    assert view.first_date.isEnabled() and view.last_date.isEnabled()
    view.first_date.setDate(view.first_date.date().fromString("2025-03-04", "yyyy-MM-dd"))
    view.last_date.setDate(view.last_date.date().fromString("2025-03-06", "yyyy-MM-dd"))
    assert ids(view) == ["b", "c"]  # both ends included

    view.set_filter("best-back", date(2025, 3, 1), date(2025, 3, 31))
    assert ids(view) == ["a", "c"]
    view.set_filter(None, date(2025, 3, 11))
    assert ids(view) == []
    assert "No session selected" in view.details.text()
    view.set_filter()
    assert len(ids(view)) == 4


def test_details_show_each_step_with_what_was_skipped(view: HistoryView) -> None:
    select(view, "a")
    assert "Best Back Workout" in view.details.text()
    assert "Sets 2 of 4" in view.details.text()
    table = view.steps
    cells = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert cells == [
        ["Renegade row", "Left", "1", "0:40", "0:40", "8 of 10", ""],
        ["Renegade row", "Right", "1", "0:40", "0:00", "", "Skipped"],
        ["Superman", "", "2", "0:40", "0:12", "", "Cut short"],
        ["Bird dog", "Left", "2", "0:40", "0:50", "", "+10 s"],
    ]  # the rest step is not a move
    assert table.item(1, 0).font().italic()
    select(view, "b")
    assert table.rowCount() == 2
    assert "Stopped" in view.details.text()


def test_notes_and_effort_are_saved_as_a_record(
    qtbot: QtBot, view: HistoryView, store: FakeStore
) -> None:
    select(view, "c")
    assert not view.save_button.isEnabled()
    qtbot.keyClicks(view.notes, "Lower back fine")
    view.effort.setValue(7)
    assert view.save_button.isEnabled()
    view.save_button.click()
    assert store.appended == [NotesSet(session="c", notes="Lower back fine", effort=7)]
    assert view.message.text() == "Notes saved."
    assert not view.save_button.isEnabled()

    select(view, "a")  # and back: the saved notes are shown
    assert view.notes.toPlainText() == ""
    select(view, "c")
    assert view.notes.toPlainText() == "Lower back fine"
    assert view.effort.text() == "7 / 10"

    view.effort.setValue(0)  # "Not rated"
    select(view, "b")  # leaving the session saves what was changed
    assert store.appended[-1] == NotesSet(session="c", notes="Lower back fine", effort=None)
    assert len(store.appended) == 2
    select(view, "a")
    assert len(store.appended) == 2  # nothing changed, nothing appended


def test_delete_hides_the_row_and_undo_brings_it_back(qtbot: QtBot, store: FakeStore) -> None:
    view = make_view(qtbot, store, active=True)
    select(view, "b")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert store.appended == [Deleted(session="b")]
    assert ids(view) == ["a", "c", "d"]
    assert view.selected() is not None and view.selected().id == "c"  # type: ignore[union-attr]
    assert view.undo_bar.isVisible()
    assert view.undo_text.text() == "Deleted the session of Thu 6 Mar, 18:00"
    assert "Kettlebell" not in view.routine_totals.item(1, 0).text()

    view.delete_button.click()  # and another one
    assert ids(view) == ["a", "d"]
    assert store.appended[-1] == Deleted(session="c")

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.appended[-1] == Restored(session="c")
    assert ids(view) == ["a", "c", "d"]
    assert view.selected() is not None and view.selected().id == "c"  # type: ignore[union-attr]
    assert view.undo_text.text() == "Deleted the session of Thu 6 Mar, 18:00"

    view.undo_button.click()
    assert store.appended[-1] == Restored(session="b")
    assert ids(view) == ["a", "b", "c", "d"]
    assert not view.undo_bar.isVisible()
    view.undo_delete()  # nothing left to undo
    assert len(store.appended) == 4

    assert [s.deleted for s in replay(store.records) if s.id in "bc"] == [False, False]
    view.close()


def test_ctrl_z_in_the_notes_undoes_typing_not_a_delete(qtbot: QtBot, store: FakeStore) -> None:
    view = make_view(qtbot, store, active=True)
    view.delete_selected()
    select(view, "c")
    view.notes.setFocus()
    qtbot.keyClicks(view.notes, "x")
    qtbot.keyClick(view.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.notes.toPlainText() == ""
    assert store.appended == [Deleted(session="a")]
    view.close()


def test_keyboard_enter_opens_the_details_and_tab_walks_the_screen(
    qtbot: QtBot, store: FakeStore
) -> None:
    view = make_view(qtbot, store, active=True)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.selected() is not None and view.selected().id == "b"  # type: ignore[union-attr]
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.steps
    view.back_button.setFocus()
    assert tab_order(qtbot, 15) == reading_order(view)
    view.close()


def reading_order(view: HistoryView) -> list[QWidget | None]:
    """Left to right, top to bottom: the controls Tab reaches from Back, in turn."""
    return [
        view.back_button,
        view.export_csv_button,
        view.export_json_button,
        view.export_fit_button,
        view.goal,
        view.routine_totals,
        view.routine_filter,
        view.period,  # the dates are skipped: off unless "Custom dates"
        view.show_short,
        view.table,
        view.delete_button,  # Undo is hidden until something is deleted
        view.steps,
        view.notes,
        view.effort,  # Save is off until something is typed
        view.back_button,  # and round again
    ]


def tab_order(qtbot: QtBot, presses: int) -> list[QWidget | None]:
    """The focus widget, then after each press of Tab."""
    order: list[QWidget | None] = []
    for _ in range(presses):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return order


def test_export_writes_the_sessions_shown(
    view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, Path]] = []
    answers = iter([tmp_path / "out.csv", tmp_path / "out.json", None])

    def ask(cls: type, parent: QWidget, kind: str, suggested: Path) -> Path | None:
        asked.append((kind, suggested))
        return next(answers)

    monkeypatch.setattr(HistoryView, "ask_export_path", classmethod(ask))
    view.routine_filter.setCurrentIndex(1)  # Best Back Workout: sessions a and c
    select(view, "c")
    view.notes.setPlainText("Back fine, grip tired")
    view.effort.setValue(6)
    view.export_csv_button.click()  # what was typed is saved first, and exported
    assert asked[0][0] == "csv" and asked[0][1].name == "backtrainer-history-2025-03-13.csv"
    with (tmp_path / "out.csv").open(newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [(r["session"], r["exercise"], r["skipped"]) for r in lines if r["kind"] == "work"] == [
        ("a", "Renegade row", "False"),
        ("a", "Renegade row", "True"),
        ("a", "Superman", "True"),
        ("a", "Bird dog", "False"),
        *[("c", "Superman", "False")] * 4,
    ]
    assert {(r["session"], r["notes"], r["effort"]) for r in lines} == {
        ("a", "", ""),
        ("c", "Back fine, grip tired", "6"),
    }
    assert view.message.text() == f"Exported 2 sessions to {tmp_path / 'out.csv'}."

    view.export_json_button.click()
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in exported] == ["a", "c"]
    assert exported[0]["title"] == "Best Back Workout"
    assert len(exported[0]["steps"]) == 5

    view.export_csv_button.click()  # cancelled: nothing written, nothing said
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["out.csv", "out.json"]


def test_an_export_that_fails_says_why(
    view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing-folder" / "out.json"
    monkeypatch.setattr(HistoryView, "ask_export_path", classmethod(lambda *_: target))
    view.export("json")
    assert view.message.text().startswith(f"Could not export to {target}")


def test_summary_numbers_and_streak(view: HistoryView) -> None:
    # This week: "a" (Monday). Last week (3-9 March): "b" and "c" ("e" was deleted).
    # The week of 24 February: "d" only.
    summary = view.summary
    assert summary.sessions_this_week == 1
    assert round(summary.seconds_this_week) == 122
    assert summary.streak == 1  # last week met the goal of 2; this week is not over
    assert "1 of 2" in view.week_summary.text()
    assert "1 more to reach the goal" in view.week_summary.text()
    assert "1 week" in view.streak.text()
    assert [round(w.minutes, 1) for w in view.chart.weeks[-3:]] == [15.0, 5.7, 2.0]
    assert len(view.chart.weeks) == 12
    totals = [
        [view.routine_totals.item(r, c).text() for c in range(3)]
        for r in range(view.routine_totals.rowCount())
    ]
    assert totals == [
        ["Best Back Workout", "2", "5 min"],
        ["One-Dumbbell Back Circuit", "1", "15 min"],
        ["Kettlebell Pull Workout", "1", "3 min"],
    ]
    assert view.totals.text().endswith("4 sessions, 23 min")


def test_the_weekly_goal_changes_the_streak_and_is_saved(qtbot: QtBot, tmp_path: Path) -> None:
    voice = VoiceControl(lambda _settings: FakeSpeaker(), PreferencesStore(tmp_path))
    view = make_view(qtbot, FakeStore(sample()), voice)
    assert view.goal.value() == 2  # the default
    view.goal.setValue(1)
    assert view.summary.streak == 3  # this week, last week, and the week of 24 February
    assert "Goal reached" in view.week_summary.text()
    assert PreferencesStore(tmp_path).load().weekly_goal == 1
    assert voice.preferences.weekly_goal == 1  # the voice settings save it back, not over it
    voice.save(rate=150)
    assert PreferencesStore(tmp_path).load() == Preferences(rate=150, weekly_goal=1)

    again = make_view(qtbot, FakeStore(sample()), voice)
    assert again.goal.value() == 1
    assert again.goal.minimum() == 1 and again.goal.maximum() == 14
    view.close()
    again.close()


@pytest.mark.parametrize("goal", [0, 15])
def test_a_goal_out_of_range_in_the_preferences_file_is_refused(tmp_path: Path, goal: int) -> None:
    (tmp_path / FILE_NAME).write_text(json.dumps({"weekly_goal": goal}))
    store = PreferencesStore(tmp_path)
    assert store.load().weekly_goal == 2
    assert store.problem is not None


def test_a_store_problem_is_shown(qtbot: QtBot) -> None:
    store = FakeStore(sample(), problem="history.jsonl line 3 is damaged; the rest is shown.")
    view = make_view(qtbot, store)
    assert view.problem.isVisible()
    assert view.problem.text.text() == store.problem
    picture = view.problem.picture  # the warning icon, before the text
    assert picture is not None and not picture.pixmap().isNull()
    assert view.problem.row.indexOf(picture) == 0
    assert view.delete_button.isEnabled()  # a problem alone does not stop editing
    view.close()


def test_no_problem_no_notice_and_no_icon_loaded(view: HistoryView) -> None:
    assert not view.problem.isVisible() and view.problem.picture is None


def test_a_read_only_store_turns_editing_off_and_says_why(qtbot: QtBot) -> None:
    store = FakeStore(sample(), problem="Written by a newer BackTrainer.", read_only=True)
    view = make_view(qtbot, store)
    assert "Written by a newer BackTrainer." in view.problem.text.text()
    assert "read-only" in view.problem.text.text()
    assert not view.delete_button.isEnabled()
    assert view.notes.isReadOnly()
    assert not view.effort.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    view.delete_selected()
    assert store.appended == []
    assert ids(view) == ["a", "b", "c", "d"]
    assert view.export_csv_button.isEnabled()  # reading and exporting still work
    view.close()


def test_a_store_that_cannot_save_keeps_the_edit_and_says_so(qtbot: QtBot) -> None:
    class Failing(FakeStore):
        def append(self, record: Record) -> bool:
            super().append(record)
            self.problem = "Could not save: disk full. Kept in memory."
            return False

    store = Failing(sample())
    view = make_view(qtbot, store)
    view.delete_selected()
    assert ids(view) == ["b", "c", "d"]
    assert view.message.text() == "Not saved yet: Could not save: disk full. Kept in memory."
    assert view.problem.isVisible()
    view.close()


def test_a_store_that_raises_is_reported_not_a_crash(qtbot: QtBot) -> None:
    class Broken(FakeStore):
        def sessions(self) -> list[Session]:
            raise OSError(5, "Input/output error")

    view = make_view(qtbot, Broken([]))
    assert "Input/output error" in view.problem.text.text()
    assert ids(view) == []
    assert "No sessions yet" in view.details.text()
    assert not view.delete_button.isEnabled()
    view.close()


def test_empty_history(qtbot: QtBot) -> None:
    view = make_view(qtbot, FakeStore([]))
    assert view.shown_count.text() == "0 sessions shown"
    assert "No sessions yet" in view.details.text()
    assert view.summary.streak == 0
    view.export("csv")
    assert "No sessions to export" in view.message.text()
    view.close()


def test_refresh_reads_new_sessions_and_keeps_the_selection(
    view: HistoryView, store: FakeStore
) -> None:
    select(view, "c")
    store.records += workout("f", TODAY, 6, [work("f", 0, "Superman", None)])
    view.refresh()
    assert ids(view) == ["f", "a", "b", "c", "d"]
    assert view.selected() is not None and view.selected().id == "c"  # type: ignore[union-attr]
    assert view.summary.sessions_this_week == 2


def test_the_real_store_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    from backtrainer.storage.history.store import HistoryStore

    writer = HistoryStore(tmp_path)
    for record in sample():
        assert writer.append(record)
    view = make_view(qtbot, writer)
    assert ids(view) == ["a", "b", "c", "d"]
    select(view, "b")
    view.delete_selected()
    select(view, "c")
    view.notes.setPlainText("Good one")
    view.save_notes()
    view.close()
    writer.close()

    reader = HistoryStore(tmp_path)
    sessions = {s.id: s for s in reader.sessions()}
    assert sessions["b"].deleted
    assert sessions["c"].notes == "Good one"
    reader.close()


def test_the_screen_fits_a_1024_by_600_window(qtbot: QtBot, store: FakeStore) -> None:
    view = make_view(qtbot, store)
    hint = view.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 560  # the menu bar takes the rest
    view.resize(1024, 560)
    qtbot.wait(1)
    line = view.table.verticalHeader().defaultSectionSize()
    assert view.table.viewport().height() >= 6 * line
    assert view.steps.viewport().height() >= 3 * line
    view.close()


def test_inside_the_main_window_keys_reach_the_screen(qtbot: QtBot, store: FakeStore) -> None:
    """The window's one-key shortcuts (F, N, B, +, -, Space) must not eat typing."""
    from backtrainer.core.clock import FakeClock
    from backtrainer.storage.routines import RoutineLibrary
    from backtrainer.ui.main_window import MainWindow

    window = MainWindow(
        RoutineLibrary.load(), speaker_factory=lambda _s: FakeSpeaker(), clock=FakeClock()
    )
    qtbot.addWidget(window)
    view = HistoryView(store, window.voice, window, today=lambda: TODAY)
    window.pages.addWidget(view)
    window.pages.setCurrentWidget(view)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    select(view, "c")
    view.notes.setFocus()
    qtbot.keyClicks(view.notes, "fine, no back pain +- ")
    assert view.notes.toPlainText() == "fine, no back pain +- "
    assert not window.isFullScreen()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert store.appended == [
        NotesSet(session="c", notes="fine, no back pain +- ", effort=None),
        Deleted(session="c"),
    ]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.appended[-1] == Restored(session="c")
    view.goal.setValue(3)
    assert window.voice.preferences.weekly_goal == 3
    window.close()


def test_a_session_still_being_recorded_cannot_be_deleted(qtbot: QtBot, store: FakeStore) -> None:
    store.live = frozenset({"d"})  # another BackTrainer is recording it
    view = make_view(qtbot, store)
    select(view, "d")
    assert view.proxy.index(3, STATUS).data() == "In progress"
    assert not view.delete_button.isEnabled()
    view.delete_selected()
    assert store.appended == []
    assert "still being recorded" in view.message.text()
    select(view, "c")
    assert view.delete_button.isEnabled()
    view.close()


def test_the_chart_draws_a_bar_per_week(qtbot: QtBot) -> None:
    from backtrainer.core.history_stats import WeekTotal
    from backtrainer.ui.history.week_chart import BAR_COLOUR, WeekChart

    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.resize(480, 160)
    weeks = [WeekTotal(date(2025, 3, 3), 2, 1800), WeekTotal(date(2025, 3, 10), 0, 0)]
    chart.set_weeks(weeks)
    image = chart.grab().toImage()
    tall = chart.rect().center().x() // 2  # the middle of the first of two slots
    assert image.pixelColor(tall, chart.height() - 40) == BAR_COLOUR
    assert image.pixelColor(chart.width() * 3 // 4, chart.height() - 40) != BAR_COLOUR
    assert chart.week_at(QPoint(tall, 50)) == weeks[0]
    assert chart.week_at(QPoint(chart.width() - 5, 50)) == weeks[1]
    assert chart.accessibleDescription() == "week of 3 Mar: 30 min; week of 10 Mar: 0 min"
    chart.set_weeks([])
    assert not chart.grab().isNull()


def test_going_back_keeps_what_was_typed(qtbot: QtBot, view: HistoryView, store: FakeStore) -> None:
    select(view, "b")
    view.notes.setPlainText("Grip gave out")
    with qtbot.waitSignal(view.back_requested):
        view.back_button.click()
    assert store.appended == [NotesSet(session="b", notes="Grip gave out", effort=None)]
    select(view, "c")
    view.effort.setValue(4)
    view.hide()  # the window shows another page
    assert store.appended[-1] == NotesSet(session="c", notes="", effort=4)


def test_custom_dates_stay_the_right_way_round(view: HistoryView) -> None:
    view.set_filter(None, date(2025, 3, 4), date(2025, 3, 6))
    assert ids(view) == ["b", "c"]
    view.first_date.setDate(view.first_date.date().addDays(6))  # 10 March: past the end
    assert view.last_date.date() == view.first_date.date()
    assert ids(view) == ["a"]
    view.last_date.setDate(view.last_date.date().addDays(-4))  # 6 March: before the start
    assert view.first_date.date() == view.last_date.date()
    assert ids(view) == ["b"]


# -- what counts as a session, and short sessions -------------------------------------


def two_second_start(id: str, day: date, hour: int, **options: Any) -> list[Record]:
    """Started, then stopped two seconds into "get ready": a short session."""
    prepare = StepDone(session=id, index=0, kind="prepare", planned_seconds=10, actual_seconds=2)
    return workout(id, day, hour, [prepare], status="stopped", **options)


ULTIMATE = {"routine": "ultimate-back", "title": "Ultimate Back Workout"}


def test_every_number_counts_a_two_second_start_out(qtbot: QtBot) -> None:
    store = FakeStore(sample() + two_second_start("blip", TODAY, 7, **ULTIMATE))
    view = make_view(qtbot, store)
    assert ids(view) == ["a", "b", "c", "d"]  # the short session is hidden
    assert view.shown_count.text() == "4 sessions shown"
    assert view.summary.total_sessions == 4
    assert view.show_short.text() == "Sho&w short sessions (1)"
    totals = [view.routine_totals.item(r, 0).text() for r in range(view.routine_totals.rowCount())]
    assert "Ultimate Back Workout" not in totals  # no "0 sessions, 0 min" routine
    combo = view.routine_filter
    assert "Ultimate Back Workout" not in [combo.itemText(i) for i in range(combo.count())]

    view.period.setCurrentText("This week")  # "a", and the short session this morning
    assert ids(view) == ["a"]
    assert view.shown_count.text() == "1 session shown"
    assert view.summary.sessions_this_week == 1  # the table and the summary agree
    assert view.chart.weeks[-1].sessions == 1 and view.chart.weeks[-1].seconds == 122

    view.show_short.setChecked(True)
    assert ids(view) == ["blip", "a"]
    assert view.shown_count.text() == "1 session and 1 short shown"
    assert view.summary.sessions_this_week == 1  # shown, but still not a session
    assert "Ultimate Back Workout" in [combo.itemText(i) for i in range(combo.count())]
    view.show_short.setChecked(False)
    assert ids(view) == ["a"]
    view.close()


def test_the_short_sessions_toggle_is_on_the_keyboard(qtbot: QtBot) -> None:
    store = FakeStore(sample() + two_second_start("blip", TODAY, 7, **ULTIMATE))
    view = make_view(qtbot, store, active=True)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.show_short.isChecked)  # a mnemonic clicks after a moment
    assert "blip" in ids(view)
    assert QApplication.focusWidget() is view.show_short
    qtbot.keyClick(view.show_short, Qt.Key.Key_Space)
    assert not view.show_short.isChecked() and "blip" not in ids(view)
    view.close()


def test_a_resumed_session_is_one_session_in_two_rows(qtbot: QtBot) -> None:
    records = workout(
        "cut", date(2025, 3, 11), 7, [work("cut", 0, "Superman", None)], status="interrupted"
    )
    again = workout("again", date(2025, 3, 11), 8, [work("again", 1, "Superman", None)])
    again[0] = msgspec.structs.replace(again[0], resumed_from="cut")  # type: ignore[type-var]
    view = make_view(qtbot, FakeStore(records + again))
    assert ids(view) == ["again", "cut"]
    assert view.shown_count.text() == "1 session shown (+1 resumed part)"
    assert view.summary.total_sessions == view.summary.sessions_this_week == 1
    view.close()


# -- deleting, one session or many ---------------------------------------------------


def test_many_sessions_deleted_at_once_come_back_with_one_undo(
    qtbot: QtBot, store: FakeStore
) -> None:
    view = make_view(qtbot, store, active=True)
    select(view, "a")
    view.table.setFocus()
    for _ in range(2):
        qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [s.id for s in view.session_list.selected_sessions()] == ["a", "b", "c"]
    assert view.delete_button.text() == "&Delete 3 sessions  [Del]"
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert store.writes[-1] == [Deleted(session=i) for i in "abc"]  # one write
    assert ids(view) == ["d"]
    assert view.undo_text.text() == "Deleted 3 sessions"
    assert view.summary.total_sessions == 1
    assert view.shown_count.text() == "1 session shown"
    assert view.delete_button.text() == "&Delete  [Del]"

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.writes[-1] == [Restored(session=i) for i in "abc"]  # one undo, one write
    assert ids(view) == ["a", "b", "c", "d"]
    assert [s.id for s in view.session_list.selected_sessions()] == ["a", "b", "c"]
    assert view.message.text() == "3 sessions restored."
    assert not view.undo_bar.isVisible()
    assert view.summary.total_sessions == 4
    assert [s.deleted for s in replay(store.records)] == [False] * 4 + [True]  # "e" still
    view.close()


def test_deleting_all_leaves_the_session_being_recorded(qtbot: QtBot, store: FakeStore) -> None:
    store.live = frozenset({"d"})
    view = make_view(qtbot, store)
    view.table.selectAll()
    view.delete_selected()
    assert store.writes == [[Deleted(session=i) for i in "abc"]]
    assert ids(view) == ["d"]
    assert view.message.text() == "The session still being recorded was not deleted."
    view.close()


def test_the_undo_bar_names_the_day_and_the_time(qtbot: QtBot) -> None:
    last_year = workout("old", date(2024, 11, 26), 7, [work("old", 0, "Superman", None)])
    view = make_view(qtbot, FakeStore(sample() + last_year))
    select(view, "d")  # Wednesday 26 February, 12:00
    view.delete_selected()
    assert view.undo_text.text() == "Deleted the session of Wed 26 Feb, 12:00"
    select(view, "old")
    view.delete_selected()
    assert view.undo_text.text() == "Deleted the session of Tue 26 Nov 2024, 07:00"
    view.undo_delete()
    assert view.undo_text.text() == "Deleted the session of Wed 26 Feb, 12:00"
    view.close()


# -- the keyboard ------------------------------------------------------------------------


def test_esc_leaves_the_history_from_any_control(qtbot: QtBot, store: FakeStore) -> None:
    view = make_view(qtbot, store, active=True)
    for widget in (view.table, view.routine_filter, view.period, view.show_short, view.goal):
        widget.setFocus()
        with qtbot.waitSignal(view.back_requested, timeout=1000):
            qtbot.keyClick(widget, Qt.Key.Key_Escape)
    select(view, "c")
    view.notes.setFocus()
    qtbot.keyClicks(view.notes, "Easy")
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        qtbot.keyClick(view.notes, Qt.Key.Key_Escape)
    assert store.appended[-1] == NotesSet(session="c", notes="Easy", effort=None)  # kept
    view.close()


def test_a_table_with_the_focus_is_framed_in_the_highlight_colour(
    qtbot: QtBot, store: FakeStore
) -> None:
    view = make_view(qtbot, store, active=True)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    for table in (view.table, view.steps, view.routine_totals):
        view.back_button.setFocus()
        qtbot.wait(1)
        left_edge = QPoint(0, table.height() // 2)
        assert table.grab().toImage().pixelColor(left_edge) != highlight
        table.setFocus()
        qtbot.wait(1)
        assert table.grab().toImage().pixelColor(left_edge) == highlight
    view.close()
