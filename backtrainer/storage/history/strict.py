"""A history log's lines checked as strictly as the store's msgspec schema
(`core.history`), with the standard library only, for `glance`: a line is either read
as msgspec would read it, or refused (`Unsure`), never read otherwise."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

_INT64 = 1 << 63


class Unsure(Exception):
    """Something the store might read otherwise: leave it to the store."""


def record(line: bytes) -> dict[str, Any]:
    """One line's record, each field checked and given its default; raises Unsure (or
    ValueError, RecursionError for what is not JSON at all)."""
    # UTF-8 only, as msgspec (json.loads would take UTF-16 and UTF-32 bytes too)
    found = json.loads(line.decode("utf-8"), object_pairs_hook=_pairs, parse_constant=_no_constant)
    kind = found.get("type") if isinstance(found, dict) else None
    fields = _FIELDS.get(kind) if type(kind) is str else None
    if fields is None:
        raise Unsure("not a record of a type known here")
    checked = {"type": kind, "session": _text(found.get("session", ...))}
    for name, (check, default) in fields.items():
        value = found.get(name, default)
        if value is ...:
            raise Unsure(f"{name} missing")
        checked[name] = check(value)
    return checked


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise Unsure("a key twice")
    return found


def _no_constant(name: str) -> Any:
    raise Unsure(f"{name} is not JSON")


def _text(value: object) -> str:
    if type(value) is not str:
        raise Unsure("not a string")
    value.encode("utf-8")  # a lone surrogate (escaped in the line) raises here
    return value


def _number(value: object) -> float:
    if type(value) is int and -_INT64 <= value < _INT64:
        value = float(value)
    if type(value) is not float or not math.isfinite(value) or "e" in repr(value):
        raise Unsure("not a number written the same way by both encoders")
    return value


def _whole(value: object) -> int:
    if type(value) is not int or not -_INT64 <= value < _INT64:
        raise Unsure("not an integer")
    return value


def _flag(value: object) -> bool:
    if type(value) is not bool:
        raise Unsure("not true or false")
    return value


def _maybe(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else check(value)


def _texts(value: object) -> list[str]:
    if type(value) is not list:
        raise Unsure("not a list")
    return [_text(item) for item in value]


def _settings(value: object) -> dict[str, float]:
    if type(value) is not dict:
        raise Unsure("not an object")
    return {_text(key): _number(item) for key, item in value.items()}


def _status(value: object) -> str:
    if value not in ("completed", "stopped", "interrupted"):
        raise Unsure("not a status")
    return str(value)


def _effort(value: object) -> int | None:
    if value is not None and not 1 <= _whole(value) <= 10:
        raise Unsure("effort out of range")
    return value  # type: ignore[return-value]


_REQUIRED: Any = ...
_FIELDS: dict[str, dict[str, tuple[Callable[[Any], Any], Any]]] = {
    "start": {
        "routine": (_text, _REQUIRED),
        "title": (_text, _REQUIRED),
        "mode": (_maybe(_text), None),
        "started_at": (_text, _REQUIRED),
        "planned_seconds": (_number, _REQUIRED),
        "planned_sets": (_whole, _REQUIRED),
        "settings": (_settings, {}),
        "resumed_from": (_maybe(_text), None),
        "start_step": (_whole, 0),
        "overrides": (_texts, []),
    },
    "step": {
        "index": (_whole, _REQUIRED),
        "kind": (_text, _REQUIRED),
        "exercise": (_maybe(_text), None),
        "exercise_id": (_maybe(_text), None),
        "side": (_maybe(_text), None),
        "round": (_maybe(_whole), None),
        "planned_seconds": (_number, _REQUIRED),
        "actual_seconds": (_number, _REQUIRED),
        "adjusted_seconds": (_number, 0.0),
        "reps": (_maybe(_whole), None),
        "reps_counted": (_maybe(_whole), None),
        "skipped": (_flag, False),
    },
    "end": {"status": (_status, _REQUIRED), "ended_at": (_text, _REQUIRED)},
    "notes": {"notes": (_text, ""), "effort": (_effort, None)},
    "delete": {},
    "restore": {},
}
"""Each record type's fields: how each is checked, and its default (`...`: required)."""
