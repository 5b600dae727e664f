#!/usr/bin/env bash
# Install everything BackTrainer needs and launch it:
#
#   bash scripts/run.sh [backtrainer arguments...]
#
# 1. scripts/system-deps.sh (Debian/Ubuntu packages; skip with
#    BACKTRAINER_SKIP_SYSTEM_DEPS=1),
# 2. a virtual environment in .venv with `pip install -e .` (redone only when
#    pyproject.toml is newer than .venv/.backtrainer-run.stamp),
# 3. exec .venv/bin/backtrainer "$@".
#
# BACKTRAINER_PYTHON picks the interpreter for a new .venv (default: the first
# of python3, python3.13, python3.12, python3.11 that is Python 3.11 or newer).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/system-deps.sh

find_python() {
    local candidate
    for candidate in "${BACKTRAINER_PYTHON:-}" python3 python3.13 python3.12 python3.11; do
        [[ -n $candidate ]] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "run.sh: BackTrainer needs Python 3.11 or newer; none found on PATH" \
        "(set BACKTRAINER_PYTHON=/path/to/python3.11 to pick one)." >&2
    return 1
}

stamp=.venv/.backtrainer-run.stamp

if ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$(find_python)
    echo "run.sh: creating .venv with $python ..." >&2
    rm -rf .venv
    "$python" -m venv .venv
fi

if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
    echo "run.sh: installing BackTrainer and its Python packages into .venv" \
        "(the first time this downloads Qt, a few hundred MB) ..." >&2
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
    touch "$stamp"
fi

exec .venv/bin/backtrainer "$@"
