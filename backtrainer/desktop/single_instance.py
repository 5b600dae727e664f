"""One BackTrainer per data folder: a second launch hands its request to the first.

Only one process can write a data folder's history (its writer lock), so a second window
would run workouts that are not saved. Instead, the first BackTrainer listens on a local
socket named after its data folder (two folders, two independent instances), and a second
launch sends it what it was asked (`--start ROUTINE`, the interval options, the mode, full
screen) as one line of versioned JSON, waits for "ok", and exits; the first comes to the
front and acts on it.

A socket file left by a crashed BackTrainer refuses connections: it is removed and taken
over. A first instance that is there but does not answer within TIMEOUT_MS (hung, or
stopped) makes `hand_over` raise HandOverFailed, so that a second launch never waits for
long and never opens a window that would not save.

QtNetwork is loaded only when there is a socket to talk to or to make: `may_be_running`
(in `instance_name`, with the socket's name) looks for the socket file without it or this
module, so that a first launch can show its window first and claim the folder right after
(see `ui.app`).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal

from backtrainer.core.settings import IntervalSettings, SettingsError
from backtrainer.desktop.instance_name import server_name

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

VERSION = 1
"""The message format; a message of another version is refused ("bad")."""
TIMEOUT_MS = 2000
"""The longest a second launch waits for the first to answer."""
MAX_MESSAGE = 64 * 1024
OK, BAD = b"ok\n", b"bad\n"


class HandOverFailed(Exception):
    """A BackTrainer runs on this data folder but did not take the request."""


@dataclass(frozen=True)
class Request:
    """What a launch was asked to do."""

    start: str | None = None
    settings: IntervalSettings = field(default_factory=IntervalSettings)
    mode: str | None = None
    fullscreen: bool | None = None

    def encode(self) -> bytes:
        settings = {k: v for k, v in dataclasses.asdict(self.settings).items() if v is not None}
        message = {
            "version": VERSION,
            "start": self.start,
            "settings": settings,
            "mode": self.mode,
            "fullscreen": self.fullscreen,
        }
        return json.dumps(message).encode() + b"\n"

    @classmethod
    def decode(cls, data: bytes) -> Request | None:
        """The request in `data`, or None when it is not one this version understands."""
        try:
            message = json.loads(data)
            if not isinstance(message, dict) or message.get("version") != VERSION:
                return None
            start, mode, fullscreen = message["start"], message["mode"], message["fullscreen"]
            settings = message["settings"]
            if not all(isinstance(v, str | None) for v in (start, mode)):
                return None
            if not isinstance(fullscreen, bool | None) or not isinstance(settings, dict):
                return None
            return cls(start, IntervalSettings(**settings), mode, fullscreen)
        except (ValueError, KeyError, TypeError, SettingsError):
            return None


def hand_over(name: str, request: Request, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give `request` to the BackTrainer listening on `name`. True: it took it. False: none
    listens (no socket, or a stale one). Raises HandOverFailed when one is there but does
    not answer "ok" within `timeout_ms`."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_ms / 1000

    def left() -> int:
        """Waits in short slices: PySide holds the GIL in a blocking wait, and a thread of
        this process (a test's server) may need it to answer."""
        return max(1, min(50, round((deadline - time.monotonic()) * 1000)))

    socket = QLocalSocket()
    socket.connectToServer(name)
    while not socket.waitForConnected(left()):
        error = socket.error()
        timed_out = error == QLocalSocket.LocalSocketError.SocketTimeoutError
        if timed_out and time.monotonic() < deadline:
            continue
        if error in (
            QLocalSocket.LocalSocketError.ServerNotFoundError,
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
        ):
            return False
        raise HandOverFailed(f"the running BackTrainer did not answer ({socket.errorString()})")
    socket.write(QByteArray(request.encode()))
    socket.flush()
    reply = b""
    while not reply.endswith(b"\n") and time.monotonic() < deadline:
        if socket.bytesAvailable() or socket.waitForReadyRead(left()):
            reply += bytes(socket.readAll().data())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break
    socket.abort()
    if reply == OK:
        return True
    if not reply:
        raise HandOverFailed(
            f"the running BackTrainer did not answer within {timeout_ms / 1000:g} s"
        )
    raise HandOverFailed("the running BackTrainer refused the request (another version?)")


class InstanceServer(QObject):
    """The first BackTrainer's end: `received` carries each request a launch handed over."""

    received = Signal(object)  # Request

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen; a socket file left by a crash (nobody answers on it) is taken over.
        False: another BackTrainer listens there."""
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

        if self.server.listen(self.name):
            return True
        if self.server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
            log.warning(
                "single instance: cannot listen on %s: %s", self.name, self.server.errorString()
            )
            return True  # run alone, unreachable: better than no window
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(TIMEOUT_MS):
            probe.abort()
            return False
        log.info("single instance: taking over the stale socket %s", self.name)
        QLocalServer.removeServer(self.name)
        if not self.server.listen(self.name):
            log.warning(
                "single instance: cannot listen on %s: %s", self.name, self.server.errorString()
            )
        return True

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            timer = QTimer(socket)  # a connection that sends no whole line is dropped
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=socket: s.abort())
            timer.start(TIMEOUT_MS)
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(lambda s=socket: s.deleteLater())
            self._read(socket, buffer)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                log.warning("single instance: a message too long was ignored")
                socket.abort()
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        request = Request.decode(line)
        socket.write(QByteArray(OK if request is not None else BAD))
        socket.flush()
        socket.disconnectFromServer()
        if request is None:
            log.warning("single instance: a malformed message was ignored: %r", line[:200])
            return
        QTimer.singleShot(0, lambda: self.received.emit(request))  # once this slot is done


def claim(data_dir: Path, request: Request) -> InstanceServer | None:
    """The server of the one BackTrainer on `data_dir`, or None when one already runs and
    took `request` (this launch is then done). Raises HandOverFailed."""
    name = server_name(data_dir)
    for _attempt in range(2):
        if hand_over(name, request):
            return None
        server = InstanceServer(name)
        if server.listen():
            return server
        server.deleteLater()  # another launch began listening just now: hand over to it
    raise HandOverFailed("another BackTrainer is starting on this data folder")
