"""Where in the editor a routine error belongs, and its reason in plain words.

A RoutineError names a JSON path (`$.blocks[0].exercises[1].dose.reps`); the editor shows
the reason beside the field that holds that value. The path gives the item (routine,
block, move) and the field's key within it, which is the key the editor's forms use.
No Qt here: it is plain string work, tested on its own.
"""

from __future__ import annotations

import re

from backtrainer.core.model import Routine
from backtrainer.core.routine_edit import Item

_STEP = re.compile(r"\.([a-z_]+)|\[(\d+)\]")
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Expected `str` of length >= 1$"), "must not be empty"),
    (re.compile(r"^Expected `str` of length <= (\d+)$"), "must be at most {0} characters"),
    (re.compile(r"^Expected `(?:int|float)` >= (\S+)$"), "must be at least {0}"),
    (re.compile(r"^Expected `(?:int|float)` <= (\S+)$"), "must be at most {0}"),
    (re.compile(r"^Expected `str` matching regex .*$"), "use only a-z, 0-9 and single dashes"),
)
_LISTS = {"blocks": ("block", "a routine"), "exercises": ("move", "a block")}
_ALIASES = {
    # Cross-field rules name a struct; the field to show them beside:
    "dose": "dose.reps",
    "dose.tempo": "dose.tempo.up",
    "id": "name",
    "progression": "name",
}


def locate(path: str) -> tuple[Item, str]:
    """The item a JSON path falls in, and the key of the field within it ("" for the
    item as a whole)."""
    steps: list[str | int] = []
    for name, index in _STEP.findall(path.removeprefix("$")):
        steps.append(int(index) if index else name)
    block: int | None = None
    move: int | None = None
    rest = steps
    if len(steps) >= 2 and steps[0] == "blocks" and isinstance(steps[1], int):
        block, rest = steps[1], steps[2:]
        if len(rest) >= 2 and rest[0] == "exercises" and isinstance(rest[1], int):
            move, rest = rest[1], rest[2:]
    key = ".".join(str(s) for s in rest)
    if key.startswith("intervals.") and key.count(".") == 1:
        key += ".default"  # "min 3 is above max 2" belongs beside the value shown
    return Item(block, move), _ALIASES.get(key, key)


def plain(reason: str, key: str = "") -> str:
    """msgspec's "Expected `int` >= 1" as a person would say it; other reasons as they
    are (validate.py already words them for people)."""
    last = key.rsplit(".", 1)[-1]
    if last in _LISTS:
        size = re.match(r"^Expected `array` of length ([<>]=) (\d+)$", reason)
        if size:
            thing, owner = _LISTS[last]
            count = int(size[2])
            things = f"{count} {thing}{'s' if count != 1 else ''}"
            if size[1] == "<=":
                return f"{owner} may have at most {things}"
            return f"{owner} needs at least {things}"
    for pattern, words in _RULES:
        match = pattern.match(reason)
        if match:
            return words.format(*(_number(g) for g in match.groups()))
    return reason


def _number(text: str) -> str:
    try:
        return f"{float(text):g}"
    except ValueError:
        return text


def item_name(routine: Routine, item: Item) -> str:
    """Where a problem is, in the words the outline uses."""
    if item.block is None or item.block >= len(routine.blocks):
        return "Routine"
    block = routine.blocks[item.block]
    if item.move is None or item.move >= len(block.exercises):
        return f"Block “{block.name}”"
    return f"“{block.name}”, move “{block.exercises[item.move].name}”"
