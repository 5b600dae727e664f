"""Keep the screen on and the machine awake while a workout runs.

Nobody touches the keyboard during a hands-free workout, so without this the
screen saver or suspend would cut the session short. Every failure is logged and
swallowed: a workout must never stop because the desktop would not cooperate.
Each mechanism also ends with the process (D-Bus drops a disconnected client's
inhibitions, Windows a dead thread's state, `caffeinate -w` watches our pid), so
a crash cannot leave the machine awake.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeGuard

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)


class InhibitError(Exception):
    """A backend could not inhibit or release; SleepInhibitor logs it."""


class Backend(Protocol):
    """One platform's mechanism; raises InhibitError (or anything) on failure."""

    def acquire(self, app_name: str, reason: str) -> None: ...

    def release(self) -> None: ...


class SleepInhibitor:
    """Holds at most one inhibition; `inhibit` and `release` are idempotent."""

    def __init__(self, app_name: str = "BackTrainer", backend: Backend | None = None) -> None:
        self._app_name = app_name
        self._backend = backend if backend is not None else default_backend()
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def inhibit(self, reason: str) -> bool:
        """Returns whether sleep is now inhibited; never raises."""
        if self._active:
            return True
        try:
            self._backend.acquire(self._app_name, reason)
        except Exception as error:
            log.warning("could not keep the screen awake: %s", error)
            return False
        self._active = True
        return True

    def release(self) -> None:
        """Lets the screen sleep again; a no-op unless inhibit() succeeded."""
        if not self._active:
            return
        self._active = False
        try:
            self._backend.release()
        except Exception as error:
            log.warning("could not release the screen-saver inhibition: %s", error)


def default_backend(platform: str = sys.platform) -> Backend:
    """The mechanism for `platform`; nothing platform-specific is loaded yet."""
    if platform == "win32":
        return WindowsBackend()
    if platform == "darwin":
        return MacBackend()
    return DBusBackend()


# --- Linux and other freedesktop systems: D-Bus --------------------------------

# A D-Bus argument as (Qt type name, value): QtDBus marshals a Python int as
# int32, but these APIs want uint32, so every argument says its type.
DBusArgs = Sequence[tuple[str, object]]


class DBusBus(Protocol):
    """Calls one method; the seam that tests replace with a fake."""

    def call(
        self, service: str, path: str, interface: str, method: str, args: DBusArgs, returns: str
    ) -> object:
        """Returns the reply value ('' for `returns` means none; an object path as its
        str); raises InhibitError."""
        ...


@dataclass(frozen=True)
class DBusService:
    """One inhibit API; but for the portal, the interface is named like the service."""

    name: str
    path: str
    session_manager: bool = False  # Inhibit(app_id, xid, reason, flags), not (app, reason)
    portal: bool = False
    """xdg-desktop-portal: Inhibit(window, flags, options) returns a request handle,
    released by calling Close on that object."""

    @property
    def interface(self) -> str:
        return PORTAL_INHIBIT if self.portal else self.name

    @property
    def uninhibit(self) -> str:
        return "Uninhibit" if self.session_manager else "UnInhibit"


