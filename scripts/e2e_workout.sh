#!/bin/bash
# A whole workout as a user runs it, watched and recorded: `backtrainer --start ROUTINE`
# on a virtual screen, its sound recorded from a PulseAudio null sink, Space pressed to
# pause and again to resume, screenshots on the way, then every logged cue checked
# against the recording (scripts/check_recording.py) and the history read back.
#
#   bash scripts/e2e_workout.sh [OUT_DIR] [BACKTRAINER_COMMAND] [ROUTINE]
#
# Defaults: /tmp/bt-e2e, .venv/bin/backtrainer (or dist/backtrainer/backtrainer for the
# bundle), one-dumbbell-back (about 12 minutes). Needs, as root on Debian/Ubuntu:
#   apt-get install -y xvfb openbox xdotool pulseaudio pulseaudio-utils imagemagick
# It starts its own Xvfb (:93, or E2E_DISPLAY) and PulseAudio (its own runtime folder) and
# stops them, so several can run side by side with other OUT_DIRs and displays.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/bt-e2e}
APP=${2:-.venv/bin/backtrainer}
ROUTINE=${3:-one-dumbbell-back}
rm -rf "$OUT" && mkdir -p "$OUT/shots" "$OUT/rt" "$OUT/pulse" && chmod 700 "$OUT/rt"
DISPLAY_NUMBER=${E2E_DISPLAY:-93}
export DISPLAY=:$DISPLAY_NUMBER XDG_RUNTIME_DIR=$OUT/rt PULSE_RUNTIME_PATH=$OUT/pulse
export BACKTRAINER_DATA_DIR=$OUT/data
now() { python3 -c 'import time; print(time.monotonic())'; }

Xvfb ":$DISPLAY_NUMBER" -screen 0 1366x768x24 >/dev/null 2>&1 & XVFB=$!
pulseaudio -n --daemonize=no --exit-idle-time=-1 --load=module-native-protocol-unix \
    --load="module-null-sink sink_name=bt" >/dev/null 2>&1 & PULSE=$!
trap 'kill $PAREC $WM $PULSE $XVFB 2>/dev/null || true' EXIT
sleep 2
pactl set-default-sink bt
openbox >/dev/null 2>&1 & WM=$!
now > "$OUT/parec-start"
parec -d bt.monitor --format=s16le --rate=22050 --channels=1 --latency-msec=5 --raw \
    > "$OUT/recording.raw" & PAREC=$!
"$APP" --start "$ROUTINE" --log-level debug 2> "$OUT/app.log" & PID=$!
sleep 30; import -window root "$OUT/shots/030s.png"
sleep 70; xdotool key space; echo "pause $(now)" >> "$OUT/keys"
sleep 3; import -window root "$OUT/shots/paused.png"
sleep 7; xdotool key space; echo "resume $(now)" >> "$OUT/keys"
sleep 5; import -window root "$OUT/shots/resumed.png"
until grep -q "session ended: " "$OUT/app.log"; do  # the last cue's words depend on the language
    kill -0 $PID 2>/dev/null || { echo "the app died"; exit 1; }
    sleep 2
done
sleep 5; import -window root "$OUT/shots/finished.png"
kill $PAREC
echo "app alive at the end: $(kill -0 $PID 2>/dev/null && echo yes || echo no)" | tee -a "$OUT/keys"
xdotool key Return; sleep 1; xdotool key ctrl+q; sleep 2
echo "app after Ctrl+Q: $(kill -0 $PID 2>/dev/null && echo running || echo exited)" | tee -a "$OUT/keys"
"$APP" history > "$OUT/history.txt"
cat "$OUT/history.txt"
.venv/bin/python scripts/check_recording.py "$OUT/recording.raw" "$OUT/parec-start" "$OUT/app.log"
