"""Session resources: CPU and memory of the app while a workout runs, and while it idles.

Not a test: prints figures. A workout runs for half an hour on a laptop beside the
user; it should not spin the fan or drain the battery. This starts the real command,
`backtrainer --start one-dumbbell-back`, on a data folder of its own, lets it warm up, then
reads its CPU time (utime + stime of /proc/PID/stat, in clock ticks, all threads) at the
start and the end of the window, and its VmRSS from /proc/PID/status every 0.25 s.

    .venv/bin/python benchmarks/session_resources.py [--seconds 30] [--warmup 5] [--no-pulse]
                                                     [--cold] [--listen]

The speech cache is warmed first by a run of the same session that is stopped once its
phrases are rendered (as on every session after a user's first); `--cold` measures the
first session instead, rendering included.

Sound: unless --no-pulse, it starts a PulseAudio server of its own (a null sink, in a
runtime folder of its own) for the run, and reports the server's CPU over the same
window too: a stream that wakes the server costs there, not in the app. Three cases, one
after the other: the session (`--start`), the idle picker (no `--start`: nothing should
wake), and, for the server, a reference: `pacat` playing silence (zeros) into the same
sink for the window, i.e. what one open, silent stream costs the server.

--listen turns "Listen for commands" on (Settings > Voice, in the data folder's
preferences) and gives the server a microphone that hears what the app plays, as a laptop's
microphone hears its speakers: a source remapped from the sink's monitor, the default
input. The recogniser then runs through the whole session: its mute gate drops what is
heard while the app speaks, and it decodes the rest (its own voice's tail, and silence).

QT_QPA_PLATFORM defaults to offscreen; set it (e.g. xcb with DISPLAY) for a real display.
Linux only (/proc).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_CPU_PERCENT = 1.0
TARGET_PICKER_PERCENT = 0.0
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


def command(session: bool) -> list[str]:
    script = Path(sys.executable).with_name("backtrainer")
    start = ["--start", ROUTINE] if session else []
    if script.exists():
        return [str(script), *start]
    return [sys.executable, "-m", "backtrainer", *start]


def start_pulse(runtime: Path, microphone: bool = False) -> subprocess.Popen[bytes]:
    """A PulseAudio server with a null sink `bt` as default, in `runtime` (its own); with
    `microphone`, a source `btmic` that hears the sink, as the default input."""
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime)}
    cmd = ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1"]
    cmd += ["--load=module-native-protocol-unix", "--load=module-null-sink sink_name=bt"]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    limit = time.monotonic() + 10
    while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
        if time.monotonic() > limit or server.poll() is not None:
            stop(server)
            sys.exit("PulseAudio did not start")
        time.sleep(0.1)
    subprocess.run(["pactl", "set-default-sink", "bt"], env=env, check=True)
    if microphone:
        remap = ["module-remap-source", "master=bt.monitor", "source_name=btmic"]
        subprocess.run(["pactl", "load-module", *remap], env=env, check=True, capture_output=True)
        subprocess.run(["pactl", "set-default-source", "btmic"], env=env, check=True)
    return server


def listen_on(data: Path) -> None:
    """Settings > Voice > Listen for commands, as the window saves it."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from backtrainer.storage.preferences import Preferences, PreferencesStore

    data.mkdir(parents=True, exist_ok=True)
    if not PreferencesStore(data).save(Preferences(listen=True)):
        sys.exit(f"could not write the preferences in {data}")


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


