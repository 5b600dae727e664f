"""The screen's columns made from the history's index show what the replayed sessions
show: the same rows, dates, summary and details, whichever way the store is read."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import msgspec
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backtrainer.core.history import Deleted, Session, SessionStarted, replay
from backtrainer.core.history_stats import counts, is_session, local_date, summarize
from backtrainer.storage.history.store import HistoryStore
from backtrainer.ui.history.model import DATE, FilterValues, SessionTableModel
from backtrainer.ui.history.rows import Rows
from backtrainer.ui.history.view import HistoryView
from tests.ui.history.test_scale import TODAY, history

STARTS = (
    "2025-03-10T23:30:00-05:00",  # the next day in Paris
    "2025-03-30T01:30:00+00:00",  # the night the clocks change in Paris
    "2025-03-12T07:00:00",  # no offset: local time as written
    "not a time",
)


def store_of(folder: Path, count: int) -> HistoryStore:
    store = HistoryStore(folder)
    records = history(count)
    starts = iter(STARTS)
    for n, record in enumerate(records):
        if type(record).__name__ == "SessionStarted" and n % 7 == 0:
            record.started_at = next(starts, record.started_at)  # type: ignore[union-attr]
    assert store.append_all(records)
    return store


def test_index_columns_give_each_session_its_local_date(tmp_path: Path) -> None:
    store = store_of(tmp_path, 200)
    sessions = store.sessions()
    indexed = store.indexed()
    assert indexed is not None
    for tz in (None, ZoneInfo("Europe/Paris"), ZoneInfo("America/New_York")):
        rows = Rows.of_index(indexed.summaries, frozenset(), lambda n: sessions[n], tz)
        by_sessions = Rows.of_sessions(sessions, tz)
        assert rows.days == by_sessions.days
        assert [d or None for d in rows.days] == [
            None if (d := local_date(s, tz)) is None else d.toordinal() for s in sessions
        ]
        assert rows.stamps == by_sessions.stamps
        assert rows.counted() == by_sessions.counted()
        for name in ("routines", "titles", "modes", "status"):  # names read when shown too
            column, plain = getattr(rows, name), getattr(by_sessions, name)
            assert [column[n] for n in range(len(plain))] == list(column) == plain
        for short_too in (False, True):
            assert rows.routine_titles(short_too) == by_sessions.routine_titles(short_too)
    store.close()


def test_the_screen_reads_the_index_and_shows_what_the_sessions_say(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = store_of(tmp_path, 300)
    sessions = store.sessions()
    view = HistoryView(store, None, today=lambda: TODAY)
    qtbot.addWidget(view)
    assert isinstance(view.model.rows.source, tuple)  # made from the index
    view.show_short.setChecked(True)
    kept = [s for s in sessions if not s.deleted]
    assert sorted(s.id for s in view.proxy.visible()) == sorted(s.id for s in kept)
    assert view.summary == summarize(sessions, 2, TODAY)
    chosen = view.selected()
    assert chosen is not None and chosen == next(s for s in sessions if s.id == chosen.id)
    view.session_list.select_row(3)
    third = view.selected()
    assert third is not None and third.steps == next(s for s in sessions if s.id == third.id).steps
    view.period.setCurrentText("This week")
    assert all(
        (d := local_date(s)) is not None and d >= date(2025, 3, 10) for s in view.proxy.visible()
    )
    view.close()
    store.close()


def test_what_counts_by_position_is_what_the_plain_rules_say() -> None:
    """The columns' flags, positions, titles and span (passes over whole columns) against
    `history_stats` session by session, continuations and deletions included."""
    records = history(300)
    for n, record in enumerate(records):  # some continue an earlier one, or a later one
        if isinstance(record, SessionStarted) and n % 11 == 0:
            record.resumed_from = f"s{(int(record.session[1:]) * 7) % 300:05d}"
    sessions = replay(records)
    assert any(s.resumed_from for s in sessions) and any(s.deleted for s in sessions)
    rows = Rows.of_sessions(sessions, None)
    for step in range(3):
        assert rows.kept() == [not s.deleted for s in sessions]
        assert rows.sessions() == [is_session(s) for s in sessions]
        assert rows.included() == [n for n, s in enumerate(sessions) if is_session(s)]
        assert rows.counted() == counts(sessions)
        for short_too in (False, True):
            plain: dict[str, str] = {}
            for s in sessions:
                if is_session(s) or (short_too and not s.deleted):
                    plain[s.routine] = s.title
            got = rows.routine_titles(short_too)
            assert list(got.items()) == list(plain.items())
        days = [d.toordinal() for s in sessions if (d := local_date(s)) is not None]
        assert rows.span() == (date.fromordinal(min(days)), date.fromordinal(max(days)))
        for n in range(step, len(sessions), 5):  # deleted or brought back on the screen
            deleted = not sessions[n].deleted
            rows.edit(n, deleted=deleted)
            sessions[n] = msgspec.structs.replace(sessions[n], deleted=deleted)


def test_no_dates_no_span() -> None:
    assert Rows.empty().span() == (None, None)
    records = [r for r in history(3) if not isinstance(r, Deleted)]
    for record in records:
        if isinstance(record, SessionStarted):
            record.started_at = "not a time"
    assert Rows.of_sessions(replay(records), None).span() == (None, None)


def chosen(session: Session, day: date | None, values: FilterValues) -> bool:
    """Kept, of the routine and in the period of `values` (short or not), plainly."""
    routine, first, last, _short = values
    return (
        not session.deleted
        and (routine is None or session.routine == routine)
        and (first is None or (day is not None and day >= first))
        and (last is None or (day is not None and day <= last))
    )


PERIODS = (
    (None, None),
    (TODAY - timedelta(days=30), None),
    (None, TODAY - timedelta(days=50)),
    (TODAY, TODAY),
)


def test_the_rows_shown_and_their_counts_are_those_the_plain_rules_give(qtbot: QtBot) -> None:
    """The model's filter (whole columns at a time) against the sessions one by one: each
    routine, each period (open at either end, dates unknown in none), short ones or not,
    sorted or not."""
    sessions = replay(history(400))
    model = SessionTableModel()
    model.set_rows(Rows.of_sessions(sessions, None))
    days = [local_date(s) for s in sessions]
    flags = counts(sessions)
    for column in (-1, DATE):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        for routine in (None, "a", "c", "none"):
            for first, last in PERIODS:
                for short in (False, True):
                    values = FilterValues(routine, first, last, short)
                    model.set_filter(values)
                    want = [n for n, s in enumerate(sessions) if chosen(s, days[n], values)]
                    shown = [n for n in want if short or is_session(sessions[n])]
                    rows = range(model.rowCount())
                    got = [model.rows.position(model.session(r).id) for r in rows]
                    assert sorted(got) == shown
                    if column < 0:
                        assert got == shown
                    counted = sum(flags[n] for n in want)
                    worked = sum(is_session(sessions[n]) for n in want)
                    hidden = len(want) - worked
                    assert model.shown() == (
                        counted,
                        hidden if short else 0,
                        worked - counted,
                        0 if short else hidden,
                    )
