"""Render phrases to WAV files on one worker thread that owns the TTS engine.

Why this shape (see design.md, "Speech"): pyttsx3 2.99 shares one engine per driver, its
run loop cannot be entered from two threads, an exception inside `runAndWait()` leaves it
stuck, several `say()` calls before one `runAndWait()` speak only the last, and SAPI5 wants
the engine created in the thread that uses it. So one thread creates the engine, renders
exactly one phrase per `runAndWait()` with `save_to_file()` (never `say()`: after a save
the espeak driver keeps writing to that file), and nothing else touches the engine.
The tempo's tone tokens (▲ ■ ▼) are not said: their tones are generated (`tones`) and
cached like phrases, always as WAV. No Qt here: the Qt player only reads the finished files.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import hashlib
import logging
import os
import shutil
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Literal, TypeVar

from backtrainer.speech.engine import (
    EngineFactory,
    TtsEngine,
    apply_settings,
    default_engine_factory,
    engine_problem,
    hushed_save_notice,
    save_and_wait,
    settings_hold,
)
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.speech.tones import is_tone, write_tone
from backtrainer.speech.wavfiles import onset_seconds, trim_leading_silence

log = logging.getLogger(__name__)

T = TypeVar("T")

CACHE_VERSION = "2"
"""Part of every cache key: bump it when the rendering itself changes.
2: tone tokens are generated tones, no longer espeak's silence for a symbol; phrases
rendered after espeak lost the voice's rate are rendered again (engine.settings_hold)."""
SETTINGS_TRIES = 3
"""Renders of a phrase, at most, until the engine keeps the settings just applied; a
driver that never reports them as set gets its phrase as rendered the last time."""


AUDIO_SUFFIX = ".aiff" if sys.platform == "darwin" else ".wav"
MAX_ONSET = 5.0
"""An onset read back from the cache above this is not believed (a damaged file)."""
"""macOS's synthesiser writes AIFF whatever the file is called; espeak and SAPI5 write WAV."""


def cache_key(settings: VoiceSettings, text: str) -> str:
    """The file stem for `text` in this voice: same inputs, same file, across sessions."""
    voice = settings.voice or (f"language={settings.language}" if settings.language else "")
    parts = [CACHE_VERSION, voice, str(settings.rate), f"{settings.volume:.3f}"]
    return hashlib.sha1("\x1f".join([*parts, text]).encode("utf-8")).hexdigest()


def usable_audio(path: Path) -> bool:
    """A file with more than a bare WAV header in it."""
    try:
        return path.stat().st_size > 44
    except OSError:
        return False


_Call = tuple[Callable[[TtsEngine], Any], "Future[Any]"]


