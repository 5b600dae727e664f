"""Which FIT exercise category each bundled move belongs to, for the FIT export.

Garmin Connect groups strength sets by FIT's exercise category (and shows a named
exercise when the subtype is one it knows). A move is given a subtype only where FIT
names that very exercise (renegade row, scaption...); a category alone otherwise, and
`UNKNOWN` for a move FIT has no category for (its name still goes into every set).
The numbers are those of FIT's profile (`exercise_category` and the `*_exercise_name`
types of Garmin's FIT SDK, profile 21.x).
"""

from __future__ import annotations

from typing import NamedTuple

UNKNOWN = 65534
"""FIT's exercise category "unknown"."""


class FitExercise(NamedTuple):
    category: int
    subtype: int | None = None
    """The exercise's number in the category's `*_exercise_name` list, when FIT has it."""


# exercise_category values
CHOP, CURL, DEADLIFT, FLYE, HIP_RAISE, HIP_SWING, HYPEREXTENSION = 4, 7, 8, 9, 10, 12, 13
LATERAL_RAISE, OLYMPIC_LIFT, PLANK, ROW, POSE = 14, 18, 19, 23, 36

MOVES: dict[str, FitExercise] = {
    # rows
    "alternating-single-arm-bent-over-row": FitExercise(ROW),
    "bent-over-row": FitExercise(ROW),
    "bent-over-row-to-march": FitExercise(ROW),
    "bent-over-wide-row": FitExercise(ROW),
    "gorilla-row": FitExercise(ROW),
    "reciprocal-row": FitExercise(ROW),
    "renegade-row": FitExercise(ROW, 15),  # renegade_row
    # swings and hinges
    "kettlebell-swing": FitExercise(HIP_SWING),
    "kettlebell-romanian-deadlift": FitExercise(DEADLIFT, 23),  # romanian_deadlift
    "suitcase-deadlift": FitExercise(DEADLIFT),
    "kettlebell-sumo-high-pull": FitExercise(DEADLIFT, 16),  # sumo_deadlift_high_pull
    "single-arm-high-pull": FitExercise(OLYMPIC_LIFT),
    "glute-bridge": FitExercise(HIP_RAISE),
    # back extensions
    "superman": FitExercise(HYPEREXTENSION, 29),  # superman_from_floor
    "alternating-superman": FitExercise(HYPEREXTENSION),
    "superman-hands-and-knees": FitExercise(HYPEREXTENSION, 12),  # kneeling_superman
    "lying-lower-back-extension": FitExercise(HYPEREXTENSION),
    # shoulders and arms
    "bent-over-shoulder-raise": FitExercise(LATERAL_RAISE),
    "balancing-single-arm-scaption": FitExercise(LATERAL_RAISE, 23),  # scaption
    "single-arm-reverse-fly": FitExercise(FLYE),
    "chest-fly": FitExercise(FLYE),
    "hammer-curl": FitExercise(CURL),
    # core and mobility
    "bear-plank-lateral-walk": FitExercise(PLANK),
    "half-kneeling-chop": FitExercise(CHOP),
    "childs-pose": FitExercise(POSE, 11),  # childs
    "dynamic-childs-pose": FitExercise(POSE),
    "thread-the-needle": FitExercise(POSE, 75),  # thread_the_needle
}
"""Move id -> FIT exercise. Not here (FIT has no category for them): the half-kneeling
rainbow and the standing lower-back extension, and any move of the user's own."""


def fit_exercise(exercise_id: str | None) -> FitExercise:
    """The move's FIT category (and subtype), or UNKNOWN."""
    return MOVES.get(exercise_id or "", FitExercise(UNKNOWN))
