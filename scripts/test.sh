#!/usr/bin/env bash
# Install everything needed and run BackTrainer's whole test suite, headless:
#
#   bash scripts/test.sh [pytest arguments...]
#
# 1. scripts/system-deps.sh --test (Debian/Ubuntu packages, with the tests' validators;
#    skip with BACKTRAINER_SKIP_SYSTEM_DEPS=1),
# 2. a virtual environment in .venv with `pip install -e '.[test]'` (redone only
#    when pyproject.toml is newer than .venv/.backtrainer-test.stamp),
# 3. in order, stopping at the first failure:
#    ruff check, ruff format --check, mypy, lint-imports (the layers in pyproject.toml),
#    pytest (Qt on the offscreen platform).
#
# Exits non-zero if any stage fails, and also if pytest collects no tests.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

header() { printf '\n==> %s\n' "$*"; }

header "System packages (scripts/system-deps.sh --test)"
bash scripts/system-deps.sh --test

header "Python environment (.venv, pip install -e '.[test]')"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
ensure_venv ".[test]" .backtrainer-test.stamp

# Headless Qt. Qt warns when XDG_RUNTIME_DIR is unset or not ours (0700), and the
# test suite turns Qt warnings into failures, so give it a private one.
export QT_QPA_PLATFORM=offscreen
if [[ -z ${XDG_RUNTIME_DIR:-} || ! -d $XDG_RUNTIME_DIR || ! -O $XDG_RUNTIME_DIR ]]; then
    XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/backtrainer-runtime.XXXXXX")
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi

bin=.venv/bin
stages=5

run_stage() {
    local number=$1 name=$2
    shift 2
    header "[$number/$stages] $name"
    local status=0
    "$@" || status=$?
    if ((status != 0)); then
        printf '\nFAILED: %s (exit status %d)\n' "$name" "$status" >&2
        exit "$status"
    fi
}

run_stage 1 "ruff check ." "$bin/ruff" check .
run_stage 2 "ruff format --check ." "$bin/ruff" format --check .
run_stage 3 "mypy" "$bin/mypy"
run_stage 4 "lint-imports (layers: pyproject.toml, ARCHITECTURE.md)" "$bin/lint-imports" --no-cache

header "[5/$stages] pytest${*:+ $*}"
status=0
"$bin/python" -m pytest "$@" || status=$?
if ((status == 5)); then
    printf '\nFAILED: pytest ran no tests (exit status 5: none collected, or all deselected)\n' >&2
    exit 5
elif ((status != 0)); then
    printf '\nFAILED: pytest (exit status %d)\n' "$status" >&2
    exit "$status"
fi

printf '\nAll checks passed.\n'
