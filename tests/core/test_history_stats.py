"""The history screen's numbers: weeks from Monday in local time, the streak, totals."""

from __future__ import annotations

import random
from datetime import UTC, date, timedelta, timezone
from typing import Any

from backtrainer.core.history import Session, StepDone
from backtrainer.core.history_stats import (
    all_facts,
    counted,
    is_session,
    is_short,
    local_date,
    minutes_per_week,
    per_routine,
    streak,
    summarize,
    week_of,
    weekly_totals,
)

PARIS = timezone(timedelta(hours=1))
TODAY = date(2025, 3, 13)  # a Thursday; its week starts on Monday 10 March


def session(
    id: str,
    started_at: str,
    *,
    sets: int = 2,
    minutes: float = 10,
    routine: str = "best-back",
    title: str = "Best Back Workout",
    deleted: bool = False,
    resumed_from: str | None = None,
) -> Session:
    """A session with `sets` work steps (or, with none, one rest step) lasting `minutes`."""
    count = max(1, sets)
    steps = [
        StepDone(
            session=id,
            index=i,
            kind="work" if sets else "prepare",
            planned_seconds=60,
            actual_seconds=minutes * 60 / count,
        )
        for i in range(count)
    ]
    return Session(
        id=id,
        routine=routine,
        title=title,
        mode=None,
        started_at=started_at,
        status="completed",
        planned_seconds=600,
        planned_sets=2,
        settings={},
        resumed_from=resumed_from,
        steps=steps,
        deleted=deleted,
    )


def on(day: date, n: int = 1, hour: int = 18, **options: Any) -> list[Session]:
    """`n` sessions on that local (Paris) day."""
    stamp = f"{day.isoformat()}T{hour:02d}:00:00+01:00"
    return [session(f"{day}-{i}", stamp, **options) for i in range(n)]


def test_weeks_start_on_monday() -> None:
    assert week_of(date(2025, 3, 10)) == date(2025, 3, 10)  # Monday
    assert week_of(date(2025, 3, 16)) == date(2025, 3, 10)  # Sunday
    assert week_of(date(2025, 3, 17)) == date(2025, 3, 17)
    assert week_of(date(2025, 1, 1)) == date(2024, 12, 30)  # across a new year


def test_a_session_belongs_to_its_local_day_not_its_utc_day() -> None:
    late_sunday_utc = session("a", "2025-03-09T23:30:00+00:00")  # Monday 00:30 in Paris
    assert local_date(late_sunday_utc, PARIS) == date(2025, 3, 10)
    assert local_date(late_sunday_utc, UTC) == date(2025, 3, 9)
    totals = weekly_totals([late_sunday_utc], PARIS)
    assert list(totals) == [date(2025, 3, 10)]


def test_week_boundaries_sunday_night_and_monday_morning() -> None:
    sunday = session("sun", "2025-03-16T23:59:59+01:00")
    monday = session("mon", "2025-03-17T00:00:00+01:00")
    totals = weekly_totals([sunday, monday], PARIS)
    assert totals[date(2025, 3, 10)].sessions == 1
    assert totals[date(2025, 3, 17)].sessions == 1


def test_a_time_without_offset_is_local_and_a_damaged_one_is_left_out() -> None:
    assert local_date(session("a", "2025-03-10T07:00:00"), PARIS) == date(2025, 3, 10)
    damaged = session("b", "yesterday-ish")
    assert local_date(damaged) is None
    assert weekly_totals([damaged], PARIS) == {}


def test_what_counts_as_a_session() -> None:
    kept = on(TODAY)[0]
    deleted = on(TODAY, deleted=True)[0]
    nothing_done = on(TODAY, sets=0)[0]  # stopped during "get ready"
    first = session("first", "2025-03-11T07:00:00+01:00")
    resumed = session("again", "2025-03-11T09:00:00+01:00", resumed_from="first")
    assert counted([kept, deleted, nothing_done, first, resumed]) == [kept, first]
    # the continuation counts when the interrupted session did nothing (or was deleted)
    empty_first = session("first", "2025-03-11T07:00:00+01:00", sets=0)
    assert counted([empty_first, resumed]) == [resumed]


def test_minutes_count_the_time_spent_in_sessions_only() -> None:
    sessions = [*on(TODAY, minutes=20), *on(TODAY, sets=0, minutes=1)]
    sessions += on(TODAY, minutes=30, deleted=True)
    (week,) = weekly_totals(sessions, PARIS).values()
    assert week.sessions == 1
    assert week.minutes == 20  # a short session's minute is in no number