def prime(cmd: list[str], env: dict[str, str], cache: Path, limit: float = 120.0) -> int:
    """Run the session until its phrases are rendered (the cache has stopped growing for
    6 s), then stop it: a later run measures the session as every run after the first
    on a user's machine has it, not the one-off rendering. Returns the phrases cached."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        end, count, still = time.monotonic() + limit, -1, time.monotonic()
        while time.monotonic() < end and proc.poll() is None:
            now = len(list(cache.glob("*.wav"))) if cache.is_dir() else 0
            if now != count:
                count, still = now, time.monotonic()
            elif count > 0 and time.monotonic() - still >= 6.0:
                break
            time.sleep(0.5)
    finally:
        stop(proc)
    return max(count, 0)


def measure(
    cmd: list[str], env: dict[str, str], warmup: float, seconds: float, server: int | None
) -> dict[str, float | int | str | bool]:
    """Run `cmd`, wait `warmup`, then measure it (and the server `server`) for `seconds`."""
    with tempfile.TemporaryFile() as log:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            time.sleep(warmup)
            if proc.poll() is not None:
                log.seek(0)
                sys.exit(f"exited with {proc.returncode} during warm-up:\n{log.read().decode()}")
            first_rss = rss_mb(proc.pid)
            t0, ticks0 = time.monotonic(), cpu_ticks(proc.pid)
            server0 = cpu_ticks(server) if server else 0
            rss = [first_rss]
            end = t0 + seconds
            while (now := time.monotonic()) < end:
                time.sleep(min(0.25, end - now))
                rss.append(rss_mb(proc.pid))
            t1, ticks1 = time.monotonic(), cpu_ticks(proc.pid)
            server1 = cpu_ticks(server) if server else 0
            threads = status_field(proc.pid, "Threads")
            recording = microphone_streams(env) if server else 0
            kids = descendants(proc.pid)
            alive = proc.poll() is None
        finally:
            stop(proc)
    window = t1 - t0
    return {
        "cpu": (ticks1 - ticks0) / TICKS / window * 100,
        "ticks": ticks1 - ticks0,
        "server": (server1 - server0) / TICKS / window * 100,
        "server_ticks": server1 - server0,
        "rss_max": max(rss),
        "rss_first": first_rss,
        "rss_last": rss[-1],
        "window": window,
        "offset": t0 - started,
        "threads": threads,
        "kids": len(kids),
        "alive": alive,
        "recording": recording,
    }


def microphone_streams(env: dict[str, str]) -> int:
    """Recording streams open on the server now (the app's microphone, when listening)."""
    out = subprocess.run(
        ["pactl", "list", "short", "source-outputs"], env=env, capture_output=True, text=True
    ).stdout
    return len(out.splitlines())


def silent_stream(env: dict[str, str], seconds: float, server: int) -> float:
    """Server CPU (% of a core) while `pacat` plays zeros with a 10 ms latency."""
    with Path("/dev/zero").open("rb") as zeros:
        cmd = ["pacat", "--playback", "--raw", "--format=s16le", "--rate=22050"]
        cmd += ["--channels=1", "--latency-msec=10"]
        pacat = subprocess.Popen(cmd, env=env, stdin=zeros)
        try:
            time.sleep(2.0)
            t0, ticks0 = time.monotonic(), cpu_ticks(server)
            time.sleep(seconds)
            t1, ticks1 = time.monotonic(), cpu_ticks(server)
        finally:
            stop(pacat)
    return (ticks1 - ticks0) / TICKS / (t1 - t0) * 100


def report(name: str, m: dict[str, float | int | str | bool], target: float) -> None:
    cpu, ok = float(m["cpu"]), "ok" if float(m["cpu"]) <= target else "MISSED"
    print(f"{name}: {m['window']:.1f} s measured ({m['offset']:.1f} s in)")
    print(
        f"  CPU      {cpu:6.2f} % of one core   ({m['ticks']} ticks of 1/{TICKS} s)"
        f"   target <= {target:g} %: {ok}"
    )
    if m["server_ticks"] or m["server"]:
        print(f"  PulseAudio server {float(m['server']):6.2f} % ({m['server_ticks']} ticks)")
    rss_ok = "ok" if float(m["rss_max"]) <= TARGET_RSS_MB else "MISSED"
    print(f"  RSS max  {float(m['rss_max']):6.1f} MB   target <= {TARGET_RSS_MB:g} MB: {rss_ok}")
    print(f"  RSS at start of window {m['rss_first']:.1f} MB, at end {m['rss_last']:.1f} MB")
    print(
        f"  threads {m['threads']}; child processes {m['kids']}; running at the end: {m['alive']}"
    )
    print(f"  recording streams on the server at the end: {m['recording']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="measured window (30)")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds before it (5)")
    parser.add_argument(
        "--no-pulse", action="store_true", help="use the sound server there is, if any"
    )
    parser.add_argument("--no-picker", action="store_true", help="measure the session only")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="measure the first session on an empty cache (its phrases rendered meanwhile)",
    )
    parser.add_argument(
        "--listen",
        action="store_true",
        help="listening for voice commands on, a microphone hearing the app (needs PulseAudio)",
    )
    args = parser.parse_args()
    if args.listen and args.no_pulse:
        parser.error("--listen needs the benchmark's own PulseAudio server (no --no-pulse)")

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bt-resources-") as work:
        env["BACKTRAINER_DATA_DIR"] = str(Path(work) / "data")
        env["XDG_CACHE_HOME"] = str(Path(work) / "cache")
        server = None
        if not args.no_pulse:
            if shutil.which("pulseaudio") is None or shutil.which("pacat") is None:
                sys.exit("apt-get install -y pulseaudio pulseaudio-utils, or pass --no-pulse")
            runtime = Path(work) / "runtime"
            runtime.mkdir(mode=0o700)
            env |= {"XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime)}
            env.pop("PULSE_SERVER", None)
            server = start_pulse(runtime, microphone=args.listen)
        if args.listen:
            listen_on(Path(env["BACKTRAINER_DATA_DIR"]))
        try:
            cases = [("session", True)] + ([] if args.no_picker else [("idle picker", False)])
            print(f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; warm-up {args.warmup:g} s each")
            if args.listen:
                print("listening for voice commands: on (the microphone hears the app)")
            if args.cold:
                print("speech cache: empty (the phrases are rendered during the session)")
            else:
                cached = prime(
                    command(True), env, Path(env["BACKTRAINER_DATA_DIR"]) / "cache/speech"
                )
                print(f"speech cache: warm ({cached} phrases rendered by a run before)")
            for name, session in cases:
                cmd = command(session)
                print(f"\n{' '.join(cmd)}", flush=True)
                target = TARGET_CPU_PERCENT if session else TARGET_PICKER_PERCENT
                m = measure(cmd, env, args.warmup, args.seconds, server.pid if server else None)
                report(name, m, target)
            if server is not None:
                reference = silent_stream(env, args.seconds, server.pid)
                print(
                    f"\nPulseAudio server with one silent stream (pacat, 10 ms): {reference:.2f} %"
                )
        finally:
            if server is not None:
                stop(server)
    return 0


if __name__ == "__main__":
    sys.exit(main())
