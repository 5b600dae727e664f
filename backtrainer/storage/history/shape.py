"""How an exported session looks: its CSV columns and its place in the JSON array.

Standard library only, like `glance`, which writes the first session of `backtrainer
history --json` before msgspec is imported; `export` writes the rest the same way.
"""

from __future__ import annotations

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