PORTAL_INHIBIT = "org.freedesktop.portal.Inhibit"
PORTAL_REQUEST = "org.freedesktop.portal.Request"
# The portal first: it works in sandboxes (Flatpak, Snap) and on Wayland compositors
# that have no org.freedesktop.ScreenSaver.
PORTAL = DBusService(
    "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", portal=True
)
# Then tried in order; the first that answers wins. /ScreenSaver is older KDE's path.
FALLBACKS = (
    DBusService("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    DBusService("org.freedesktop.ScreenSaver", "/ScreenSaver"),
    DBusService("org.gnome.SessionManager", "/org/gnome/SessionManager", session_manager=True),
    DBusService("org.mate.SessionManager", "/org/mate/SessionManager", session_manager=True),
)
DBUS_SERVICES = (PORTAL, *FALLBACKS)
IDLE_AND_SUSPEND = 8 | 4  # the session managers' and the portal's Inhibit flags


class DBusBackend:
    def __init__(
        self, bus: DBusBus | None = None, services: Sequence[DBusService] = DBUS_SERVICES
    ) -> None:
        self._bus = bus
        self._services = services
        self._held: tuple[DBusService, int | str] | None = None
        """The service that answered, and its cookie (the portal's: a request handle)."""

    def acquire(self, app_name: str, reason: str) -> None:
        if self._bus is None:
            self._bus = QtDBusBus()
        failures = []
        for svc in self._services:
            args: DBusArgs = [("QString", app_name), ("QString", reason)]
            returns = "uint"
            if svc.session_manager:
                args = [args[0], ("uint", 0), args[1], ("uint", IDLE_AND_SUSPEND)]
            if svc.portal:  # no window handle to give: "" (the portal allows it)
                options = {"reason": reason}
                args = [("QString", ""), ("uint", IDLE_AND_SUSPEND), ("QVariantMap", options)]
                returns = "QDBusObjectPath"
            try:
                cookie = self._bus.call(svc.name, svc.path, svc.interface, "Inhibit", args, returns)
            except InhibitError as error:
                log.debug("%s%s: %s", svc.name, svc.path, error)
                failures.append(f"{svc.name}{svc.path}: {error}")
                continue
            if not is_cookie(cookie, svc):
                failures.append(f"{svc.name}{svc.path}: Inhibit returned {cookie!r}")
                continue
            self._held = (svc, cookie)
            log.info("screen saver inhibited through %s%s", svc.name, svc.path)
            return
        raise InhibitError("no D-Bus inhibit service answered (" + "; ".join(failures) + ")")

    def release(self) -> None:
        if self._held is None or self._bus is None:
            return
        svc, cookie = self._held
        self._held = None
        if svc.portal:
            self._bus.call(svc.name, str(cookie), PORTAL_REQUEST, "Close", [], "")
        else:
            self._bus.call(svc.name, svc.path, svc.name, svc.uninhibit, [("uint", cookie)], "")


def is_cookie(cookie: object, svc: DBusService) -> TypeGuard[int | str]:
    """The portal answers with a request handle (an object path), the others a uint."""
    if svc.portal:
        return isinstance(cookie, str) and cookie.startswith("/")
    return isinstance(cookie, int)


class QtDBusBus:
    """Typed calls through an introspected QDBusInterface (so uint stays uint)."""

    def __init__(
        self, connect: Callable[[], QDBusConnection] | None = None, timeout_ms: int = 3000
    ) -> None:
        self._connect = connect
        self._timeout_ms = timeout_ms

    def call(
        self, service: str, path: str, interface: str, method: str, args: DBusArgs, returns: str
    ) -> object:
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusObjectPath

        connection = self._connect() if self._connect else QDBusConnection.sessionBus()
        if not connection.isConnected():
            raise InhibitError(f"no D-Bus session bus ({connection.lastError().message()})")
        proxy = QDBusInterface(service, path, interface, connection)
        if not proxy.isValid():
            raise InhibitError(proxy.lastError().message() or "not available")
        proxy.setTimeout(self._timeout_ms)
        # Type names are already in Qt's normalized form ("QString", "uint").
        signature = f"{method}({','.join(kind for kind, _ in args)})"
        if proxy.metaObject().indexOfMethod(signature) < 0:
            raise InhibitError(f"the service has no method {signature}")
        values = [Q_ARG(kind, value) for kind, value in args]
        direct = Qt.ConnectionType.DirectConnection
        if returns:
            result = QMetaObject.invokeMethod(proxy, method, direct, Q_RETURN_ARG(returns), *values)
        else:
            result = QMetaObject.invokeMethod(proxy, method, direct, *values)
        error = proxy.lastError()
        if error.isValid():
            raise InhibitError(f"{method}: {error.name()}: {error.message()}")
        return result.path() if isinstance(result, QDBusObjectPath) else result


# --- Windows: SetThreadExecutionState -------------------------------------------

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


def _set_thread_execution_state() -> Callable[[int], int]:
    if sys.platform == "win32":
        import ctypes  # Windows only: not worth its import time elsewhere

        function = ctypes.windll.kernel32.SetThreadExecutionState
        function.argtypes = [ctypes.c_uint]
        function.restype = ctypes.c_uint
        return function  # type: ignore[no-any-return]
    raise InhibitError("SetThreadExecutionState exists only on Windows")


class WindowsBackend:
    """The state belongs to the calling thread: call from the GUI thread only."""

    def __init__(self, set_state: Callable[[int], int] | None = None) -> None:
        self._set_state = set_state

    def _call(self, flags: int) -> None:
        if self._set_state is None:
            self._set_state = _set_thread_execution_state()
        if self._set_state(flags) == 0:  # documented as NULL on failure
            raise InhibitError(f"SetThreadExecutionState({flags:#x}) failed")

    def acquire(self, app_name: str, reason: str) -> None:
        self._call(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED)

    def release(self) -> None:
        self._call(ES_CONTINUOUS)


# --- macOS: caffeinate ------------------------------------------------------------


class Process(Protocol):
    def poll(self) -> int | None: ...

    def terminate(self) -> None: ...

    def kill(self) -> None: ...

    def wait(self, timeout: float | None = None) -> int: ...


def _spawn(command: list[str]) -> Process:
    import subprocess  # macOS only: not worth its import time elsewhere

    return subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


class MacBackend:
    """`-d -i` keeps display and system awake; `-w` ends it if we die first."""

    def __init__(
        self, spawn: Callable[[list[str]], Process] = _spawn, pid: int | None = None
    ) -> None:
        self._spawn = spawn
        self._pid = os.getpid() if pid is None else pid
        self._process: Process | None = None

    def acquire(self, app_name: str, reason: str) -> None:
        try:
            process = self._spawn(["caffeinate", "-d", "-i", "-w", str(self._pid)])
        except OSError as error:
            raise InhibitError(f"cannot run caffeinate: {error}") from error
        if process.poll() is not None:
            raise InhibitError(f"caffeinate exited at once (status {process.wait()})")
        self._process = process

    def release(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        import subprocess

        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
