"""A workout as a media player sees it: the MPRIS player properties, without Qt.

A desktop's media widget, a headset and a phone remote (KDE Connect, GSConnect) know
players, tracks and positions, not sets and rests: here a step is a track, the routine
its album, the time into the step its position. Kept apart from the D-Bus glue
(`desktop.mpris`) so that the mapping is tested with a fake clock and no bus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from backtrainer.core import phrases
from backtrainer.core.session import SessionController
from backtrainer.core.timeline import STEP_WORDS, Step

Status = Literal["Playing", "Paused", "Stopped"]

TRACK_PREFIX = "/io/github/backtrainer/BackTrainer/step/"
"""A step's mpris:trackid is this and its index: an object path, unique in a session."""
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
"""The trackid the MPRIS specification reserves for "no current track"."""
MICROSECONDS = 1_000_000


@dataclass(frozen=True)
class PlayerState:
    """The Player interface's properties, but Position (read when asked, never signalled)."""

    status: Status = "Stopped"
    track_id: str = NO_TRACK
    title: str | None = None
    album: str | None = None
    length_us: int | None = None
    can_control: bool = False
    """Play, pause, next and previous act: a workout is running or paused."""
    position_us: int = field(default=0, compare=False)
    """Microseconds into the step; left out of equality, as it changes all the time."""

    def metadata(self) -> dict[str, str | int]:
        """mpris:trackid, xesam:title, xesam:album and mpris:length, those that are known."""
        data: dict[str, str | int] = {"mpris:trackid": self.track_id}
        if self.title is not None:
            data["xesam:title"] = self.title
        if self.album is not None:
            data["xesam:album"] = self.album
        if self.length_us is not None:
            data["mpris:length"] = self.length_us
        return data

    def properties(self) -> dict[str, object]:
        """org.mpris.MediaPlayer2.Player's properties that change, by their D-Bus names."""
        return {
            "PlaybackStatus": self.status,
            "Metadata": self.metadata(),
            "CanGoNext": self.can_control,
            "CanGoPrevious": self.can_control,
            "CanPlay": self.can_control,
            "CanPause": self.can_control,
        }


def title_of(step: Step, following: Step | None = None) -> str:
    """A work step: its move and side ("Renegade row, left side"). A rest, a switch or
    the get-ready says what it is and the move after it, as the screen does."""
    if step.kind == "work" and step.exercise:
        side = phrases.side_phrase(step.side, step.exercise)
        return ", ".join(p for p in (step.exercise, side) if p)
    words = STEP_WORDS.get(step.kind, step.kind).capitalize()
    if following is not None and following.kind == "work":
        return f"{words}. Next: {title_of(following)}"
    return words


def player_state(controller: SessionController | None) -> PlayerState:
    """What the player shows now: nothing outside a workout, its step during one.
    A session that is still preparing its voice, or is over, shows as stopped."""
    if controller is None or controller.state not in ("running", "paused"):
        return PlayerState()
    index, step = controller.step_index, controller.step
    if index is None or step is None:
        return PlayerState()
    steps = controller.timeline.steps
    following = steps[index + 1] if index + 1 < len(steps) else None
    elapsed = controller.elapsed()
    return PlayerState(
        status="Playing" if controller.state == "running" else "Paused",
        track_id=f"{TRACK_PREFIX}{index}",
        title=title_of(step, following),
        album=controller.timeline.title,
        length_us=round(controller.step_seconds() * MICROSECONDS),  # + and - count
        can_control=True,
        position_us=round(elapsed * MICROSECONDS),
    )
