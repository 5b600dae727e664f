"""PrerenderedSpeaker: plays what is rendered, drops what is stale, hushes at once.

Audio goes to FakeChannel recorders: the test machine has no sound device, and
QtMultimedia warns without one (the real channel has its own, skippable, test).
"""

from __future__ import annotations

import array
import math
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backtrainer.core import phrases
from backtrainer.speech import tones
from backtrainer.speech.qt_player import STALE_AFTER, PrerenderedSpeaker
from backtrainer.speech.renderer import PhraseRenderer
from backtrainer.speech.speaker import Speaker, VoiceSettings
from backtrainer.speech.wavfiles import KEEP, RATE, write_mono16
from tests.speech.conftest import speech_threads
from tests.speech.fakes import SOUND_FRAMES, FakeChannel, FakeEngineFactory

TIMEOUT = 10.0


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Rig:
    def __init__(self, cache_dir: Path, engines: FakeEngineFactory, clock: Clock | None) -> None:
        self.engines = engines
        self.renderer = PhraseRenderer(cache_dir, VoiceSettings(), engine_factory=engines)
        assert self.renderer.start() is None
        self.voice = FakeChannel()
        self.tick = FakeChannel()
        self.clock = clock
        self.speaker = PrerenderedSpeaker(
            self.renderer, self.voice, self.tick, clock=clock or time.monotonic
        )

    def rendered(self, *phrases: str) -> list[Path]:
        self.speaker.prepare(phrases)
        assert self.renderer.wait_rendered(TIMEOUT)
        paths = [self.renderer.path_for(text) for text in phrases]
        assert None not in paths
        return [p for p in paths if p is not None]


@pytest.fixture
def rig(cache_dir: Path, engines: FakeEngineFactory) -> Iterator[Rig]:
    r = Rig(cache_dir, engines, Clock())
    yield r
    engines.record.gate.set()
    r.speaker.shutdown()


def test_is_a_speaker(rig: Rig) -> None:
    speaker: Speaker = rig.speaker
    assert speaker.problem is None


def test_spoken_length_runs_from_the_trimmed_start_to_the_end_of_the_sound(rig: Rig) -> None:
    assert rig.speaker.spoken_length("three") is None  # not rendered yet
    (three,) = rig.rendered("three")
    kept = round(KEEP * RATE)
    assert rig.speaker.spoken_length("three") == pytest.approx((kept + SOUND_FRAMES) / RATE)
    three.unlink()  # read once, then remembered: the file of a key never changes
    assert rig.speaker.spoken_length("three") == pytest.approx((kept + SOUND_FRAMES) / RATE)
    rig.speaker.prepare([phrases.TONE_UP])
    assert rig.renderer.wait_rendered(TIMEOUT)
    tone = rig.speaker.spoken_length(phrases.TONE_UP)
    assert tone is not None and tones.LENGTH - 0.005 < tone <= tones.LENGTH  # less its fade
    assert rig.engines.record.saved == [("three", rig.engines.record.saved[0][1])]


def test_spoken_length_follows_the_voice(rig: Rig) -> None:
    rig.rendered("go")
    rig.speaker.configure(VoiceSettings(rate=200))
    assert rig.speaker.spoken_length("go") is None  # the new voice has not said it yet
    rig.rendered("go")
    assert rig.speaker.spoken_length("go") is not None


def test_spoken_length_of_a_file_without_audio_is_none(rig: Rig) -> None:
    path = rig.renderer.file_for("empty")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"RIFF" + bytes(60))  # not a WAV the player can read
    assert rig.renderer.path_for("empty") == path
    assert rig.speaker.spoken_length("empty") is None


def test_prepared_phrases_are_preloaded_and_played_at_once(qtbot: QtBot, rig: Rig) -> None:
    three, two = rig.rendered("three", "two")
    qtbot.waitUntil(lambda: rig.voice.preloaded == [three, two])
    now = rig.clock.now if rig.clock else 0.0
    rig.speaker.say("three", now)
    assert rig.voice.played == [three]  # synchronously: no waiting for a render
    rig.speaker.say("two", now - 0.5)  # a little late is fine
    assert rig.voice.played == [three, two] and rig.voice.playing == two


def test_a_stale_cue_is_dropped(rig: Rig) -> None:
    rig.rendered("go")
    assert rig.clock is not None
    rig.speaker.say("go", rig.clock.now - STALE_AFTER - 0.01)
    rig.speaker.beep(rig.clock.now - STALE_AFTER - 0.01)
    assert rig.voice.played == [] and rig.tick.played == []


def test_an_unrendered_phrase_is_rendered_at_once_and_played_if_still_fresh(
    qtbot: QtBot, rig: Rig
) -> None:
    assert rig.clock is not None
    rig.speaker.say("switch sides", rig.clock.now)
    assert rig.voice.played == []
    qtbot.waitUntil(lambda: len(rig.voice.played) == 1)
    assert rig.voice.played == [rig.renderer.path_for("switch sides")]


