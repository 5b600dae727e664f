"""Test setup: headless Qt, a private data folder for every test, and a check that no
test leaves a session timer or a worker thread running."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from backtrainer.storage import paths

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fuzz tests that do not set max_examples themselves run ~200 examples per target; the
# `--hypothesis-profile=long` run (benchmarks/README.md) runs 10,000.
_FUZZ = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
hypothesis_settings.register_profile("backtrainer", max_examples=200, **_FUZZ)  # type: ignore[arg-type]
hypothesis_settings.register_profile("long", max_examples=10_000, **_FUZZ)  # type: ignore[arg-type]
hypothesis_settings.load_profile("backtrainer")


def _die_with_parent() -> None:
    """In the child: ask Linux for SIGTERM when the test process dies, however it dies."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _private_sound_server() -> None:
    """Give the run a PulseAudio null sink of its own, so that the tests that play real
    sound (QtMultimedia) run headless, in CI too, instead of being skipped. Skipped when
    pulseaudio is not installed or BACKTRAINER_TEST_SOUND=system (use the desktop's)."""
    if os.environ.get("BACKTRAINER_TEST_SOUND") == "system" or not shutil.which("pulseaudio"):
        return
    folder = Path(tempfile.mkdtemp(prefix="backtrainer-test-pulse-"))
    socket = folder / "native"
    server = subprocess.Popen(
        [
            "pulseaudio",
            "-n",  # no default configuration: only the two modules below
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}",
            "--load=module-null-sink sink_name=tests",
        ],
        env={**os.environ, "PULSE_RUNTIME_PATH": str(folder), "HOME": str(folder)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,  # a crashed run (no atexit) leaves no server behind
    )
    deadline = time.monotonic() + 10
    while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if not socket.exists():
        server.kill()
        return
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    atexit.register(lambda: (server.terminate(), server.wait(10), shutil.rmtree(folder, True)))


_private_sound_server()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets an empty user data folder; nothing touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):  # English, whatever the tester's locale
        monkeypatch.delenv(name, raising=False)
    paths.set_data_dir(None)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cues follow the locale ("system"): tests expect English unless they set another,
    whatever the developer's own LANG."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture(autouse=True)
def nothing_left_running() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not leftover, f"threads left running: {leftover}"
    runner_module = sys.modules.get("backtrainer.ui.workout.runner")
    if runner_module is not None:
        running = runner_module.SessionRunner.running_timers()
        assert not running, f"session timers left running: {running}"
