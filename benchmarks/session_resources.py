"""Session resources: CPU and memory of the app while a workout runs.

Not a test: prints figures. A workout runs for half an hour on a laptop beside the
user; it should not spin the fan or drain the battery. This starts the real command,
`backtrainer --start one-dumbbell-back`, on an empty data folder, lets it warm up, then
reads its CPU time (utime + stime of /proc/PID/stat, in clock ticks, all threads) at the
start and the end of the window, and its VmRSS from /proc/PID/status every 0.25 s.

    .venv/bin/python benchmarks/session_resources.py [--seconds 30] [--warmup 5]

QT_QPA_PLATFORM defaults to offscreen; set it (e.g. xcb with DISPLAY) for a real display.
Linux only (/proc).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_CPU_PERCENT = 2.0
TARGET_RSS_MB = 150.0
ROUTINE = "one-dumbbell-back"
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_ticks(pid: int) -> int:
    """utime + stime of the whole process (its threads included)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()  # the name may hold spaces
    return int(fields[11]) + int(fields[12])  # fields 14 and 15 of proc(5)


def status_field(pid: int, name: str) -> str:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    raise KeyError(name)


def rss_mb(pid: int) -> float:
    return int(status_field(pid, "VmRSS").split()[0]) / 1024  # reported in kB


def descendants(pid: int) -> list[int]:
    """Child processes (e.g. a speech engine) whose CPU would not show in the parent's."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        for child in map(int, children):
            found += [child, *descendants(child)]
    return found


def command() -> list[str]:
    script = Path(sys.executable).with_name("backtrainer")
    if script.exists():
        return [str(script), "--start", ROUTINE]
    return [sys.executable, "-m", "backtrainer", "--start", ROUTINE]


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate, wait, and kill if it will not go."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="measured window (30)")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds before it (5)")
    args = parser.parse_args()

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with (
        tempfile.TemporaryDirectory(prefix="bt-resources-") as data,
        tempfile.TemporaryFile() as log,
    ):
        env["BACKTRAINER_DATA_DIR"] = data
        cmd = command()
        print(f"{' '.join(cmd)}  (QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})", flush=True)
        started = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            time.sleep(args.warmup)
            if proc.poll() is not None:
                log.seek(0)
                sys.exit(f"exited with {proc.returncode} during warm-up:\n{log.read().decode()}")
            first_rss = rss_mb(proc.pid)
            t0, ticks0 = time.monotonic(), cpu_ticks(proc.pid)
            rss = [first_rss]
            end = t0 + args.seconds
            while (now := time.monotonic()) < end:
                time.sleep(min(0.25, end - now))
                rss.append(rss_mb(proc.pid))
            t1, ticks1 = time.monotonic(), cpu_ticks(proc.pid)
            threads = status_field(proc.pid, "Threads")
            kids = descendants(proc.pid)
            alive = proc.poll() is None
        finally:
            stop(proc)

    cpu = (ticks1 - ticks0) / TICKS / (t1 - t0) * 100
    cpu_ok = "ok" if cpu <= TARGET_CPU_PERCENT else "MISSED"
    rss_ok = "ok" if max(rss) <= TARGET_RSS_MB else "MISSED"
    print(f"warm-up {args.warmup:g} s, then {t1 - t0:.1f} s measured ({t0 - started:.1f} s in)")
    print(
        f"CPU      {cpu:6.2f} % of one core   ({ticks1 - ticks0} ticks of 1/{TICKS} s)"
        f"   target <= {TARGET_CPU_PERCENT:g} %: {cpu_ok}"
    )
    print(f"RSS max  {max(rss):6.1f} MB   target <= {TARGET_RSS_MB:g} MB: {rss_ok}")
    print(f"RSS at start of window {first_rss:.1f} MB, at end {rss[-1]:.1f} MB")
    print(f"threads {threads}; child processes {len(kids)}; still running at the end: {alive}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
