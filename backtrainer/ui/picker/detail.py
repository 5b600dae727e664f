"""A routine as rich text for the detail pane: blocks, moves, form, variations, plan."""

from __future__ import annotations

from html import escape

from backtrainer.core.model import Exercise, Reps, Routine
from backtrainer.core.timeline import STEP_WORDS, Timeline, about_minutes, clock

ADDED_MARK = "✚ added by BackTrainer"


def routine_html(routine: Routine, timeline: Timeline) -> str:
    src = routine.source
    by = escape(src.coach) + (f", {escape(src.credentials)}" if src.credentials else "")
    where = f" — <i>{escape(src.publication)}</i>" if src.publication else ""
    parts = [
        f"<h2>{escape(routine.title)}</h2>",
        f"<p>{escape(routine.summary)}</p>",
        f"<p><b>By</b> {by}{where}<br>",
        f"<b>Length</b> {about_minutes(timeline.total_seconds)} · {len(timeline.work_steps)} sets"
        f"<br><b>Equipment</b> {escape(', '.join(routine.equipment) or 'none')}"
        f"<br><b>Focus</b> {escape(', '.join(routine.focus) or '—')}</p>",
    ]
    if routine.added_note:
        parts.append(f"<p><b>{ADDED_MARK}:</b> {escape(routine.added_note)}</p>")
    for block in routine.blocks:
        parts.append(f"<h3>{escape(block.name)}</h3><ol>")
        parts.extend(_exercise_html(e) for e in block.exercises)
        parts.append("</ol>")
    parts.append(_plan_html(timeline))
    for title, items in (("Safety", routine.safety), ("Notes", routine.notes)):
        if items:
            parts.append(f"<h3>{title}</h3><ul>")
            parts.extend(f"<li>{escape(t)}</li>" for t in items)
            parts.append("</ul>")
    return "".join(parts)


def _exercise_html(exercise: Exercise) -> str:
    dose = exercise.dose
    if isinstance(dose, Reps):
        t = dose.tempo
        amount = f"{'up to ' if dose.to_comfort else ''}{dose.reps} reps"
        hold = f", hold {t.hold:g} s" if t.hold else ""
        amount += f" · {t.up:g} s up{hold}, {t.down:g} s down"
    else:
        amount = f"{dose.seconds} s" if dose.seconds else "work interval"
    sides = {
        "each": ", each side",
        "alternating": ", alternating sides",
        "seesaw": ", seesaw (one side lifts as the other lowers)",
    }.get(exercise.sides, "")
    mark = f" <i>({ADDED_MARK})</i>" if exercise.added else ""
    html = [f"<li><b>{escape(exercise.name)}</b> — {amount}{sides}{mark}"]
    if exercise.instructions:
        html.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in exercise.instructions))
        html.append("</ul>")
    for variation in exercise.variations:
        html.append(f"<br><i>{variation.level.capitalize()}:</i> {escape(variation.name)}")
    html.append("</li>")
    return "".join(html)


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
