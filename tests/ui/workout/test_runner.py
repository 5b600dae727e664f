"""SessionRunner hands a cue to a speaker that starts it early (a soft start) before its
instant, with its true instant, and takes it back when the instant moves. Fake clock; the
runner is polled by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from backtrainer.core.clock import FakeClock
from backtrainer.core.session import SessionController
from backtrainer.ui.workout.runner import SPEAK_AHEAD, SessionRunner
from tests.core.test_session import timeline
from tests.fakes import FakeSpeaker

THREE = 7.0
"""Seconds into the plan (its first step, "prepare", 10 s) at which "three" is due."""


class Rig:
    def __init__(self) -> None:
        self.clock = FakeClock()
        self.speaker = FakeSpeaker()
        self.speaker.leads = {"three": 0.08}
        self.controller = SessionController(timeline(), self.clock)
        self.runner = SessionRunner(self.controller, self.speaker)
        self.start = self.clock.now()
        self.controller.start()

    def at(self, seconds: float) -> None:
        """Move the clock to `seconds` into the session and poll, as the timer would."""
        self.clock.advance(self.start + seconds - self.clock.now())
        self.runner.poll()

    def said(self, text: str) -> list[float]:
        return [round(due - self.start, 6) for t, due in self.speaker.said if t == text]


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    rig = Rig()
    yield rig
    rig.controller.stop()


def test_a_cue_with_a_lead_is_handed_over_ahead_with_its_true_instant(rig: Rig) -> None:
    rig.at(THREE - SPEAK_AHEAD - 0.05)
    assert rig.said("three") == []
    rig.at(THREE - SPEAK_AHEAD)
    assert rig.said("three") == [THREE]  # the speaker starts it 80 ms before that
    assert rig.said("two") == []  # no lead: handed over on its instant, as before
    rig.at(THREE)
    assert rig.said("three") == [THREE]  # not said twice
    rig.at(THREE + 1)
    assert rig.said("two") == [THREE + 1]


def test_the_runner_wakes_in_time_to_hand_a_cue_over(rig: Rig) -> None:
    rig.at(THREE - 0.5)
    assert 0 < rig.runner.timer.remainingTime() <= round((0.5 - SPEAK_AHEAD) * 1000)


def test_a_cue_handed_over_is_withdrawn_when_time_is_added(rig: Rig) -> None:
    rig.at(THREE - 0.1)
    assert rig.said("three") == [THREE]
    rig.controller.adjust(10)
    assert rig.speaker.withdrawn == 1
    rig.at(THREE + 10 - 0.1)
    assert rig.said("three") == [THREE, THREE + 10]
    rig.at(THREE + 10)
    assert rig.said("three") == [THREE, THREE + 10]


def test_a_pause_silences_what_was_handed_over_and_resume_hands_it_again(rig: Rig) -> None:
    rig.at(THREE - 0.1)
    rig.controller.pause()
    assert rig.speaker.silenced == 1
    rig.clock.advance(5)
    rig.controller.resume()
    assert rig.said("three") == [THREE, THREE + 5]


def test_the_next_steps_first_cues_are_handed_over_before_it_begins(rig: Rig) -> None:
    rig.speaker.leads["Left side, go."] = 0.02
    rig.at(10 - 0.1)
    assert rig.said("Left side, go.") == [10.0]
    rig.at(10)
    assert rig.said("Left side, go.") == [10.0]


def test_skipping_to_the_next_step_plays_its_cue_now_instead(rig: Rig) -> None:
    rig.speaker.leads["Left side, go."] = 0.02
    rig.at(10 - 0.1)
    rig.controller.next()
    assert rig.speaker.withdrawn == 1
    assert rig.said("Left side, go.") == [10.0, 9.9]
