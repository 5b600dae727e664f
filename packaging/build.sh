#!/usr/bin/env bash
# Build BackTrainer's one-folder bundle with PyInstaller:
#
#   bash packaging/build.sh
#
# 1. scripts/system-deps.sh (the Qt libraries the bundle is checked against),
# 2. the project's .venv with BackTrainer installed (as scripts/run.sh makes it), and
#    PyInstaller installed into it if missing,
# 3. pyinstaller packaging/backtrainer.spec into dist/backtrainer (work files in
#    build/pyinstaller); prints the build time and the bundle's size.
#
# Then run packaging/smoke.sh. Not part of CI: a build takes minutes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/system-deps.sh

# shellcheck source=scripts/lib.sh
source scripts/lib.sh
ensure_venv . .backtrainer-run.stamp

if ! .venv/bin/python -c 'import PyInstaller' 2>/dev/null; then
    echo "installing PyInstaller into .venv ..." >&2
    .venv/bin/python -m pip install --quiet --disable-pip-version-check 'pyinstaller>=6.10,<7'
fi

rm -rf dist/backtrainer build/pyinstaller
start=$SECONDS
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/backtrainer.spec
elapsed=$((SECONDS - start))

printf '\nbuilt dist/backtrainer in %d s with PyInstaller %s; size: %s\n' "$elapsed" \
    "$(.venv/bin/python -c 'import PyInstaller; print(PyInstaller.__version__)')" \
    "$(du -sh dist/backtrainer | cut -f1)"
printf 'check it: bash packaging/smoke.sh\n'
