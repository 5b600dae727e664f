"""PhraseRenderer: one worker, one utterance per run loop, a cache that outlives it."""

from __future__ import annotations

import concurrent.futures
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backtrainer.core.phrases import TONE_UP
from backtrainer.speech.engine import engine_problem, list_voices
from backtrainer.speech.renderer import MAX_ONSET, SETTINGS_TRIES, PhraseRenderer, cache_key
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.speech.tones import write_tone
from tests.speech.conftest import speech_threads
from tests.speech.fakes import VOICES, FakeEngineFactory

TIMEOUT = 10.0


@pytest.fixture
def renderer(cache_dir: Path, engines: FakeEngineFactory) -> Iterator[PhraseRenderer]:
    r = PhraseRenderer(cache_dir, VoiceSettings(rate=150), engine_factory=engines)
    assert r.start() is None
    yield r
    engines.record.gate.set()
    r.shutdown()


def test_renders_each_phrase_once_in_one_run_loop_each(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    renderer.render_all(["three", "two", "three", "  ", "one"])
    renderer.render_all(["two"])
    assert renderer.wait_rendered(TIMEOUT)

    assert [text for text, _props in engines.record.saved] == ["three", "two", "one"]
    assert engines.record.utterances_per_run == [1, 1, 1]
    assert engines.record.spoken == []  # never say() on an engine that saves to files
    for text in ("three", "two", "one"):
        path = renderer.path_for(text)
        assert path is not None and path.suffix == ".wav" and path.is_file()
        assert path.stem == cache_key(VoiceSettings(rate=150), text)
    assert renderer.path_for("four") is None


def test_renders_with_the_voice_settings_on_the_worker_thread(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    renderer.render_all(["go"])
    assert renderer.wait_rendered(TIMEOUT)
    assert engines.record.saved[0][1]["rate"] == 150
    assert threading.get_ident() not in engines.record.threads
    assert len(engines.record.threads) == 1


def test_the_cache_is_reused_by_a_later_session(
    cache_dir: Path, renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    renderer.render_all(["rest", "go"])
    assert renderer.wait_rendered(TIMEOUT)
    renderer.shutdown()

    later = FakeEngineFactory()
    again = PhraseRenderer(cache_dir, VoiceSettings(rate=150), engine_factory=later)
    assert again.path_for("rest") == renderer.path_for("rest")  # known before starting
    announced: list[str] = []
    again.on_rendered = lambda text, _path: announced.append(text)
    again.start()
    again.render_all(["rest", "go"])
    assert again.wait_rendered(TIMEOUT)
    again.shutdown()
    assert later.record.saved == []
    assert announced == ["rest", "go"]  # cached phrases are announced too (for preloading)


def test_a_new_phrase_after_a_cached_one_gets_the_voice_settings(
    cache_dir: Path, renderer: PhraseRenderer
) -> None:
    renderer.render_all(["rest"])
    assert renderer.wait_rendered(TIMEOUT)
    renderer.shutdown()

    later = FakeEngineFactory()
    again = PhraseRenderer(cache_dir, VoiceSettings(rate=150), engine_factory=later)
    again.start()
    again.render_all(["rest", "go"])  # the first is cached: the engine is not used for it
    assert again.wait_rendered(TIMEOUT)
    again.shutdown()
    assert [(text, props["rate"]) for text, props in later.record.saved] == [("go", 150)]


def test_keys_depend_on_voice_rate_volume_and_text() -> None:
    base = VoiceSettings()
    keys = {
        cache_key(base, "go"),
        cache_key(base, "rest"),
        cache_key(VoiceSettings(voice="de"), "go"),
        cache_key(VoiceSettings(rate=171), "go"),
        cache_key(VoiceSettings(volume=0.5), "go"),
    }
    assert len(keys) == 5
    assert cache_key(VoiceSettings(beeps=True), "go") == cache_key(base, "go")


def test_a_phrase_is_rendered_again_when_the_engine_lost_the_rate(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    engines.record.lose_rate = 1  # as espeak's pending rate change, cancelled by the driver
    renderer.render_all(["go", "rest"])
    assert renderer.wait_rendered(TIMEOUT)
    assert [(text, props["rate"]) for text, props in engines.record.saved] == [
        ("go", 200),  # the driver's default: thrown away
        ("go", 150),
        ("rest", 150),
    ]
    path = renderer.path_for("go")
    assert path is not None
    phrases = [p for p in path.parent.iterdir() if p.suffix == ".wav"]
    assert len(phrases) == 2 and not any(".part" in p.name for p in phrases)  # none left


def test_an_engine_that_never_reports_the_rate_keeps_its_phrase(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    engines.record.lose_rate = 10
    renderer.render_all(["go"])
    assert renderer.wait_rendered(TIMEOUT)
    assert [text for text, _props in engines.record.saved] == ["go"] * SETTINGS_TRIES
    assert renderer.path_for("go") is not None


def test_new_settings_render_anew(renderer: PhraseRenderer, engines: FakeEngineFactory) -> None:
    renderer.render_all(["go"])
    assert renderer.wait_rendered(TIMEOUT)
    first = renderer.path_for("go")
    renderer.set_settings(VoiceSettings(voice="de", rate=190, volume=0.8))
    assert renderer.path_for("go") is None
    renderer.render_all(["go"])
    assert renderer.wait_rendered(TIMEOUT)
    assert renderer.path_for("go") not in (None, first)
    assert engines.record.saved[-1][1] == {"voice": "de", "rate": 190, "volume": 0.8}


def test_an_engine_failure_is_logged_and_a_new_engine_goes_on(
    renderer: PhraseRenderer, engines: FakeEngineFactory, caplog: pytest.LogCaptureFixture
) -> None:
    engines.record.fail_texts.add("broken")
    with caplog.at_level(logging.WARNING):
        renderer.render_all(["one", "broken", "two", "three"])
        assert renderer.wait_rendered(TIMEOUT)

    assert [text for text, _props in engines.record.saved] == ["one", "two", "three"]
    assert len(engines.engines) == 2 and engines.engines[0].stuck
    assert renderer.path_for("broken") is None
    assert "rendering 'broken' failed" in caplog.text
    assert engines.record.saved[-1][1]["rate"] == 150  # settings applied to the new engine
    assert not list(renderer.cache_dir.glob("*.part.*"))


def test_waits_for_a_file_that_espeak_writes_after_the_run_loop_ends(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    """Measured with espeak-ng: runAndWait() returned at 10 ms, the file came at 45 ms."""
    engines.record.write_late = True
    engines.record.returned.clear()
    renderer.render_all(["Rest. Next up: renegade row, left side, 30 seconds."])
    assert engines.record.returned.wait(TIMEOUT)  # the run loop is over, the file is not
    assert not renderer.wait_rendered(0.01)
    engines.record.release_write.set()
    assert renderer.wait_rendered(TIMEOUT)
    path = renderer.path_for("Rest. Next up: renegade row, left side, 30 seconds.")
    assert path is not None and path.stat().st_size > 44
    assert len(engines.engines) == 1  # no failure, no new engine


def test_the_saved_notice_is_not_printed(
    capsys: pytest.CaptureFixture[str], cache_dir: Path, engines: FakeEngineFactory
) -> None:
    """Started here, not in a fixture: pytest resets sys.stdout between a test's phases,
    which would undo the filter the worker installs (nothing does that in the app)."""
    renderer = PhraseRenderer(cache_dir, VoiceSettings(), engine_factory=engines)
    assert renderer.start() is None
    renderer.render_all(["go"])
    assert renderer.wait_rendered(TIMEOUT)
    print("Audio saved to /somewhere.wav")  # as espeak's callback may, after runAndWait
    print("ours")
    assert capsys.readouterr().out == "ours\n"
    renderer.shutdown()
    assert type(sys.stdout).__name__ != "_NoticeFilter"  # gone with the worker


def test_render_soon_jumps_the_queue(renderer: PhraseRenderer, engines: FakeEngineFactory) -> None:
    engines.record.gate.clear()
    renderer.render_all(["a", "b", "c"])
    assert engines.record.entered.wait(TIMEOUT)  # the worker holds "a"
    renderer.render_soon("c")
    assert not renderer.wait_rendered(0.01)
    engines.record.gate.set()
    assert renderer.wait_rendered(TIMEOUT)
    assert [text for text, _props in engines.record.saved] == ["a", "c", "b"]


def test_lists_voices_through_the_worker(renderer: PhraseRenderer) -> None:
    assert renderer.call(list_voices).result(TIMEOUT) == sorted(VOICES, key=lambda v: v[1])


def test_shutdown_drops_the_queue_and_joins_the_worker(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    engines.record.gate.clear()
    renderer.render_all([f"phrase {i}" for i in range(100)])
    assert engines.record.entered.wait(TIMEOUT)  # busy with "phrase 0"
    voices = renderer.call(list_voices)
    closing = threading.Thread(target=renderer.shutdown)
    closing.start()
    concurrent.futures.wait([voices], TIMEOUT)
    assert voices.cancelled()
    engines.record.gate.set()
    closing.join(TIMEOUT)
    assert speech_threads() == []
    assert [text for text, _props in engines.record.saved] == ["phrase 0"]
    assert renderer.call(list_voices).exception(TIMEOUT) is not None


def test_a_torn_or_empty_file_is_rendered_again(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    target = renderer.file_for("go")
    target.write_bytes(b"")
    assert renderer.path_for("go") is None
    renderer.render_all(["go"])
    assert renderer.wait_rendered(TIMEOUT)
    assert renderer.path_for("go") == target and target.stat().st_size > 44


def test_an_engine_that_cannot_load_is_a_problem_naming_the_fix(cache_dir: Path) -> None:
    failing = FakeEngineFactory(load_error=OSError("libespeak-ng.so.1: cannot open"))
    renderer = PhraseRenderer(cache_dir, VoiceSettings(), engine_factory=failing)
    problem = renderer.start()
    assert problem is not None and "libespeak-ng.so.1" in problem
    renderer.render_all(["go"])
    assert renderer.wait_rendered(TIMEOUT)
    assert renderer.call(list_voices).exception(TIMEOUT) is not None
    renderer.shutdown()


@pytest.mark.parametrize(
    ("platform", "advice"),
    [
        ("linux", "sudo apt-get install espeak-ng alsa-utils"),
        ("win32", "Windows has voices built in"),
        ("darwin", "macOS has voices built in"),
    ],
)
def test_the_problem_says_what_to_install_on_each_platform(platform: str, advice: str) -> None:
    text = engine_problem(RuntimeError("no driver"), platform)
    assert advice in text and "RuntimeError: no driver" in text


def test_replace_drops_phrases_still_waiting(
    renderer: PhraseRenderer, engines: FakeEngineFactory
) -> None:
    """A newly chosen routine's cues go first; the old routine's unrendered ones go."""
    engines.record.gate.clear()
    engines.record.entered.clear()
    renderer.render_all(["old one", "old two", "old three"])
    assert engines.record.entered.wait(TIMEOUT)  # the worker is inside "old one"
    renderer.render_all(["new"], replace=True)
    engines.record.gate.set()
    assert renderer.wait_rendered(TIMEOUT)
    assert [text for text, _props in engines.record.saved] == ["old one", "new"]


def test_an_onset_is_measured_once_and_kept_beside_its_phrase(
    cache_dir: Path, renderer: PhraseRenderer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later session reads each phrase's onset back instead of measuring every phrase
    of the routine again at its start."""
    renderer.render_all(["rest"])
    assert renderer.wait_rendered(TIMEOUT)
    path = renderer.path_for("rest")
    assert path is not None
    first = renderer.onset_of(path)
    renderer.shutdown()

    import backtrainer.speech.renderer as module

    measured: list[Path] = []
    monkeypatch.setattr(module, "onset_seconds", lambda p: measured.append(p) or 0.25)
    again = PhraseRenderer(cache_dir, VoiceSettings(rate=150), engine_factory=FakeEngineFactory())
    assert again.onset_of(path) == first
    assert measured == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kept=st.one_of(
        st.binary(max_size=40),
        st.floats().map(lambda x: repr(x).encode()),
        st.text(max_size=20).map(lambda t: t.encode("utf-8")),
    )
)
def test_any_bytes_kept_as_an_onset_are_measured_again(
    cache_dir: Path, engines: FakeEngineFactory, kept: bytes
) -> None:
    """A damaged or hand-edited onset file is never believed beyond reason nor an error."""
    phrase = cache_dir / "phrase.wav"
    if not phrase.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        write_tone(phrase, TONE_UP, 1.0)
    (cache_dir / "phrase.wav.onset").write_bytes(kept)
    r = PhraseRenderer(cache_dir, VoiceSettings(rate=150), engine_factory=engines)
    onset = r.onset_of(phrase)
    assert 0.0 <= onset < MAX_ONSET
