"""Small routines built in code, so each test shows exactly the structure it exercises."""

from __future__ import annotations

from typing import Any

import msgspec

from backtrainer.core.model import Routine


def exercise(id: str, *, sides: str = "both", **dose: Any) -> dict[str, Any]:
    if "reps" in dose:
        tempo = dose.pop("tempo", {"up": 1, "down": 2})
        body = {"type": "reps", "reps": dose.pop("reps"), "tempo": tempo, **dose}
    else:
        body = {"type": "timed", **dose}
    return {"id": id, "name": id.replace("-", " ").capitalize(), "sides": sides, "dose": body}


def routine_dict(*blocks: dict[str, Any], **intervals: int) -> dict[str, Any]:
    defaults = {"prepare": 10, "work": 30, "rest": 10, "round_rest": 60, "rounds": 1, "switch": 5}
    defaults.update(intervals)
    return {
        "schema_version": 1,
        "id": "test-routine",
        "title": "Test routine",
        "summary": "A routine built by a test.",
        "source": {"coach": "Test Coach"},
        "intervals": {k: {"default": v} for k, v in defaults.items()},
        "blocks": list(blocks),
    }


def block(*exercises: dict[str, Any], **options: Any) -> dict[str, Any]:
    return {"name": options.pop("name", "Main"), **options, "exercises": list(exercises)}


def routine(*blocks: dict[str, Any], **intervals: int) -> Routine:
    data = msgspec.json.encode(routine_dict(*blocks, **intervals))
    return msgspec.json.decode(data, type=Routine)
