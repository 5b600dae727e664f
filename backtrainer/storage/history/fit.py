"""Sessions as FIT activity files, for Garmin Connect and Strava (`history --fit`, and the
history screen's FIT export).

One file per session: sport training, sub-sport strength training; one set message per
step on record, "active" for a move done and "rest" for everything between (a rest, a
switch of side, the get-ready, a skipped set), so that the sets add up to the session's
time. An active set carries the reps done (those counted, else those planned; none for
timed work), the FIT exercise category of the move (`fit_moves`) and the move's name in a
developer field, which Garmin's tools show for a category FIT lacks. A lap and a session
summary close the file. Times are UTC, as FIT has them; a set starts where the step before
it ended, so pauses are left out of the sets but counted in the session's elapsed time.

Written with fit-tool (BSD-3-Clause); tests decode every file with Garmin's own SDK.
File names start with the UTC date and time, so a folder of them sorts by date.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple, TypeVar, cast

from fit_tool.base_type import BaseType
from fit_tool.developer_field import DeveloperField
from fit_tool.fit_file_builder import FitFileBuilder
from fit_tool.profile.messages.activity_message import ActivityMessage
from fit_tool.profile.messages.developer_data_id_message import DeveloperDataIdMessage
from fit_tool.profile.messages.event_message import EventMessage
from fit_tool.profile.messages.field_description_message import FieldDescriptionMessage
from fit_tool.profile.messages.file_id_message import FileIdMessage
from fit_tool.profile.messages.lap_message import LapMessage
from fit_tool.profile.messages.session_message import SessionMessage
from fit_tool.profile.messages.set_message import SetMessage
from fit_tool.profile.profile_type import (
    Activity,
    Event,
    EventType,
    FileType,
    Manufacturer,
    SetType,
    Sport,
    SubSport,
)

from backtrainer.core.history import Session, StepDone
from backtrainer.storage.files import write_atomically
from backtrainer.storage.history.fit_moves import fit_exercise

APPLICATION_ID = uuid.uuid5(uuid.NAMESPACE_DNS, "backtrainer.github.io").bytes
"""Names BackTrainer as the developer of the `exercise_name` field (FIT wants 16 bytes)."""
EXERCISE_NAME_FIELD = 0
_SET_MESG_NUM = 225
_M = TypeVar("_M", LapMessage, SessionMessage)


class FitExportError(ValueError):
    """A session that cannot be written as FIT (its start time is unreadable)."""


class FitExport(NamedTuple):
    written: list[Path]
    skipped: int
    """Sessions left out: no set done, or still running."""


def exportable(session: Session) -> bool:
    """A session over, with at least one set done (nothing else is worth an upload)."""
    return session.status != "running" and any(map(is_active, session.steps))


def fit_file_name(session: Session) -> str:
    """`2024-05-01_053000Z_best-back_1a2b3c4d.fit`: by UTC start, then routine, then id."""
    start = _start(session)
    routine = re.sub(r"[^A-Za-z0-9_-]+", "-", session.routine).strip("-") or "routine"
    return f"{start:%Y-%m-%d_%H%M%S}Z_{routine}_{session.id[:8]}.fit"


def fit_bytes(session: Session) -> bytes:
    """The session as a FIT activity file."""
    start = _start(session)
    t0 = _millis(start)
    builder = FitFileBuilder(auto_define=True, min_string_size=0)
    builder.add(_file_id(t0))
    builder.add(_developer_id())
    builder.add(_name_field())
    builder.add(_event(t0, EventType.START))
    at = 0.0  # seconds into the session, pauses left out
    for index, step in enumerate(session.steps):
        builder.add(_set(step, index, t0 + round(at * 1000)))
        at += step.actual_seconds
    timer = at
    elapsed = max(timer, _elapsed(session, start))
    end = t0 + round(elapsed * 1000)
    builder.add(_event(end, EventType.STOP_ALL))
    builder.add(_summary(LapMessage(), t0, end, elapsed, timer))
    summary = _summary(SessionMessage(), t0, end, elapsed, timer)
    summary.sport = Sport.TRAINING
    summary.sub_sport = SubSport.STRENGTH_TRAINING
    summary.sport_profile_name = session.title[:64]
    summary.first_lap_index = 0
    summary.num_laps = 1
    builder.add(summary)
    activity = ActivityMessage()
    activity.timestamp = end
    activity.total_timer_time = timer
    activity.num_sessions = 1
    activity.type = Activity.MANUAL
    activity.event = Event.ACTIVITY
    activity.event_type = EventType.STOP
    builder.add(activity)
    return cast(bytes, builder.build_bytes())


def export_fit(sessions: Iterable[Session], folder: Path) -> FitExport:
    """Write one file per exportable session into `folder` (made if missing), each
    atomically; a file of the same name is replaced (the same session exported again).
    Raises OSError naming the file, FitExportError naming the session."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    skipped = 0
    for session in sessions:
        if not exportable(session):
            skipped += 1
            continue
        path = folder / fit_file_name(session)
        write_atomically(path, fit_bytes(session))
        written.append(path)
    return FitExport(written, skipped)


