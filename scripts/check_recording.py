"""Check a recording of BackTrainer's audio against the cues it logged.

    scripts/check_recording.py RECORDING.raw PAREC_START LOG

RECORDING.raw: s16le mono 22050 Hz from `parec -d SINK.monitor --raw`; PAREC_START: the
monotonic time read just before parec started; LOG: the app's stderr with
`--log-level debug` (one "cue 'text' due T" line per cue).

The recording is not quite on the monotonic clock: parec's start-up shifts it by a
constant (about half a second), and the null sink's clock runs about 0.2 ms a second
fast (measured: ticks played by paplay at exact monotonic instants for 135 s). So the
script fits the recording's clock, offset + drift x time, as the line that puts the most
cues within
TOLERANCE of a sound onset, and then reports each cue against that line: heard on its
second (an onset within TOLERANCE), heard cutting into the phrase before (sound, but no
silence to time an onset from: the phrase before was still playing, and the player cut
it), heard late (quiet before it, and its sound starts up to LATE after the line: a
word with a soft start, like "three"), or silent. Exit status 1 when any cue is silent
or cut another. The residuals
(onset - the line) say how evenly cues land; absolute latency is measured by
benchmarks/cue_latency.py.
"""

from __future__ import annotations

import array
import bisect
import math
import re
import statistics
import sys
from pathlib import Path

RATE = 22050
FRAME = RATE // 200  # 110 samples: 4.99 ms, not 5 (frame i starts at i * FRAME / RATE)
THRESHOLD = 500  # RMS of 16-bit samples: well above a null sink's silence (0)
QUIET_FRAMES = 8  # an onset follows at least 40 ms of quiet
TOLERANCE = 0.08  # seconds between a cue's place on the fitted line and its onset
LATE = 0.2  # a soft start ("three": its "th" passes the threshold ~90 ms in) is heard late
OFFSETS = [i / 200 for i in range(-1000, 401)]  # -5 s to +2 s in 5 ms steps: parec can be slow
DRIFTS = [i / 10_000 for i in range(-10, 11)]  # -1 to +1 ms a second

CUE = re.compile(r"cue (?P<text>'.*?'|\".*?\") due (?P<due>[\d.]+)")


def frames_rms(samples: array.array[int]) -> list[float]:
    out = []
    for start in range(0, len(samples) - FRAME, FRAME):
        chunk = samples[start : start + FRAME]
        out.append(math.sqrt(sum(s * s for s in chunk) / FRAME))
    return out


def onsets(rms: list[float]) -> list[float]:
    """Seconds at which sound starts after a quiet stretch."""
    found, quiet = [], QUIET_FRAMES
    for i, value in enumerate(rms):
        if value >= THRESHOLD:
            if quiet >= QUIET_FRAMES:
                found.append(i * FRAME / RATE)
            quiet = 0
        else:
            quiet += 1
    return found


def nearest(sorted_times: list[float], t: float) -> float | None:
    i = bisect.bisect_left(sorted_times, t)
    near = [sorted_times[j] for j in (i - 1, i) if 0 <= j < len(sorted_times)]
    return min(near, key=lambda x: abs(x - t)) if near else None


def fit(times: list[float], found: list[float]) -> tuple[float, float]:
    """(offset, drift) that put the most cue times within TOLERANCE of an onset."""
    best = (-1, 0.0, 0.0, 0.0)
    for drift in DRIFTS:
        for offset in OFFSETS:
            hits, spread = 0, 0.0
            for t in times:
                on = nearest(found, t + offset + drift * t)
                if on is not None and abs(on - (t + offset + drift * t)) <= TOLERANCE:
                    hits += 1
                    spread += abs(on - (t + offset + drift * t))
            if hits > best[0] or (hits == best[0] and spread < best[3]):
                best = (hits, offset, drift, spread)
    return best[1], best[2]


def sounding(rms: list[float], start_s: float, end_s: float) -> bool:
    frames = RATE / FRAME
    return any(r >= THRESHOLD for r in rms[max(0, int(start_s * frames)) : int(end_s * frames)])


def main(raw: Path, start_file: Path, log: Path) -> int:
    samples = array.array("h")
    samples.frombytes(raw.read_bytes()[: (raw.stat().st_size // 2) * 2])
    t0 = float(start_file.read_text().split()[0])
    rms = frames_rms(samples)
    found = onsets(rms)
    cues = [(m["text"], float(m["due"]) - t0) for m in CUE.finditer(log.read_text())]
    offset, drift = fit([at for _text, at in cues], found)
    heard: list[float] = []
    late: list[str] = []
    cut: list[str] = []
    missing: list[str] = []
    before = ""
    unrecorded = 0
    for text, at in cues:
        expected = at + offset + drift * at
        if expected < 0.1:  # parec was still starting: nothing to judge it by
            unrecorded += 1
            before = text
            continue
        on = nearest(found, expected)
        if on is not None and abs(on - expected) <= TOLERANCE:
            heard.append(on - expected)
        elif sounding(rms, expected - 0.05, expected) and sounding(rms, expected, expected + 0.3):
            cut.append(f"{text} cut {before} (due {at:.2f} s into the recording)")
        elif on is not None and 0 < on - expected <= LATE:
            late.append(f"{text} {1000 * (on - expected):.0f} ms after its instant")
        else:
            missing.append(f"{text} (due {at:.2f} s into the recording)")
        before = text
    print(
        f"recording {len(samples) / RATE:.1f} s; {len(cues)} cues logged; {len(heard)} heard on"
        f" their second, {len(late)} heard late (a soft start), {len(cut)} heard cutting into"
        f" the phrase before, {len(missing)} silent; {unrecorded} before the recording began"
    )
    print(
        f"recording clock fitted: offset {offset * 1000:+.0f} ms, drift {drift * 1000:+.2f} ms"
        " a second (parec's start-up and the null sink's clock, see above)"
    )
    for line in missing:
        print("  silent:", line)
    for line in cut:
        print("  cut:", line)
    for line in late:
        print("  late:", line)
    if heard:
        spread = sorted(abs(r) * 1000 for r in heard)
        p95 = spread[min(len(spread) - 1, round(0.95 * (len(spread) - 1)))]
        print(
            f"|onset - fitted line| of the cues heard: median {statistics.median(spread):.0f} ms,"
            f" p95 {p95:.0f} ms, max {spread[-1]:.0f} ms"
        )
    return 1 if missing or cut else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
