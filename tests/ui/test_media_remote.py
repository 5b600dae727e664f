"""The window as an MPRIS media player, driven over a private session bus as a desktop
widget or a phone remote would drive it (dbus-send, dbus-monitor), with a fake clock."""

from __future__ import annotations

import os
import re
import selectors
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backtrainer import APP_ID
from backtrainer.desktop.mpris import PATH, SERVICE, MprisPlayer
from backtrainer.ui.main_window import MainWindow
from tests.desktop.bus import private_bus
from tests.ui.window import App

pytestmark = [
    pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints"),
    pytest.mark.skipif(shutil.which("dbus-send") is None, reason="no dbus-send (Debian: dbus)"),
]
PLAYER = "org.mpris.MediaPlayer2.Player"


@pytest.fixture(scope="module")
def bus_address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with private_bus(tmp_path_factory.mktemp("dbus")) as address:
        yield address


@dataclass
class Remote:
    """A client on the bus: what `dbus-send` answers, whitespace collapsed."""

    app: App
    address: str

    def send(self, method: str, *args: str, dest: str = SERVICE, path: str = PATH) -> str:
        command = ["dbus-send", f"--bus={self.address}", "--print-reply", f"--dest={dest}"]
        process = subprocess.Popen(
            [*command, path, method, *args], stdout=subprocess.PIPE, text=True
        )
        # The window answers from this thread's event loop: let it run meanwhile.
        self.app.qtbot.waitUntil(lambda: process.poll() is not None, timeout=15_000)
        output, _ = process.communicate()
        assert process.returncode == 0, output
        return " ".join(output.split())

    def get(self, name: str, interface: str = PLAYER) -> str:
        reply = self.send(
            "org.freedesktop.DBus.Properties.Get", f"string:{interface}", f"string:{name}"
        )
        return reply.split(" variant ", 1)[1]

    def state(self) -> str | None:
        runner = self.app.window.runner
        return runner.controller.state if runner is not None else None

    def step(self) -> int | None:
        runner = self.app.window.runner
        return runner.controller.step_index if runner is not None else None


