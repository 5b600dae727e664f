"""The screen's columns made from the history's index show what the replayed sessions
show: the same rows, dates, summary and details, whichever way the store is read."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from backtrainer.core.history_stats import local_date, summarize
from backtrainer.storage.history.store import HistoryStore
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
