"""A value, a name or a JSON path as an error message shows it: cut to about 60 characters.

A message names what is wrong; it does not repeat a 5,000-character value, key or id
(a file a user was sent, or one a fuzzer wrote)."""

from __future__ import annotations

import re

LIMIT = 60
PATH_LIMIT = 80

_LONG_QUOTED = re.compile(rf"(['`])([^'`]{{{LIMIT},}})\1")


def shown(value: object, limit: int = LIMIT) -> str:
    """`repr(value)`, cut to `limit` characters with an ellipsis."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown_quotes(text: str) -> str:
    """Every long 'quoted' or `quoted` part of a message (msgspec quotes an invalid value
    or an unknown field's name whole) cut to about LIMIT characters."""
    return _LONG_QUOTED.sub(lambda m: f"{m[1]}{m[2][: LIMIT - 3]}…{m[1]}", text)


def shown_path(path: str, limit: int = PATH_LIMIT) -> str:
    """A JSON path such as `$.routines.<id>.intervals.work` with its middle cut when it is
    long: the start says where, the end says which field."""
    if len(path) <= limit:
        return path
    tail = limit * 2 // 5
    return path[: limit - tail - 1] + "…" + path[-tail:]
