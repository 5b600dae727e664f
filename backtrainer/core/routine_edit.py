"""Edits of a routine, each returning a new routine: the editor's whole logic, without Qt.

Routines are frozen msgspec structs, so an edit rebuilds the path from the routine down to
the changed value with `msgspec.structs.replace`. Nothing here validates: replace checks
no bounds, and the editor runs the full decode and validation on every result, so that
what it refuses is exactly what a routine file refuses.

Translations follow the edits: a removed move or block takes its translated text with it,
a block's text moves with the block, so that an edited routine still validates and keeps
every language it had.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import msgspec

from backtrainer.core.model import Block, BlockText, Exercise, Routine, RoutineText, Timed

T = TypeVar("T")
Key = str | int
"""A step of a path into a routine: a field name or a list index."""

MAX_ID = 64


@dataclass(frozen=True)
class Item:
    """What the editor has selected: the routine, a block, or a move in a block."""

    block: int | None = None
    move: int | None = None

    def path(self) -> tuple[Key, ...]:
        if self.block is None:
            return ()
        if self.move is None:
            return ("blocks", self.block)
        return ("blocks", self.block, "exercises", self.move)


def get_at(obj: Any, path: tuple[Key, ...]) -> Any:
    for key in path:
        obj = obj[key] if isinstance(key, int) else getattr(obj, key)
    return obj


def replace_at(obj: T, path: tuple[Key, ...], value: object) -> T:
    """`obj` with the value at `path` replaced; everything else shared."""
    if not path:
        return value  # type: ignore[return-value]
    key, rest = path[0], path[1:]
    if isinstance(key, int):
        assert isinstance(obj, list)
        items = list(obj)
        items[key] = replace_at(items[key], rest, value)
        return items  # type: ignore[return-value]
    assert isinstance(obj, msgspec.Struct)
    return msgspec.structs.replace(obj, **{key: replace_at(getattr(obj, key), rest, value)})


def slug(text: str, fallback: str = "move") -> str:
    """An id made of a name: "Bent-over Row!" -> "bent-over-row"."""
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return words[:MAX_ID].rstrip("-") or fallback


def unique_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = base[: MAX_ID - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        n += 1


def move_ids(routine: Routine) -> set[str]:
    return {exercise.id for exercise in routine.exercises()}


def new_move(routine: Routine) -> Exercise:
    """A timed move at the routine's work interval, with an id no other move has."""
    return Exercise(id=unique_id("new-move", move_ids(routine)), name="New move", dose=Timed())


def _translations(routine: Routine, change: Callable[[RoutineText], RoutineText]) -> Routine:
    if not routine.translations:
        return routine
    texts = {lang: change(text) for lang, text in routine.translations.items()}
    return msgspec.structs.replace(routine, translations=texts)


def _blocks(change: Callable[[list[BlockText]], list[BlockText]]) -> Callable[..., RoutineText]:
    """A change of the translated blocks (a list by position), for `_translations`."""

    def apply(text: RoutineText) -> RoutineText:
        if text.blocks is None:
            return text
        return msgspec.structs.replace(text, blocks=change(list(text.blocks)) or None)

    return apply


def _without_moves(ids: set[str]) -> Callable[[RoutineText], RoutineText]:
    def apply(text: RoutineText) -> RoutineText:
        kept = {key: value for key, value in text.exercises.items() if key not in ids}
        return msgspec.structs.replace(text, exercises=kept)

    return apply


def add_block(routine: Routine, at: int) -> Routine:
    block = Block(name="New block", exercises=[new_move(routine)])
    blocks = list(routine.blocks)
    blocks.insert(at, block)
    routine = msgspec.structs.replace(routine, blocks=blocks)
    # an untranslated block in place, where the list reaches past it; English shows there
    return _translations(
        routine,
        _blocks(
            lambda texts: [*texts[:at], BlockText(), *texts[at:]] if at < len(texts) else texts
        ),
    )


def remove_block(routine: Routine, b: int) -> Routine:
    gone = {exercise.id for exercise in routine.blocks[b].exercises}
    routine = _translations(routine, _without_moves(gone))
    routine = _translations(routine, _blocks(lambda texts: texts[:b] + texts[b + 1 :]))
    return msgspec.structs.replace(routine, blocks=routine.blocks[:b] + routine.blocks[b + 1 :])


def move_block(routine: Routine, b: int, delta: int) -> tuple[Routine, int]:
    """The block one place up (-1) or down (+1); the routine unchanged at either end."""
    to = b + delta
    if not 0 <= to < len(routine.blocks):
        return routine, b
    blocks = list(routine.blocks)
    blocks[b], blocks[to] = blocks[to], blocks[b]

    def swap(texts: list[BlockText]) -> list[BlockText]:
        texts += [BlockText()] * (max(b, to) + 1 - len(texts))
        texts[b], texts[to] = texts[to], texts[b]
        return texts

    routine = _translations(routine, _blocks(swap))
    return msgspec.structs.replace(routine, blocks=blocks), to


def add_move(routine: Routine, b: int, at: int) -> Routine:
    moves = list(routine.blocks[b].exercises)
    moves.insert(at, new_move(routine))
    return replace_at(routine, ("blocks", b, "exercises"), moves)


def remove_move(routine: Routine, b: int, e: int) -> Routine:
    moves = routine.blocks[b].exercises
    routine = _translations(routine, _without_moves({moves[e].id}))
    return replace_at(routine, ("blocks", b, "exercises"), moves[:e] + moves[e + 1 :])


def move_move(routine: Routine, b: int, e: int, delta: int) -> tuple[Routine, Item]:
    """A move one place up or down; past the end of its block it goes on to the next
    block (or the previous one), so that any order can be reached."""
    moves = list(routine.blocks[b].exercises)
    to = e + delta
    if 0 <= to < len(moves):
        moves[e], moves[to] = moves[to], moves[e]
        return replace_at(routine, ("blocks", b, "exercises"), moves), Item(b, to)
    other = b + delta
    if not 0 <= other < len(routine.blocks):
        return routine, Item(b, e)
    moving = moves.pop(e)
    target = list(routine.blocks[other].exercises)
    at = len(target) if delta < 0 else 0
    target.insert(at, moving)
    blocks = list(routine.blocks)
    blocks[b] = msgspec.structs.replace(blocks[b], exercises=moves)
    blocks[other] = msgspec.structs.replace(blocks[other], exercises=target)
    return msgspec.structs.replace(routine, blocks=blocks), Item(other, at)


def rename_move(routine: Routine, item: Item, name: str, *, new_id: bool) -> Routine:
    """Set a move's name; with `new_id` (a move added in this editing session) its id
    follows the name, so that a new move is not stuck with "new-move-3"."""
    path = item.path()
    renamed = replace_at(routine, (*path, "name"), name)
    if not new_id:
        return renamed
    old = get_at(routine, (*path, "id"))
    new = unique_id(slug(name), move_ids(routine) - {old})
    if new != old:  # a new move has no translation yet, but a text must never be orphaned
        renamed = _translations(renamed, _without_moves({old}))
    return replace_at(renamed, (*path, "id"), new)
