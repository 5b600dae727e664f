"""Routine + interval settings -> Timeline: every step of a session with its cues.

Two passes. The first, here, lays out the steps: blocks, rounds, sides, and the rests and
switches between them. The second (core.cues) adds the cues, which need to see ahead (the
rest before a move announces that move) and may lengthen a rest so that a phrase fits.
Nothing here knows about clocks or Qt: a Timeline is data.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from backtrainer.core.cues import LEAD_IN, REP_TAIL, CueOptions, add_cues
from backtrainer.core.model import Block, Exercise, Reps, Routine, Timed
from backtrainer.core.settings import IntervalSettings, Resolved, resolve
from backtrainer.core.timeline import Step, TempoSpec, Timeline

SideName = Literal["left", "right", "alternating", "seesaw"]


def plan(
    routine: Routine,
    settings: IntervalSettings | None = None,
    mode: str | None = None,
    cues: CueOptions | None = None,
) -> Timeline:
    """The whole session, step by step. `mode` is a mode id (None: the first mode)."""
    chosen = routine.mode(mode)
    resolved = resolve(routine, chosen, settings or IntervalSettings())
    layout = _Layout(resolved, timed_mode=bool(chosen and chosen.timed))
    moves = {e.id: e for e in routine.exercises()}
    steps = _with_setup_time(layout.lay_out(routine), moves)
    return Timeline(
        routine_id=routine.id,
        title=routine.title,
        mode=chosen.id if chosen else None,
        steps=tuple(add_cues(steps, moves, cues or CueOptions())),
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
                if p > 0:  # the weight changes hands: at least a rest between moves
                    self._gap(
                        "switch", max(self.r.switch, self._rest_moves(block)), block, n, rounds
                    )
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
            first = exercise.first_side or block.first_side
            self._work(block, exercise, n, rounds, first)
            self._gap("switch", self.r.switch, block, n, rounds)
            self._work(block, exercise, n, rounds, _other(first))

    def _work(
        self, block: Block, exercise: Exercise, n: int, rounds: int, side: SideName | None
    ) -> None:
        dose = exercise.dose
        if self.timed_mode and block.role == "main" and isinstance(dose, Reps):
            # One rule for every move: the work interval in all, shared by the two sides
            # of a one-sided move.
            halves = side in ("left", "right")
            dose = Timed(seconds=max(5, round(self.r.work / 2))) if halves else Timed()
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
                seconds=round(LEAD_IN + dose.reps * unit + REP_TAIL, 3),
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


def _with_setup_time(steps: list[Step], moves: dict[str, Exercise]) -> list[Step]:
    """A move that needs a change of equipment gets a rest before it, long enough for it."""
    out: list[Step] = []
    previous: str | None = None
    for step in steps:
        move = moves.get(step.exercise_id or "") if step.kind == "work" else None
        if move is not None and move.setup and previous != move.id:
            if out and out[-1].kind != "work":
                gap = out[-1]
                out[-1] = dataclasses.replace(gap, seconds=max(gap.seconds, move.setup_seconds))
            else:
                out.append(Step(kind="rest", seconds=move.setup_seconds, block=step.block))
        if step.kind == "work":
            previous = step.exercise_id
        out.append(step)
    return out
