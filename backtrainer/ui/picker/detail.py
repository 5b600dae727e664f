"""A routine as rich text for the detail pane: everything the routine file holds (blocks,
moves, form, cues, set-ups, variations, progressions, safety, notes), what BackTrainer
added or assumed, marked, and the plan. Every text from the routine is escaped."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from backtrainer.core.model import Dose, Exercise, Progression, Reps, Routine, Side, Variation
from backtrainer.core.timeline import Step, Timeline, clock
from backtrainer.ui.i18n import arg

translate = QCoreApplication.translate


class RoutineDetail(QObject):
    """The translation context of the detail pane's plurals."""

    def sets(self, n: int) -> str:
        return self.tr("%n sets", "", n)

    def reps(self, n: int) -> str:
        return self.tr("%n reps", "", n)

    def about_minutes(self, seconds: float) -> str:
        """The core's `about_minutes`: "about 12 min"."""
        return self.tr("about %n min", "", max(1, round(seconds / 60)))


def added_mark() -> str:
    return translate("RoutineDetail", "✚ added by BackTrainer")


FIELDS = {
    "reps": QT_TRANSLATE_NOOP("RoutineDetail", "reps"),
    "sets": QT_TRANSLATE_NOOP("RoutineDetail", "sets"),
    "tempo": QT_TRANSLATE_NOOP("RoutineDetail", "tempo"),
    "tempo.up": QT_TRANSLATE_NOOP("RoutineDetail", "tempo up"),
    "tempo.hold": QT_TRANSLATE_NOOP("RoutineDetail", "tempo hold"),
    "tempo.down": QT_TRANSLATE_NOOP("RoutineDetail", "tempo down"),
    "progression.target": QT_TRANSLATE_NOOP("RoutineDetail", "progression target"),
    "variation.dose": QT_TRANSLATE_NOOP("RoutineDetail", "variation dose"),
}
"""The fields a routine file may say BackTrainer assumed, in words to translate; any
other name (a user's file) is shown as it is written, "tempo.hold" as "tempo hold"."""


def assumed_mark(assumed: list[str]) -> str:
    """The mark shown after a move whose values BackTrainer chose, e.g.
    "✚ reps, tempo hold assumed by BackTrainer"."""
    fields = ", ".join(
        translate("RoutineDetail", str(FIELDS[name])) if name in FIELDS else name.replace(".", " ")
        for name in assumed
    )
    return arg(translate("RoutineDetail", "✚ %1 assumed by BackTrainer"), fields)


def _sides(sides: str | None) -> str:
    """How a move uses its sides, after its dose: ", each side"; "" for both at once."""
    words = {
        "each": translate("RoutineDetail", ", each side"),
        "alternating": translate("RoutineDetail", ", alternating sides"),
        "seesaw": translate("RoutineDetail", ", seesaw (one side lifts as the other lowers)"),
    }
    return words.get(sides or "", "")


def _side(side: str | None) -> str:
    words = {
        "left": translate("RoutineDetail", "left"),
        "right": translate("RoutineDetail", "right"),
        "alternating": translate("RoutineDetail", "alternating"),
        "seesaw": translate("RoutineDetail", "seesaw"),
        "each": translate("RoutineDetail", "each side"),
    }
    return words.get(side or "", side or "")


