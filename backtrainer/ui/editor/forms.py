"""The fields of each kind of item: the routine, a block, a move.

Each form reads an item into its fields (`show`) and reports every change as (key, value),
the key being the value's path within the item; the editor applies it to the routine.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from backtrainer.core.model import Block, Dose, Exercise, Reps, Routine, Tempo, Timed
from backtrainer.ui.editor.fields import (
    ItemForm,
    choice,
    seconds_spin,
    spin,
    value_of,
)

translate = QCoreApplication.translate

INTERVALS = (
    ("prepare", QT_TRANSLATE_NOOP("RoutineForm", "&Get ready"), " s"),
    ("work", QT_TRANSLATE_NOOP("RoutineForm", "&Work (timed moves)"), " s"),
    ("rest", QT_TRANSLATE_NOOP("RoutineForm", "&Rest between moves"), " s"),
    ("round_rest", QT_TRANSLATE_NOOP("RoutineForm", "Rest between r&ounds"), " s"),
    ("rounds", QT_TRANSLATE_NOOP("RoutineForm", "Roun&ds"), ""),
    ("switch", QT_TRANSLATE_NOOP("RoutineForm", "Switc&h sides"), " s"),
)
"""(interval, its label in English: translated where shown, unit)."""


class RoutineForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RoutineForm", "Routine"), parent)
        self.ident = QLabel()
        self.ident.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ident.setToolTip(self.tr("Saved as <id>.json in your routines folder; the id stays."))
        self.form.addRow(self.tr("File id"), self.ident)
        self.add_field("title", self.tr("&Title"), QLineEdit())
        summary = QPlainTextEdit()
        summary.setTabChangesFocus(True)
        summary.setMaximumHeight(90)
        self.add_field("summary", self.tr("Summar&y"), summary)
        self.form.addRow(QLabel(self.tr("<b>Defaults for the main blocks</b>")))
        for name, text, suffix in INTERVALS:
            high = 99 if name == "rounds" else 9999
            self.add_field(f"intervals.{name}.default", self.tr(str(text)), spin(0, high, suffix))
        self.modes = QLabel()
        self.modes.setWordWrap(True)
        self.form.addRow(self.modes)

    def show_routine(self, routine: Routine) -> None:
        self.ident.setText(routine.id)
        values: dict[str, object] = {"title": routine.title, "summary": routine.summary}
        for name, *_ in INTERVALS:
            values[f"intervals.{name}.default"] = getattr(routine.intervals, name).default
        self.load(values)
        own = [m.name for m in routine.modes if m.intervals is not None]
        self.modes.setText(
            self.tr(
                "Modes with their own intervals ({modes}) keep them; the preview shows"
                " the first mode, {first}."
            ).format(modes=", ".join(own), first=routine.modes[0].name)
            if own
            else ""
        )
        self.modes.setVisible(bool(own))


class BlockForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("BlockForm", "Block"), parent)
        self.add_field("name", self.tr("Na&me"), QLineEdit())
        roles = (
            ("warmup", self.tr("Warm-up")),
            ("main", self.tr("Main")),
            ("cooldown", self.tr("Cool-down")),
        )
        self.add_field(
            "role",
            self.tr("&Role"),
            choice(roles),
            self.tr("Interval settings apply to the main blocks only."),
        )
        structures = (
            ("circuit", self.tr("Circuit")),
            ("superset", self.tr("Superset")),
            ("straight", self.tr("Straight sets")),
        )
        self.add_field(
            "structure",
            self.tr("S&tructure"),
            choice(structures),
            self.tr(
                "Circuit and superset: every move once, then again for each round."
                " Straight sets: all sets of one move, then the next move."
            ),
        )
        routine_rest = self.tr("As the routine")
        self.add_field(
            "rounds",
            self.tr("Roun&ds"),
            spin(0, 99, special=routine_rest),
            self.tr("Main blocks: the routine's rounds; warm-up and cool-down: one."),
        )
        orders = (
            ("per_move", self.tr("Both sides, move by move")),
            ("per_round", self.tr("Whole circuit per side")),
        )
        self.add_field(
            "side_order",
            self.tr("&One-sided moves"),
            choice(orders),
            self.tr(
                "Both sides of a move before the next move, or the whole circuit on one side,"
                " then the whole circuit on the other."
            ),
        )
        sides = (("left", self.tr("Left")), ("right", self.tr("Right")))
        self.add_field("first_side", self.tr("&First side"), choice(sides))
        self.add_field(
            "rest_between_moves",
            self.tr("Rest &between moves"),
            spin(-1, 9999, " s", routine_rest),
        )
        self.add_field(
            "rest_between_rounds",
            self.tr("Rest between ro&unds"),
            spin(-1, 9999, " s", routine_rest),
        )
        self.add_field("rest_after", self.tr("Rest &after the block"), spin(0, 9999, " s"))

    def show_block(self, block: Block, routine: Routine) -> None:
        """The block's values; "As the routine" says what the routine's value is."""
        intervals = routine.intervals
        main = block.role == "main"
        rounds = self.fields["rounds"]
        assert isinstance(rounds, QSpinBox)
        rounds.setSpecialValueText(
            self.tr("As the routine ({rounds})").format(rounds=intervals.rounds.default)
            if main
            else self.tr("One (not set)")
        )
        for key, default in (
            ("rest_between_moves", intervals.rest.default),
            ("rest_between_rounds", intervals.round_rest.default),
        ):
            box = self.fields[key]
            assert isinstance(box, QSpinBox)
            box.setSpecialValueText(self.tr("As the routine ({seconds} s)").format(seconds=default))
        self.load({key: getattr(block, key) for key in self.fields})


class MoveForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("MoveForm", "Move"), parent)
        self.add_field("name", self.tr("Na&me"), QLineEdit())
        sides = (
            ("both", self.tr("Both sides at once")),
            ("each", self.tr("Each side in turn")),
            ("alternating", self.tr("Alternating sides")),
            ("seesaw", self.tr("Seesaw (one side lifts as the other lowers)")),
        )
        self.add_field("sides", self.tr("Si&des"), choice(sides))
        kinds = (("timed", self.tr("Timed")), ("reps", self.tr("Reps, paced by a tempo")))
        self.add_field("dose.type", self.tr("D&ose"), choice(kinds))
        per_side = self.tr("Per side for one-sided moves.")
        self.add_field(
            "dose.seconds",
            self.tr("Len&gth"),
            spin(0, 9999, " s", self.tr("The routine's work time")),
            per_side,
        )
        self.add_field("dose.reps", self.tr("&Reps"), spin(0, 999), per_side)
        self.add_field("dose.tempo.up", self.tr("&Up (lift)"), seconds_spin())
        self.add_field("dose.tempo.hold", self.tr("&Hold at the top"), seconds_spin())
        self.add_field("dose.tempo.down", self.tr("Do&wn (lower)"), seconds_spin())
        self.add_field("dose.tempo.rest", self.tr("P&ause at the bottom"), seconds_spin())
        comfort = QCheckBox(self.tr("As many as &comfortable"))
        self.add_field(
            "dose.to_comfort", "", comfort, self.tr("The reps are then the most, not a target.")
        )

    def show_move(self, move: Exercise) -> None:
        dose = move.dose
        values: dict[str, object] = {"name": move.name, "sides": move.sides}
        if isinstance(dose, Reps):
            values |= {
                "dose.type": "reps",
                "dose.reps": dose.reps,
                "dose.to_comfort": dose.to_comfort,
                **{f"dose.tempo.{k}": getattr(dose.tempo, k) for k in TEMPO},
            }
        else:  # the rep fields get a start, should the user switch to reps
            values |= {"dose.type": "timed", "dose.seconds": dose.seconds, **REPS_START}
        self.load(values)
        self._show_kind(values["dose.type"] == "reps")

    def _show_kind(self, reps: bool) -> None:
        self.set_row_visible("dose.seconds", not reps)
        for key in ("dose.reps", "dose.to_comfort", *(f"dose.tempo.{k}" for k in TEMPO)):
            self.set_row_visible(key, reps)

    def dose(self) -> Dose:
        """The dose the fields show, for a change of its kind (the other kind's fields
        keep their values, so switching back and forth loses nothing)."""
        if value_of(self.fields["dose.type"]) == "timed":
            seconds = value_of(self.fields["dose.seconds"])
            return Timed(seconds=seconds if isinstance(seconds, int) else None)
        tempo = {k: float(value_of(self.fields[f"dose.tempo.{k}"])) for k in TEMPO}  # type: ignore[arg-type]
        reps = value_of(self.fields["dose.reps"])
        assert isinstance(reps, int)
        return Reps(
            reps=reps,
            tempo=Tempo(**tempo),
            to_comfort=bool(value_of(self.fields["dose.to_comfort"])),
        )

    def changed(self, key: str, value: object) -> None:
        if key == "dose.type":  # the whole dose changes kind
            self._show_kind(value == "reps")
            self.edited.emit("dose", self.dose())
        else:
            self.edited.emit(key, value)


TEMPO = ("up", "hold", "down", "rest")
REPS_START: dict[str, object] = {
    "dose.reps": 10,
    "dose.to_comfort": False,
    "dose.tempo.up": 1.0,
    "dose.tempo.hold": 0.0,
    "dose.tempo.down": 2.0,
    "dose.tempo.rest": 0.0,
}
