"""Where in the editor a routine error belongs, and its reason in plain words.

A RoutineError names a JSON path (`$.blocks[0].exercises[1].dose.reps`); the editor shows
the reason beside the field that holds that value. The path gives the item (routine,
block, move) and the field's key within it, which is the key the editor's forms use.
Plain string work, tested on its own; the words go through Qt's translation system
(context "editor"), English when no translation is installed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from backtrainer.core.model import Routine
from backtrainer.core.routine_edit import Item

translate = QCoreApplication.translate

_STEP = re.compile(r"\.([a-z_]+)|\[(\d+)\]")
_RULES: tuple[tuple[re.Pattern[str], object], ...] = (
    (
        re.compile(r"^Expected `str` of length >= 1$"),
        QT_TRANSLATE_NOOP("editor", "must not be empty"),
    ),
    (
        re.compile(r"^Expected `str` of length <= (\d+)$"),
        QT_TRANSLATE_NOOP("editor", "must be at most {0} characters"),
    ),
    (
        re.compile(r"^Expected `(?:int|float)` >= (\S+)$"),
        QT_TRANSLATE_NOOP("editor", "must be at least {0}"),
    ),
    (
        re.compile(r"^Expected `(?:int|float)` <= (\S+)$"),
        QT_TRANSLATE_NOOP("editor", "must be at most {0}"),
    ),
    (
        re.compile(r"^Expected `str` matching regex .*$"),
        QT_TRANSLATE_NOOP("editor", "use only a-z, 0-9 and single dashes"),
    ),
)
"""(msgspec's reason, the words in English: translated when used)."""
_LISTS = ("blocks", "exercises")
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
            return _list_size(last, size[1] == "<=", int(size[2]))
    for pattern, words in _RULES:
        match = pattern.match(reason)
        if match:
            return translate("editor", str(words)).format(*(_number(g) for g in match.groups()))
    return reason


def _list_size(name: str, at_most: bool, count: int) -> str:
    """ "a block needs at least 1 move": one sentence per case, the count of one its own
    (English, German, French and Spanish all say "2 moves" for every count above one)."""
    if name == "blocks":
        if at_most:
            if count == 1:
                return translate("editor", "a routine may have at most 1 block")
            text = translate("editor", "a routine may have at most {count} blocks")
        elif count == 1:
            return translate("editor", "a routine needs at least 1 block")
        else:
            text = translate("editor", "a routine needs at least {count} blocks")
    elif at_most:
        if count == 1:
            return translate("editor", "a block may have at most 1 move")
        text = translate("editor", "a block may have at most {count} moves")
    elif count == 1:
        return translate("editor", "a block needs at least 1 move")
    else:
        text = translate("editor", "a block needs at least {count} moves")
    return text.format(count=count)


def _number(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return text
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value, "g", 6)


def item_name(routine: Routine, item: Item) -> str:
    """Where a problem is, in the words the outline uses."""
    if item.block is None or item.block >= len(routine.blocks):
        return translate("editor", "Routine")
    block = routine.blocks[item.block]
    if item.move is None or item.move >= len(block.exercises):
        return translate("editor", "Block “{block}”").format(block=block.name)
    return translate("editor", "“{block}”, move “{move}”").format(
        block=block.name, move=block.exercises[item.move].name
    )
