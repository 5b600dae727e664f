"""DirectSpeaker (the benchmark's baseline): one worker, plain say(), stale cues dropped."""

from __future__ import annotations

import time

from backtrainer.speech.direct import STALE_AFTER, DirectSpeaker
from backtrainer.speech.speaker import VoiceSettings
from tests.speech.conftest import speech_threads
from tests.speech.fakes import FakeEngineFactory

TIMEOUT = 10.0


def test_speaks_fresh_cues_one_per_run_loop_and_drops_stale_ones(
    engines: FakeEngineFactory,
) -> None:
    speaker = DirectSpeaker(VoiceSettings(rate=160), engine_factory=engines)
    assert speaker.start() is None
    engines.record.gate.clear()
    now = time.monotonic()
    speaker.say("three", now)
    assert engines.record.entered.wait(TIMEOUT)  # busy speaking "three"
    speaker.say("stale", now - STALE_AFTER - 1)
    speaker.say("two", now + 60)
    engines.record.gate.set()
    assert speaker.wait_idle(TIMEOUT)
    speaker.shutdown()
    assert engines.record.spoken == ["three", "two"]
    assert engines.record.utterances_per_run == [1, 1]
    assert speaker.dropped == 1
    assert engines.engines[0].props["rate"] == 160
    assert speaker.spoken_length("three") is None  # never known ahead
    assert speech_threads() == []


def test_reports_an_engine_that_cannot_load() -> None:
    failing = FakeEngineFactory(load_error=RuntimeError("no espeak"))
    speaker = DirectSpeaker(VoiceSettings(), engine_factory=failing)
    problem = speaker.start()
    assert problem is not None and "no espeak" in problem
    speaker.shutdown()
    assert speech_threads() == []
