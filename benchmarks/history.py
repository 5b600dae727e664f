"""History store: load + replay of a large history, and the cost of one durable append.

Not a test: prints figures. Builds histories of N sessions (default 10,000 and 100,000) from the
plans of the bundled routines (every step of each plan recorded, so about 34 steps per
session; a third of them with notes, one in twenty stopped early), written straight to
the log, then measures with the real HistoryStore:

- load + replay: a fresh store's `sessions()` (read the file, decode every line, replay
  into sessions), median of --runs runs; as the app does it (open_for_writing first, which
  reads through mmap) and as `backtrainer history` does (a reader, plain read). The review screen's
  own work (filling its table) comes on top and is measured by whoever builds it.
  Target: load + showing the review screen <= 300 ms.
- append: one StepDone through `store.append` (one write + fsync), timed one by one,
  --appends of them, in a history of 100 sessions and in one of N sessions. Target: flat
  (no growth with the size of the history) and <= 10 ms.

- index: made from the log once (no index yet), then opened and checked against the log.

    .venv/bin/python benchmarks/history.py [--sessions 10000,100000] [--runs 7]
                                           [--appends 200] [--dir DIR]

Each size is measured in turn, and the growth from the first to the last is printed.

fsync costs depend on the disk and file system under --dir (default: a temporary folder).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from backtrainer.core.history import (
    NotesSet,
    Record,
    SessionEnded,
    SessionStarted,
    StepDone,
    encode,
)
from backtrainer.core.planner import plan
from backtrainer.core.settings import IntervalSettings
from backtrainer.core.timeline import Timeline
from backtrainer.storage.history.indexer import open_index
from backtrainer.storage.history.layout import INDEX_NAME, LOG_NAME
from backtrainer.storage.history.log import header_line
from backtrainer.storage.history.store import HistoryStore
from backtrainer.storage.routines import RoutineLibrary

LOAD_TARGET_MS = 300.0
APPEND_TARGET_MS = 10.0


def timelines() -> list[Timeline]:
    library = RoutineLibrary.load()
    return [plan(loaded.routine, IntervalSettings(), None) for loaded in library.routines.values()]


def session_records(number: int, timeline: Timeline, when: datetime) -> list[Record]:
    session = uuid.uuid4().hex
    steps = [s for s in timeline.steps if s.kind != "done"]
    stopped = number % 20 == 19
    if stopped:
        steps = steps[: len(steps) // 2]
    records: list[Record] = [
        SessionStarted(
            session=session,
            routine=timeline.routine_id,
            title=timeline.title,
            mode=timeline.mode,
            started_at=when.isoformat(timespec="seconds"),
            planned_seconds=timeline.total_seconds,
            planned_sets=len(timeline.work_steps),
        )
    ]
    for index, step in enumerate(steps):
        records.append(
            StepDone(
                session=session,
                index=index,
                kind=step.kind,
                exercise=step.exercise,
                exercise_id=step.exercise_id,
                side=step.side,
                round=step.round,
                planned_seconds=step.seconds,
                actual_seconds=round(step.seconds + (index % 7) * 0.013, 3),
                reps=step.reps,
                reps_counted=step.reps,
            )
        )
    if number % 3 == 0:
        records.append(NotesSet(session=session, notes="Felt strong today.", effort=6))
    end = when + timedelta(seconds=timeline.total_seconds)
    status = "stopped" if stopped else "completed"
    records.append(SessionEnded(session=session, status=status, ended_at=end.isoformat()))
    return records


def build(folder: Path, sessions: int) -> tuple[int, int]:
    """A history of `sessions` sessions; returns (records, bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    plans = timelines()
    first = datetime(2000, 1, 1, 7, 0).astimezone()
    lines = [header_line()]
    for number in range(sessions):
        when = first + timedelta(days=number)
        lines.extend(encode(r) + b"\n" for r in session_records(number, plans[number % 5], when))
    data = b"".join(lines)
    (folder / LOG_NAME).write_bytes(data)
    return len(lines) - 1, len(data)


def measure_load(folder: Path, runs: int, writer: bool) -> list[float]:
    """The app (the lock holder) loads through open_for_writing; `backtrainer history`
    loads as a mere reader."""
    times = []
    for _ in range(runs):
        gc.collect()
        store = HistoryStore(folder)
        started = time.perf_counter()
        if writer and not store.open_for_writing():
            sys.exit(f"cannot write to {folder}: {store.problem}")
        sessions = store.sessions()
        times.append((time.perf_counter() - started) * 1000)
        store.close()
        del sessions, store
    return times


def measure_appends(folder: Path, appends: int) -> list[float]:
    store = HistoryStore(folder)
    if not store.open_for_writing():
        sys.exit(f"cannot write to {folder}: {store.problem}")
    session = uuid.uuid4().hex
    store.append(
        SessionStarted(
            session=session,
            routine="bench",
            title="Bench",
            started_at=datetime.now().astimezone().isoformat(timespec="seconds"),
            planned_seconds=60.0 * appends,
            planned_sets=appends,
        )
    )
    times = []
    for index in range(appends):
        record = StepDone(
            session=session,
            index=index,
            kind="work",
            exercise="Renegade row",
            exercise_id="renegade-row",
            side="left" if index % 2 else "right",
            round=1 + index // 8,
            planned_seconds=30.0,
            actual_seconds=30.004,
        )
        started = time.perf_counter()
        saved = store.append(record)
        times.append((time.perf_counter() - started) * 1000)
        if not saved:
            sys.exit(f"append failed: {store.problem}")
    store.close()
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def measure_index(folder: Path, runs: int) -> tuple[float, list[float]]:
    """The index made from the log (once, cold: no index yet), then opened and checked
    against the log (`runs` times)."""
    (folder / INDEX_NAME).unlink(missing_ok=True)
    started = time.perf_counter()
    if open_index(folder / LOG_NAME) is None:
        sys.exit(f"the log in {folder} is not indexed")
    cold = (time.perf_counter() - started) * 1000
    warm = []
    for _ in range(runs):
        started = time.perf_counter()
        open_index(folder / LOG_NAME)
        warm.append((time.perf_counter() - started) * 1000)
    return cold, warm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", default="10000,100000", help="comma-separated sizes")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--appends", type=int, default=200)
    parser.add_argument("--dir", type=Path, help="where to build the histories")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sessions.split(",")]
    loads: dict[int, float] = {}
    opens: dict[int, float] = {}
    appends: dict[int, float] = {}

    with tempfile.TemporaryDirectory(dir=args.dir, prefix="backtrainer-bench-") as temp:
        root = Path(temp)
        small = root / "small"
        build(small, 100)
        times = measure_appends(small, args.appends)
        appends[100] = statistics.median(times)
        print_appends("100 sessions", times, args.appends)
        for count in sizes:
            big = root / str(count)
            records, size = build(big, count)
            print(f"history: {count:,} sessions, {records:,} records, {size / 1e6:.1f} MB")
            print(f"(about {records / count - 2:.0f} steps per session) in {big}")
            for label, writer in (("the app (writer)", True), ("backtrainer history", False)):
                times = measure_load(big, args.runs, writer)
                median = statistics.median(times)
                loads[count] = median
                verdict = "ok" if median <= LOAD_TARGET_MS else "OVER"
                print(
                    f"full load + replay, {label}: median {median:.0f} ms (min {min(times):.0f},"
                    f" max {max(times):.0f}, {args.runs} runs); target <= {LOAD_TARGET_MS:.0f} ms"
                    f" with the review screen [{verdict}]"
                )
            cold, warm = measure_index(big, args.runs)
            opens[count] = statistics.median(warm)
            print(
                f"index: made from the log {cold:.0f} ms (once, no index yet),"
                f" {(big / INDEX_NAME).stat().st_size / 1e6:.1f} MB; opened and checked:"
                f" median {statistics.median(warm):.1f} ms (min {min(warm):.1f},"
                f" max {max(warm):.1f}, {args.runs} runs)"
            )
            times = measure_appends(big, args.appends)
            appends[count] = statistics.median(times)
            print_appends(f"{count:,} sessions", times, args.appends)
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        print(
            f"growth {a:,} -> {b:,} sessions ({b / a:.0f}x): full load {loads[b] / loads[a]:.1f}x,"
            f" index open {opens[b] / opens[a]:.1f}x, append (median)"
            f" {appends[b] / appends[a]:.2f}x (vs 100 sessions: {appends[b] / appends[100]:.2f}x)"
        )


def print_appends(label: str, times: list[float], count: int) -> None:
    worst = p95(times)
    verdict = "ok" if worst <= APPEND_TARGET_MS else "OVER"
    print(
        f"append at {label}: median {statistics.median(times):.2f} ms,"
        f" p95 {worst:.2f} ms, max {max(times):.2f} ms ({count} appends,"
        f" fsync included); target <= {APPEND_TARGET_MS:.0f} ms [{verdict}]"
    )


if __name__ == "__main__":
    main()
