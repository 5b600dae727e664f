"""Close the window cleanly on SIGTERM or SIGINT, as if the user had closed it.

A logout, a `kill` or Ctrl+C in the terminal then closes the window the ordinary way: the
history is flushed and its lock released and the screen saver let go, instead of the
process dying with all of them held. The window asks nothing then (`received`): a workout
under way is left as a quit leaves it, to be resumed at the next launch.

Python runs a signal handler only between bytecodes, and Qt's event loop may run no
Python for minutes (the routine list has no timer), so the signal's wake-up byte goes to
a socket that Qt watches, and the handler runs at once.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

SIGNALS = (signal.SIGTERM, signal.SIGINT)

_received: list[int] = []
"""The signals that arrived, in this process."""

_alive: list[object] = []
"""What must outlive install() until uninstall(): were the writer socket collected with
the caller's reference to uninstall, the reader would see end-of-file, the notifier
would fire without end, and the event loop would spin at 100 % of a core (seen)."""


def install(app: QApplication) -> Callable[[], None]:
    """Quit `app` cleanly on SIGTERM and SIGINT; returns what undoes it."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    # Being called at all is the point: Python runs the pending handler on the way in.
    notifier.activated.connect(lambda *_args: _drain(reader))

    def close_all() -> None:
        app.closeAllWindows()  # MainWindow.closeEvent ends the session, closes the history
        app.quit()

    later = QTimer(app)  # the handler may interrupt Qt code: act from the event loop
    later.setSingleShot(True)
    later.timeout.connect(close_all)

    def handler(signum: int, _frame: FrameType | None) -> None:
        _received.append(signum)
        later.start(0)

    previous = {number: signal.signal(number, handler) for number in SIGNALS}
    kept = (reader, writer, notifier, later)
    _alive.append(kept)

    def uninstall() -> None:
        if kept in _alive:
            _alive.remove(kept)
        for number, old in previous.items():
            signal.signal(number, old)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        later.deleteLater()
        reader.close()
        writer.close()

    return uninstall


def received() -> bool:
    """Whether a signal is closing the app: no question is to be asked then."""
    return bool(_received)


def _drain(reader: socket.socket) -> None:
    try:
        while reader.recv(512):
            pass
    except (BlockingIOError, InterruptedError):
        pass
    except OSError:  # closed by uninstall() meanwhile
        pass
