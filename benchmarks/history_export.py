"""`backtrainer history --json` and `--csv` over large histories: time to the first
session out, total time, and peak resident memory, each in a fresh process.

    .venv/bin/python benchmarks/history_export.py [--sessions 10000,100000] [--runs 3]
                                                  [--dir DIR]

Not a test: prints figures. Histories come from the generator of benchmarks/history.py.
The package is byte-compiled first, as an installed one is.
The first run of each size finds no index and makes it (printed apart, as "cold"); the
--runs after it read the index. Output goes to a pipe that is read and counted, not kept.
Targets: first session <= 100 ms at 100,000 sessions, peak RSS <= 200 MB at any size.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from history import build  # the history builder of benchmarks/history.py

FIRST_TARGET_MS = 100.0
RSS_TARGET_MB = 200.0
CHILD = """
import sys
from backtrainer.cli.main import main
try:
    code = main(['history', '{flag}'])
finally:  # the peak of this process (the parent's memory at fork does not count)
    with open('/proc/self/status') as status:
        peak = [line.split()[1] for line in status if line.startswith('VmHWM')][0]
    sys.stderr.write(f'VmHWM {{peak}}\\n')
raise SystemExit(code)
"""
FIRST = {"--json": b'"id"', "--csv": b"\n"}
"""What shows that the first session is out: JSON's first key, CSV's header line ended."""


def run_once(data: Path, flag: str) -> tuple[float, float, int, float]:
    """(ms to the first session, ms to the end, bytes out, peak RSS in MB)."""
    env = dict(os.environ, BACKTRAINER_DATA_DIR=str(data))
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(flag=flag)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    first, size, seen = 0.0, 0, b""
    if flag == "--json" and not (data / "history").exists():
        first = -1.0  # nothing to wait for

    marker = FIRST[flag]
    while chunk := child.stdout.read1(1 << 16):
        if not first:
            seen += chunk
            # (CSV: the header line, then one row of the first session)
            if seen.count(marker) >= (2 if flag == "--csv" else 1):
                first = time.perf_counter()
        size += len(chunk)
    assert child.stderr is not None
    err = child.stderr.read().decode()
    status = child.wait()
    total = time.perf_counter()
    peaks = [line.split()[1] for line in err.splitlines() if line.startswith("VmHWM")]
    if status or not peaks:
        sys.exit(f"history {flag} failed ({status}): {err}")
    return (first - started) * 1000, (total - started) * 1000, size, int(peaks[0]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", default="10000,100000", help="comma-separated sizes")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="where to build the histories")
    args = parser.parse_args()
    import backtrainer

    # byte-compiled first, as an installed package is (PYTHONDONTWRITEBYTECODE would
    # otherwise make every launch compile every module it imports from source)
    compileall.compile_dir(Path(backtrainer.__file__).parent, quiet=1)
    sizes = [int(n) for n in args.sessions.split(",")]
    totals: dict[tuple[int, str], float] = {}
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="bt-history-export-") as temp:
        empty = [run_once(Path(temp) / "empty", "--json")[1] for _ in range(args.runs)]
        print(
            "an empty history (no index: the store's way, msgspec imported):"
            f" {', '.join(f'{v:.0f}' for v in empty)} ms"
        )
        for count in sizes:
            data = Path(temp) / str(count)
            records, size = build(data / "history", count)
            print(f"{count:,} sessions ({records:,} records, {size / 1e6:.0f} MB of log)")
            for flag in ("--json", "--csv"):
                first, total, out, rss = run_once(data, flag)  # makes the index (json only)
                print(
                    f"  {flag:6} cold: first {first:.0f} ms, all {total:.0f} ms,"
                    f" {out / 1e6:.0f} MB out, peak RSS {rss:.0f} MB"
                )
                runs = [run_once(data, flag) for _ in range(args.runs)]
                firsts = [r[0] for r in runs]
                wholes = [r[1] for r in runs]
                peaks = [r[3] for r in runs]
                totals[count, flag] = statistics.median(wholes)
                rate = runs[-1][2] / 1e6 / (statistics.median(wholes) / 1000)
                print(
                    f"  {flag:6} first session: {', '.join(f'{v:.0f}' for v in firsts)} ms;"
                    f" all: {', '.join(f'{v:.0f}' for v in wholes)} ms ({rate:.0f} MB/s);"
                    f" peak RSS {', '.join(f'{v:.0f}' for v in peaks)} MB"
                    f"   [first <= {FIRST_TARGET_MS:.0f} ms:"
                    f" {'ok' if max(firsts) <= FIRST_TARGET_MS else 'OVER'}; RSS <="
                    f" {RSS_TARGET_MB:.0f} MB: {'ok' if max(peaks) <= RSS_TARGET_MB else 'OVER'}]"
                )
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        for flag in ("--json", "--csv"):
            growth = totals[b, flag] / totals[a, flag]
            print(f"growth {a:,} -> {b:,} sessions ({b / a:.0f}x), {flag} total: {growth:.1f}x")


if __name__ == "__main__":
    main()
