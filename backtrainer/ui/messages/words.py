"""The workout's words in the window's language, for what the core names by kind: phases,
side badges, doses, rounds, steps between moves.

The core words its steps in English for the plan and the log (`Step.dose`, `STEP_WORDS`);
the screens word them again here from the step's fields, through Qt's translation system.
A plural's source text is its English plural ("%n reps"), so that English reads right
without a translator; `backtrainer_en.ts` gives the singular.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from backtrainer.core import phrases
from backtrainer.core.timeline import Step
from backtrainer.ui.i18n import arg


class Words(QObject):
    """The translation context of the workout's words."""

    def phase(self, name: str) -> str:
        """The phase line at the top of the screen, by `workout.phases.PHASES` key."""
        words = {
            "prepare": self.tr("GET READY"),
            "work": self.tr("WORK"),
            "switch": self.tr("SWITCH SIDES"),
            "rest": self.tr("REST"),
            "done": self.tr("DONE"),
            "paused": self.tr("PAUSED — press Space to resume"),
        }
        return words.get(name, name.upper())

    def badge(self, key: str) -> str:
        """The side badge's word, by `layout` key (LEFT, RIGHT, ALTERNATE)."""
        words = {
            "LEFT": self.tr("LEFT"),
            "RIGHT": self.tr("RIGHT"),
            "ALTERNATE": self.tr("ALTERNATE"),
        }
        return words.get(key, key)

    def side(self, side: str | None) -> str:
        """A step's side after its name: "left side", "alternating sides"; "" for none."""
        words = {
            "left": self.tr("left side"),
            "right": self.tr("right side"),
            "alternating": self.tr("alternating sides"),
            "seesaw": self.tr("seesaw"),
            "each": self.tr("each side"),
        }
        return words.get(side or "", "")

    def short_side(self, side: str | None) -> str:
        """A side as a word in brackets: "left", "right"."""
        words = {
            "left": self.tr("left"),
            "right": self.tr("right"),
            "alternating": self.tr("alternating"),
            "seesaw": self.tr("seesaw"),
            "each": self.tr("each side"),
        }
        return words.get(side or "", side or "")

    def dose(self, step: Step) -> str:
        """A work step's dose: "30 s", "10 reps", "up to 10 reps each side"."""
        if step.kind != "work":
            return ""
        if step.reps is None:
            return self.seconds(step.seconds)
        n = step.reps
        each = step.side in ("alternating", "seesaw")
        if step.to_comfort:
            if each:
                return self.tr("up to %n reps each side", "", n)
            return self.tr("up to %n reps", "", n)
        return self.tr("%n reps each side", "", n) if each else self.tr("%n reps", "", n)

    def seconds(self, seconds: float) -> str:
        """A length in seconds, short: "30 s"."""
        return self.tr("%n s", "", round(seconds))

    def round(self, step: Step) -> str:
        """ "Round 2 of 3", "Set 2 of 3"; "" when the step is not one of several."""
        if not (step.round and step.rounds and step.rounds > 1):
            return ""
        if step.round_unit == "set":
            return arg(self.tr("Set %1 of %2"), step.round, step.rounds)
        return arg(self.tr("Round %1 of %2"), step.round, step.rounds)

    def unit(self, step: Step) -> str:
        """ "set 2", "round 2": which of its rounds a work step was."""
        if step.round_unit == "set":
            return arg(self.tr("set %1"), step.round)
        return arg(self.tr("round %1"), step.round)

    def step_kind(self, kind: str) -> str:
        """A step between moves, as a plan or a summary names it (core `STEP_WORDS`)."""
        words = {
            "prepare": self.tr("get ready"),
            "rest": self.tr("rest"),
            "round_rest": self.tr("rest between rounds"),
            "switch": self.tr("switch sides"),
            "done": self.tr("done"),
        }
        return words.get(kind, kind.replace("_", " "))

    def move(self, step: Step) -> str:
        """The move after this one, as "Then:" names it: "Renegade row, left side, 30 s"."""
        side = "" if step.side == "seesaw" else self.side(step.side)
        return ", ".join(p for p in (step.exercise, side, self.dose(step)) if p)

    def tone(self, text: str) -> str:
        """A tempo tone's caption, by the core's tone marker; "" for spoken words."""
        words = {
            phrases.TONE_UP: self.tr("▲ lift"),
            phrases.TONE_HOLD: self.tr("■ hold"),
            phrases.TONE_DOWN: self.tr("▼ lower"),
        }
        return words.get(text, "")

    def quoted(self, text: str) -> str:
        """Spoken words as the caption shows them, in the language's quotation marks."""
        return arg(self.tr("“%1”"), text)
