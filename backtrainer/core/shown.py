"""A value as an error message shows it: its repr, cut to about 60 characters."""

from __future__ import annotations

LIMIT = 60


def shown(value: object, limit: int = LIMIT) -> str:
    """`repr(value)`, cut to `limit` characters with an ellipsis: a message names the
    offending value, it does not repeat a 5,000-character one."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
