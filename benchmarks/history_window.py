"""The window's memory with a large history: `python -m backtrainer` launched on a data
folder holding N sessions, left to settle (the routines listed, the data folder claimed,
the history opened and the resume offer looked for), then its resident memory (VmRSS) and
peak (VmHWM) read from /proc.

    .venv/bin/python benchmarks/history_window.py [--sessions 100000] [--runs 3] [--settle 8]

Not a test: prints figures. Target: RSS <= 200 MB whatever the size of the history. The
first launch is not counted (it makes the history's index). Run it from the tree being
measured (`PYTHONPATH=$PWD`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from history import build  # the store builder of benchmarks/history.py


def memory(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM of the process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return fields


def launch(data: str, settle: float) -> dict[str, float]:
    env = dict(os.environ, BACKTRAINER_DATA_DIR=data)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bt-window-runtime-") as runtime:
        Path(runtime).chmod(0o700)
        env["XDG_RUNTIME_DIR"] = runtime
        child = subprocess.Popen(
            [sys.executable, "-m", "backtrainer"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(settle)
            if child.poll() is not None:
                sys.exit(f"backtrainer exited early ({child.returncode})")
            return memory(child.pid)
        finally:
            child.terminate()
            child.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settle", type=float, default=8.0, help="seconds after launch")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bt-history-window-") as data:
        build(Path(data) / "history", args.sessions)
        results = [launch(data, args.settle) for _ in range(args.runs + 1)][1:]
    print(f"{args.sessions:,} sessions, {args.runs} launches, {args.settle:.0f} s after launch")
    rss = ", ".join(f"{r['VmRSS']:.0f}" for r in results)
    peak = ", ".join(f"{r['VmHWM']:.0f}" for r in results)
    print(f"  RSS:  {rss} MB   target <= 200 MB")
    print(f"  peak: {peak} MB")


if __name__ == "__main__":
    main()
