#!/usr/bin/env bash
# Check a built bundle (packaging/build.sh) headless, as a user's first run would use it:
#
#   bash packaging/smoke.sh [BUNDLE_EXECUTABLE]     (default dist/backtrainer/backtrainer)
#
# 1. every shared library in the bundle finds the libraries it links (ldd; Linux),
# 2. `--version` prints this checkout's version (and how long a cold start takes),
# 3. `self-check`: resources found, every routine loads and plans, speech driver bundled,
#    and `listen --file` hears "pause" in a WAV made by espeak-ng (the bundled recogniser),
# 4. the window, offscreen, starts one-dumbbell-back; after a few seconds `timeout` sends
#    SIGTERM, which must close it cleanly (exit status 0) with the workout left in the
#    history to be resumed, "interrupted" (read back with the bundle's own `history --json`).
# User data goes to a temporary folder; nothing of the user's is read or changed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
exe=${1:-dist/backtrainer/backtrainer}
if [[ ! -x $exe ]]; then
    echo "smoke: no bundle at $exe; build it first: bash packaging/build.sh" >&2
    exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/backtrainer-smoke.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen BACKTRAINER_DATA_DIR=$scratch/data
export XDG_RUNTIME_DIR=$scratch/runtime XDG_DATA_HOME=$scratch/share
mkdir -m 700 "$XDG_RUNTIME_DIR"

step() { printf '\n==> %s\n' "$*"; }
fail() {
    printf 'smoke: FAILED: %s\n' "$*" >&2
    exit 1
}

if [[ $(uname -s) == Linux ]]; then
    step "shared libraries resolve"
    internal=$(dirname "$exe")/_internal
    missing=$(find "$internal" -type f -name '*.so*' -print0 |
        xargs -0 -n 20 env LD_LIBRARY_PATH="$internal" ldd 2>/dev/null | grep 'not found' | sort -u || true)
    [[ -z $missing ]] || fail "libraries not found: $missing"
    echo "ok: $(find "$internal" -type f -name '*.so*' | wc -l) shared objects, none missing a library"
fi

step "--version"
expected="backtrainer $(sed -n 's/^__version__ = "\(.*\)"/\1/p' backtrainer/__init__.py)"
start=$(date +%s%N)
version=$("$exe" --version)
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
[[ $version == "$expected" ]] || fail "--version printed '$version', expected '$expected'"
echo "ok: $version (in $elapsed_ms ms)"

step "self-check"
"$exe" self-check || fail "self-check exited with status $?"

step "voice commands: the bundled recogniser decodes a generated \"pause\""
# espeak-ng (scripts/system-deps.sh) says the word into a WAV; `listen --file` decodes it
# with the bundle's pocketsphinx and its model, as a workout would hear it.
command -v espeak-ng >/dev/null || fail "espeak-ng is needed to make the test WAV"
espeak-ng -v en-us -s 160 -w "$scratch/pause.wav" "pause"
heard=$("$exe" listen --file "$scratch/pause.wav" --json) || fail "listen exited with status $?"
grep -q '"command": "pause"' <<<"$heard" || fail "the bundle did not hear \"pause\": '$heard'"
echo "ok: heard $heard"

step "window offscreen: --start one-dumbbell-back, SIGTERM after 6 s"
status=0
timeout --preserve-status --signal=TERM 6 "$exe" --start one-dumbbell-back \
    >"$scratch/gui.out" 2>"$scratch/gui.err" || status=$?
if ((status != 0)) || grep -q Traceback "$scratch/gui.err"; then
    cat "$scratch/gui.err" >&2
    fail "the window exited with status $status"
fi
# A logout or SIGTERM closes without asking and leaves the workout to be resumed at the
# next launch, like a quit: the history holds it, "interrupted".
recorded=$("$exe" history --json)
grep -q '"routine": "one-dumbbell-back"' <<<"$recorded" && grep -q '"status": "interrupted"' <<<"$recorded" ||
    fail "no interrupted (resumable) one-dumbbell-back session in the history: $recorded"
echo "ok: ran and closed cleanly on SIGTERM; the history holds the session, to be resumed:"
"$exe" history

printf '\nsmoke: all checks passed\n'
