"""`backtrainer listen`: print each command heard, from a WAV file or the microphone, so
users can test their microphone and scripts can test recognition."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from backtrainer.listen.recognizer import EngineMissing, Heard, Recognizer
from backtrainer.listen.wavfile import AudioFileError
from backtrainer.listen.words import write_grammar
from backtrainer.storage import paths


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    cmd = sub.add_parser(
        "listen",
        parents=[common],
        help="print the voice commands heard (a WAV file or the microphone)",
        description="Listen for BackTrainer's voice commands (pause, resume/continue, skip ahead/"
        "next move, previous/go back, repeat/again, cancel workout, yes) and print each one heard"
        " with its time in seconds. Everything is recognised on this computer.",
    )
    cmd.add_argument("--file", type=Path, metavar="WAV", help="a WAV file instead of the mic")
    cmd.add_argument(
        "--seconds", type=float, default=10.0, metavar="N", help="listen to the mic N seconds"
    )
    cmd.add_argument("--json", action="store_true", help="one JSON object a line, for scripts")
    cmd.add_argument("--all", action="store_true", help="also print speech that is no command")


def run(args: argparse.Namespace) -> int:
    try:
        recognizer = Recognizer(write_grammar(paths.cache_dir() / "listen"))
    except EngineMissing as error:
        print(f"backtrainer listen: {error}", file=sys.stderr)
        return 2
    shown = _printer(args.json, args.all)
    if args.file is not None:
        return _from_file(args.file, recognizer, shown)
    return _from_microphone(args.seconds, recognizer, shown)


def _printer(as_json: bool, everything: bool) -> _Print:
    return _Print(as_json, everything)


class _Print:
    def __init__(self, as_json: bool, everything: bool, origin: float = 0.0) -> None:
        self.as_json = as_json
        self.everything = everything
        self.origin = origin
        self.count = 0

    def __call__(self, heard: Heard) -> None:
        if heard.command is None and not self.everything:
            return
        self.count += heard.command is not None
        at = round(heard.speech_end - self.origin, 3)
        if self.as_json:
            print(json.dumps({"time": at, "command": heard.command, "words": heard.words}))
        else:
            print(f"{at:8.2f}s  {heard.command or '-':7}  {heard.words}")
        sys.stdout.flush()


def _from_file(path: Path, recognizer: Recognizer, shown: _Print) -> int:
    from backtrainer.listen.listener import listen
    from backtrainer.listen.source import WavSource

    try:
        source = WavSource(path)
    except AudioFileError as error:
        print(f"backtrainer listen: {error.path}: {error.reason}", file=sys.stderr)
        return 2
    listen(source, recognizer, shown)
    return 0


def _from_microphone(seconds: float, recognizer: Recognizer, shown: _Print) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from backtrainer.listen.listener import Listener
    from backtrainer.listen.microphone import MicrophoneSource

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    source = MicrophoneSource()
    shown.origin = time.monotonic()
    listener = Listener(source, recognizer, shown)
    listener.start()
    if not shown.as_json:
        print(f"Listening for {seconds:g} s…", file=sys.stderr)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    listener.stop()
    if source.problem:
        print(f"backtrainer listen: {source.problem}", file=sys.stderr)
        return 2
    return 0
