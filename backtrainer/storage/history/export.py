"""Sessions as JSON and CSV: `backtrainer history --json/--csv` and the app's export.

One shape for both uses, so that a script written against the command line reads an
exported file too. Exports are written atomically: an export cut short leaves no half file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import msgspec

from backtrainer.core.history import Session
from backtrainer.storage.files import write_atomically
from backtrainer.storage.history import shape
from backtrainer.storage.history.shape import STEP_COLUMNS


def session_json(session: Session) -> dict[str, object]:
    """A session as `backtrainer history --json` and the JSON export write it."""
    data: dict[str, object] = msgspec.to_builtins(session)
    data["seconds"] = round(session.seconds, 3)
    data["sets_done"] = session.sets_done
    data["steps"] = [
        {column: getattr(step, column) for column in STEP_COLUMNS} for step in session.steps
    ]
    return data


def json_chunks(sessions: Iterable[Session], *, opened: bool = False) -> Iterator[bytes]:
    """The sessions as one JSON array (UTF-8, indented by two spaces, as
    `json.dumps(..., indent=2)` lays it out), a session at a time: nothing waits for the
    whole history, and only one session is in memory. `opened`: the array's start and
    its first session are out already (`glance`); these follow them."""
    first = not opened
    for session in sessions:
        body = msgspec.json.format(msgspec.json.encode(session_json(session)), indent=2)
        yield (shape.OPEN if first else shape.NEXT) + shape.item(body)
        first = False
    yield shape.EMPTY if first else shape.CLOSE


def csv_chunks(sessions: Iterable[Session], *, header: bool = True) -> Iterator[str]:
    """The header (unless not `header`: out already), then a session's rows at a time
    (`shape.CsvRows`)."""
    rows = shape.CsvRows()
    if header:
        yield rows.header()
    for s in sessions:
        yield rows.session(
            [s.id, s.routine, s.title, s.started_at, s.status],
            ([getattr(step, column) for column in STEP_COLUMNS] for step in s.steps),
            [s.notes, "" if s.effort is None else s.effort],
        )


def csv_text(sessions: Iterable[Session]) -> str:
    """`csv_chunks`, whole."""
    return "".join(csv_chunks(sessions))


def export_csv(sessions: Iterable[Session], path: Path) -> None:
    write_atomically(path, csv_text(sessions).encode("utf-8"))


def export_json(sessions: Iterable[Session], path: Path) -> None:
    write_atomically(path, b"".join(json_chunks(sessions)))
