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

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
ensure_venv . .backtrainer-run.stamp

exec .venv/bin/backtrainer "$@"
