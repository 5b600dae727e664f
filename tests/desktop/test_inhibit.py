"""Screen-saver inhibition: the logic with fakes, and QtDBus against a private bus."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from backtrainer.desktop import inhibit
from backtrainer.desktop.inhibit import (
    DBusArgs,
    DBusBackend,
    InhibitError,
    MacBackend,
    QtDBusBus,
    SleepInhibitor,
    WindowsBackend,
)
from tests.desktop.bus import read_line

FDO = "org.freedesktop.ScreenSaver"
GNOME = "org.gnome.SessionManager"
MATE = "org.mate.SessionManager"
LOGGER = "backtrainer.desktop.inhibit"


@dataclass
class FakeBus:
    """Answers Inhibit with growing cookies unless (service, path) is in `down`."""

    down: set[tuple[str, str]] = field(default_factory=set)
    reply: object = None
    fail_release: bool = False
    calls: list[tuple[str, str, str, str, list[tuple[str, object]]]] = field(default_factory=list)
    next_cookie: int = 4_000_000_000

    def call(
        self, service: str, path: str, interface: str, method: str, args: DBusArgs, returns: str
    ) -> object:
        self.calls.append((service, path, interface, method, list(args)))
        if (service, path) in self.down:
            raise InhibitError("org.freedesktop.DBus.Error.ServiceUnknown")
        if method != "Inhibit":
            if self.fail_release:
                raise InhibitError("NoReply")
            return None
        assert returns == ("QDBusObjectPath" if service == PORTAL else "uint")
        if self.reply is not None:
            return self.reply
        self.next_cookie += 1
        return self.next_cookie


def dbus_inhibitor(bus: FakeBus) -> SleepInhibitor:
    """Without the portal (its tests are below): the screen saver and session managers."""
    return SleepInhibitor("BackTrainer", DBusBackend(bus, inhibit.FALLBACKS))


PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
HANDLE = "/org/freedesktop/portal/desktop/request/1_42/t"


def test_the_portal_comes_first_and_its_request_is_closed_to_release() -> None:
    bus = FakeBus(reply=HANDLE)
    inhibitor = SleepInhibitor("BackTrainer", DBusBackend(bus))
    assert inhibitor.inhibit("Workout running")
    inhibitor.release()
    options = ("QVariantMap", {"reason": "Workout running"})
    assert bus.calls == [
        (
            PORTAL,
            PORTAL_PATH,
            "org.freedesktop.portal.Inhibit",
            "Inhibit",
            [("QString", ""), ("uint", 12), options],
        ),
        (PORTAL, HANDLE, "org.freedesktop.portal.Request", "Close", []),
    ]


def test_without_a_portal_the_screen_saver_is_next() -> None:
    bus = FakeBus(down={(PORTAL, PORTAL_PATH)})
    inhibitor = SleepInhibitor("BackTrainer", DBusBackend(bus))
    assert inhibitor.inhibit("x")
    inhibitor.release()
    assert [(c[0], c[3]) for c in bus.calls] == [
        (PORTAL, "Inhibit"),
        (FDO, "Inhibit"),
        (FDO, "UnInhibit"),
    ]


def test_a_portal_reply_that_is_not_a_handle_means_try_the_next_service() -> None:
    bus = FakeBus(reply="not a path")
    assert not SleepInhibitor("BackTrainer", DBusBackend(bus)).inhibit("x")
    assert len(bus.calls) == 5


def test_inhibit_then_release_pairs_the_cookie() -> None:
    bus = FakeBus()
    inhibitor = dbus_inhibitor(bus)
    states = [inhibitor.active, inhibitor.inhibit("Workout running"), inhibitor.active]
    inhibitor.release()
    assert [*states, inhibitor.active] == [False, True, True, False]
    path = "/org/freedesktop/ScreenSaver"
    assert bus.calls == [
        (FDO, path, FDO, "Inhibit", [("QString", "BackTrainer"), ("QString", "Workout running")]),
        (FDO, path, FDO, "UnInhibit", [("uint", 4_000_000_001)]),
    ]


def test_inhibit_and_release_are_idempotent() -> None:
    bus = FakeBus()
    inhibitor = dbus_inhibitor(bus)
    inhibitor.release()
    assert bus.calls == []
    assert inhibitor.inhibit("one")
    assert inhibitor.inhibit("two")
    assert [call[3] for call in bus.calls] == ["Inhibit"]
    inhibitor.release()
    inhibitor.release()
    assert [call[3] for call in bus.calls] == ["Inhibit", "UnInhibit"]
    assert inhibitor.inhibit("again")
    inhibitor.release()
    assert bus.calls[-1][4] == [("uint", 4_000_000_002)]


def test_falls_back_in_order_to_the_gnome_session_manager() -> None:
    bus = FakeBus(down={(FDO, "/org/freedesktop/ScreenSaver"), (FDO, "/ScreenSaver")})
    inhibitor = dbus_inhibitor(bus)
    assert inhibitor.inhibit("Workout running")
    inhibitor.release()
    assert [(c[0], c[1], c[3]) for c in bus.calls] == [
        (FDO, "/org/freedesktop/ScreenSaver", "Inhibit"),
        (FDO, "/ScreenSaver", "Inhibit"),
        (GNOME, "/org/gnome/SessionManager", "Inhibit"),
        (GNOME, "/org/gnome/SessionManager", "Uninhibit"),
    ]
    gnome_args = [("QString", "BackTrainer"), ("uint", 0), ("QString", "Workout running")]
    assert bus.calls[2][4] == [*gnome_args, ("uint", 12)]
    assert bus.calls[3][4] == [("uint", 4_000_000_001)]


def test_mate_is_the_last_resort() -> None:
    bus = FakeBus(down={(FDO, "/org/freedesktop/ScreenSaver"), (FDO, "/ScreenSaver")})
    bus.down.add((GNOME, "/org/gnome/SessionManager"))
    inhibitor = dbus_inhibitor(bus)
    assert inhibitor.inhibit("x")
    inhibitor.release()
    assert [(c[0], c[2], c[3]) for c in bus.calls[-2:]] == [
        (MATE, MATE, "Inhibit"),
        (MATE, MATE, "Uninhibit"),
    ]


def test_a_reply_that_is_not_a_cookie_means_try_the_next_service() -> None:
    bus = FakeBus(reply="not a cookie")
    assert not dbus_inhibitor(bus).inhibit("x")
    assert len(bus.calls) == 4


def test_failure_is_logged_not_raised_and_release_is_then_a_no_op(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bus = FakeBus(down={(s.name, s.path) for s in inhibit.DBUS_SERVICES})
    inhibitor = dbus_inhibitor(bus)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert not inhibitor.inhibit("x")
    assert not inhibitor.active
    assert "could not keep the screen awake" in caplog.text
    assert f"{MATE}/org/mate/SessionManager: org.freedesktop.DBus.Error" in caplog.text
    calls = len(bus.calls)
    inhibitor.release()
    assert len(bus.calls) == calls


def test_unexpected_exceptions_are_logged_too(caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        def acquire(self, app_name: str, reason: str) -> None:
            raise RuntimeError("boom")

        def release(self) -> None:
            raise AssertionError("release without a successful acquire")

    inhibitor = SleepInhibitor(backend=Broken())
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert not inhibitor.inhibit("x")
    inhibitor.release()
    assert "boom" in caplog.text


def test_a_failed_release_is_logged_and_leaves_it_inactive(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bus = FakeBus(fail_release=True)
    inhibitor = dbus_inhibitor(bus)
    assert inhibitor.inhibit("x")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        inhibitor.release()
    assert not inhibitor.active
    assert "could not release" in caplog.text and "NoReply" in caplog.text


def test_the_platform_picks_the_backend() -> None:
    assert isinstance(inhibit.default_backend("win32"), WindowsBackend)
    assert isinstance(inhibit.default_backend("darwin"), MacBackend)
    assert isinstance(inhibit.default_backend("linux"), DBusBackend)
    assert isinstance(inhibit.default_backend("freebsd14"), DBusBackend)


# --- Windows -------------------------------------------------------------------


def test_windows_sets_and_clears_the_execution_state() -> None:
    flags: list[int] = []

    def set_state(value: int) -> int:
        flags.append(value)
        return inhibit.ES_CONTINUOUS

    inhibitor = SleepInhibitor(backend=WindowsBackend(set_state))
    assert inhibitor.inhibit("x")
    assert inhibitor.inhibit("x")
    inhibitor.release()
    inhibitor.release()
    assert flags == [0x80000003, 0x80000000]


def test_windows_failure_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    inhibitor = SleepInhibitor(backend=WindowsBackend(lambda _flags: 0))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert not inhibitor.inhibit("x")
    assert "SetThreadExecutionState(0x80000003) failed" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows guard")
def test_windows_backend_elsewhere_fails_without_touching_ctypes(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert not SleepInhibitor(backend=WindowsBackend()).inhibit("x")
    assert "only on Windows" in caplog.text


# --- macOS -----------------------------------------------------------------------


@dataclass
class FakeProcess:
    exit_status: int | None = None
    hangs: bool = False
    events: list[str] = field(default_factory=list)

    def poll(self) -> int | None:
        return self.exit_status

    def terminate(self) -> None:
        self.events.append("terminate")

    def kill(self) -> None:
        self.events.append("kill")

    def wait(self, timeout: float | None = None) -> int:
        self.events.append(f"wait {timeout}")
        if self.hangs and timeout is not None:
            raise subprocess.TimeoutExpired("caffeinate", timeout)
        return self.exit_status or 0


def test_macos_runs_caffeinate_for_our_pid_and_stops_it() -> None:
    commands: list[list[str]] = []
    process = FakeProcess()

    def spawn(command: list[str]) -> FakeProcess:
        commands.append(command)
        return process

    inhibitor = SleepInhibitor(backend=MacBackend(spawn, pid=4242))
    assert inhibitor.inhibit("x")
    assert inhibitor.inhibit("x")
    inhibitor.release()
    inhibitor.release()
    assert commands == [["caffeinate", "-d", "-i", "-w", "4242"]]
    assert process.events == ["terminate", "wait 2"]


def test_macos_kills_a_caffeinate_that_will_not_stop() -> None:
    process = FakeProcess(hangs=True)
    inhibitor = SleepInhibitor(backend=MacBackend(lambda _command: process))
    assert inhibitor.inhibit("x")
    inhibitor.release()
    assert process.events == ["terminate", "wait 2", "kill", "wait None"]


def test_macos_without_caffeinate_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    def spawn(command: list[str]) -> FakeProcess:
        raise FileNotFoundError(2, "No such file or directory", command[0])

    inhibitor = SleepInhibitor(backend=MacBackend(spawn))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert not inhibitor.inhibit("x")
    inhibitor.release()
    assert "cannot run caffeinate" in caplog.text


def test_macos_caffeinate_that_exits_at_once_is_a_failure() -> None:
    inhibitor = SleepInhibitor(backend=MacBackend(lambda _command: FakeProcess(exit_status=1)))
    assert not inhibitor.inhibit("x")
    assert not inhibitor.active


# --- QtDBus against a private dbus-daemon ------------------------------------------

# Fake inhibit services. Qt only dispatches a call to a slot whose D-Bus
# signature matches exactly, so a uint sent as int32 fails the test.
SERVICE_SCRIPT = r"""
import json, sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

