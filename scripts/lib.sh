# shellcheck shell=bash
# Shared by run.sh, test.sh and system-deps.sh (sourced, not run).

# The interpreter for a new .venv: BACKTRAINER_PYTHON, or the first of python3,
# python3.13, python3.12, python3.11 that is Python 3.11 or newer. Prints its path.
find_python() {
    local candidate
    for candidate in "${BACKTRAINER_PYTHON:-}" python3 python3.13 python3.12 python3.11; do
        [[ -n $candidate ]] || continue
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# ensure_venv TARGET STAMP: a .venv with `pip install -e TARGET`, reinstalled only when
# pyproject.toml is newer than .venv/STAMP (a relaunch stays fast).
ensure_venv() {
    local target=$1 stamp=.venv/$2 python
    if ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        if ! python=$(find_python); then
            echo "BackTrainer needs Python 3.11 or newer; none found on PATH" \
                "(set BACKTRAINER_PYTHON=/path/to/python3.11 to pick one)." >&2
            return 1
        fi
        echo "creating .venv with $python ..." >&2
        rm -rf .venv
        "$python" -m venv .venv
    fi
    if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
        echo "installing BackTrainer ($target) into .venv" \
            "(the first time this downloads Qt, a few hundred MB) ..." >&2
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$target"
        touch "$stamp"
    else
        echo ".venv is up to date" >&2
    fi
    # The window's translations are compiled here, at install (the .ts files are the
    # source in git; the .qm files are built): a second or two, every time.
    .venv/bin/python scripts/translations.py release >/dev/null
}
