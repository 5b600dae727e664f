"""What `plan` and `routines` print around a routine's own texts, in the languages the
cues are said in. The window has these words through Qt's translations; the command line
does not load Qt, so it keeps its few here, beside the spoken words it reuses
(`core.languages`: reps, seconds, sides, "set 1 of 3")."""

from __future__ import annotations

from dataclasses import dataclass

from backtrainer.core.languages import wording
from backtrainer.core.phrases import dose_phrase
from backtrainer.core.timeline import Step


@dataclass(frozen=True)
class Printed:
    steps: str
    """{time} of the session, {n} steps."""
    get_ready: str
    rest: str
    switch: str
    rest_after: str
    """{which}: "set 1 of 3"."""
    done: str
    added: str
    by: str
    """{coach}."""
    no_equipment: str
    no_workouts: str
    sets_done: str
    """{done} of {planned} sets, short: "9/9 sets"."""
    statuses: dict[str, str]
    """A session's status (`core.history.Status`) as `history` prints it."""


PRINTED = {
    "en": Printed(
        steps="{time} in {n} steps",
        get_ready="get ready",
        rest="rest",
        switch="switch sides",
        rest_after="rest after {which}",
        done="done",
        added="added by BackTrainer",
        by="by {coach}",
        no_equipment="no equipment",
        no_workouts="No workouts on record yet.",
        sets_done="{done}/{planned} sets",
        statuses={
            "completed": "completed",
            "stopped": "stopped",
            "interrupted": "interrupted",
            "running": "running",
        },
    ),
    "de": Printed(
        steps="{time} in {n} Schritten",
        get_ready="bereitmachen",
        rest="Pause",
        switch="Seitenwechsel",
        rest_after="Pause nach {which}",
        done="fertig",
        added="von BackTrainer ergänzt",
        by="von {coach}",
        no_equipment="ohne Geräte",
        no_workouts="Noch keine Trainings aufgezeichnet.",
        sets_done="{done}/{planned} Sätze",
        statuses={
            "completed": "abgeschlossen",
            "stopped": "beendet",
            "interrupted": "unterbrochen",
            "running": "läuft",
        },
    ),
    "fr": Printed(
        steps="{time} en {n} étapes",
        get_ready="en place",
        rest="repos",
        switch="changement de côté",
        rest_after="repos après {which}",
        done="terminé",
        added="ajouté par BackTrainer",
        by="par {coach}",
        no_equipment="sans matériel",
        no_workouts="Aucune séance enregistrée pour l'instant.",
        sets_done="{done}/{planned} séries",
        statuses={
            "completed": "terminée",
            "stopped": "arrêtée",
            "interrupted": "interrompue",
            "running": "en cours",
        },
    ),
    "es": Printed(
        steps="{time} en {n} pasos",
        get_ready="prepárate",
        rest="descanso",
        switch="cambio de lado",
        rest_after="descanso tras {which}",
        done="listo",
        added="añadido por BackTrainer",
        by="de {coach}",
        no_equipment="sin material",
        no_workouts="Aún no hay entrenamientos registrados.",
        sets_done="{done}/{planned} series",
        statuses={
            "completed": "completado",
            "stopped": "detenido",
            "interrupted": "interrumpido",
            "running": "en curso",
        },
    ),
}


def printed(lang: str) -> Printed:
    return PRINTED.get(lang, PRINTED["en"])


def step_line(step: Step, lang: str) -> str:
    """One step of `plan`: "Kettlebell-Swing, 10 Wiederholungen", "· Pause 45 s"."""
    p, w = printed(lang), wording(lang)
    if step.kind == "work":
        side = {"left": w.left, "right": w.right}.get(step.side or "", w.alternating)
        sided = f" ({side})" if step.side else ""
        added = f"  [{p.added}]" if step.added else ""
        return f"{step.exercise}{sided}, {_dose(step, lang)}{added}"
    if step.kind == "done":
        return p.done
    label = {"prepare": p.get_ready, "rest": p.rest, "switch": p.switch}.get(step.kind)
    if label is None:
        which = (w.set_of if step.round_unit == "set" else w.round_of).format(
            n=step.round, total=step.rounds
        )
        label = p.rest_after.format(which=which if lang == "de" else which.lower())
    return f"  · {label} {round(step.seconds)} s"


def _dose(step: Step, lang: str) -> str:
    """ "10 reps", "up to 12 reps each side", "30 s"."""
    if step.reps is None:
        return f"{round(step.seconds)} s"
    if lang == "en" and step.dose:
        return step.dose  # the planner's own words
    return dose_phrase(
        reps=step.reps,
        seconds=step.seconds,
        per_side=step.side in ("alternating", "seesaw"),
        to_comfort=step.to_comfort,
        lang=lang,
    )