def test_one_definition_of_a_session_for_every_number() -> None:
    """A two-second start beside a real session: every number sees one session."""
    real = on(TODAY, minutes=20)[0]
    blip = session("blip", f"{TODAY}T19:00:00+01:00", sets=0, minutes=2 / 60, routine="other")
    skipped_all = session("skips", f"{TODAY}T20:00:00+01:00", minutes=1, routine="other")
    skipped_all.steps[:] = [
        StepDone(
            session="skips",
            index=i,
            kind="work",
            planned_seconds=30,
            actual_seconds=2,
            skipped=True,
        )
        for i in range(2)
    ]
    sessions = [real, blip, skipped_all]
    assert [is_session(s) for s in sessions] == [True, False, False]
    assert [is_short(s) for s in sessions] == [False, True, True]
    assert counted(sessions) == [real]
    summary = summarize(sessions, 2, TODAY, PARIS)
    assert summary.sessions_this_week == summary.total_sessions == 1
    assert summary.seconds_this_week == summary.total_seconds == 20 * 60
    assert (summary.weeks[-1].sessions, summary.weeks[-1].minutes) == (1, 20)
    assert [(t.routine, t.sessions, t.seconds) for t in summary.routines] == [
        ("best-back", 1, 1200)
    ]  # no "other: 0 sessions, 1 min"
    assert streak(sessions, 1, TODAY, PARIS) == 1
    deleted = on(TODAY, deleted=True)[0]
    assert not is_session(deleted) and not is_short(deleted)


def test_minutes_per_week_covers_the_last_weeks_oldest_first() -> None:
    sessions = on(TODAY, minutes=15) + on(date(2025, 2, 26), 2, minutes=20)
    sessions += on(date(2024, 11, 4), minutes=99)  # older than the chart
    weeks = minutes_per_week(sessions, TODAY, 12, PARIS)
    assert len(weeks) == 12
    assert weeks[0].start == date(2024, 12, 23)
    assert weeks[-1].start == date(2025, 3, 10)
    assert [w.start - weeks[0].start for w in weeks] == [timedelta(weeks=n) for n in range(12)]
    assert weeks[-1].minutes == 15
    assert weeks[-3].minutes == 40 and weeks[-3].sessions == 2
    assert sum(w.minutes for w in weeks) == 55


def test_streak_counts_weeks_at_the_goal() -> None:
    sessions = on(date(2025, 3, 3), 2) + on(date(2025, 2, 24), 3) + on(date(2025, 2, 17), 2)
    assert streak(sessions, 2, TODAY, PARIS) == 3
    assert streak(sessions, 3, TODAY, PARIS) == 0  # last week had 2 only


def test_the_current_week_extends_the_streak_once_it_reaches_the_goal() -> None:
    earlier = on(date(2025, 3, 3), 2) + on(date(2025, 2, 24), 2)
    assert streak(earlier + on(TODAY, 1), 2, TODAY, PARIS) == 2  # not yet, but not broken
    assert streak(earlier + on(TODAY, 2), 2, TODAY, PARIS) == 3
    assert streak(on(TODAY, 2), 2, TODAY, PARIS) == 1


def test_a_week_below_the_goal_breaks_the_streak() -> None:
    sessions = on(date(2025, 3, 3), 2) + on(date(2025, 2, 24), 1) + on(date(2025, 2, 17), 2)
    assert streak(sessions, 2, TODAY, PARIS) == 1
    empty_week = on(date(2025, 3, 3), 2) + on(date(2025, 2, 17), 2)  # nothing in 24 Feb week
    assert streak(empty_week, 2, TODAY, PARIS) == 1
    assert streak(on(date(2025, 2, 24), 2), 2, TODAY, PARIS) == 0  # last week was empty


def test_deleted_and_empty_sessions_do_not_keep_a_streak() -> None:
    sessions = on(date(2025, 3, 3), 1) + on(date(2025, 3, 3), 1, deleted=True)
    sessions += on(date(2025, 3, 4), 1, sets=0)
    assert streak(sessions, 2, TODAY, PARIS) == 0
    assert streak(sessions, 1, TODAY, PARIS) == 1


def test_totals_per_routine() -> None:
    sessions = on(date(2025, 3, 3), 2, minutes=10, routine="a", title="Old title")
    sessions += on(date(2025, 3, 4), 1, minutes=10, routine="a", title="Alpha")
    sessions += on(date(2025, 3, 5), 1, minutes=45, routine="b", title="Beta")
    sessions += on(date(2025, 3, 5), 4, minutes=45, routine="c", title="Gone", deleted=True)
    totals = per_routine(sessions)
    assert [(t.routine, t.title, t.sessions, t.seconds) for t in totals] == [
        ("a", "Alpha", 3, 1800),
        ("b", "Beta", 1, 2700),
    ]