class PhraseRenderer:
    """A queue of phrases to render, worked off by one non-daemon thread.

    `on_rendered(text, path)` runs on the worker thread after each phrase is ready (from
    the cache or freshly rendered); the Qt side turns it into a queued signal.
    """

    def __init__(
        self,
        cache_dir: Path,
        settings: VoiceSettings,
        *,
        engine_factory: EngineFactory = default_engine_factory,
        on_rendered: Callable[[str, Path], None] | None = None,
        suffix: str = AUDIO_SUFFIX,
    ) -> None:
        self._cache_dir = cache_dir
        self._suffix = suffix
        self._settings = settings
        self._factory = engine_factory
        self.on_rendered = on_rendered
        self._lock = threading.Condition()
        self._phrases: collections.deque[str] = collections.deque()
        self._calls: collections.deque[_Call] = collections.deque()
        self._busy = True  # until the engine has loaded
        self._stopping = False
        self._ready: dict[str, Path] = {}
        self._onsets: dict[Path, float] = {}
        """Seconds into each rendered file where its sound is heard to start (by file: a
        file never changes); measured on the worker as each phrase is ready."""
        self._problem: str | None = None
        self._temporary: Path | None = None
        """The cache folder made for this run when `cache_dir` could not be: removed at
        shutdown (or at exit)."""
        self._thread = threading.Thread(target=self._run, name="backtrainer-speech", daemon=False)

    # --- any thread ---------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> str | None:
        """Start the worker and wait (once, at start-up) until the engine has loaded.

        Returns the problem text if it could not load. An engine slower than `timeout` is
        not an error: rendering begins when it is there.
        """
        self._cache_dir = self._usable_cache(self._cache_dir)
        self._thread.start()
        with self._lock:
            self._lock.wait_for(lambda: not self._busy or self._problem is not None, timeout)
        return self.problem

    def _usable_cache(self, folder: Path) -> Path:
        """`folder`, made if need be; else (a read-only data folder, a cache under a
        regular file, a full disk) a temporary folder for this run, so that the workout
        is still spoken. The reason goes to the log."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):  # can a phrase be written there?
                pass
        except OSError as exc:
            temporary = Path(tempfile.mkdtemp(prefix="backtrainer-speech-"))
            log.warning(
                "cannot use the speech cache %s (%s); rendering into %s for this run",
                folder,
                exc.strerror or exc,
                temporary,
            )
            self._temporary = temporary
            atexit.register(shutil.rmtree, temporary, True)
            return temporary
        return folder

    @property
    def cache_dir(self) -> Path:
        return self._cache_dir

    @property
    def problem(self) -> str | None:
        with self._lock:
            return self._problem

    def set_settings(self, settings: VoiceSettings) -> None:
        """Use another voice, rate or volume for whatever is rendered from now on."""
        with self._lock:
            self._settings = settings

    def file_for(self, text: str) -> Path:
        """Where `text` is (or will be) cached in the current voice."""
        with self._lock:
            settings = self._settings
        return self._file(settings, text)

    def _file(self, settings: VoiceSettings, text: str) -> Path:
        suffix = ".wav" if is_tone(text) else self._suffix  # a generated tone is WAV anywhere
        return self._cache_dir / f"{cache_key(settings, text)}{suffix}"

    def path_for(self, text: str) -> Path | None:
        """The WAV for `text` if it is rendered, this session or an earlier one."""
        path = self.file_for(text)
        with self._lock:
            if self._ready.get(text) == path:
                return path
        if usable_audio(path):
            with self._lock:
                self._ready[text] = path
            return path
        return None

    def onset_of(self, path: Path) -> float:
        """Seconds from the start of the rendered file `path` to where it is heard to
        start (`wavfiles.onset_samples`), so a player can start it that much before its
        instant; 0.0 for a file that cannot be read as 16-bit WAV (AIFF on macOS).
        Measured when the phrase was rendered, or here on first use for a file that an
        earlier session left in the cache."""
        with self._lock:
            known = self._onsets.get(path)
        if known is not None:
            return known
        onset = _saved_onset(path)
        if onset is None:
            onset = onset_seconds(path) or 0.0
            _save_onset(path, onset)
        with self._lock:
            self._onsets[path] = onset
        return onset

    def render_all(self, phrases: Iterable[str], *, replace: bool = False) -> None:
        """Queue phrases for rendering, in order; returns at once. `replace` drops what
        is still waiting first (it was for a routine the user has since left)."""
        with self._lock:
            if replace:
                self._phrases.clear()
            queued = set(self._phrases)
            for text in phrases:
                if text.strip() and text not in queued:
                    self._phrases.append(text)
                    queued.add(text)
            self._lock.notify_all()

    def render_soon(self, text: str) -> None:
        """Move `text` to the front of the queue: a cue needs it now."""
        if text.strip():
            with self._lock:
                with contextlib.suppress(ValueError):
                    self._phrases.remove(text)
                self._phrases.appendleft(text)
                self._lock.notify_all()

    def call(self, fn: Callable[[TtsEngine], T]) -> Future[T]:
        """Run `fn(engine)` on the worker ahead of queued phrases (a voice list, say)."""
        future: Future[T] = Future()
        with self._lock:
            if self._stopping or self._problem is not None:
                future.set_exception(RuntimeError(self._problem or "the speech worker stopped"))
            else:
                self._calls.append((fn, future))
                self._lock.notify_all()
        return future

    def wait_rendered(self, timeout: float) -> bool:
        """Block until nothing is queued and the worker is idle (tests, benchmarks)."""
        with self._lock:
            return self._lock.wait_for(
                lambda: (
                    self._problem is not None or not (self._phrases or self._calls or self._busy)
                ),
                timeout,
            )

    def shutdown(self, timeout: float = 10.0) -> None:
        """Forget the queue, let the current phrase finish, and join the worker."""
        with self._lock:
            self._stopping = True
            self._phrases.clear()
            calls = list(self._calls)
            self._calls.clear()
            self._lock.notify_all()
        for _fn, future in calls:  # as an executor would: cancel, then wake any waiter
            future.cancel()
            future.set_running_or_notify_cancel()
        if self._thread.is_alive():
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("the speech worker is still busy after %.0f s", timeout)
                return  # it may still write there: the folder goes at exit
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)

    # --- the worker thread --------------------------------------------------------------

    def _run(self) -> None:
        # The espeak driver prints "Audio saved to ..." from espeak's own callback thread,
        # which can run after runAndWait() has returned: hush it for the worker's life.
        with hushed_save_notice():
            self._work()

    def _work(self) -> None:
        engine = self._load_engine()
        applied: VoiceSettings | None = None
        while engine is not None:
            with self._lock:
                self._busy = False
                self._lock.notify_all()
                self._lock.wait_for(lambda: self._stopping or bool(self._phrases or self._calls))
                if self._stopping:
                    break
                self._busy = True
                job: _Call | str = self._calls.popleft() if self._calls else self._phrases.popleft()
                settings = self._settings
            if isinstance(job, str) and is_tone(job):
                self._render_tone(job, settings)
            elif isinstance(job, str):
                outcome = self._render(engine, job, settings, apply=applied != settings)
                if outcome == "rendered":
                    applied = settings  # a cached phrase applies nothing
                if outcome != "failed":
                    continue
                # After an exception the run loop stays "already started" for good, so
                # replace the engine. The old driver must be gone first: espeak has one
                # global synthesis callback, and a dying driver resets it. Dropping the
                # last reference frees it (engine and driver refer to each other only
                # weakly); no gc.collect() here, which could also destroy, on this
                # thread, Qt objects that belong to the UI thread.
                with contextlib.suppress(Exception):
                    engine.stop()
                engine = None
                engine = self._load_engine()
                applied = None
            else:
                fn, future = job
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(fn(engine))
                    except Exception as exc:
                        future.set_exception(exc)
        with self._lock:
            self._busy = False
            self._lock.notify_all()
        engine = None  # released here, in the thread that made it (COM on Windows)

    def _load_engine(self) -> TtsEngine | None:
        try:
            return self._factory()
        except Exception as exc:  # pyttsx3 raises RuntimeError, OSError, ImportError...
            problem = engine_problem(exc)
            log.warning("%s", problem)
            with self._lock:
                self._problem = problem
                self._phrases.clear()
                calls = list(self._calls)
                self._calls.clear()
                self._lock.notify_all()
            for _fn, future in calls:
                future.set_exception(RuntimeError(problem))
            return None

    def _render(
        self, engine: TtsEngine, text: str, settings: VoiceSettings, apply: bool
    ) -> Literal["rendered", "cached", "failed"]:
        """Render one phrase unless cached; "failed" when the engine failed and must go."""
        path = self._file(settings, text)
        if usable_audio(path):
            self._rendered(text, path)
            return "cached"
        # A temporary name, then an atomic rename: a crash never leaves a torn file
        # that a later session would take for a finished one.
        part = path.with_name(f"{path.stem}.{os.getpid()}.part{self._suffix}")
        try:
            for _attempt in range(SETTINGS_TRIES if apply else 1):
                if apply:
                    apply_settings(engine, settings)
                save_and_wait(engine, text, str(part))
                if not apply or settings_hold(engine, settings):
                    break
                log.info("the engine lost the voice settings; rendering %r again", text)
            else:
                log.warning("the engine does not report the voice settings as set")
            if not usable_audio(part):
                raise RuntimeError("the engine wrote no audio")
            trim_leading_silence(part)
            _onset_file(path).unlink(missing_ok=True)  # it was the old file's
            part.replace(path)
        except Exception:
            # Logged as text: a kept traceback would keep the dead engine alive.
            log.warning(
                "rendering %r failed; starting a new speech engine\n%s",
                text,
                traceback.format_exc(),
            )
            part.unlink(missing_ok=True)
            return "failed"
        self._rendered(text, path)
        return "rendered"

    def _render_tone(self, token: str, settings: VoiceSettings) -> None:
        """Write the generated tone for `token` unless cached; the engine is not used."""
        path = self._file(settings, token)
        if not usable_audio(path):
            part = path.with_name(f"{path.stem}.{os.getpid()}.part.wav")
            try:
                write_tone(part, token, settings.volume)
                _onset_file(path).unlink(missing_ok=True)
                part.replace(path)
            except OSError:
                log.warning("writing the tone for %r failed", token, exc_info=True)
                part.unlink(missing_ok=True)
                return
        self._rendered(token, path)

    def _rendered(self, text: str, path: Path) -> None:
        self.onset_of(path)  # measured here, off the UI thread, before anyone waits on it
        with self._lock:
            self._ready[text] = path
        if self.on_rendered is not None:
            self.on_rendered(text, path)


def _onset_file(path: Path) -> Path:
    """Where a phrase's onset is kept beside it: measuring it again for every phrase of a
    routine at each start cost half a second of a core (49 phrases, benchmarks)."""
    return path.with_name(f"{path.name}.onset")


def _saved_onset(path: Path) -> float | None:
    """The onset kept beside `path`, if it is there, readable and plausible, and not
    older than the phrase (a file rendered anew makes it stale)."""
    kept = _onset_file(path)
    try:
        if kept.stat().st_mtime_ns < path.stat().st_mtime_ns:
            return None
        onset = float(kept.read_text(encoding="ascii"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return onset if 0.0 <= onset < MAX_ONSET else None


def _save_onset(path: Path, onset: float) -> None:
    """Keep it for the next session; a cache that cannot be written just measures again."""
    with contextlib.suppress(OSError):
        _onset_file(path).write_text(f"{onset!r}\n", encoding="ascii")
