"""End to end: a workout in the real window hears "pause" from a virtual microphone.

Not a test: prints figures. Needs a display (Xvfb) and a PulseAudio server whose default
source is a virtual microphone fed by a null sink, e.g.

    pactl load-module module-null-sink sink_name=mic
    pactl load-module module-remap-source master=mic.monitor source_name=vmic
    pactl set-default-source vmic

It starts `backtrainer --start ROUTINE` with listening on (in a fresh data folder), waits
for the workout to run, plays WAV files of spoken commands into the `mic` sink with
`pacat`, and reads the window's log for when each command acted. The delay printed is
from the end of the word as played (the playback start, on this machine's monotonic
clock, plus where the word ends in the file) to the command acting: playback latency is
included, so it errs long. Then each command's delay split at the hops the log names: the
block that decided it arriving from the capture thread, the worker handing it over after
decoding, the UI thread receiving the signal, the command done.

    .venv/bin/python benchmarks/listen_window.py PAUSE.WAV RESUME.WAV [--sink mic]
"""

from __future__ import annotations

import argparse
import array
import itertools
import json
import re
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

ACTED = re.compile(r"voice command (\w+) done at monotonic ([0-9.]+)")
SPLIT = re.compile(
    r"done at monotonic ([0-9.]+) \(known at ([0-9.]+), the block's arrival;"
    r" handed over by the worker at ([0-9.]+); received on the UI thread at ([0-9.]+);"
    r" early (\w+)\)"
)


def word_end(path: Path, floor: int = 200) -> float:
    with wave.open(str(path)) as wav:
        rate = wav.getframerate()
        samples = array.array("h", wav.readframes(wav.getnframes()))
    loud = [i for i, s in enumerate(samples) if abs(s) > floor]
    return (loud[-1] + 1) / rate if loud else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wavs", nargs="+", type=Path)
    parser.add_argument("--sink", default="mic")
    parser.add_argument("--routine", default="one-dumbbell-back")
    parser.add_argument("--gap", type=float, default=3.0)
    parser.add_argument("--wait", type=float, default=8.0, help="seconds before the first word")
    parser.add_argument("--shot", type=Path, help="a screenshot after the first command")
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="bt-listen-"))
    data.mkdir(exist_ok=True)
    (data / "preferences.json").write_text(json.dumps({"schema_version": 1, "listen": True}))
    log_path = data / "window.log"
    with log_path.open("w") as log:
        app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "backtrainer",
                "--data-dir",
                str(data),
                "--log-level",
                "info",
                "--start",
                args.routine,
            ],
            stderr=log,
            stdout=log,
        )
    try:
        time.sleep(args.wait)  # the window opens, the voice is rendered, the workout runs
        played: list[tuple[str, float]] = []
        for wav in args.wavs:
            start = time.monotonic()
            play = ["pacat", "--playback", "--latency-msec=20", "-d", args.sink]
            subprocess.run([*play, "--file-format=wav", str(wav)], check=True)
            played.append((wav.name, start + word_end(wav)))
            if args.shot and len(played) == 1:
                time.sleep(0.5)
                subprocess.run(["import", "-window", "root", str(args.shot)], check=False)
            time.sleep(args.gap)
    finally:
        app.terminate()
        app.wait(10)
    text = log_path.read_text()
    acted = [(m[1], float(m[2])) for m in ACTED.finditer(text)]
    splits = [m.groups() for m in SPLIT.finditer(text)]
    print(f"log: {log_path}")
    for (name, ended), (command, at) in zip(played, acted, strict=False):
        print(f"{name}: heard {command}, acted {1000 * (at - ended):.0f} ms after the word ended")
    for (name, ended), (done, known, handed, received, early) in zip(played, splits, strict=False):
        steps = [ended, float(known), float(handed), float(received), float(done)]
        ms = [f"{1000 * (b - a):.0f}" for a, b in itertools.pairwise(steps)]
        print(
            f"  {name}: word end -> block known {ms[0]}, -> worker hands over {ms[1]},"
            f" -> UI thread receives {ms[2]}, -> acted {ms[3]} ms (early: {early})"
        )
    if len(acted) != len(played):
        print(f"played {len(played)} words, {len(acted)} commands acted: {acted}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
