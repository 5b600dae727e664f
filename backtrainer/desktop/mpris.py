"""BackTrainer as an MPRIS media player on the D-Bus session bus.

GNOME's and KDE's media widgets, headset buttons and phone remotes (KDE Connect,
GSConnect) control players through MPRIS: published here, they pause, resume and skip
the workout from across the room, and show the move. Wayland gives no global shortcuts,
so this is the one way to be controlled from outside the window.

Two QDBusAbstractAdaptor subclasses export the interfaces; their properties are read
when asked from `player_state` (Qt-free), and `MprisPlayer.refresh` emits
org.freedesktop.DBus.Properties.PropertiesChanged for what changed. Imported lazily,
after the window's first paint: QtDBus is not loaded on the start-up path.

A limit of PySide6: a Python int inside a QVariantMap is sent as int32 when it fits, so
Metadata's mpris:length is an int32 for steps under 35 minutes (int64 above); clients
read it as an integer either way. Position, a typed property, is an int64 as specified.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from backtrainer import APP_ID
from backtrainer.core.session import SessionController
from backtrainer.desktop.player_state import PlayerState, player_state

log = logging.getLogger(__name__)

SERVICE = "org.mpris.MediaPlayer2.BackTrainer"
PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"

COMMANDS = ("toggle_pause", "play", "pause", "next", "previous", "stop", "raise", "quit")
"""What the player asks of the window (see `MprisPlayer`)."""
# Qt type names for D-Bus types that no Python type names (PySide6's stubs want a type).
INT64: Any = "qlonglong"
STRING_LIST: Any = "QStringList"
VARIANT_MAP: Any = "QVariantMap"

DEFERRED = frozenset({"stop", "quit"})
"""Commands that may ask a question (a modal dialog): run after the D-Bus reply is sent,
so that the caller is answered at once and no dialog runs inside a D-Bus call."""

Adaptor = TypeVar("Adaptor", bound=type)


def dbus_interface(name: str) -> Callable[[Adaptor], Adaptor]:
    """Q_CLASSINFO("D-Bus Interface", name): the interface an adaptor exports. (PySide6's
    stubs type ClassInfo as not callable, though it is a class decorator.)"""
    class_info: Any = ClassInfo
    decorator: Callable[[Adaptor], Adaptor] = class_info({"D-Bus Interface": name})
    return decorator


@dbus_interface(ROOT_INTERFACE)
class RootAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2: who the player is; Raise and Quit."""

    def __init__(self, player: MprisPlayer) -> None:
        super().__init__(player)
        self._player = player

    @Property(str)
    def Identity(self) -> str:
        return "BackTrainer"

    @Property(str)
    def DesktopEntry(self) -> str:
        return APP_ID

    @Property(bool)
    def CanQuit(self) -> bool:
        return True

    @Property(bool)
    def CanRaise(self) -> bool:
        return True

    @Property(bool)
    def HasTrackList(self) -> bool:
        return False

    @Property(STRING_LIST)
    def SupportedUriSchemes(self) -> list[str]:
        return []

    @Property(STRING_LIST)
    def SupportedMimeTypes(self) -> list[str]:
        return []

    @Slot()
    def Raise(self) -> None:
        self._player.act("raise")

    @Slot()
    def Quit(self) -> None:
        self._player.act("quit")


