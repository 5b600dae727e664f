"""A workout as a media player shows it (MPRIS properties), with a fake clock and no bus."""

from __future__ import annotations

from backtrainer.core.clock import FakeClock
from backtrainer.core.planner import plan
from backtrainer.core.session import SessionController
from backtrainer.desktop.player_state import NO_TRACK, TRACK_PREFIX, PlayerState, player_state
from tests.factories import block, exercise, routine


def session() -> tuple[SessionController, FakeClock]:
    # prepare 10 | a-left 30 | switch 5 | a-right 30 | rest 10 | b 4 reps | done
    timeline = plan(
        routine(
            block(exercise("a", sides="each"), exercise("b", reps=4, tempo={"up": 2, "down": 3}))
        )
    )
    clock = FakeClock()
    return SessionController(timeline, clock), clock


def advance(controller: SessionController, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds * 10)):
        clock.advance(0.1)
        controller.tick()


def test_without_a_workout_the_player_is_stopped_with_no_track() -> None:
    controller, _clock = session()
    for shown in (None, controller):  # no workout on screen; one still preparing its voice
        state = player_state(shown)
        assert state == PlayerState()
        assert state.properties() == {
            "PlaybackStatus": "Stopped",
            "Metadata": {"mpris:trackid": NO_TRACK},
            "CanGoNext": False,
            "CanGoPrevious": False,
            "CanPlay": False,
            "CanPause": False,
        }


def test_a_work_step_is_the_track_its_move_and_side_the_title() -> None:
    controller, clock = session()
    controller.start()
    advance(controller, clock, 12.5)  # 2.5 s into a-left
    state = player_state(controller)
    assert state.status == "Playing"
    assert state.metadata() == {
        "mpris:trackid": f"{TRACK_PREFIX}1",
        "xesam:title": "A, left side",
        "xesam:album": "Test routine",
        "mpris:length": 30_000_000,
    }
    assert state.position_us == 2_500_000
    assert state.can_control


def test_pausing_changes_the_status_not_the_track_and_freezes_the_position() -> None:
    controller, clock = session()
    controller.start()
    advance(controller, clock, 12)
    playing = player_state(controller)
    controller.pause()
    advance(controller, clock, 5)
    paused = player_state(controller)
    assert (playing.status, paused.status) == ("Playing", "Paused")
    assert paused.metadata() == playing.metadata()
    assert paused.position_us == playing.position_us == 2_000_000
    assert paused.properties()["CanPlay"] and paused.properties()["CanGoNext"]


def test_a_rest_names_the_move_after_it() -> None:
    controller, _clock = session()
    controller.start()
    assert player_state(controller).title == "Get ready. Next: A, left side"
    controller.next()
    controller.next()
    assert player_state(controller).title == "Switch sides. Next: A, right side"
    controller.next()
    controller.next()
    assert player_state(controller).title == "Rest. Next: B"
    controller.next()
    assert player_state(controller).title == "B"


def test_plus_and_minus_change_the_length() -> None:
    controller, _clock = session()
    controller.start()
    controller.next()
    controller.adjust(+10)
    assert player_state(controller).length_us == 40_000_000
    controller.adjust(-20)
    assert player_state(controller).length_us == 20_000_000


def test_a_finished_or_stopped_workout_shows_as_stopped() -> None:
    controller, _clock = session()
    controller.start()
    controller.stop()
    assert player_state(controller) == PlayerState()


def test_equal_states_ignore_the_position() -> None:
    controller, clock = session()
    controller.start()
    advance(controller, clock, 11)
    before = player_state(controller)
    advance(controller, clock, 1)
    assert player_state(controller) == before
    assert player_state(controller).position_us != before.position_us
