"""Cue latency: from the instant a cue is due to the instant its sound starts.

Not a test: prints figures. Run it (as root, or install the tools first):

    apt-get install -y pulseaudio pulseaudio-utils espeak-ng alsa-utils
    .venv/bin/python benchmarks/cue_latency.py            # 30 short cues, 1.5 s apart
    .venv/bin/python benchmarks/cue_latency.py --long     # announcements, 6 s apart
    .venv/bin/python benchmarks/cue_latency.py --poll-ms 100   # as a polling controller

It starts PulseAudio with a null sink `bt` if no server runs, makes `bt` the default
sink for the run, and records its monitor with parec. "Sound starts" is the first loud
sample of the cue there, i.e. when the sound server played it (a real sound card adds
its own output latency, the same for every backend); see Recording for how samples are
put on the monotonic clock (to within about 5 ms, reading early rather than late).
After the cues, five announcements are each silenced 1 s in: "after silence()" is how
long each went on sounding.

Each backend runs in a child process of its own (espeak has one global synthesis
callback, and each child gets a fresh Qt): `stream`, the app's default (PrerenderedSpeaker
with StreamChannel: one QAudioSink open all along; `--buffer-ms` sets its buffer);
`soundeffect` (the same with QSoundEffect, its fallback); `mediaplayer` (QMediaPlayer +
QAudioOutput, used on macOS) and
`direct` (DirectSpeaker: engine.say() + runAndWait() per cue, played by aplay).

Onsets (`--routine ID`, the default for short cues): the cues are the rhythm-carrying
phrases (countdown, rep counts, tempo) of a bundled routine's plan, handed to the speaker
`SPEAK_AHEAD` early with their instant, as the session runner does, so that the speaker
can start each one its lead (where the phrase is heard to start, measured when it was
rendered) before its instant. Four figures per cue, side by side: due -> playback start
(where the file's first sample played: the heard -50 dBFS crossing less the file's own),
due -> heard at -50 dBFS, due -> heard at -30 dBFS, and due -> perceptual onset (playback
start + the onset stored with the rendered phrase). `--lead off` starts every phrase at
its instant instead (the behaviour before leads), for a before/after in one run.

`--load` keeps both cores busy (one spinning process per core, at the app's priority)
while the cues play, as other work would; "gappy" then counts phrases with a gap inside.

Gaps: for the pre-rendered backends, each heard cue's sound (first to last loud sample)
is compared with its WAV file's. A stream that ran dry mid-phrase (an underrun: a click
and a pause) makes it longer; "stretch" is the largest difference, "gappy" the number of
cues more than 3 ms longer, or with more runs of 5 ms of exact zeros than the file has.
"""

from __future__ import annotations

import argparse
import array
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path
from typing import Any

RATE = 22050
SINK = "bt"
PHRASES = ["three", "two", "one", "go", "rest", "ten", "switch sides", "last one", "five", "done"]
LONG_PHRASES = [  # announcements as the planner words them (one-dumbbell-back)
    "Rest. Next up: Single-arm high pull, left side, 30 seconds.",
    "Renegade row, left side, 30 seconds.",
    "Round 2 of 2. Next up: Renegade row, left side, 30 seconds.",
    "Rest. Next up: Balancing single-arm scaption, right side, 30 seconds.",
    "Halfway.",
]
THRESHOLD = 400
"""Amplitude (of 32767) above which a sample counts as sound; the null sink is all zeros."""
QUIET_BEFORE = 0.04
"""Seconds of silence an onset must follow, so a previous cue's tail is not taken for it."""
GAP = 0.005
"""Seconds of exact zeros inside a phrase that count as a gap (an underrun is longer)."""
STRETCH_LIMIT = 0.003
"""Seconds a heard cue may outlast its file (resampling blurs its edges) before it is gappy."""
SILENCE_TRIALS = 5
DBFS_50 = round(32767 * 10 ** (-50 / 20))  # 104
DBFS_30 = round(32767 * 10 ** (-30 / 20))  # 1036
RHYTHM = ("countdown", "rep", "tempo")
"""The cue kinds that carry a rhythm: their onsets are what the ear times."""
BUSY_EVERY_MS = 250
APT = "apt-get install -y pulseaudio pulseaudio-utils espeak-ng alsa-utils"


