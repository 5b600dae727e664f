"""A routine as rich text for the detail pane: everything the routine file holds (blocks,
moves, form, cues, set-ups, variations, progressions, safety, notes), what BackTrainer
added or assumed, marked, and the plan. Every text from the routine is escaped."""

from __future__ import annotations

from html import escape

from backtrainer.core.model import Dose, Exercise, Progression, Reps, Routine, Side, Variation
from backtrainer.core.timeline import STEP_WORDS, Timeline, about_minutes, clock

ADDED_MARK = "✚ added by BackTrainer"
ASSUMED_MARK = "✚ {} assumed by BackTrainer"
"""Filled with the move's assumed fields, in words ("tempo hold" for `tempo.hold`)."""

SIDES = {
    "each": ", each side",
    "alternating": ", alternating sides",
    "seesaw": ", seesaw (one side lifts as the other lowers)",
}


def assumed_mark(assumed: list[str]) -> str:
    """The mark shown after a move whose values BackTrainer chose, e.g.
    "✚ reps, tempo hold assumed by BackTrainer"."""
    return ASSUMED_MARK.format(", ".join(name.replace(".", " ") for name in assumed))


def routine_html(routine: Routine, timeline: Timeline) -> str:
    src = routine.source
    by = escape(src.coach) + (f", {escape(src.credentials)}" if src.credentials else "")
    where = f" — <i>{escape(src.publication)}</i>" if src.publication else ""
    article = f"<br><b>Article</b> “{escape(src.article)}”" if src.article else ""
    parts = [
        f"<h2>{escape(routine.title)}</h2>",
        f"<p>{escape(routine.summary)}</p>",
        f"<p><b>By</b> {by}{where}{article}<br>",
        f"<b>Length</b> {about_minutes(timeline.total_seconds)} · {len(timeline.work_steps)} sets"
        f"<br><b>Equipment</b> {escape(', '.join(routine.equipment) or 'none')}"
        f"<br><b>Focus</b> {escape(', '.join(routine.focus) or '—')}</p>",
    ]
    if routine.added_note:
        parts.append(f"<p><b>{ADDED_MARK}:</b> {escape(routine.added_note)}</p>")
    if routine.modes:
        parts.append("<p><b>Modes</b></p><ul>")
        parts.extend(
            f"<li><b>{escape(m.name)}</b>: {escape(m.description)}</li>" for m in routine.modes
        )
        parts.append("</ul>")
    for block in routine.blocks:
        parts.append(f"<h3>{escape(block.name)}</h3>")
        parts.append(_list(block.notes))
        parts.extend(_exercise_html(n, e) for n, e in enumerate(block.exercises, 1))
    parts.append(_plan_html(timeline))
    for title, items in (("Safety", routine.safety), ("Notes", routine.notes)):
        if items:
            parts.append(f"<h3>{title}</h3>{_list(items)}")
    return "".join(parts)


def _list(items: list[str], style: str = "") -> str:
    if not items:
        return ""
    return f"<ul{style}>" + "".join(f"<li>{escape(t)}</li>" for t in items) + "</ul>"


MOVE_HEAD = " style='margin-top:8px; margin-bottom:0px'"
MOVE_LINES = " style='margin-top:0px; margin-bottom:0px; margin-left:24px'"
MOVE_LIST = " style='margin-top:0px; margin-bottom:0px'"
"""A move is a numbered paragraph, then its lines and lists indented under it. (Qt's rich
text puts a list's closing margin inside its last item, between the item and anything
nested in it, so the moves are not an <ol>.)"""

Part = str | list[str]
"""A line of HTML, or a list of texts to escape and show as bullets."""


def _move_body(parts: list[Part]) -> str:
    """Consecutive lines as one indented paragraph; each list as tight bullets."""
    html, lines = [], []
    for part in [*parts, []]:
        if isinstance(part, str):
            if part:
                lines.append(part)
            continue
        if lines:
            html.append(f"<p{MOVE_LINES}>{'<br>'.join(lines)}</p>")
            lines = []
        html.append(_list(part, MOVE_LIST))
    return "".join(html)


