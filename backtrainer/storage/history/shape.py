"""How an exported session looks: its CSV columns and rows, and its place in the JSON array.

Standard library only, like `glance`, which writes the first session of `backtrainer
history --json` before msgspec is imported; `export` writes the rest the same way.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

SESSION_COLUMNS = ("session", "routine", "title", "started_at", "status")
NOTE_COLUMNS = ("notes", "effort")
"""The session's notes and effort (1 to 10, empty when not rated): last in each row, so
that the columns before them keep their places."""
STEP_COLUMNS = (
    "index",
    "kind",
    "exercise",
    "exercise_id",
    "side",
    "round",
    "planned_seconds",
    "actual_seconds",
    "adjusted_seconds",
    "reps",
    "reps_counted",
    "skipped",
)
OPEN, NEXT, CLOSE, EMPTY = b"[\n  ", b",\n  ", b"\n]\n", b"[]\n"
"""The JSON array around the sessions: before the first, between two, after the last,
and the whole of an empty one."""


def item(body: bytes) -> bytes:
    """A session's JSON (indented by two spaces, as `json.dumps(..., indent=2)` lays it
    out) indented once more, as an element of the array. A JSON string holds no raw
    newline: every newline is the layout's own."""
    return body.replace(b"\n", b"\n  ")


Row = list[object]


class CsvRows:
    """Sessions as CSV text, one session at a time: a row per step, the session's
    columns (its notes and effort too) repeated on each; a session without steps gets one
    row with empty step fields."""

    def __init__(self) -> None:
        self._out = io.StringIO()
        self._writer = csv.writer(self._out, lineterminator="\n")

    def header(self) -> str:
        return self._text([list(SESSION_COLUMNS + STEP_COLUMNS + NOTE_COLUMNS)])

    def session(self, head: Row, steps: Iterable[Row], tail: Row) -> str:
        """`head`: SESSION_COLUMNS' values; `steps`: each step's STEP_COLUMNS' values;
        `tail`: NOTE_COLUMNS' values."""
        rows = [head + step + tail for step in steps]
        return self._text(rows or [head + [""] * len(STEP_COLUMNS) + tail])

    def _text(self, rows: list[Row]) -> str:
        self._out.seek(0)
        self._out.truncate()
        self._writer.writerows(rows)
        return self._out.getvalue()
