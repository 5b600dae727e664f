"""The fields of each kind of item: the routine, a block, a move.

Each form reads an item into its fields (`show`) and reports every change as (key, value),
the key being the value's path within the item; the editor applies it to the routine.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from backtrainer.core.model import Block, Dose, Exercise, Reps, Routine, Tempo, Timed
from backtrainer.ui.editor.fields import (
    ItemForm,
    choice,
    seconds_spin,
    spin,
    value_of,
)

INTERVALS = (
    ("prepare", "&Get ready", " s"),
    ("work", "&Work (timed moves)", " s"),
    ("rest", "&Rest between moves", " s"),
    ("round_rest", "Rest between r&ounds", " s"),
    ("rounds", "Roun&ds", ""),
    ("switch", "Switc&h sides", " s"),
)


class RoutineForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Routine", parent)
        self.ident = QLabel()
        self.ident.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ident.setToolTip("Saved as <id>.json in your routines folder; the id stays.")
        self.form.addRow("File id", self.ident)
        self.add_field("title", "&Title", QLineEdit())
        summary = QPlainTextEdit()
        summary.setTabChangesFocus(True)
        summary.setMaximumHeight(90)
        self.add_field("summary", "Summar&y", summary)
        self.form.addRow(QLabel("<b>Defaults for the main blocks</b>"))
        for name, text, suffix in INTERVALS:
            high = 99 if name == "rounds" else 9999
            self.add_field(f"intervals.{name}.default", text, spin(0, high, suffix))
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
            f"Modes with their own intervals ({', '.join(own)}) keep them; the preview shows"
            f" the first mode, {routine.modes[0].name}."
            if own
            else ""
        )
        self.modes.setVisible(bool(own))


class BlockForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Block", parent)
        self.add_field("name", "Na&me", QLineEdit())
        roles = (("warmup", "Warm-up"), ("main", "Main"), ("cooldown", "Cool-down"))
        self.add_field(
            "role", "&Role", choice(roles), "Interval settings apply to the main blocks only."
        )
        structures = (
            ("circuit", "Circuit"),
            ("superset", "Superset"),
            ("straight", "Straight sets"),
        )
        self.add_field(
            "structure",
            "S&tructure",
            choice(structures),
            "Circuit and superset: every move once, then again for each round."
            " Straight sets: all sets of one move, then the next move.",
        )
        self.add_field(
            "rounds",
            "Roun&ds",
            spin(0, 99, special="As the routine"),
            "Main blocks: the routine's rounds; warm-up and cool-down: one.",
        )
        orders = (
            ("per_move", "Both sides, move by move"),
            ("per_round", "Whole circuit per side"),
        )
        self.add_field(
            "side_order",
            "&One-sided moves",
            choice(orders),
            "Both sides of a move before the next move, or the whole circuit on one side,"
            " then the whole circuit on the other.",
        )
        self.add_field("first_side", "&First side", choice((("left", "Left"), ("right", "Right"))))
        routine_rest = "As the routine"
        self.add_field(
            "rest_between_moves", "Rest &between moves", spin(-1, 9999, " s", routine_rest)
        )
        self.add_field(
            "rest_between_rounds", "Rest between ro&unds", spin(-1, 9999, " s", routine_rest)
        )
        self.add_field("rest_after", "Rest &after the block", spin(0, 9999, " s"))

    def show_block(self, block: Block, routine: Routine) -> None:
        """The block's values; "As the routine" says what the routine's value is."""
        intervals = routine.intervals
        main = block.role == "main"
        rounds = self.fields["rounds"]
        assert isinstance(rounds, QSpinBox)
        rounds.setSpecialValueText(
            f"As the routine ({intervals.rounds.default})" if main else "One (not set)"
        )
        for key, default in (
            ("rest_between_moves", intervals.rest.default),
            ("rest_between_rounds", intervals.round_rest.default),
        ):
            box = self.fields[key]
            assert isinstance(box, QSpinBox)
            box.setSpecialValueText(f"As the routine ({default} s)")
        self.load({key: getattr(block, key) for key in self.fields})


class MoveForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Move", parent)
        self.add_field("name", "Na&me", QLineEdit())
        sides = (
            ("both", "Both sides at once"),
            ("each", "Each side in turn"),
            ("alternating", "Alternating sides"),
            ("seesaw", "Seesaw (one side lifts as the other lowers)"),
        )
        self.add_field("sides", "Si&des", choice(sides))
        kinds = (("timed", "Timed"), ("reps", "Reps, paced by a tempo"))
        self.add_field("dose.type", "D&ose", choice(kinds))
        self.add_field(
            "dose.seconds",
            "Len&gth",
            spin(0, 9999, " s", "The routine's work time"),
            "Per side for one-sided moves.",
        )
        self.add_field("dose.reps", "&Reps", spin(0, 999), "Per side for one-sided moves.")
        self.add_field("dose.tempo.up", "&Up (lift)", seconds_spin())
        self.add_field("dose.tempo.hold", "&Hold at the top", seconds_spin())
        self.add_field("dose.tempo.down", "Do&wn (lower)", seconds_spin())
        self.add_field("dose.tempo.rest", "P&ause at the bottom", seconds_spin())
        comfort = QCheckBox("As many as &comfortable")
        self.add_field("dose.to_comfort", "", comfort, "The reps are then the most, not a target.")

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