def routine_html(routine: Routine, timeline: Timeline) -> str:
    words = RoutineDetail()
    src = routine.source
    by = escape(src.coach) + (f", {escape(src.credentials)}" if src.credentials else "")
    where = f" — <i>{escape(src.publication)}</i>" if src.publication else ""
    said = escape(translate("RoutineDetail", "“%1”"))
    article = f"<br><b>{_h('Article')}</b> {arg(said, escape(src.article))}" if src.article else ""
    length = (
        f"{words.about_minutes(timeline.total_seconds)} · {words.sets(len(timeline.work_steps))}"
    )
    none = translate("RoutineDetail", "none")
    parts = [
        f"<h2>{escape(routine.title)}</h2>",
        f"<p>{escape(routine.summary)}</p>",
        f"<p><b>{_h('By')}</b> {by}{where}{article}<br>",
        f"<b>{_h('Length')}</b> {escape(length)}"
        f"<br><b>{_h('Equipment')}</b> {escape(', '.join(routine.equipment) or none)}"
        f"<br><b>{_h('Focus')}</b> {escape(', '.join(routine.focus) or '—')}</p>",
    ]
    if routine.added_note:
        parts.append(f"<p><b>{escape(added_mark())}:</b> {escape(routine.added_note)}</p>")
    if routine.modes:
        parts.append(f"<p><b>{_h('Modes')}</b></p><ul>")
        parts.extend(
            f"<li><b>{escape(m.name)}</b>: {escape(m.description)}</li>" for m in routine.modes
        )
        parts.append("</ul>")
    for block in routine.blocks:
        parts.append(f"<h3>{escape(block.name)}</h3>")
        parts.append(_list(block.notes))
        parts.extend(_exercise_html(n, e) for n, e in enumerate(block.exercises, 1))
    parts.append(_plan_html(timeline))
    for title, items in ((_h("Safety"), routine.safety), (_h("Notes"), routine.notes)):
        if items:
            parts.append(f"<h3>{title}</h3>{_list(items)}")
    return "".join(parts)


def _h(heading: str) -> str:
    """A heading of the pane, translated and escaped (its English text is one of those
    listed in `_HEADINGS`, so that lupdate finds them)."""
    return escape(_headings().get(heading, heading))


def _headings() -> dict[str, str]:
    return {
        "Article": translate("RoutineDetail", "Article"),
        "By": translate("RoutineDetail", "By"),
        "Length": translate("RoutineDetail", "Length"),
        "Equipment": translate("RoutineDetail", "Equipment"),
        "Focus": translate("RoutineDetail", "Focus"),
        "Modes": translate("RoutineDetail", "Modes"),
        "Safety": translate("RoutineDetail", "Safety"),
        "Notes": translate("RoutineDetail", "Notes"),
        "Plan": translate("RoutineDetail", "Plan"),
        "Set-up (%1 s):": translate("RoutineDetail", "Set-up (%1 s):"),
        "Form cue:": translate("RoutineDetail", "Form cue:"),
        "Uses:": translate("RoutineDetail", "Uses:"),
        "Works:": translate("RoutineDetail", "Works:"),
        "Progression:": translate("RoutineDetail", "Progression:"),
        "Safety:": translate("RoutineDetail", "Safety:"),
        "Notes:": translate("RoutineDetail", "Notes:"),
        "Easier:": translate("RoutineDetail", "Easier:"),
        "Harder:": translate("RoutineDetail", "Harder:"),
    }


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
    """A dose in full, escaped: "10 reps · 2 s up, hold 1 s, 2 s down"."""
    if isinstance(dose, Reps):
        t = dose.tempo
        amount = RoutineDetail().reps(dose.reps)
        if dose.to_comfort:
            amount = arg(translate("RoutineDetail", "up to %1"), amount)
        hold = arg(translate("RoutineDetail", ", hold %1 s"), f"{t.hold:g}") if t.hold else ""
        pause = arg(translate("RoutineDetail", ", pause %1 s"), f"{t.rest:g}") if t.rest else ""
        tempo = translate("RoutineDetail", "%1 s up%2, %3 s down%4")
        return escape(amount + " · " + arg(tempo, f"{t.up:g}", hold, f"{t.down:g}", pause))
    if dose.seconds:
        return escape(arg(translate("RoutineDetail", "%1 s"), dose.seconds))
    return escape(translate("RoutineDetail", "work interval"))


def _first_side(side: Side | None) -> str:
    if side == "left":
        return translate("RoutineDetail", ", left side first")
    if side == "right":
        return translate("RoutineDetail", ", right side first")
    return ""