def step_reps(step: StepDone) -> int | None:
    """The reps a set shows: those counted, else those planned (None: timed work)."""
    return step.reps_counted if step.reps_counted is not None else step.reps


def is_active(step: StepDone) -> bool:
    return step.kind == "work" and not step.skipped


def _start(session: Session) -> datetime:
    try:
        start = datetime.fromisoformat(session.started_at)
    except ValueError:
        start = None
    if start is None or start.tzinfo is None:
        raise FitExportError(
            f"session {session.id} ({session.title}): its start time"
            f" {session.started_at!r} is not a date and time with a UTC offset"
        )
    return start.astimezone(UTC)


def _elapsed(session: Session, start: datetime) -> float:
    """Start to end, pauses included (0 when the end is not known)."""
    try:
        end = datetime.fromisoformat(session.ended_at or "")
        return max(0.0, (end - start).total_seconds())
    except (ValueError, TypeError):  # no end, or one without a UTC offset
        return 0.0


def _millis(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def _file_id(t0: int) -> FileIdMessage:
    message = FileIdMessage()
    message.type = FileType.ACTIVITY
    message.manufacturer = Manufacturer.DEVELOPMENT.value
    message.product = 0
    message.product_name = "BackTrainer"
    message.serial_number = 1
    message.time_created = t0
    return message


def _developer_id() -> DeveloperDataIdMessage:
    message = DeveloperDataIdMessage()
    message.developer_data_index = 0
    message.application_id = APPLICATION_ID
    message.application_version = 1
    return message


def _name_field() -> FieldDescriptionMessage:
    message = FieldDescriptionMessage()
    message.developer_data_index = 0
    message.field_definition_number = EXERCISE_NAME_FIELD
    message.fit_base_type_id = BaseType.STRING.value
    message.field_name = "exercise_name"
    message.native_mesg_num = _SET_MESG_NUM
    return message


def _event(at: int, kind: EventType) -> EventMessage:
    message = EventMessage()
    message.timestamp = at
    message.event = Event.TIMER
    message.event_type = kind
    return message


def _set(step: StepDone, index: int, start: int) -> SetMessage:
    message = SetMessage()
    message.message_index = index
    message.start_time = start
    message.duration = step.actual_seconds
    message.timestamp = start + round(step.actual_seconds * 1000)
    if not is_active(step):
        message.set_type = SetType.REST
        return message
    message.set_type = SetType.ACTIVE
    reps = step_reps(step)
    if reps is not None:
        message.repetitions = reps
    exercise = fit_exercise(step.exercise_id)
    message.category = [exercise.category]
    if exercise.subtype is not None:
        message.category_subtype = [exercise.subtype]
    if step.exercise:  # "Renegade row, left": the set as History shows it
        name = DeveloperField(
            field_id=EXERCISE_NAME_FIELD,
            name="exercise_name",
            base_type=BaseType.STRING,
            growable=True,
            developer_data_index=0,
        )
        side = f", {step.side}" if step.side else ""
        name.set_value(0, f"{step.exercise}{side}"[:64])
        message.developer_fields = [name]
    return message


def _summary(message: _M, t0: int, end: int, elapsed: float, timer: float) -> _M:
    message.message_index = 0
    message.timestamp = end
    message.start_time = t0
    message.total_elapsed_time = elapsed
    message.total_timer_time = timer
    return message