@dbus_interface(PLAYER_INTERFACE)
class PlayerAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2.Player: the workout's controls and its current step."""

    Seeked = Signal(INT64)
    """The position jumped (Previous restarted the step): microseconds into the step."""

    def __init__(self, player: MprisPlayer) -> None:
        super().__init__(player)
        self._player = player

    @Property(str)
    def PlaybackStatus(self) -> str:
        return self._player.state().status

    @Property(VARIANT_MAP)
    def Metadata(self) -> dict[str, object]:
        return dbus_metadata(self._player.state())

    @Property(INT64)
    def Position(self) -> int:
        return self._player.state().position_us

    @Property(float)
    def Rate(self) -> float:
        return 1.0

    @Property(float)
    def MinimumRate(self) -> float:
        return 1.0

    @Property(float)
    def MaximumRate(self) -> float:
        return 1.0

    @Property(bool)
    def CanGoNext(self) -> bool:
        return self._player.state().can_control

    @Property(bool)
    def CanGoPrevious(self) -> bool:
        return self._player.state().can_control

    @Property(bool)
    def CanPlay(self) -> bool:
        return self._player.state().can_control

    @Property(bool)
    def CanPause(self) -> bool:
        return self._player.state().can_control

    @Property(bool)
    def CanSeek(self) -> bool:
        return False

    @Property(bool)
    def CanControl(self) -> bool:
        return True  # the specification: constant; CanPlay and the others say when

    @Slot()
    def PlayPause(self) -> None:
        self._player.act("toggle_pause")

    @Slot()
    def Play(self) -> None:
        self._player.act("play")

    @Slot()
    def Pause(self) -> None:
        self._player.act("pause")

    @Slot()
    def Next(self) -> None:
        self._player.act("next")

    @Slot()
    def Previous(self) -> None:
        self._player.act("previous")

    @Slot()
    def Stop(self) -> None:
        self._player.act("stop")

    @Slot(INT64)
    def Seek(self, _offset: int) -> None:
        """CanSeek is false: ignored, as the specification asks."""

    @Slot(QDBusObjectPath, INT64)
    def SetPosition(self, _track: QDBusObjectPath, _position: int) -> None:
        """CanSeek is false: ignored, as the specification asks."""

    @Slot(str)
    def OpenUri(self, _uri: str) -> None:
        """No URI schemes are supported: nothing to open."""


def dbus_metadata(state: PlayerState) -> dict[str, object]:
    """Metadata as D-Bus wants it: the trackid is an object path, not a string."""
    data: dict[str, object] = dict(state.metadata())
    data["mpris:trackid"] = QDBusObjectPath(state.track_id)
    return data


class MprisPlayer(QObject):
    """The object at /org/mpris/MediaPlayer2. `session` gives the workout on screen (or
    None), `command` carries out one of `COMMANDS`; `refresh` after every change."""

    def __init__(
        self,
        session: Callable[[], SessionController | None],
        command: Callable[[str], None],
        connect: Callable[[], QDBusConnection] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._command = command
        self._connection = connect() if connect is not None else QDBusConnection.sessionBus()
        self.root = RootAdaptor(self)
        self.player = PlayerAdaptor(self)
        self.service: str | None = None
        """The bus name taken by `publish`; None until then."""
        self._shown = PlayerState().properties()
        self._track = PlayerState()

    def state(self) -> PlayerState:
        return player_state(self._session())

    def publish(self) -> bool:
        """Register the object and take the name (another BackTrainer, on another data
        folder, has it: a name with our pid, as MPRIS allows); False, logged, without a bus."""
        bus = self._connection
        if not bus.isConnected():
            log.info("no D-Bus session bus, so no media controls: %s", bus.lastError().message())
            return False
        if not bus.registerObject(PATH, self, QDBusConnection.RegisterOption.ExportAdaptors):
            log.warning("no media controls: %s not registered", PATH)
            return False
        for name in (SERVICE, f"{SERVICE}.instance{os.getpid()}"):
            if bus.registerService(name):
                self.service = name
                self.refresh()
                log.info("media controls (MPRIS) on the session bus as %s", name)
                return True
        bus.unregisterObject(PATH)
        log.warning("no media controls: %s", bus.lastError().message())
        return False

    def close(self) -> None:
        """Leave the bus: media widgets stop showing BackTrainer."""
        if self.service is not None:
            self._connection.unregisterService(self.service)
            self._connection.unregisterObject(PATH)
            self.service = None

    def act(self, name: str) -> None:
        if name in DEFERRED:
            QTimer.singleShot(0, self, functools.partial(self._command, name))
        else:
            self._command(name)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Signal the properties that changed since the last call, and a jump back in
        the same step (Seeked); Position itself is read by clients when they need it."""
        if self.service is None:
            return
        state = self.state()
        if state.track_id == self._track.track_id and state.position_us < self._track.position_us:
            self.player.Seeked.emit(state.position_us)
        self._track = state
        properties = state.properties()
        changed = {k: v for k, v in properties.items() if self._shown.get(k) != v}
        self._shown = properties
        if not changed:
            return
        if "Metadata" in changed:
            changed["Metadata"] = dbus_metadata(state)
        signal = QDBusMessage.createSignal(PATH, PROPERTIES_INTERFACE, "PropertiesChanged")
        signal.setArguments([PLAYER_INTERFACE, changed, no_strings()])
        self._connection.send(signal)


def no_strings() -> QDBusArgument:
    """An empty `as` (no invalidated properties): a bare [] would be sent as `av`."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType.Type.QString)
    argument.endArray()
    return argument
