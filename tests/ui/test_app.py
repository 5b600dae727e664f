"""Start-up, as behaviour: what the first paint waits for. No time is asserted (see
benchmarks/startup.py); which modules are loaded when the window first shows is, so that
a heavy import slipping back onto the first paint's path fails here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from backtrainer.ui.main_window import MainWindow
from tests.fakes import FakeSpeaker

LEAVE = """
import os
from pathlib import Path

def leave():
    # As a window closed the ordinary way: its socket removed (one left behind would send
    # the next launch down the path of a crashed one).
    from PySide6.QtNetwork import QLocalServer
    from backtrainer.desktop.single_instance import server_name
    QLocalServer.removeServer(server_name(Path(os.environ["BACKTRAINER_DATA_DIR"])))
    os._exit(0)
"""

CHILD = (
    LEAVE
    + """
import json, sys
from PySide6.QtCore import QEvent, QObject
from backtrainer.ui.main_window import MainWindow

class FirstExpose(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and obj.isExposed():
            import PySide6.QtWidgets as widgets  # a class in its dict has been made
            import PySide6.QtCore as core
            made = [f"PySide6.QtWidgets.{name}" for name in vars(widgets) if name[0] == "Q"]
            made += [f"PySide6.QtCore.{name}" for name in vars(core) if name == "Qt"]
            print(json.dumps(sorted([*sys.modules, *made])), flush=True)
            leave()
        return False

def show(self, _show=MainWindow.show):
    _show(self)
    handle = self.windowHandle()
    handle.installEventFilter(FirstExpose(handle))

MainWindow.show = show
from backtrainer.cli.main import main
main(sys.argv[1:])
"""
)

NOT_BEFORE_FIRST_PAINT = (
    "msgspec",  # the routine model's decoding
    "backtrainer.core.model",
    "backtrainer.storage.routines",
    "backtrainer.core.planner",
    "backtrainer.core.cues",
    "backtrainer.speech.factory",
    "backtrainer.speech.speaker",
    "backtrainer.storage.history.store",
    "backtrainer.ui.history.view",
    "backtrainer.ui.settings.voice_dialog",
    "backtrainer.ui.settings.setup_dialog",
    "backtrainer.ui.editor.dialog",
    "backtrainer.desktop.inhibit",
    "backtrainer.desktop.quit_on_signal",
    "backtrainer.cli.commands",  # the parser and the subcommands (PySide6 itself loads
    # argparse, for its .pyi generator, so the module argparse proves nothing here)
    "PySide6.QtMultimedia",
    "PySide6.QtDBus",
    "PySide6.QtNetwork",
    "logging.handlers",
    # Qt classes made on first use, each with enums PySide builds then (ms of Python):
    "PySide6.QtWidgets.QStyle",  # eleven enums, about 500 members
    "PySide6.QtWidgets.QMessageBox",
    "PySide6.QtWidgets.QFileDialog",
    # the pages: built once the window has been painted (MainWindow's paint_first)
    "backtrainer.ui.picker.view",
    "backtrainer.ui.window_actions",
    "backtrainer.ui.messages.banner",
    "backtrainer.ui.settings.setup_control",
    "PySide6.QtCore.Qt",  # 144 enums, 30-45 ms
)


def run_child(tmp_path: Path, code: str, *argv: str) -> list[str]:
    """Run `code` as the app's process (offscreen, a data folder of its own): its lines
    out, once it has exited cleanly."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BACKTRAINER_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()


def modules_at_first_paint(tmp_path: Path, *argv: str) -> set[str]:
    return set(json.loads(run_child(tmp_path, CHILD, *argv)[-1]))


def test_the_first_paint_waits_for_no_heavy_module(tmp_path: Path) -> None:
    loaded = modules_at_first_paint(tmp_path)
    assert {m for m in NOT_BEFORE_FIRST_PAINT if m in loaded} == set()
    assert "backtrainer.ui.main_window" in loaded  # the child did reach the window


def test_window_options_alone_keep_the_parser_away(tmp_path: Path) -> None:
    loaded = modules_at_first_paint(tmp_path, "--no-fullscreen", "--log-level", "info")
    assert "backtrainer.cli.commands" not in loaded
    assert "backtrainer.cli.common" not in loaded


def test_a_second_start_lists_the_routines_from_the_index_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The first window writes the index once it has read the library; the next one lists
    the same routines from it before decoding any, then shows the library itself."""
    index = tmp_path / "cache" / "routine-index.json"
    listed: list[list[str]] = []

    def window() -> MainWindow:
        made = MainWindow(None, speaker_factory=lambda _s: FakeSpeaker(), routine_index=index)
        qtbot.addWidget(made)
        made.list_routines = lambda entries: listed.append([e.id for e in entries])  # type: ignore[method-assign]
        made.load_library_when_shown()
        made.show()
        qtbot.waitUntil(lambda: made.library is not None, timeout=10_000)
        return made

    first = window()
    assert index.exists()
    assert listed == []  # no index yet: the library was read at once
    assert first.library is not None
    first.close()
    second = window()
    assert second.library is not None
    assert listed == [list(second.library.routines)]


LISTED = (
    LEAVE
    + """
import json, sys
import PySide6.QtCore as core
from backtrainer.ui.main_window import MainWindow

def report(source):
    print(json.dumps({"from": source, "Qt built": "Qt" in vars(core)}), flush=True)
    leave()

def list_routines(self, entries, _list=MainWindow.list_routines):
    _list(self, entries)
    report("index")

def set_library(self, library, _set=MainWindow.set_library):
    _set(self, library)
    report("library")

MainWindow.list_routines = list_routines
MainWindow.set_library = set_library
from backtrainer.cli.main import main
main(sys.argv[1:])
"""
)


def test_the_routines_are_listed_before_qt_builds_its_enums(tmp_path: Path) -> None:
    """`Qt` waits until the list shows (see ui.main_window): a launch with a routine index
    lists the routines without it. The first launch reads the library and writes the index."""
    first = json.loads(run_child(tmp_path, LISTED)[-1])
    assert first["from"] == "library"
    second = json.loads(run_child(tmp_path, LISTED)[-1])
    assert second == {"from": "index", "Qt built": False}
    full_screen = json.loads(run_child(tmp_path, LISTED, "--fullscreen")[-1])
    assert full_screen == {"from": "index", "Qt built": False}


QUIT_OPEN = """
import sys
from PySide6.QtWidgets import QApplication
from backtrainer.ui.main_window import MainWindow

def shut_down(self, _shut_down=MainWindow.shut_down):
    print("shut down", flush=True)
    _shut_down(self)

def when_painted(self, task, _when_painted=MainWindow.when_painted):
    def then():
        task()
        if task.__name__ == "settle":  # as a launch that lost the race for the folder:
            self.hide()  # the window hidden, not closed, and the loop ended
            QApplication.instance().exit(0)
    _when_painted(self, then)

MainWindow.shut_down = shut_down
MainWindow.when_painted = when_painted
from backtrainer.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_loop_ended_with_the_window_open_still_shuts_the_window_down(tmp_path: Path) -> None:
    """What closing ends (the workout, the speech worker, the history) is ended too when
    the event loop ends without the window closing: the speech worker, never told to stop,
    had kept such a process alive for ever."""
    lines = run_child(tmp_path, QUIT_OPEN, "--start", "one-dumbbell-back")
    assert lines.count("shut down") == 1