def _exercise_html(number: int, exercise: Exercise) -> str:
    amount = _dose_text(exercise.dose)
    sides = escape(_sides(exercise.sides) + _first_side(exercise.first_side))
    mark = f" <i>({escape(added_mark())})</i>" if exercise.added else ""
    if exercise.assumed:
        mark += f" <i>({escape(assumed_mark(exercise.assumed))})</i>"
    head = f"<p{MOVE_HEAD}><b>{number}. {escape(exercise.name)}</b> — {amount}{sides}{mark}</p>"
    parts: list[Part] = []
    if exercise.setup:
        setup = arg(_h("Set-up (%1 s):"), exercise.setup_seconds)
        parts.append(f"<i>{setup}</i> {escape(exercise.setup)}")
    if exercise.cue:
        quoted = arg(escape(translate("RoutineDetail", "“%1”")), escape(exercise.cue))
        parts.append(f"<i>{_h('Form cue:')}</i> {quoted}")
    parts.append(exercise.instructions)
    equipment = escape(", ".join(exercise.equipment))
    focus = escape(", ".join(exercise.focus))
    uses = [f"<i>{_h('Uses:')}</i> {equipment}"] if exercise.equipment else []
    works = [f"<i>{_h('Works:')}</i> {focus}"] if exercise.focus else []
    parts.append(" · ".join(uses + works))
    if exercise.progression:
        parts.append(_progression_html(exercise.progression))
    for variation in exercise.variations:
        parts.extend(_variation_html(variation))
    for title, items in ((_h("Safety:"), exercise.safety), (_h("Notes:"), exercise.notes)):
        if items:
            parts.extend([f"<i>{title}</i>", items])
    return head + _move_body(parts)


def _progression_html(progression: Progression) -> str:
    start, target = progression.start, progression.target
    html = (
        f"<i>{_h('Progression:')}</i> {start.sets} x {start.reps} → {target.sets} x {target.reps}"
    )
    if progression.note:
        html += f". {escape(progression.note)}"
    return html


def _variation_html(variation: Variation) -> list[Part]:
    details = []
    if variation.dose is not None:
        details.append(_dose_text(variation.dose))
    if variation.sides is not None:
        both = translate("RoutineDetail", "both sides at once")
        details.append(escape((_sides(variation.sides) or both).removeprefix(", ")))
    if variation.first_side is not None:
        details.append(escape(_first_side(variation.first_side).removeprefix(", ")))
    extra = f" — {', '.join(details)}" if details else ""
    level = _h(f"{variation.level.capitalize()}:")
    title = f"<i>{level}</i> {escape(variation.name)}{extra}"
    return [title, variation.instructions]


def _plan_html(timeline: Timeline) -> str:
    rows = [f"<h3>{_h('Plan')}</h3><table cellspacing='0' cellpadding='2'>"]
    gaps = {
        "prepare": translate("RoutineDetail", "get ready"),
        "rest": translate("RoutineDetail", "rest"),
        "round_rest": translate("RoutineDetail", "rest between rounds"),
        "switch": translate("RoutineDetail", "switch sides"),
        "done": translate("RoutineDetail", "done"),
    }
    start = 0.0
    for step in timeline.steps:
        if step.kind == "work":
            side = f" ({escape(_side(step.side))})" if step.side else ""
            what = f"{escape(step.exercise or '')}{side} — {escape(_step_dose(step))}"
        else:
            what = f"<i>{escape(gaps.get(step.kind, step.kind))}</i>"
        seconds = arg(translate("RoutineDetail", "%1 s"), round(step.seconds))
        length = escape(seconds) if step.kind != "done" else ""
        rows.append(
            f"<tr><td>{clock(start)}</td><td>&nbsp;{what}</td>"
            f"<td align='right'>&nbsp;{length}</td></tr>"
        )
        start += step.seconds
    rows.append("</table>")
    return "".join(rows)


def _step_dose(step: Step) -> str:
    """A work step's dose, as the core's `Step.dose` says it: "30 s", "10 reps each side"."""
    if step.reps is None:
        return arg(translate("RoutineDetail", "%1 s"), round(step.seconds))
    amount = RoutineDetail().reps(step.reps)
    if step.side in ("alternating", "seesaw"):
        amount = arg(translate("RoutineDetail", "%1 each side"), amount)
    if step.to_comfort:
        amount = arg(translate("RoutineDetail", "up to %1"), amount)
    return amount
