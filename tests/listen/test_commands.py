"""Commands to actions: "cancel workout" needs a "yes" within five seconds."""

from __future__ import annotations

from backtrainer.listen.commands import QUESTION, Interpreter
from backtrainer.listen.mute import MuteGate


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_plain_commands_show_what_was_heard() -> None:
    interpreter = Interpreter(Clock())
    action = interpreter.interpret("pause")
    assert action is not None
    assert (action.command, action.caption) == ("pause", "Heard: pause")


def test_stop_asks_and_yes_within_five_seconds_stops() -> None:
    clock = Clock()
    interpreter = Interpreter(clock)
    asked = interpreter.interpret("stop")
    assert asked is not None and (asked.command, asked.caption) == ("ask_stop", QUESTION)
    assert interpreter.asking
    clock.t += 4.9
    stop = interpreter.interpret("yes")
    assert stop is not None and stop.command == "stop"
    assert not interpreter.asking


def test_a_late_yes_or_a_yes_alone_does_nothing() -> None:
    clock = Clock()
    interpreter = Interpreter(clock)
    assert interpreter.interpret("yes") is None
    interpreter.interpret("stop")
    clock.t += 5.1
    assert not interpreter.asking
    assert interpreter.interpret("yes") is None


def test_another_command_cancels_the_question() -> None:
    interpreter = Interpreter(Clock())
    interpreter.interpret("stop")
    interpreter.interpret("next")
    assert interpreter.interpret("yes") is None


def test_the_gate_mutes_the_sound_and_its_tail_only() -> None:
    gate = MuteGate(tail=0.3)
    gate.mute(10.0, 1.0)
    assert gate.muted(10.5, 10.53)
    assert gate.muted(11.2, 11.23)  # the tail
    assert not gate.muted(11.4, 11.43)
    assert not gate.muted(9.0, 9.9)
    gate.clear()
    assert not gate.muted(10.5, 10.53)


def test_the_gate_keeps_spans_handed_over_long_ahead_until_their_time_is_over() -> None:
    gate = MuteGate(tail=0.3)
    for minute in range(10):  # a whole session's sounds, muted before the first plays
        gate.mute(60.0 * minute, 2.0)
    assert all(gate.muted(60.0 * minute + 1, 60.0 * minute + 1.03) for minute in range(10))
    assert not gate.muted(500.0, 500.03)
    assert not gate.muted(1.0, 1.03)  # long over, forgotten