def _dose_text(dose: Dose) -> str:
    if isinstance(dose, Reps):
        t = dose.tempo
        amount = f"{'up to ' if dose.to_comfort else ''}{dose.reps} reps"
        hold = f", hold {t.hold:g} s" if t.hold else ""
        pause = f", pause {t.rest:g} s" if t.rest else ""
        return amount + f" · {t.up:g} s up{hold}, {t.down:g} s down{pause}"
    return f"{dose.seconds} s" if dose.seconds else "work interval"


def _first_side(side: Side | None) -> str:
    return f", {side} side first" if side else ""


def _exercise_html(number: int, exercise: Exercise) -> str:
    amount = _dose_text(exercise.dose)
    sides = SIDES.get(exercise.sides, "") + _first_side(exercise.first_side)
    mark = f" <i>({ADDED_MARK})</i>" if exercise.added else ""
    if exercise.assumed:
        mark += f" <i>({escape(assumed_mark(exercise.assumed))})</i>"
    head = f"<p{MOVE_HEAD}><b>{number}. {escape(exercise.name)}</b> — {amount}{sides}{mark}</p>"
    parts: list[Part] = []
    if exercise.setup:
        parts.append(f"<i>Set-up ({exercise.setup_seconds} s):</i> {escape(exercise.setup)}")
    if exercise.cue:
        parts.append(f"<i>Form cue:</i> “{escape(exercise.cue)}”")
    parts.append(exercise.instructions)
    uses = [f"<i>Uses:</i> {escape(', '.join(exercise.equipment))}"] if exercise.equipment else []
    works = [f"<i>Works:</i> {escape(', '.join(exercise.focus))}"] if exercise.focus else []
    parts.append(" · ".join(uses + works))
    if exercise.progression:
        parts.append(_progression_html(exercise.progression))
    for variation in exercise.variations:
        parts.extend(_variation_html(variation))
    for title, items in (("Safety", exercise.safety), ("Notes", exercise.notes)):
        if items:
            parts.extend([f"<i>{title}:</i>", items])
    return head + _move_body(parts)


def _progression_html(progression: Progression) -> str:
    start, target = progression.start, progression.target
    html = f"<i>Progression:</i> {start.sets} x {start.reps} → {target.sets} x {target.reps}"
    if progression.note:
        html += f". {escape(progression.note)}"
    return html


def _variation_html(variation: Variation) -> list[Part]:
    details = []
    if variation.dose is not None:
        details.append(_dose_text(variation.dose))
    if variation.sides is not None:
        details.append(SIDES.get(variation.sides, "both sides at once").removeprefix(", "))
    if variation.first_side is not None:
        details.append(f"{variation.first_side} side first")
    extra = f" — {', '.join(details)}" if details else ""
    title = f"<i>{variation.level.capitalize()}:</i> {escape(variation.name)}{extra}"
    return [title, variation.instructions]


def _plan_html(timeline: Timeline) -> str:
    rows = ["<h3>Plan</h3><table cellspacing='0' cellpadding='2'>"]
    start = 0.0
    for step in timeline.steps:
        if step.kind == "work":
            side = f" ({step.side})" if step.side else ""
            what = f"{escape(step.exercise or '')}{side} — {escape(step.dose or '')}"
        else:
            what = f"<i>{STEP_WORDS.get(step.kind, step.kind)}</i>"
        length = f"{round(step.seconds)} s" if step.kind != "done" else ""
        rows.append(
            f"<tr><td>{clock(start)}</td><td>&nbsp;{what}</td>"
            f"<td align='right'>&nbsp;{length}</td></tr>"
        )
        start += step.seconds
    rows.append("</table>")
    return "".join(rows)