def test_an_unrendered_phrase_that_turns_stale_meanwhile_is_not_played(
    qtbot: QtBot, rig: Rig
) -> None:
    assert rig.clock is not None
    rig.engines.record.gate.clear()
    rig.speaker.say("switch sides", rig.clock.now)
    assert rig.engines.record.entered.wait(TIMEOUT)
    rig.clock.now += STALE_AFTER + 0.1
    rig.engines.record.gate.set()
    qtbot.waitUntil(lambda: len(rig.voice.preloaded) == 1)  # the render has arrived
    assert rig.voice.played == []
    assert rig.renderer.path_for("switch sides") is not None  # ready for next time


def test_silence_stops_playback_and_forgets_a_cue_waiting_for_its_render(
    qtbot: QtBot, rig: Rig
) -> None:
    assert rig.clock is not None
    (go,) = rig.rendered("go")
    rig.speaker.say("go", rig.clock.now)
    assert rig.voice.playing == go
    rig.engines.record.gate.clear()
    rig.speaker.say("rest", rig.clock.now)
    assert rig.engines.record.entered.wait(TIMEOUT)
    rig.speaker.silence()
    assert rig.voice.playing is None and rig.tick.playing is None
    rig.engines.record.gate.set()
    qtbot.waitUntil(lambda: len(rig.voice.preloaded) == 2)
    assert rig.voice.played == [go]


def test_beeps_play_on_their_own_channel(rig: Rig) -> None:
    assert rig.clock is not None
    (one,) = rig.rendered("one")
    rig.speaker.say("one", rig.clock.now)
    rig.speaker.beep(rig.clock.now)
    assert rig.voice.playing == one  # the tick does not cut the count
    assert rig.tick.playing is not None and rig.tick.playing.name.startswith("tick-880hz")
    assert rig.tick.playing.parent == rig.renderer.cache_dir


def test_shutdown_joins_the_worker_and_releases_audio(rig: Rig) -> None:
    rig.rendered("go")
    rig.speaker.shutdown()
    assert speech_threads() == []
    assert rig.voice.released and rig.tick.released
    assert rig.clock is not None
    rig.speaker.say("go", rig.clock.now)
    rig.speaker.shutdown()  # twice is harmless
    assert rig.voice.played == []


def test_a_cue_given_early_waits_for_its_instant(
    qtbot: QtBot, cache_dir: Path, engines: FakeEngineFactory
) -> None:
    rig = Rig(cache_dir, engines, clock=None)  # real time: Qt timers run on it
    try:
        (go,) = rig.rendered("go")
        due = time.monotonic() + 0.2
        rig.speaker.say("go", due)
        rig.speaker.beep(due)
        assert rig.voice.played == [] and rig.tick.played == []
        qtbot.waitUntil(lambda: rig.voice.played == [go] and len(rig.tick.played) == 1)
        assert time.monotonic() >= due - 0.002
    finally:
        rig.speaker.shutdown()


def test_silence_cancels_cues_given_early(
    qtbot: QtBot, cache_dir: Path, engines: FakeEngineFactory
) -> None:
    rig = Rig(cache_dir, engines, clock=None)
    try:
        _one, two = rig.rendered("one", "two")
        now = time.monotonic()
        rig.speaker.say("one", now + 0.05)
        rig.speaker.silence()
        rig.speaker.say("two", now + 0.1)  # would come after "one", had it stayed
        qtbot.waitUntil(lambda: rig.voice.played != [])
        assert rig.voice.played == [two]
    finally:
        rig.speaker.shutdown()


def _soft_start(path: Path) -> None:
    """A phrase that opens with 80 ms of soft hiss before its loud part, like "three"."""
    hiss = [100 if i % 2 else -100 for i in range(round(0.08 * RATE))]
    loud = [round(10000 * math.sin(i / 5)) for i in range(round(0.2 * RATE))]
    write_mono16(path, array.array("h", [0] * round(KEEP * RATE) + hiss + loud))


def test_a_phrase_heard_80_ms_in_is_started_80_ms_before_its_instant(rig: Rig) -> None:
    _soft_start(rig.renderer.file_for("three"))  # in the cache: taken as rendered
    three, _one = rig.rendered("three", "one")
    lead = rig.speaker.lead("three")
    assert 0.083 <= lead <= 0.088  # 5 ms kept before the hiss, 80 ms of hiss
    assert rig.speaker.lead("one") < 0.01  # loud at once
    assert rig.clock is not None
    rig.speaker.say("three", rig.clock.now + 0.1)  # 15 ms before it is to start: waits
    assert rig.voice.played == []
    rig.speaker.withdraw()
    rig.speaker.say("three", rig.clock.now + lead)
    assert rig.voice.played == [three]
    rig.speaker.say("one", rig.clock.now + lead)  # no soft start: waits for its instant
    assert rig.voice.played == [three]


def test_a_channel_that_states_its_latency_is_led_by_it_too(rig: Rig) -> None:
    rig.rendered("one")
    alone = rig.speaker.lead("one")
    rig.voice.latency = 0.005  # type: ignore[attr-defined]
    assert rig.speaker.lead("one") == pytest.approx(alone + 0.005)
