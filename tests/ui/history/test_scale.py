"""The history screen with many sessions: it sorts with keys worked out once (not by asking
the model for every comparison), filters and selects once when it opens, and a refresh of
a history that has not changed redoes only what depends on the date."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backtrainer.core.history import (
    Deleted,
    Record,
    Session,
    SessionEnded,
    SessionStarted,
    StepDone,
    replay,
)
from backtrainer.ui.history.control import HistoryControl
from backtrainer.ui.history.model import (
    DATE,
    DURATION,
    ROUTINE,
    SETS,
    STATUS,
    SessionTableModel,
)
from backtrainer.ui.history.view import HistoryView

TODAY = date(2025, 3, 13)
ROUTINES = (("a", "Alpha"), ("b", "beta"), ("c", "Ça va"), ("d", "alpha"))


def history(count: int) -> list[Record]:
    """`count` sessions over the weeks before TODAY, with many ties in every column."""
    records: list[Record] = []
    for number in range(count):
        session = f"s{number:05d}"
        day = TODAY - timedelta(days=number % 97)
        moment = datetime(day.year, day.month, day.day, 7 + number % 3).astimezone()
        routine, title = ROUTINES[number % len(ROUTINES)]
        records.append(
            SessionStarted(
                session=session,
                routine=routine,
                title=title,
                mode="strength" if number % 5 == 0 else None,
                started_at="not a time" if number % 41 == 0 else moment.isoformat(),
                planned_seconds=600.0,
                planned_sets=3 + number % 2,
            )
        )
        records += [
            StepDone(
                session=session,
                index=index,
                kind="work" if (number + index) % 3 else "rest",
                planned_seconds=30.0,
                actual_seconds=float(30 * ((number * 7 + index) % 4)),
                skipped=(number + index) % 5 == 0,
            )
            for index in range(number % 4)
        ]
        if number % 4:
            status: Any = "completed" if number % 4 == 1 else "stopped"
            records.append(SessionEnded(session=session, status=status, ended_at=""))
        if number % 17 == 0:
            records.append(Deleted(session=session))
    return records


class Store:
    """The history store's interface; like the real one, it hands out the same Session
    objects until a record is appended."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self.problem: str | None = None
        self.read_only = False
        self.reads = 0
        self._replayed: tuple[int, list[Session]] | None = None

    def sessions(self) -> list[Session]:
        self.reads += 1
        if self._replayed is None or self._replayed[0] != len(self.records):
            self._replayed = (len(self.records), replay(self.records))
        return list(self._replayed[1])

    def append(self, record: Record) -> bool:
        self.records.append(record)
        return True


class Counted:
    """Counts the calls of a method of a class, Qt's calls of it included (if counted
    before Qt first calls it: PySide keeps the method it found)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> None:
        self.calls = 0
        method = getattr(cls, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return method(*args, **kwargs)

        monkeypatch.setattr(cls, name, counted)


def make_view(
    qtbot: QtBot, store: Store, today: Any = lambda: TODAY, *, short: bool = True
) -> HistoryView:
    """`short`: show the short sessions too (a third of this history): every session
    kept is a row."""
    view = HistoryView(store, None, today=today)
    qtbot.addWidget(view)
    view.show_short.setChecked(short)
    return view


def shown(view: HistoryView) -> list[str]:
    return [s.id for s in view.proxy.visible()]


def key(view: HistoryView, session_id: str, column: int) -> Any:
    model = view.model
    return model.data(model.index(model.row_of(session_id), column), Qt.ItemDataRole.UserRole + 1)


def test_sorting_thousands_of_rows_does_not_ask_the_model_per_comparison(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = Counted(monkeypatch, SessionTableModel, "data")  # before Qt looks it up
    view = make_view(qtbot, Store(history(3000)))
    assert view.proxy.rowCount() > 2500
    for column in (DATE, ROUTINE, DURATION, SETS, STATUS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            before = shown(view)
            asked = data.calls
            view.table.sortByColumn(column, order)
            # QSortFilterProxyModel asked twice per comparison: some 60,000 times here
            assert data.calls - asked < 50, (column, order)
            after = shown(view)
            # a stable sort of the rows as they were, as QSortFilterProxyModel sorts
            expected = sorted(
                before,
                key=lambda s, c=column: key(view, s, c),  # type: ignore[misc]
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            assert after == expected, (column, order)


def test_rows_that_tie_keep_the_order_they_had(qtbot: QtBot) -> None:
    view = make_view(qtbot, Store(history(300)))
    view.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    by_date = shown(view)
    view.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [key(view, s, STATUS) for s in shown(view)]
    assert statuses == sorted(statuses)
    for status in set(statuses):  # newest first among each status, as before
        same = [s for s in shown(view) if key(view, s, STATUS) == status]
        assert same == [s for s in by_date if s in same]


def test_opening_reads_filters_and_selects_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(history(2000))
    selecting = Counted(monkeypatch, HistoryView, "_show_details")
    view = make_view(qtbot, store, short=False)
    assert store.reads == 1
    # the model filters (not the proxy, row by row): one pass over the rows
    assert view.model.filtered == 1
    assert selecting.calls == 1
    assert view.selected() is not None and view.selected().id == shown(view)[0]  # type: ignore[union-attr]


def test_review_reads_the_store_once_when_it_first_opens(qtbot: QtBot) -> None:
    store = Store(history(10))
    control = HistoryControl(lambda: store, None)  # type: ignore[arg-type]
    parent = QWidget()
    qtbot.addWidget(parent)
    view = control.review(parent, lambda: None)
    assert view is not None and store.reads == 1
    assert control.review(parent, lambda: None) is view
    assert store.reads == 2  # shown again: read again


def test_a_refresh_of_an_unchanged_history_keeps_the_rows_and_the_selection(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(history(500))
    view = make_view(qtbot, store)
    view.table.sortByColumn(DURATION, Qt.SortOrder.DescendingOrder)
    view.session_list.select_row(7)
    chosen = view.selected()
    rows = shown(view)
    passes = view.model.filtered
    view.refresh()
    assert view.selected() is chosen
    # rows that tie take the order a fresh read gives them, as before
    expected = sorted(
        (s for s in store.sessions() if not s.deleted),
        key=lambda s: key(view, s.id, DURATION),
        reverse=True,
    )
    assert shown(view) == [s.id for s in expected]
    assert sorted(shown(view)) == sorted(rows)
    assert view.model.filtered - passes <= 1  # at most one pass, for the new order


def test_a_refresh_of_an_unchanged_history_follows_the_date(qtbot: QtBot) -> None:
    store = Store(history(200))
    today = [TODAY]
    view = make_view(qtbot, store, lambda: today[0])
    view.period.setCurrentText("This week")  # Monday 10 to Thursday 13 March
    this_week = shown(view)
    today[0] = TODAY + timedelta(days=7)  # a week later: nothing recorded since
    view.refresh()
    assert this_week and shown(view) == []
    assert view.first_date.date().toString("yyyy-MM-dd") == "2025-03-17"
    assert view.summary.sessions_this_week == 0
    today[0] = TODAY
    view.refresh()
    assert shown(view) == this_week


def test_an_edit_then_a_refresh_shows_the_store_as_it_is(qtbot: QtBot) -> None:
    store = Store(history(50))
    view = make_view(qtbot, store)
    first = shown(view)[0]
    view.delete_selected()
    assert first not in shown(view)
    view.refresh()  # the store replays its records again: the delete is in them
    assert first not in shown(view)
    assert [s.id for s in store.sessions() if s.deleted].count(first) == 1
