"""Countdown accuracy: when the shown second changes, against when it should.

Not a test: prints figures. A hands-free workout is only as good as its clock, so this
runs the real pieces on the real Qt event loop: a SessionController on MonotonicClock,
woken by SessionRunner's PreciseTimer at each next event, speaking to a SilentSpeaker. For every
`second_changed(index, shown)` it notes time.monotonic() on arrival and compares it with
the exact instant that number is due, which is the step's planned deadline minus `shown`
(planned deadlines come from the start time and the step lengths, not from the
controller, so a controller that drifted would show here). It also reports the drift at
the last step boundary: when the last step began, against when the plan says it should.

    .venv/bin/python benchmarks/countdown.py [--seconds 60] [--step 20]
        [--pauses N [--seed 1]] [--view]

--pauses pauses and resumes at random instants, as a user would: a fixed-interval poll
would then fall out of step with the second boundaries (it did, before the runner woke
on the controller's next event: p95 48 ms). --view also shows the app's WorkoutView, so
repaints compete with the timer. --listen runs the voice-command listener meanwhile, on its
own thread as in the window, fed in real time with the test words of tests/listen/data
(a word, then a second of quiet, round and round): the worst case for the timer, a room
where someone talks all the time; the words heard are counted and do nothing.
QT_QPA_PLATFORM defaults to offscreen; set it (e.g. xcb with DISPLAY) for a real display.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backtrainer.core.clock import MonotonicClock
from backtrainer.core.session import SessionController
from backtrainer.core.timeline import Cue, Step, Timeline
from backtrainer.speech.speaker import SilentSpeaker
from backtrainer.ui.workout.runner import SessionRunner

if TYPE_CHECKING:
    from backtrainer.listen.listener import Listener
    from backtrainer.listen.recognizer import Heard
    from backtrainer.listen.source import Block

TARGET_P95_MS = 20.0


def build_timeline(total: float, step_seconds: float) -> Timeline:
    """Long timed work steps filling `total` seconds, then the done step; each carries the
    planner's usual end-of-step countdown cues so the cue path runs as in a workout."""
    steps: list[Step] = []
    left = total
    while left > 0:
        seconds = min(step_seconds, left)
        cues = tuple(
            Cue(at=seconds - n, text=str(n), kind="countdown") for n in (3, 2, 1) if seconds - n > 0
        )
        steps.append(Step(kind="work", seconds=seconds, exercise="Benchmark", cues=cues))
        left -= seconds
    steps.append(Step(kind="done", seconds=0.0, cues=(Cue(at=0.0, text="Done", kind="done"),)))
    return Timeline(
        routine_id="benchmark", title="Countdown benchmark", mode=None, steps=tuple(steps)
    )


class PacedWords:
    """An AudioSource that gives the test words in real time, as a microphone would."""

    def __init__(self) -> None:
        from backtrainer.listen.source import BLOCK_SAMPLES, RATE
        from backtrainer.listen.wavfile import read_wav

        folder = Path(__file__).resolve().parents[1] / "tests/listen/data"
        quiet = bytes(RATE * 2)
        self._pcm = b"".join(read_wav(wav) + quiet for wav in sorted(folder.glob("*.wav")))
        self._loop = self._pcm + self._pcm[: BLOCK_SAMPLES * 2]
        """The words with their start again after them: a block that wraps round is one slice."""
        self._rate = RATE
        self._at = 0
        self._origin = time.monotonic()
        self._closed = False

    def read(self, timeout: float) -> Block | None:
        from backtrainer.listen.source import BLOCK_SAMPLES, Block

        size = BLOCK_SAMPLES * 2
        due = self._origin + (self._at + size) / 2 / self._rate
        wait = due - time.monotonic()
        if wait > timeout:
            time.sleep(timeout)
            return None
        time.sleep(max(0.0, wait))
        start = self._at % len(self._pcm)
        pcm = self._loop[start : start + size]
        self._at += size
        return Block(pcm, due)

    @property
    def finished(self) -> bool:
        return self._closed

    @property
    def problem(self) -> str | None:
        return None

    def close(self) -> None:
        self._closed = True


