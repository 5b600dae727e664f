"""Routine + interval settings -> Timeline: every step of a session with its cues.

Two passes. The first lays out the steps: blocks, rounds, sides, and the rests and
switches between them. The second adds the cues, which need to see ahead (the rest before
a move announces that move). Nothing here knows about clocks or Qt: a Timeline is data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Literal

from backtrainer.core import phrases
from backtrainer.core.model import Block, Exercise, Reps, Routine, Timed
from backtrainer.core.settings import IntervalSettings, Resolved, resolve
from backtrainer.core.timeline import Cue, Step, TempoSpec, Timeline

LEAD_IN = 3.0
"""Seconds at the start of a rep set to announce the move before rep one is counted."""
NEXT_UP_LEAD = 10.0
"""The next move is announced at least this long before it starts, when the rest allows:
time enough to put one weight down and pick up another."""
HALFWAY_MIN = 20.0
COUNTDOWN_MIN = 5.0
FORM_CUE_AT = 4.0

SideName = Literal["left", "right", "alternating", "seesaw"]


def plan(
    routine: Routine, settings: IntervalSettings | None = None, mode: str | None = None
) -> Timeline:
    """The whole session, step by step. `mode` is a mode id (None: the first mode)."""
    chosen = routine.mode(mode)
    resolved = resolve(routine, chosen, settings or IntervalSettings())
    layout = _Layout(resolved, timed_mode=bool(chosen and chosen.timed))
    steps = layout.lay_out(routine)
    return Timeline(
        routine_id=routine.id,
        title=routine.title,
        mode=chosen.id if chosen else None,
        steps=tuple(_with_cues(steps)),
    )


class _Layout:
    def __init__(self, resolved: Resolved, *, timed_mode: bool) -> None:
        self.r = resolved
        self.timed_mode = timed_mode
        self.steps: list[Step] = []

    def lay_out(self, routine: Routine) -> list[Step]:
        self._gap("prepare", self.r.prepare)
        previous: Block | None = None
        for block in routine.blocks:
            if previous is not None:
                self._gap("rest", max(previous.rest_after, self._rest_moves(block)), block)
            if block.structure == "straight":
                self._straight(block)
            else:
                self._circuit(block)
            previous = block
        self.steps.append(Step(kind="done", seconds=0))
        return self.steps

    # -- block values: what the user set wins, then the block's own, then the routine's

    def _rounds(self, block: Block) -> int:
        if block.role == "main":
            return self.r.user.rounds or block.rounds or self.r.rounds
        return block.rounds or 1

    def _rest_moves(self, block: Block) -> int:
        return self._pick(self.r.user.rest, block.rest_between_moves, self.r.rest, block)

    def _rest_rounds(self, block: Block) -> int:
        user = self.r.user.round_rest
        return self._pick(user, block.rest_between_rounds, self.r.round_rest, block)

    @staticmethod
    def _pick(user: int | None, own: int | None, default: int, block: Block) -> int:
        if block.role == "main" and user is not None:
            return user
        return own if own is not None else default

    # -- structures

    def _circuit(self, block: Block) -> None:
        rounds = self._rounds(block)
        one_sided = any(e.sides == "each" for e in block.exercises)
        per_round = block.side_order == "per_round" and one_sided
        passes: list[Literal["left", "right"] | None] = (
            [block.first_side, _other(block.first_side)] if per_round else [None]
        )
        for n in range(1, rounds + 1):
            if n > 1:
                self._gap("round_rest", self._rest_rounds(block), block, n - 1, rounds)
            for p, side in enumerate(passes):
                if p > 0:
                    self._gap("switch", self.r.switch, block, n, rounds)
                moves = [e for e in block.exercises if p == 0 or e.sides == "each"]
                for i, exercise in enumerate(moves):
                    if i > 0:
                        self._gap("rest", self._rest_moves(block), block, n, rounds)
                    self._exercise(block, exercise, n, rounds, side)

    def _straight(self, block: Block) -> None:
        sets = self._rounds(block)
        for i, exercise in enumerate(block.exercises):
            if i > 0:
                self._gap("rest", self._rest_moves(block), block, sets, sets)
            for n in range(1, sets + 1):
                if n > 1:
                    self._gap("round_rest", self._rest_rounds(block), block, n - 1, sets)
                self._exercise(block, exercise, n, sets, None)

    def _exercise(
        self, block: Block, exercise: Exercise, n: int, rounds: int, side: SideName | None
    ) -> None:
        if exercise.sides in ("alternating", "seesaw"):
            self._work(block, exercise, n, rounds, exercise.sides)
        elif exercise.sides == "both":
            self._work(block, exercise, n, rounds, None)
        elif side is not None:
            self._work(block, exercise, n, rounds, side)
        else:
            self._work(block, exercise, n, rounds, block.first_side)
            self._gap("switch", self.r.switch, block, n, rounds)
            self._work(block, exercise, n, rounds, _other(block.first_side))

    def _work(
        self, block: Block, exercise: Exercise, n: int, rounds: int, side: SideName | None
    ) -> None:
        dose = exercise.dose
        if self.timed_mode and block.role == "main" and isinstance(dose, Reps):
            dose = Timed()
        base = Step(
            kind="work",
            seconds=0,
            block=block.name,
            exercise=exercise.name,
            exercise_id=exercise.id,
            side=side,
            round=n,
            rounds=rounds,
            round_unit=_unit(block),
            added=exercise.added,
        )
        if isinstance(dose, Timed):
            seconds = dose.seconds if dose.seconds is not None else self.r.work
            self.steps.append(dataclasses.replace(base, seconds=seconds, dose=f"{seconds} s"))
            return
        scale = self.r.tempo_scale
        t = dose.tempo
        tempo = TempoSpec(
            up=t.up * scale, hold=t.hold * scale, down=t.down * scale, rest=t.rest * scale
        )
        unit = t.rep_seconds * scale * (2 if side == "alternating" else 1)
        each = " each side" if side in ("alternating", "seesaw") else ""
        label = f"{dose.reps} reps{each}"
        self.steps.append(
            dataclasses.replace(
                base,
                seconds=round(LEAD_IN + dose.reps * unit, 3),
                reps=dose.reps,
                tempo=tempo,
                rep_seconds=round(unit, 3),
                lead_in=LEAD_IN,
                to_comfort=dose.to_comfort,
                dose=f"up to {label}" if dose.to_comfort else label,
            )
        )

    def _gap(
        self,
        kind: Literal["prepare", "rest", "round_rest", "switch"],
        seconds: int,
        block: Block | None = None,
        n: int | None = None,
        rounds: int | None = None,
    ) -> None:
        if seconds <= 0:
            return
        self.steps.append(
            Step(
                kind=kind,
                seconds=seconds,
                block=block.name if block else None,
                round=n,
                rounds=rounds,
                round_unit=_unit(block) if block else "round",
            )
        )


def _unit(block: Block) -> Literal["round", "set"]:
    return "set" if block.structure == "straight" else "round"


def _other(side: Literal["left", "right"]) -> Literal["left", "right"]:
    return "right" if side == "left" else "left"


# -- cues --------------------------------------------------------------------------------


def _with_cues(steps: list[Step]) -> Iterator[Step]:
    previous: Step | None = None
    for i, step in enumerate(steps):
        upcoming = next((s for s in steps[i + 1 :] if s.kind == "work"), None)
        same_move = previous and upcoming and previous.exercise_id == upcoming.exercise_id
        if step.kind == "switch" and same_move:
            upcoming = None  # the other side of the same move: it announces itself
        cues = sorted(_cues(step, upcoming), key=lambda c: c.at)
        yield dataclasses.replace(step, cues=tuple(cues))
        if step.kind == "work":
            previous = step


def _cues(step: Step, upcoming: Step | None) -> Iterator[Cue]:
    s = step.seconds
    if step.kind == "work":
        yield from _work_cues(step)
        return
    if step.kind == "done":
        yield Cue(0, phrases.DONE, "done")
        return
    opening = {
        "prepare": phrases.GET_READY,
        "rest": phrases.REST,
        "switch": phrases.SWITCH,
        "round_rest": _round_done(step),
    }[step.kind]
    kind: Literal["announce", "switch", "rest"] = {"prepare": "announce", "switch": "switch"}.get(
        step.kind, "rest"
    )  # type: ignore[assignment]
    ahead = _next_up(step, upcoming)
    if ahead and s - NEXT_UP_LEAD >= 4:
        yield Cue(0, opening, kind)
        yield Cue(s - NEXT_UP_LEAD, ahead, "next")
    elif ahead:
        yield Cue(0, f"{opening} {ahead}", kind)
    else:
        yield Cue(0, opening, kind)
    if s >= COUNTDOWN_MIN:
        yield from _countdown(s)


def _round_done(step: Step) -> str:
    word = "Set" if step.round_unit == "set" else "Round"
    rest = phrases.duration_phrase(step.seconds)
    return f"{word} {step.round} of {step.rounds} done. Rest {rest}."


def _next_up(step: Step, upcoming: Step | None) -> str | None:
    if upcoming is None:
        return None
    move = phrases.move_phrase(upcoming.exercise or "", upcoming.side, _spoken_dose(upcoming))
    lead = "First up:" if step.kind == "prepare" else "Next up:"
    if step.kind == "switch":
        return f"Next: {move}"
    starts_round = step.kind in ("prepare", "round_rest") and (upcoming.rounds or 1) > 1
    if starts_round and upcoming.round is not None and upcoming.rounds is not None:
        sets = upcoming.round_unit == "set"
        return f"{phrases.round_phrase(upcoming.round, upcoming.rounds, sets=sets)} {lead} {move}"
    return f"{lead} {move}"


def _work_cues(step: Step) -> Iterator[Cue]:
    s = step.seconds
    yield Cue(
        0, phrases.move_phrase(step.exercise or "", step.side, _spoken_dose(step)), "announce"
    )
    if step.reps is None:
        if s >= HALFWAY_MIN:
            yield Cue(s / 2, phrases.HALFWAY, "halfway")
        if s >= COUNTDOWN_MIN + 5:
            yield from _countdown(s)
        return
    assert step.rep_seconds is not None
    for n in range(1, step.reps + 1):
        at = round(step.lead_in + (n - 1) * step.rep_seconds, 3)
        yield Cue(at, phrases.number_word(n), "rep", rep=n)


def _spoken_dose(step: Step) -> str:
    return phrases.dose_phrase(
        reps=step.reps,
        seconds=step.seconds,
        per_side=step.side in ("alternating", "seesaw"),
        to_comfort=step.to_comfort,
    )


def _countdown(seconds: float) -> Iterator[Cue]:
    for k, word in enumerate(phrases.COUNTDOWN):
        yield Cue(seconds - 3 + k, word, "countdown")