class Recording:
    """Samples from the sink's monitor, placed on the monotonic clock.

    parec hands over 5 ms fragments as the sound server plays them. Sample n of a fragment
    that arrived at time T was played at or before T - (fragment end - n) / RATE; the
    earliest such bound, taken over the fragments within a second or two of a sample,
    places it to within about one fragment. Taken over the whole recording, it would not:
    the sound server's clock and time.monotonic() drift apart by about 0.2 ms a second.
    """

    def __init__(self, samples: array.array[int], arrivals: list[tuple[int, float]]) -> None:
        self.samples = samples
        seconds = len(samples) // RATE + 1
        best = [float("inf")] * seconds
        for n_end, arrived in arrivals:
            second = min(n_end // RATE, seconds - 1)
            best[second] = min(best[second], arrived - n_end / RATE)
        self._offsets = [min(best[max(0, k - 1) : k + 2]) for k in range(seconds)]

    def time_of(self, index: int) -> float:
        return self._offsets[min(index // RATE, len(self._offsets) - 1)] + index / RATE

    def index_of(self, when: float) -> int:
        guess = round((when - self._offsets[0]) * RATE)
        second = min(max(0, guess) // RATE, len(self._offsets) - 1)
        return max(0, min(len(self.samples), round((when - self._offsets[second]) * RATE)))


class Recorder:
    """parec from the null sink's monitor, noting when each fragment arrives."""

    def __init__(self) -> None:
        cmd = ["parec", "-d", f"{SINK}.monitor", "--format=s16le", f"--rate={RATE}"]
        cmd += ["--channels=1", "--latency-msec=5", "--raw"]
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
        self._data = bytearray()
        self._arrivals: list[tuple[int, float]] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        while chunk := os.read(fd, 4096):
            now = time.monotonic()
            self._data += chunk
            self._arrivals.append((len(self._data) // 2, now))

    def wait_started(self, timeout: float = 5.0) -> None:
        limit = time.monotonic() + timeout
        while len(self._data) < RATE // 5:  # 0.2 s of samples: the stream runs
            if time.monotonic() > limit:
                sys.exit("parec recorded nothing: is the null sink there?")
            time.sleep(0.01)

    def stop(self) -> Recording:
        self._proc.terminate()
        self._proc.wait(5)
        self._thread.join(5)
        samples = array.array("h")
        samples.frombytes(bytes(self._data[: len(self._data) // 2 * 2]))
        return Recording(samples, self._arrivals)


def onset_index(rec: Recording, start: float, end: float, threshold: int = THRESHOLD) -> int | None:
    """Index of the first sample above `threshold` in [start, end) after a quiet stretch."""
    quiet_needed = quiet = round(QUIET_BEFORE * RATE)
    for i in range(rec.index_of(start), rec.index_of(end)):
        if abs(rec.samples[i]) > threshold:
            if quiet >= quiet_needed:
                return i
            quiet = 0
        else:
            quiet += 1
    return None


def onset(rec: Recording, start: float, end: float) -> float | None:
    """Monotonic time of the first loud sample in [start, end) after a quiet stretch."""
    index = onset_index(rec, start, end)
    return None if index is None else rec.time_of(index)


def sound_span(samples: array.array[int], first: int, end: int) -> tuple[int, int]:
    """(samples from the first to the last loud one, runs of GAP exact zeros between)."""
    loud = [i for i in range(first, min(end, len(samples))) if abs(samples[i]) > THRESHOLD]
    if not loud:
        return 0, 0
    gaps = run = 0
    for value in samples[loud[0] : loud[-1] + 1]:
        if value == 0:
            run += 1
            gaps += run == round(GAP * RATE)
        else:
            run = 0
    return loud[-1] - loud[0] + 1, gaps


def wav_span(path: Path) -> tuple[int, int]:
    """sound_span() of a 16-bit mono WAV file, resampled to RATE if need be."""
    with wave.open(str(path), "rb") as src:
        rate = src.getframerate()
        samples = array.array("h", src.readframes(src.getnframes()))
    if rate != RATE:
        samples = array.array("h", samples[:: max(1, rate // RATE)])
    return sound_span(samples, 0, len(samples))


def first_above(path: Path, threshold: int) -> int:
    """Index of the first sample of the WAV file `path` above `threshold` (0 if none)."""
    with wave.open(str(path), "rb") as src:
        samples = array.array("h", src.readframes(src.getnframes()))
    return next((i for i, v in enumerate(samples) if abs(v) > threshold), 0)


def rhythm_phrases(routine_id: str, tempo: str) -> list[str]:
    """The distinct rhythm-carrying phrases of `routine_id`'s plan (first mode, default
    intervals), in the order they first come."""
    from backtrainer.core.cues import CueOptions
    from backtrainer.core.planner import plan
    from backtrainer.core.settings import IntervalSettings
    from backtrainer.storage.routines import RoutineLibrary

    routine = RoutineLibrary.load(user_dir=Path(tempfile.mkdtemp())).routines[routine_id].routine
    mode = routine.modes[0].id if routine.modes else None
    options = CueOptions.of(tempo=tempo, rate=170, form_reminders=False)
    timeline = plan(routine, IntervalSettings(), mode, options)
    cues = [c.text for step in timeline.steps for c in step.cues if c.kind in RHYTHM]
    return list(dict.fromkeys(cues))


def busy_cores() -> list[subprocess.Popen[bytes]]:
    """One spinning process per core, ended by the caller."""
    spin = "while True: pass"
    return [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(os.cpu_count() or 2)]


Action = tuple[str, str, float]
"""("say", text, due) or ("silence", "", when)."""


def run_qt(
    player: str,
    actions: list[Action],
    cache: Path,
    poll_ms: int,
    buffer_ms: float,
    pulse_latency_ms: int | None,
    busy_ms: int,
    ahead: float = 0.0,
    lead: bool = True,
) -> tuple[list[float], dict[str, tuple[int, int]], list[str], dict[str, list[float]]]:
    """Give every cue to the app's speaker on time (or when a poll notices it), or
    `ahead` seconds early with its instant, as the session runner does.

    Returns how late each say() was called, wav_span() of each phrase's file, the state
    of each stream's sink at the end, and for each phrase [its lead, the file's first
    sample above -50 and -30 dBFS in seconds, its stored onset].
    """
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from backtrainer.speech.factory import create_speaker
    from backtrainer.speech.qt_audio import MediaPlayerChannel, SoundEffectChannel
    from backtrainer.speech.qt_player import AudioChannel, PrerenderedSpeaker
    from backtrainer.speech.qt_stream import StreamChannel
    from backtrainer.speech.speaker import VoiceSettings

    if not lead:
        from backtrainer.speech import qt_player

        qt_player.MAX_LEAD = 0.0
    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    streams: list[StreamChannel] = []

    def stream() -> AudioChannel:
        streams.append(StreamChannel(buffer_ms=buffer_ms, pulse_latency_ms=pulse_latency_ms))
        if problem := streams[-1].problem:
            sys.exit(f"stream: {problem}")
        return streams[-1]

    channels = {"soundeffect": SoundEffectChannel, "mediaplayer": MediaPlayerChannel}
    channel = stream if player == "stream" else channels[player]
    speaker = create_speaker(VoiceSettings(), cache, channel_factory=channel)
    if not isinstance(speaker, PrerenderedSpeaker):
        sys.exit(f"no speaker: {speaker.problem}")
    try:  # a speaker left running would keep the process from exiting
        phrases = dict.fromkeys(text for kind, text, _due in actions if kind == "say")
        speaker.prepare(phrases)
        speaker.renderer.wait_rendered(30)
        spans, files = {}, {}
        for text in phrases:
            path = speaker.renderer.path_for(text)
            if path is not None:
                spans[text] = wav_span(path)
                files[text] = [
                    speaker.lead(text),
                    first_above(path, DBFS_50) / RATE,
                    first_above(path, DBFS_30) / RATE,
                    speaker.renderer.onset_of(path),
                ]
        called: list[float] = []
        waiting = list(actions)

        def act() -> None:
            while waiting and waiting[0][2] - (ahead if waiting[0][0] == "say" else 0) <= (
                time.monotonic() + 0.0005
            ):
                kind, text, due = waiting.pop(0)
                if kind == "say":
                    called.append(time.monotonic() - due)
                    speaker.say(text, due)
                else:
                    speaker.silence()

        timers = []
        if poll_ms:  # like the session controller: a periodic timer notices due cues
            poll = QTimer(app, interval=poll_ms, timerType=Qt.TimerType.PreciseTimer)
            poll.timeout.connect(act)
            poll.start()
            timers.append(poll)
        else:  # each cue on a precise timer of its own, the best a caller can do
            for kind, _text, due in actions:
                timer = QTimer(app, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
                timer.timeout.connect(act)
                # Rounded up: a timer that fires before `due` would leave the cue to the next one.
                given = due - (ahead if kind == "say" else 0.0)
                timer.start(max(0, math.ceil((given - time.monotonic()) * 1000)))
                timers.append(timer)
        if busy_ms:  # a UI thread busy now and then, as a heavy repaint would keep it

            def busy() -> None:
                until = time.monotonic() + busy_ms / 1000
                while time.monotonic() < until:
                    pass

            hog = QTimer(app, interval=BUSY_EVERY_MS, timerType=Qt.TimerType.PreciseTimer)
            hog.timeout.connect(busy)
            hog.start()
            timers.append(hog)
        QTimer.singleShot(round((actions[-1][2] + 5.0 - time.monotonic()) * 1000), app.quit)
        app.exec()
        notes = []
        for sink in (s.sink for s in streams if s.sink is not None):
            size = sink.bufferSize()
            ms = sink.format().durationForBytes(size) / 1000
            notes.append(f"ring buffer {size} B = {ms:.1f} ms, {sink.error().name}")
    finally:
        speaker.shutdown()
    return called, spans, notes, files


def run_direct(actions: list[Action], poll_ms: int) -> list[float]:
    from backtrainer.speech.direct import DirectSpeaker
    from backtrainer.speech.speaker import VoiceSettings

    speaker = DirectSpeaker(VoiceSettings())
    if problem := speaker.start():
        sys.exit(problem)
    called = []
    for kind, text, due in actions:
        wait = max(0.0, due - time.monotonic())
        if poll_ms:  # the first poll at or after `due`
            wait = poll_ms / 1000 * math.ceil(wait / (poll_ms / 1000))
        time.sleep(wait)
        if kind == "say":
            called.append(time.monotonic() - due)
            speaker.say(text, due)
        else:
            speaker.silence()
    speaker.wait_idle(10)
    time.sleep(max(0.0, actions[-1][2] + 5.0 - time.monotonic()))
    speaker.shutdown()
    return called


def last_sound(rec: Recording, start: float, end: float) -> float:
    """Seconds from `start` to the last loud sample before `end` (0 if none)."""
    first = rec.index_of(start)
    for i in range(rec.index_of(end) - 1, first - 1, -1):
        if abs(rec.samples[i]) > THRESHOLD:
            return rec.time_of(i) - start
    return 0.0


def child(args: argparse.Namespace) -> None:
    """Play the cues with one backend while recording; print the figures as JSON.

    After the cues come SILENCE_TRIALS announcements, each silenced (pause) 1 s after it
    starts: how long it goes on sounding after silence() is the second figure.
    """
    backend, interval = args.child, args.interval
    with tempfile.TemporaryDirectory() as tmp:
        recorder = Recorder()
        recorder.wait_started()
        lead = 3.0 if backend != "direct" else 1.0  # time to render and preload first
        start = time.monotonic() + lead
        if args.long:
            phrases = LONG_PHRASES
        elif args.routine:
            phrases = rhythm_phrases(args.routine, args.tempo)
        else:
            phrases = PHRASES
        # Spread over the poll phase: a poll of fixed phase would make every cue equally late.
        cue_actions = [
            ("say", phrases[i % len(phrases)], start + i * interval + (i * 0.0371) % 0.1)
            for i in range(args.cues)
        ]
        after = cue_actions[-1][2] + max(interval, 5.0)
        silences = [after + 6.0 * j + 1.0 for j in range(SILENCE_TRIALS)]
        trials: list[Action] = []
        for when in silences:
            trials += [("say", LONG_PHRASES[3], when - 1.0), ("silence", "", when)]
        actions = cue_actions + trials
        spans: dict[str, tuple[int, int]] = {}
        notes: list[str] = []
        files: dict[str, list[float]] = {}
        if backend == "direct":
            called = run_direct(actions, args.poll_ms)
        else:
            called, spans, notes, files = run_qt(
                backend,
                actions,
                Path(tmp),
                args.poll_ms,
                args.buffer_ms,
                args.pulse_latency_ms,
                args.busy_ms,
                args.ahead,
                args.lead == "on",
            )
        recording = recorder.stop()
    dues = [due for _kind, _text, due in cue_actions]
    early = 0.25  # a phrase may start up to MAX_LEAD (0.15 s) before its instant
    starts = [onset_index(recording, due - early, due + interval - early) for due in dues]
    heard = [None if i is None else recording.time_of(i) for i in starts]
    found = [round(at - due, 4) for at, due in zip(heard, dues, strict=True) if at]
    onsets: dict[str, list[float]] = {"start": [], "dbfs50": [], "dbfs30": [], "perceived": []}
    for _kind, text, due in cue_actions:
        if text not in files:
            continue
        _lead, file50, _file30, perceived = files[text]
        at50 = onset_index(recording, due - early, due + interval - early, DBFS_50)
        at30 = onset_index(recording, due - early, due + interval - early, DBFS_30)
        if at50 is None or at30 is None:
            continue
        playback = recording.time_of(at50) - file50 - due
        onsets["start"].append(round(playback, 4))
        onsets["dbfs50"].append(round(recording.time_of(at50) - due, 4))
        onsets["dbfs30"].append(round(recording.time_of(at30) - due, 4))
        onsets["perceived"].append(round(playback + perceived, 4))
    # Up to 4.5 s: the next trial's phrase may start up to MAX_LEAD before its instant at 5 s.
    after_silence = [round(last_sound(recording, when, when + 4.5), 4) for when in silences]
    stretches, gappy = [], 0
    for (_kind, text, due), first in zip(cue_actions, starts, strict=True):
        if first is None or text not in spans:
            continue
        span, gaps = spans[text]
        end = min(first + span + round(0.25 * RATE), recording.index_of(due + interval - early))
        heard_span, heard_gaps = sound_span(recording.samples, first, end)
        stretch = (heard_span - span) / RATE
        stretches.append(round(stretch, 4))
        gappy += stretch > STRETCH_LIMIT or heard_gaps > gaps
    figures = {"latencies": found, "missed": heard.count(None), "called": called[: args.cues]}
    figures |= {"stretches": stretches, "gappy": gappy, "notes": notes, "onsets": onsets}
    figures |= {"missed_cues": [i for i, at in enumerate(heard) if at is None]}
    figures |= {"files": files}
    print(json.dumps(figures | {"after_silence": after_silence}))


def ensure_pulse(workdir: Path) -> tuple[bool, str | None]:
    """Make the null sink `bt` the default sink, starting PulseAudio if none answers.

    A server it starts listens on a socket of its own, named in PULSE_SERVER for every
    client (parec, Qt, and the ALSA plugin behind aplay). Returns whether it started the
    server, and the default sink it replaced.
    """
    for tool in ("pulseaudio", "parec", "pactl", "aplay"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing. Install the benchmark's tools (as root):\n  {APT}")
    started = subprocess.run(["pactl", "info"], capture_output=True).returncode != 0
    if started:
        socket = workdir / "native"
        null_sink = f"--load=module-null-sink sink_name={SINK}"
        own_socket = f"--load=module-native-protocol-unix socket={socket}"
        daemon = ["pulseaudio", "-D", "--exit-idle-time=-1", null_sink, own_socket]
        subprocess.run(daemon, check=True)
        os.environ["PULSE_SERVER"] = f"unix:{socket}"
        limit = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], capture_output=True).returncode != 0:
            if time.monotonic() > limit:
                sys.exit("PulseAudio did not start")
            time.sleep(0.1)
    sinks = subprocess.run(["pactl", "list", "short", "sinks"], capture_output=True, text=True)
    if SINK not in sinks.stdout.split():
        subprocess.run(["pactl", "load-module", "module-null-sink", f"sink_name={SINK}"])
    info = subprocess.run(["pactl", "get-default-sink"], capture_output=True, text=True)
    previous = info.stdout.strip() or None
    subprocess.run(["pactl", "set-default-sink", SINK], check=True)
    return started, previous if previous != SINK else None


def summary(result: dict[str, Any]) -> str:
    values, called, missed = result["latencies"], result["called"], result["missed"]
    if not values:
        return f"no cue heard ({missed} missed)"
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    stop = statistics.median(result["after_silence"]) * 1000
    line = (
        f"{statistics.median(ms):6.0f} {p95:6.0f} {ms[0]:6.0f} {ms[-1]:6.0f}"
        f"   {statistics.median(called) * 1000:9.1f}   {len(ms):5d} {missed:6d}   {stop:10.0f}"
    )
    if result["stretches"]:
        line += f"   {max(result['stretches']) * 1000:7.1f} {result['gappy']:5d}"
    return line


def stats(values: list[float]) -> str:
    """median p95 max (in ms, signed) and, for the goal, p95 and max of |value|."""
    if not values:
        return "none heard"
    ms = sorted(v * 1000 for v in values)
    size = sorted(abs(v) for v in ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    p95_abs = size[min(len(size) - 1, round(0.95 * (len(size) - 1)))]
    return (
        f"{statistics.median(ms):6.1f} {p95:6.1f} {ms[-1]:6.1f}   |x| p95 {p95_abs:5.1f}"
        f" max {size[-1]:5.1f}"
    )


def onset_table(result: dict[str, Any]) -> list[str]:
    names = {
        "start": "due -> playback start",
        "dbfs50": "due -> heard at -50 dBFS",
        "dbfs30": "due -> heard at -30 dBFS",
        "perceived": "due -> perceptual onset",
    }
    lines = [f"  {'(ms, signed)':<26} {'median':>6} {'p95':>6} {'max':>6}"]
    for key, name in names.items():
        lines.append(f"  {name:<26} {stats(result['onsets'][key])}")
    onsets = {t: round(v[3] * 1000, 1) for t, v in result["files"].items()}
    leads = sorted({round(v[0] * 1000, 1) for v in result["files"].values()})
    lines.append(f"  onset per phrase (ms): {onsets}")
    lines.append(f"  leads applied (ms): {leads}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cues", type=int, default=30)
    parser.add_argument("--interval", type=float, help="seconds between cues (1.5; long: 6)")
    parser.add_argument(
        "--long", action="store_true", help="whole announcements instead of short words"
    )
    parser.add_argument(
        "--routine",
        default="ultimate-back",
        help="short cues: the rhythm phrases (countdown, rep counts, tempo) of this bundled "
        "routine (default ultimate-back); '' for the fixed list of words",
    )
    parser.add_argument(
        "--tempo", default="words", help="the plan's tempo style: words, sounds or counts"
    )
    parser.add_argument(
        "--lead",
        choices=("on", "off"),
        default="on",
        help="off: start every phrase at its instant, as before leads (default on)",
    )
    parser.add_argument(
        "--ahead",
        type=float,
        help="seconds before its instant that each cue is handed over (default: the "
        "session runner's SPEAK_AHEAD; 0 with --poll-ms)",
    )
    parser.add_argument(
        "--load", action="store_true", help="keep every core busy while the cues play"
    )
    parser.add_argument("--backends", default="stream,soundeffect,mediaplayer,direct")
    parser.add_argument(
        "--buffer-ms",
        type=float,
        help="the stream backend's ring buffer, in ms (default: StreamChannel's BUFFER_MS)",
    )
    parser.add_argument(
        "--pulse-latency-ms",
        type=int,
        help="the stream backend's PulseAudio buffer, in ms (default: PULSE_LATENCY_MS)",
    )
    parser.add_argument(
        "--busy-ms",
        type=int,
        default=0,
        help=f"keep the UI thread busy this long every {BUSY_EVERY_MS} ms, to see how "
        "much a stream's buffers bear (default 0)",
    )
    parser.add_argument(
        "--poll-ms",
        type=int,
        default=0,
        help="give each cue at the first poll of this period after it is due, as the "
        "session controller does (default 0: exactly when due)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.interval is None:
        args.interval = 6.0 if args.long else 1.5
    from backtrainer.speech.qt_stream import BUFFER_MS, PULSE_LATENCY_MS
    from backtrainer.ui.workout.runner import SPEAK_AHEAD

    args.buffer_ms = BUFFER_MS if args.buffer_ms is None else args.buffer_ms
    args.pulse_latency_ms = args.pulse_latency_ms or PULSE_LATENCY_MS
    if args.ahead is None:
        args.ahead = 0.0 if args.poll_ms else SPEAK_AHEAD
    if args.child:
        child(args)
        return
    workdir = Path(tempfile.mkdtemp(prefix="bt-pulse-"))
    if not os.environ.get("XDG_RUNTIME_DIR"):
        os.environ["XDG_RUNTIME_DIR"] = str(workdir)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started, previous_sink = ensure_pulse(workdir)
    hogs = busy_cores() if args.load else []
    try:
        measure(args)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
        if previous_sink:
            subprocess.run(["pactl", "set-default-sink", previous_sink])
        if started:
            subprocess.run(["pactl", "exit"])
        shutil.rmtree(workdir, ignore_errors=True)


def measure(args: argparse.Namespace) -> None:
    given = f"at the first {args.poll_ms} ms poll after" if args.poll_ms else "exactly when"
    if args.ahead:
        given = f"{args.ahead * 1000:g} ms before"
    kind = "announcements" if args.long else "short cues"
    if not args.long and args.routine:
        kind = f"rhythm cues of {args.routine} ({args.tempo})"
    print(f"{args.cues} {kind}, one every {args.interval} s, each given to the speaker {given}")
    print(f"it is due; leads {args.lead}. Latency = sound onset - due time, in ms.")
    stream = f"{args.buffer_ms:g} ms ring buffer, {args.pulse_latency_ms} ms PulseAudio buffer"
    busy = f"; UI thread busy {args.busy_ms} ms every {BUSY_EVERY_MS} ms" if args.busy_ms else ""
    load = f"; {os.cpu_count()} cores kept busy" if args.load else ""
    print(f"(stream: {stream}{busy}{load})\n")
    columns = f"{'median':>6} {'p95':>6} {'min':>6} {'max':>6}   say() late   heard missed"
    columns += "   after silence()   stretch gappy"
    print(f"{'backend':<12} {columns}")
    for backend in args.backends.split(","):
        cmd = [sys.executable, __file__, "--child", backend, "--cues", str(args.cues)]
        cmd += ["--interval", str(args.interval), "--poll-ms", str(args.poll_ms)]
        cmd += ["--buffer-ms", str(args.buffer_ms)]
        cmd += ["--pulse-latency-ms", str(args.pulse_latency_ms)]
        cmd += ["--busy-ms", str(args.busy_ms), "--ahead", str(args.ahead)]
        cmd += ["--routine", args.routine, "--tempo", args.tempo, "--lead", args.lead]
        cmd += ["--long"] if args.long else []
        # The run takes cues x interval plus about 40 s; a child that hangs is reported.
        limit = args.cues * args.interval + 180
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=limit)
        except subprocess.TimeoutExpired as exc:
            print(f"{backend:<12} timed out after {limit:.0f} s:\n{exc.stderr!r:.2000}")
            continue
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        if out.returncode != 0 or not lines:
            print(f"{backend:<12} failed (exit {out.returncode}):\n{out.stderr[-2000:]}")
            continue
        result = json.loads(lines[-1])
        print(f"{backend:<12} {summary(result)}", flush=True)
        for note in result["notes"]:
            print(f"{'':<12} {note}")
        if result["files"]:
            print("\n".join(onset_table(result)), flush=True)


if __name__ == "__main__":
    main()
