"""Check a recording of BackTrainer's audio against the cues it logged.

    scripts/check_recording.py RECORDING.raw PAREC_START LOG

RECORDING.raw: s16le mono 22050 Hz from `parec -d SINK.monitor --raw`; PAREC_START: the
monotonic time read just before parec started; LOG: the app's stderr with
`--log-level debug` (one "cue 'text' due T" line per cue).

For every cue it finds the first sound onset after the cue's due time. The recording's
start is known only to within parec's start-up, a constant, so the figure that says
whether cues land on their second is relative: for consecutive cues, the interval heard
minus the interval planned. Absolute latency is measured by benchmarks/cue_latency.py.
"""

from __future__ import annotations

import array
import itertools
import math
import re
import statistics
import sys
from pathlib import Path

RATE = 22050
FRAME = RATE // 200  # 5 ms
THRESHOLD = 500  # RMS of 16-bit samples: well above a null sink's silence (0)
BEFORE = 0.4  # parec starts a little after its timestamp: onsets can appear early
SEARCH = 0.6  # seconds after the due time in which the cue's sound must start

CUE = re.compile(r"cue (?P<text>'.*?'|\".*?\") due (?P<due>[\d.]+)")


def frames_rms(samples: array.array[int]) -> list[float]:
    out = []
    for start in range(0, len(samples) - FRAME, FRAME):
        chunk = samples[start : start + FRAME]
        out.append(math.sqrt(sum(s * s for s in chunk) / FRAME))
    return out


def first_onset(rms: list[float], start_s: float, end_s: float) -> float | None:
    """Start of the first loud frame in [start, end) that follows a quiet frame."""
    first = max(1, int(start_s * 200))
    for i in range(first, min(len(rms), int(end_s * 200))):
        if rms[i] >= THRESHOLD and rms[i - 1] < THRESHOLD:
            return i / 200
    return None


def sounding(rms: list[float], start_s: float, end_s: float) -> bool:
    return any(r >= THRESHOLD for r in rms[int(start_s * 200) : int(end_s * 200)])


def main(raw: Path, start_file: Path, log: Path) -> int:
    samples = array.array("h")
    samples.frombytes(raw.read_bytes()[: (raw.stat().st_size // 2) * 2])
    t0 = float(start_file.read_text().split()[0])
    rms = frames_rms(samples)
    cues = [(m["text"], float(m["due"])) for m in CUE.finditer(log.read_text())]
    heard: list[tuple[str, float, float]] = []
    cut_in = 0
    missing: list[str] = []
    for text, due in cues:
        at = due - t0
        if sounding(rms, at - BEFORE, at - BEFORE + 0.02):
            # The phrase before is still sounding and this one cuts it: there is sound,
            # but no silence to time an onset from.
            cut_in += sounding(rms, at, at + SEARCH)
            if not sounding(rms, at, at + SEARCH):
                missing.append(f"{text} (due {at:.2f} s into the recording)")
            continue
        onset = first_onset(rms, at - BEFORE, at + SEARCH)
        if onset is None:
            missing.append(f"{text} (due {at:.2f} s into the recording)")
        else:
            heard.append((text, at, onset))
    print(
        f"recording {len(samples) / RATE:.1f} s; {len(cues)} cues logged; {len(heard)} heard"
        f" after silence, {cut_in} heard cutting into the phrase before, {len(missing)} silent"
    )
    for line in missing:
        print("  silent:", line)
    lags = [onset - at for _t, at, onset in heard]
    jitter = [abs((b[2] - a[2]) - (b[1] - a[1])) * 1000 for a, b in itertools.pairwise(heard)]
    if lags:
        print(
            f"onset - due (includes parec's unknown start-up, a constant): median "
            f"{statistics.median(lags) * 1000:.0f} ms, min {min(lags) * 1000:.0f},"
            f" max {max(lags) * 1000:.0f}"
        )
    if jitter:
        jitter.sort()
        p95 = jitter[min(len(jitter) - 1, round(0.95 * (len(jitter) - 1)))]
        print(
            f"interval heard - interval planned, consecutive cues: median "
            f"{statistics.median(jitter):.1f} ms, p95 {p95:.1f} ms, max {jitter[-1]:.1f} ms"
        )
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