def test_summary_of_known_sessions() -> None:
    sessions = on(date(2025, 3, 3), 2, minutes=20) + on(date(2025, 2, 24), 2, minutes=15)
    sessions += on(date(2025, 3, 11), 1, minutes=25) + on(TODAY, 1, sets=0, minutes=2)
    summary = summarize(sessions, 2, TODAY, PARIS)
    assert summary.week_start == date(2025, 3, 10)
    assert summary.sessions_this_week == 1
    assert summary.seconds_this_week == 25 * 60  # the short session is left out
    assert not summary.goal_met
    assert summary.streak == 2
    assert summary.total_sessions == 5
    assert summary.total_seconds == (40 + 30 + 25) * 60
    assert [w.minutes for w in summary.weeks[-3:]] == [30, 40, 25]
    assert summarize(sessions, 1, TODAY, PARIS).streak == 3
    assert summarize(sessions, 1, TODAY, PARIS).goal_met


def reference(sessions: list[Session], goal: int, tz: Any) -> dict[str, Any]:
    """The numbers worked out the plain way, session by session and number by number,
    as the screen first did (a sum is added up in the same order, to the same bits)."""

    def day(s: Session) -> date | None:
        return local_date(s, tz)

    kept = [s for s in sessions if not s.deleted and s.sets_done > 0]  # the sessions
    counts: dict[date, int] = {}
    for s in counted(sessions):
        if (d := day(s)) is not None:
            counts[week_of(d)] = counts.get(week_of(d), 0) + 1
    seconds: dict[date, float] = {}
    for s in kept:
        if (d := day(s)) is not None:
            seconds[week_of(d)] = seconds.get(week_of(d), 0.0) + s.seconds
    weeks = {w: (counts.get(w, 0), seconds.get(w, 0.0)) for w in sorted(counts | seconds)}
    this_week = week_of(TODAY)
    chart = [this_week - timedelta(weeks=n) for n in range(11, -1, -1)]
    run, week = (1 if weeks.get(this_week, (0, 0))[0] >= max(1, goal) else 0), this_week
    while weeks.get(week := week - timedelta(weeks=1), (0, 0))[0] >= max(1, goal):
        run += 1
    titles = {s.routine: s.title for s in kept}
    time: dict[str, float] = {}
    for s in kept:
        time[s.routine] = time.get(s.routine, 0.0) + s.seconds
    routines = sorted(
        (
            (r, titles[r], sum(1 for s in counted(sessions) if s.routine == r), time[r])
            for r in titles
        ),
        key=lambda t: (-t[2], -t[3], t[1].casefold()),
    )
    return {
        "weeks": weeks,
        "chart": [(w, *weeks.get(w, (0, 0.0))) for w in chart],
        "streak": run,
        "total": (len(counted(sessions)), sum(s.seconds for s in kept)),
        "routines": routines,
    }


def test_every_number_is_the_one_worked_out_the_plain_way() -> None:
    rng = random.Random(7)
    stamps = ["T07:00:00+01:00", "T23:30:00-05:00", "T00:10:00+09:00", "T12:00:00"]
    for trial in range(40):
        sessions = []
        for n in range(rng.randrange(60)):
            day = TODAY - timedelta(days=rng.randrange(100))
            stamp = "damaged" if rng.random() < 0.05 else f"{day}{rng.choice(stamps)}"
            one = session(
                f"{trial}-{n}",
                stamp,
                sets=rng.randrange(3),
                minutes=rng.choice([0, 0.7, 10, 12.345]),
                routine=rng.choice("abc"),
                title=rng.choice(["Alpha", "beta", "Ça"]),
                deleted=rng.random() < 0.15,
                resumed_from=f"{trial}-{rng.randrange(n)}" if n and rng.random() < 0.2 else None,
            )
            sessions.append(one)
        for tz in (PARIS, UTC, None):
            goal = rng.randrange(4)
            plain = reference(sessions, goal, tz)
            weeks = weekly_totals(sessions, tz)
            assert {w: (t.sessions, t.seconds) for w, t in weeks.items()} == plain["weeks"]
            assert list(weeks) == list(plain["weeks"])
            chart = minutes_per_week(sessions, TODAY, 12, tz)
            assert [(w.start, w.sessions, w.seconds) for w in chart] == plain["chart"]
            assert streak(sessions, goal, TODAY, tz) == plain["streak"]
            routines = [(t.routine, t.title, t.sessions, t.seconds) for t in per_routine(sessions)]
            assert routines == plain["routines"]
            summary = summarize(sessions, goal, TODAY, tz)
            assert summary == summarize(sessions, goal, TODAY, tz, known=all_facts(sessions, tz))
            assert (summary.total_sessions, summary.total_seconds) == plain["total"]
            assert summary.streak == plain["streak"]
            assert summary.weeks == chart and summary.routines == per_routine(sessions)
            this_week = plain["weeks"].get(week_of(TODAY), (0, 0.0))
            assert (summary.sessions_this_week, summary.seconds_this_week) == this_week
