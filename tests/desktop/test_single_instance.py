"""One BackTrainer per data folder: a second launch hands its request to the first."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from backtrainer.core.settings import IntervalSettings
from backtrainer.desktop import instance_name, single_instance
from backtrainer.desktop.single_instance import (
    HandOverFailed,
    InstanceServer,
    Request,
    hand_over,
    server_name,
)
from backtrainer.storage.history.store import HistoryStore

ASKED = Request("best-back", IntervalSettings(rounds=1, tempo_scale=1.5), "conditioning", True)


@pytest.fixture
def server(data_dir: Path) -> Iterator[InstanceServer]:
    listening = InstanceServer(server_name(data_dir))
    assert listening.listen()
    yield listening
    listening.close()
    listening.deleteLater()


def in_thread(qtbot: QtBot, work: Callable[[], object]) -> list[object]:
    """Run the blocking client beside the event loop that serves it; its result or error."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(work())
        except Exception as exc:
            result.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    thread.join()
    return result


def test_a_request_arrives_and_is_decoded(qtbot: QtBot, server: InstanceServer) -> None:
    with qtbot.waitSignal(server.received, timeout=5000) as arrived:
        result = in_thread(qtbot, lambda: hand_over(server.name, ASKED))
    assert result == [True]
    assert arrived.args == [ASKED]


def test_the_message_is_versioned_json() -> None:
    assert Request.decode(ASKED.encode()) == ASKED
    assert Request.decode(Request().encode()) == Request()
    assert Request.decode(ASKED.encode().replace(b'"version": 1', b'"version": 2')) is None
    assert Request.decode(b'{"version": 1, "start": 3}') is None
    assert Request.decode(ASKED.encode().replace(b'"rounds": 1', b'"rounds": 99')) is None


def test_a_malformed_message_is_ignored(qtbot: QtBot, server: InstanceServer) -> None:
    def send(data: bytes) -> bytes:
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(5)
            client.connect(str(Path(QDir.tempPath()) / server.name))
            client.sendall(data)
            return client.recv(100)

    with qtbot.assertNotEmitted(server.received, wait=200):
        assert in_thread(qtbot, lambda: send(b"{not json\n")) == [b"bad\n"]
        assert in_thread(qtbot, lambda: send(b'{"version": 1}\n')) == [b"bad\n"]
    with qtbot.waitSignal(server.received, timeout=5000):  # still listening
        assert in_thread(qtbot, lambda: hand_over(server.name, ASKED)) == [True]


def test_the_socket_file_is_found_without_qtnetwork(server: InstanceServer, data_dir: Path) -> None:
    """`may_be_running` looks where Qt really put the socket: a first launch shows its
    window before claiming only when nothing can be listening."""
    assert str(instance_name.socket_path(server.name)) == server.server.fullServerName()
    assert instance_name.may_be_running(data_dir)
    server.close()
    assert not instance_name.may_be_running(data_dir)


def test_a_stale_socket_is_taken_over(qtbot: QtBot, data_dir: Path) -> None:
    name = server_name(data_dir)
    path = Path(QDir.tempPath()) / name
    crashed = socket.socket(socket.AF_UNIX)
    crashed.bind(str(path))  # the file a crashed BackTrainer leaves: nobody listens on it
    crashed.close()
    assert path.exists()
    assert hand_over(name, ASKED) is False  # refused: no BackTrainer there

    server = single_instance.claim(data_dir, ASKED)
    assert server is not None
    try:
        with qtbot.waitSignal(server.received, timeout=5000):
            assert in_thread(qtbot, lambda: hand_over(name, ASKED)) == [True]
    finally:
        server.close()


def test_a_hung_instance_fails_the_hand_over_within_the_timeout(server: InstanceServer) -> None:
    began = time.monotonic()
    with pytest.raises(HandOverFailed, match="did not answer"):
        hand_over(server.name, ASKED, timeout_ms=300)  # this thread's loop never serves it
    assert time.monotonic() - began < 2
    assert single_instance.TIMEOUT_MS <= 2000


def test_each_data_folder_is_its_own_instance(tmp_path: Path, data_dir: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    # the same name as before it was hashed by Qt: a window open across an upgrade is found
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    assert server_name(data_dir) == f"backtrainer-{os.getuid()}-{digest}"
    assert server_name(data_dir) == server_name(data_dir / ".." / data_dir.name)


def test_a_second_launch_hands_over_and_the_first_starts_the_routine(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    command = [sys.executable, "-m", "backtrainer", "--data-dir", str(folder)]
    log = tmp_path / "first.log"
    with log.open("wb") as err:
        first = subprocess.Popen([*command, "--log-level", "info"], env=env, stderr=err)
    try:
        wait_until(lambda: b"ready; another launch" in log.read_bytes())
        second = subprocess.run(
            [*command, "--start", "one-dumbbell-back", "--rounds", "1"],
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        wait_until(lambda: b"another launch asked" in log.read_bytes())

        def started() -> list[str]:
            return [s.routine for s in HistoryStore(folder / "history").sessions()]

        wait_until(lambda: started() == ["one-dumbbell-back"])
        (session,) = HistoryStore(folder / "history").sessions()
        assert session.overrides == ["rounds"]
    finally:
        first.terminate()
        first.wait(timeout=30)


def wait_until(condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