GNOME, MATE = "org.gnome.SessionManager", "org.mate.SessionManager"

def record(*call):
    print(json.dumps(call), flush=True)

@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, app, reason):
        record("Inhibit", app, reason)
        return 4000000007

    @Slot("uint")
    def UnInhibit(self, cookie):
        record("UnInhibit", cookie)

def session_manager(interface):
    @ClassInfo({"D-Bus Interface": interface})
    class SessionManager(QObject):
        @Slot(str, "uint", str, "uint", result="uint")
        def Inhibit(self, app_id, xid, reason, flags):
            record("Inhibit", app_id, xid, reason, flags)
            return 3000000009

        @Slot("uint")
        def Uninhibit(self, cookie):
            record("Uninhibit", cookie)

    return SessionManager

@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Request"})
class Request(QObject):
    @Slot()
    def Close(self):
        record("Close", REQUEST)
        bus.unregisterObject(REQUEST)

@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Inhibit"})
class Portal(QObject):
    @Slot(str, "uint", "QVariantMap", result=QDBusObjectPath)
    def Inhibit(self, window, flags, options):
        record("Inhibit", window, flags, options)
        objects.append(Request())
        bus.registerObject(REQUEST, objects[-1], QDBusConnection.RegisterOption.ExportAllSlots)
        return QDBusObjectPath(REQUEST)