@pytest.fixture
def remote(bus_address: str, qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[Remote]:
    app = App(qtbot)
    name = f"backtrainer-test-{request.node.name}"
    player = MprisPlayer(
        app.window.remote_session,
        app.window.remote_command,
        connect=lambda: QDBusConnection.connectToBus(bus_address, name),
        parent=app.window,
    )
    assert player.publish()
    app.window.workout_changed.connect(player.refresh)
    yield Remote(app, bus_address)
    player.close()
    app.window.close()
    QDBusConnection.disconnectFromBus(name)


@dataclass
class Monitor:
    """dbus-monitor watching the player's PropertiesChanged and Seeked signals."""

    process: subprocess.Popen[bytes]
    text: list[str] = field(default_factory=list)

    def read(self, timeout: float = 0) -> None:
        """Take what the monitor wrote, waiting up to `timeout` for the first of it."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while selector.select(timeout):  # the raw pipe: no buffer of Python's hides lines
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                self.text.append(chunk.decode())
                timeout = 0

    def signals(self) -> list[str]:
        """Each signal seen so far, whitespace collapsed."""
        self.read()
        blocks = re.split(r"^signal ", "".join(self.text), flags=re.MULTILINE)
        return [" ".join(b.split()) for b in blocks if "path=/org/mpris/MediaPlayer2;" in b]

    def wait_for(self, qtbot: QtBot, *parts: str) -> None:
        qtbot.waitUntil(lambda: any(all(p in s for p in parts) for s in self.signals()))


@pytest.fixture
def monitor(bus_address: str) -> Iterator[Monitor]:
    # Line-buffered (stdbuf): dbus-monitor writes to a pipe in blocks.
    watch = ["dbus-monitor", "--address", bus_address, f"type='signal',path='{PATH}'"]
    command = ["stdbuf", "-oL", *watch]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, bufsize=0)
    watcher = Monitor(process)
    # NameLost: it has become a monitor, and sees every signal from now on.
    deadline = time.monotonic() + 15
    while not any("NameLost" in t for t in watcher.text) and time.monotonic() < deadline:
        watcher.read(timeout=0.5)
    assert any("NameLost" in t for t in watcher.text), "dbus-monitor did not start"
    yield watcher
    process.terminate()
    process.communicate(timeout=10)


def in_workout(remote: Remote) -> None:
    remote.app.window.start("best-back")
    remote.app.advance(6)  # past the 5 s get-ready: the first move
    assert remote.state() == "running"


def test_the_player_appears_with_its_name_and_desktop_entry(remote: Remote) -> None:
    names = remote.send(
        "org.freedesktop.DBus.ListNames", dest="org.freedesktop.DBus", path="/org/freedesktop/DBus"
    )
    assert f'string "{SERVICE}"' in names
    root = "org.mpris.MediaPlayer2"
    assert remote.get("Identity", root) == 'string "BackTrainer"'
    assert remote.get("DesktopEntry", root) == f'string "{APP_ID}"'
    assert remote.get("CanRaise", root) == remote.get("CanQuit", root) == "boolean true"
    assert remote.get("PlaybackStatus") == 'string "Stopped"'
    assert remote.get("CanPlay") == "boolean false"


def test_play_pause_and_pause_and_play_act_on_the_workout(remote: Remote) -> None:
    in_workout(remote)
    remote.send(f"{PLAYER}.PlayPause")
    assert remote.state() == "paused"
    assert remote.get("PlaybackStatus") == 'string "Paused"'
    remote.send(f"{PLAYER}.PlayPause")
    assert remote.state() == "running"
    remote.send(f"{PLAYER}.Pause")
    remote.send(f"{PLAYER}.Pause")  # pausing a paused workout leaves it paused
    assert remote.state() == "paused"
    remote.send(f"{PLAYER}.Play")
    remote.send(f"{PLAYER}.Play")
    assert remote.state() == "running"
    assert remote.get("PlaybackStatus") == 'string "Playing"'


def test_next_and_previous_step(remote: Remote) -> None:
    in_workout(remote)
    first = remote.step()
    assert first is not None
    remote.send(f"{PLAYER}.Next")
    assert remote.step() == first + 1
    remote.send(f"{PLAYER}.Previous")  # within 3 s of the step's start: the one before
    assert remote.step() == first


@pytest.mark.parametrize("answer", [False, True])
def test_stop_asks_as_esc_does(
    remote: Remote, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, answer: bool
) -> None:
    in_workout(remote)
    asked: list[str | None] = []

    def confirm(cls: type[MainWindow], parent: object) -> bool:
        asked.append(remote.state())
        return answer

    monkeypatch.setattr(MainWindow, "confirm_stop", classmethod(confirm))
    remote.send(f"{PLAYER}.Stop")  # answered at once; the question comes after
    qtbot.waitUntil(lambda: asked == ["paused"])
    qtbot.waitUntil(lambda: remote.state() == ("stopped" if answer else "running"))
    expected = "Stopped" if answer else "Playing"
    assert remote.get("PlaybackStatus") == f'string "{expected}"'


def test_metadata_names_the_move_the_routine_and_the_step_length(remote: Remote) -> None:
    in_workout(remote)
    metadata = remote.get("Metadata")
    assert 'string "xesam:title" variant string "Kettlebell swing"' in metadata
    assert 'string "xesam:album" variant string "Best Back Workout"' in metadata
    step = remote.step()
    assert f'variant object path "/io/github/backtrainer/BackTrainer/step/{step}"' in metadata
    runner = remote.app.window.runner
    assert runner is not None and runner.controller.step is not None
    length = round(runner.controller.step.seconds * 1_000_000)
    assert f'string "mpris:length" variant int32 {length}' in metadata
    assert remote.get("Position") == "int64 1000000"  # 1 s into the move (fake clock)


def test_properties_changed_reports_state_and_metadata(
    remote: Remote, monitor: Monitor, qtbot: QtBot
) -> None:
    in_workout(remote)
    monitor.wait_for(qtbot, "PropertiesChanged", "Kettlebell swing", 'string "Playing"')
    remote.send(f"{PLAYER}.PlayPause")
    monitor.wait_for(qtbot, "PropertiesChanged", 'string "PlaybackStatus" variant string "Paused"')
    remote.send(f"{PLAYER}.Next")
    monitor.wait_for(qtbot, "PropertiesChanged", 'string "xesam:title" variant string "Rest')
    remote.app.window.show_picker()  # the workout leaves the screen: nothing plays
    monitor.wait_for(qtbot, "PropertiesChanged", "TrackList/NoTrack", 'string "Stopped"')


def test_raise_brings_the_window_forward_and_quit_closes_it(remote: Remote, qtbot: QtBot) -> None:
    window = remote.app.window
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    remote.send("org.mpris.MediaPlayer2.Raise")
    assert not window.isMinimized()
    remote.send("org.mpris.MediaPlayer2.Quit")
    qtbot.waitUntil(lambda: not window.isVisible())