def start_listening() -> tuple[Listener, list[Heard]]:
    """The listener on its own thread, as the window runs it (no mute gate: the
    benchmark's speaker is silent)."""
    import tempfile

    from backtrainer.listen.listener import Listener
    from backtrainer.listen.recognizer import Recognizer
    from backtrainer.listen.words import write_grammar

    heard: list[Heard] = []
    grammar = write_grammar(Path(tempfile.mkdtemp(prefix="bt-countdown-")))
    listener = Listener(PacedWords(), Recognizer(grammar), heard.append)
    listener.start()
    return listener, heard


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: a figure that actually occurred."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="session length (60)")
    parser.add_argument("--step", type=float, default=20.0, help="seconds per step (20)")
    parser.add_argument("--view", action="store_true", help="also show the WorkoutView")
    parser.add_argument(
        "--pauses",
        type=int,
        default=0,
        help="pause this many times, at random instants for random lengths (0.3-2 s), as a"
        " user would: each resume starts the timing afresh, off the whole-second phase",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed for --pauses (1)")
    parser.add_argument(
        "--listen", action="store_true", help="the voice-command listener decoding meanwhile"
    )
    args = parser.parse_args()
    listener, heard = start_listening() if args.listen else (None, [])

    app = QApplication(sys.argv[:1])
    timeline = build_timeline(args.seconds, args.step)
    controller = SessionController(timeline, MonotonicClock())
    runner = SessionRunner(controller, SilentSpeaker())
    view = None
    if args.view:
        from backtrainer.ui.workout.view import WorkoutView

        view = WorkoutView(runner)
        view.resize(1200, 760)
        view.show()

    arrivals: list[tuple[int, int, float]] = []
    step_arrivals: dict[int, float] = {}
    runner.second_changed.connect(
        lambda index, shown: arrivals.append((index, shown, time.monotonic()))
    )
    runner.step_started.connect(
        lambda index, _step: step_arrivals.setdefault(index, time.monotonic())
    )
    runner.ended.connect(lambda _status: app.quit())
    # A watchdog, so a stalled runner cannot hang the benchmark.
    QTimer.singleShot(int((args.seconds + 10 + 2 * args.pauses) * 1000), app.quit)

    started: list[float] = []

    def begin() -> None:
        controller.start()
        # The one reading of controller internals: the clock value step 0 began at.
        # Every later boundary is planned from it and the step lengths alone.
        assert controller._current is not None
        started.append(controller._current.started)

    QTimer.singleShot(0, begin)  # start from inside the running loop, as the app does

    rng = random.Random(args.seed)
    resumes: list[tuple[float, float]] = []
    """(monotonic time of a resume, how far it moved the deadline): the pause's length."""
    gap_ms = int(args.seconds / (args.pauses + 1) * 1000)

    def pause() -> None:
        assert controller._current is not None
        before = controller._current.deadline
        controller.pause()
        QTimer.singleShot(rng.randint(300, 2000), lambda: resume(before))

    def resume(before: float) -> None:
        at = time.monotonic()
        controller.resume()
        assert controller._current is not None
        resumes.append((at, controller._current.deadline - before))
        if len(resumes) < args.pauses:
            QTimer.singleShot(gap_ms - rng.randint(0, 999), pause)

    if args.pauses > 0:
        QTimer.singleShot(gap_ms + rng.randint(0, 999), pause)

    print(
        f"running {args.seconds:g} s on QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']},"
        f" steps of {args.step:g} s{', with view' if view else ''}"
        f"{f', {args.pauses} pauses (seed {args.seed})' if args.pauses else ''}",
        flush=True,
    )
    app.exec()
    if listener is not None:
        listener.stop()
        print(f"listening: {len(heard)} utterances decoded meanwhile")
    if controller.state != "finished":
        print(f"session did not finish (state {controller.state})")
        return 1

    planned_start = [started[0]]
    for step in timeline.steps:
        planned_start.append(planned_start[-1] + step.seconds)

    def planned_end(index: int, at: float) -> float:
        """Step `index`'s planned deadline, as seen at time `at`: later by each pause."""
        return planned_start[index + 1] + sum(shift for when, shift in resumes if when <= at)

    errors_ms = [(t - (planned_end(index, t) - shown)) * 1000 for index, shown, t in arrivals]
    last = len(timeline.steps) - 1  # the done step: its start is the last step boundary
    planned_elapsed = planned_start[last] - planned_start[0]
    arrived_ms = (step_arrivals[last] - planned_end(last - 1, step_arrivals[last])) * 1000
    # The controller's own boundary: each timed-out step ends at its deadline, so the sum of
    # recorded lengths (each rounded to 1 ms) is where it put the last boundary.
    recorded = sum(r.actual_seconds for r in controller.records)
    chain_ms = (recorded - planned_elapsed) * 1000
    rounding_ms = 0.5 * len(controller.records)
    p95 = percentile(errors_ms, 0.95)
    late = sum(1 for e in errors_ms if e > TARGET_P95_MS)

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    print(f"second changes        {len(errors_ms)}")
    print(f"error median          {statistics.median(errors_ms):8.2f} ms")
    target = f"target <= {TARGET_P95_MS:g} ms: {verdict(p95 <= TARGET_P95_MS)}"
    print(f"error p95             {p95:8.2f} ms   {target}")
    print(f"error max             {max(errors_ms):8.2f} ms")
    print(f"error min             {min(errors_ms):8.2f} ms   (negative: shown before due)")
    print(f"changes > {TARGET_P95_MS:g} ms late  {late} of {len(errors_ms)}")
    if resumes:
        # A fixed-interval poll would keep one offset per stretch between resumes.
        cuts = [0.0, *(when for when, _ in resumes), math.inf]
        segments = [
            [e for e, (_, _, t) in zip(errors_ms, arrivals, strict=True) if lo <= t < hi]
            for lo, hi in itertools.pairwise(cuts)
        ]
        medians = ", ".join(f"{statistics.median(seg):.1f}" for seg in segments if seg)
        print(f"median per stretch between resumes (ms): {medians}")
    print(
        f"drift, controller     {chain_ms:+8.2f} ms   last boundary after {planned_elapsed:g} s"
        f" (sum of recorded step lengths vs plan); target no drift (within their rounding):"
        f" {verdict(abs(chain_ms) <= rounding_ms)}"
    )
    print(
        f"drift, observed       {arrived_ms:+8.2f} ms   when step {last} (the end) was signalled"
        f" vs planned; target within 20 ms: {verdict(0 <= arrived_ms <= 20)}"
    )
    del view
    return 0


if __name__ == "__main__":
    sys.exit(main())
