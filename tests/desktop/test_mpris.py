"""Publishing the MPRIS player: without a bus, and beside another BackTrainer.
(The player driven through the window: tests/ui/test_media_remote.py.)"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from backtrainer.desktop.mpris import SERVICE, MprisPlayer


def player(address: str, name: str) -> MprisPlayer:
    return MprisPlayer(
        lambda: None, lambda _command: None, lambda: QDBusConnection.connectToBus(address, name)
    )


def test_without_a_session_bus_it_logs_one_line_and_publishes_nothing(
    tmp_path: Path, qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    nowhere = player(f"unix:path={tmp_path / 'no-bus'}", "backtrainer-test-mpris-nowhere")
    try:
        with caplog.at_level(logging.INFO, logger="backtrainer.desktop.mpris"):
            assert not nowhere.publish()
        nowhere.refresh()
        nowhere.close()
    finally:
        QDBusConnection.disconnectFromBus("backtrainer-test-mpris-nowhere")
    assert nowhere.service is None
    assert len(caplog.records) == 1
    assert "no D-Bus session bus, so no media controls" in caplog.text


def test_a_second_player_on_the_bus_takes_a_name_with_its_pid(
    bus_address: str, qapp: object
) -> None:
    first = player(bus_address, "backtrainer-test-mpris-first")
    second = player(bus_address, "backtrainer-test-mpris-second")
    try:
        assert first.publish() and second.publish()
        assert (first.service, second.service) == (SERVICE, f"{SERVICE}.instance{os.getpid()}")
        first.close()
        assert first.service is None
    finally:
        second.close()
        QDBusConnection.disconnectFromBus("backtrainer-test-mpris-first")
        QDBusConnection.disconnectFromBus("backtrainer-test-mpris-second")
