"""The mute gate: deaf while the app sounds, plus a tail, whenever that sound was
announced; it forgets only what the listener passed long ago."""

from __future__ import annotations

from backtrainer.listen.mute import KEEP, TAIL, MuteGate


def test_a_sound_is_muted_with_its_tail_and_no_longer() -> None:
    gate = MuteGate()
    gate.mute(10.0, 2.0)
    assert gate.muted(11.0, 11.03)
    assert gate.muted(12.0 + TAIL - 0.01, 12.0 + TAIL)
    assert not gate.muted(12.0 + TAIL + 0.01, 12.5 + TAIL)
    assert not gate.muted(9.0, 9.9)


def test_sounds_announced_long_ahead_stay_muted_until_heard() -> None:
    """A whole session's cues handed to the gate before any is heard (the own-speech
    test does so) must all stay muted: the first, ten minutes before the last, too."""
    gate = MuteGate()
    for n in range(200):
        gate.mute(n * 3.0, 2.0)
    assert all(gate.muted(n * 3.0 + 1.0, n * 3.0 + 1.03) for n in range(200))


def test_what_the_listener_passed_long_ago_is_forgotten() -> None:
    gate = MuteGate()
    gate.mute(0.0, 1.0)
    assert gate.muted(0.5, 0.53)
    gate.muted(2 * KEEP, 2 * KEEP + 0.03)  # the listener has moved on
    gate.mute(2 * KEEP + 1.0, 1.0)
    assert len(gate._spans) == 1