REQUEST = "/org/freedesktop/portal/desktop/request/1_7/t"
KINDS = {
    "portal": ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", Portal),
    "fdo": ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", ScreenSaver),
    "fdo-old": ("org.freedesktop.ScreenSaver", "/ScreenSaver", ScreenSaver),
    "gnome": (GNOME, "/org/gnome/SessionManager", session_manager(GNOME)),
    "mate": (MATE, "/org/mate/SessionManager", session_manager(MATE)),
}
app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "fake")
objects = []
for kind in sys.argv[2:]:
    service, path, cls = KINDS[kind]
    objects.append(cls())
    ok = bus.registerObject(path, objects[-1], QDBusConnection.RegisterOption.ExportAllSlots)
    if not (ok and bus.registerService(service)):
        record("failed", kind, bus.lastError().message())
record("ready")
app.exec()
"""


@pytest.fixture
def services(bus_address: str) -> Iterator[FakeServices]:
    started: list[subprocess.Popen[str]] = []
    yield FakeServices(bus_address, started)
    for process in started:
        process.terminate()
        process.wait(timeout=10)
        assert process.stdout is not None
        process.stdout.close()


@dataclass
class FakeServices:
    address: str
    started: list[subprocess.Popen[str]]

    def start(self, *kinds: str) -> subprocess.Popen[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-c", SERVICE_SCRIPT, self.address, *kinds]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
        self.started.append(process)
        assert read_line(process) == '["ready"]'
        return process


@pytest.fixture
def qt_bus(bus_address: str, qapp: object, request: pytest.FixtureRequest) -> Iterator[QtDBusBus]:
    from PySide6.QtDBus import QDBusConnection

    name = f"backtrainer-test-{request.node.name}"
    yield QtDBusBus(lambda: QDBusConnection.connectToBus(bus_address, name))
    QDBusConnection.disconnectFromBus(name)


def calls_of(process: subprocess.Popen[str]) -> list[list[object]]:
    """Everything the fake service was asked; stops it (its pipe is buffered)."""
    process.terminate()
    output, _ = process.communicate(timeout=10)
    return [json.loads(line) for line in output.splitlines()]


def test_real_bus_freedesktop_gets_strings_and_a_uint_cookie_back(
    services: FakeServices, qt_bus: QtDBusBus
) -> None:
    screensaver = services.start("fdo")
    inhibitor = SleepInhibitor("BackTrainer", DBusBackend(qt_bus))
    assert inhibitor.inhibit("Workout running")
    inhibitor.release()
    assert calls_of(screensaver) == [
        ["Inhibit", "BackTrainer", "Workout running"],
        ["UnInhibit", 4000000007],
    ]


def test_real_bus_portal_gets_flags_and_options_and_its_request_is_closed(
    services: FakeServices, qt_bus: QtDBusBus
) -> None:
    portal = services.start("portal", "fdo")
    inhibitor = SleepInhibitor("BackTrainer", DBusBackend(qt_bus))
    assert inhibitor.inhibit("Workout running")
    inhibitor.release()
    request = "/org/freedesktop/portal/desktop/request/1_7/t"
    assert calls_of(portal) == [
        ["Inhibit", "", 12, {"reason": "Workout running"}],
        ["Close", request],
    ]


def test_real_bus_older_kde_path(services: FakeServices, qt_bus: QtDBusBus) -> None:
    screensaver = services.start("fdo-old")
    inhibitor = SleepInhibitor("BackTrainer", DBusBackend(qt_bus))
    assert inhibitor.inhibit("x")
    inhibitor.release()
    assert calls_of(screensaver) == [["Inhibit", "BackTrainer", "x"], ["UnInhibit", 4000000007]]


@pytest.mark.parametrize("kind", ["gnome", "mate"])
def test_real_bus_session_manager_gets_uint_xid_and_flags(
    kind: str, services: FakeServices, qt_bus: QtDBusBus
) -> None:
    manager = services.start(kind)
    inhibitor = SleepInhibitor("BackTrainer", DBusBackend(qt_bus))
    assert inhibitor.inhibit("Workout running")
    inhibitor.release()
    assert calls_of(manager) == [
        ["Inhibit", "BackTrainer", 0, "Workout running", 12],
        ["Uninhibit", 3000000009],
    ]


def test_real_bus_with_no_service_logs_and_returns_false(
    qt_bus: QtDBusBus, caplog: pytest.LogCaptureFixture
) -> None:
    inhibitor = SleepInhibitor("BackTrainer", DBusBackend(qt_bus))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert not inhibitor.inhibit("x")
    inhibitor.release()
    assert "org.mate.SessionManager/org/mate/SessionManager" in caplog.text


def test_real_bus_unreachable_logs_and_returns_false(
    tmp_path: Path, qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtDBus import QDBusConnection

    address = f"unix:path={tmp_path / 'no-bus'}"
    bus = QtDBusBus(lambda: QDBusConnection.connectToBus(address, "backtrainer-test-nowhere"))
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            assert not SleepInhibitor(backend=DBusBackend(bus)).inhibit("x")
    finally:
        QDBusConnection.disconnectFromBus("backtrainer-test-nowhere")
    assert "no D-Bus session bus" in caplog.text
