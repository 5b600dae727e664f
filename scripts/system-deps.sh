#!/usr/bin/env bash
# Install the Debian/Ubuntu system packages BackTrainer needs at run time.
#
#   bash scripts/system-deps.sh [--test]
#
# --test (scripts/test.sh passes it) also requires what only the tests use: the
# validators of the desktop entry and the AppStream metainfo, and PulseAudio.
#
# Does nothing (and needs no root) when everything is already installed.
# Otherwise it installs the missing packages with apt-get: directly as root,
# else through sudo (passwordless, or with a password prompt on a terminal);
# if neither is possible it prints the exact command to run and exits 1.
#
# Environment:
#   BACKTRAINER_SKIP_SYSTEM_DEPS=1   skip this script entirely.
#   BACKTRAINER_PYTHON=/path/python  interpreter whose `-m venv` is checked
#                                    (default: first python3.x >= 3.11 on PATH).
#   BACKTRAINER_SYSTEM_DEPS_EXTRA    extra package names to require; meant for
#                                    testing this script (e.g. a package that
#                                    is surely not installed).
#
# Why each package is needed (derived by running ldd over the PySide6-Essentials
# and PySide6-Addons wheels' Qt libraries and plugins, then `dpkg -S` on each
# library; packages that every Debian/Ubuntu base system has, such as libc6,
# libstdc++6, zlib1g, libzstd1, are left out):
set -euo pipefail

packages=(
    # Speech: pyttsx3's espeak driver loads libespeak-ng and plays with aplay.
    espeak-ng
    alsa-utils
    # Qt Gui core (every platform, offscreen included).
    libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 fonts-dejavu-core
    libxkbcommon0 libegl1 libgl1
    # Qt xcb platform plugin (X11 windows) and its GLX/EGL integrations.
    libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0
    libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
    libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    # Qt wayland platform plugin (native windows in a Wayland session).
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    # QtMultimedia and its bundled FFmpeg (audio goes out through PulseAudio;
    # QtNetwork, which QtMultimedia links, needs brotli and GSSAPI).
    libpulse0 libxext6 libxrandr2 libdrm2 libbrotli1 libgssapi-krb5-2
    # D-Bus (the screen-saver inhibitor talks to the session bus; the tests start a
    # private dbus-daemon). "dbus" holds or pulls in dbus-daemon on Debian and Ubuntu.
    dbus
)

if [[ ${1:-} == --test ]]; then
    # desktop-file-validate and appstreamcli (tests/test_desktop_files.py); a PulseAudio
    # server that tests/conftest.py starts with a null sink, so the tests that play
    # real sound run headless instead of being skipped.
    packages+=(desktop-file-utils appstream pulseaudio)
fi

say() { printf 'system-deps: %s\n' "$*" >&2; }

if [[ ${BACKTRAINER_SKIP_SYSTEM_DEPS:-0} == 1 ]]; then
    say "BACKTRAINER_SKIP_SYSTEM_DEPS=1: not checking system packages."
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian/Ubuntu (apt) system: skipping system packages."
    say "Make sure espeak-ng, aplay and the Qt 6 xcb/multimedia libraries are installed."
    exit 0
fi

if [[ -n ${BACKTRAINER_SYSTEM_DEPS_EXTRA:-} ]]; then
    read -r -a extra <<<"$BACKTRAINER_SYSTEM_DEPS_EXTRA"
    packages+=("${extra[@]}")
fi

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# --- python3-venv ----------------------------------------------------------
# Debian and Ubuntu ship `venv`/`ensurepip` separately; find the interpreter the
# other scripts will use and, if it cannot create a venv, add its venv package.
# shellcheck source=scripts/lib.sh
source "$repo_root/scripts/lib.sh"

venv_package() {
    # Prints the Debian package that provides `venv` for interpreter $1, or
    # nothing if that interpreter does not come from a Debian package.
    local py=$1 real version default_version
    real=$(readlink -f "$(command -v "$py")")
    dpkg-query -S "$real" >/dev/null 2>&1 || return 0
    version=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    default_version=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)
    if [[ $version == "$default_version" ]]; then
        echo python3-venv
    else
        echo "python$version-venv"
    fi
}

if [[ ! -x $repo_root/.venv/bin/python ]] && python=$(find_python); then
    probe=$(mktemp -d)
    if ! "$python" -m venv "$probe/venv" >/dev/null 2>&1; then
        pkg=$(venv_package "$python")
        if [[ -n $pkg ]]; then
            packages+=("$pkg")
        else
            say "warning: '$python -m venv' does not work and $python is not from a Debian package."
        fi
    fi
    rm -rf "$probe"
fi

# --- what is missing? --------------------------------------------------------
# A package counts as installed if it, its 64-bit-time_t rename (Ubuntu 24.04,
# Debian 13: libglib2.0-0 -> libglib2.0-0t64) or a package providing its name is.
declare -A installed=()
while IFS='|' read -r status name provides; do
    [[ ${status:1:1} == i ]] || continue # "ii", "hi": installed
    installed[$name]=1
    # Provides looks like "libfoo1 (= 1.2-3), bar": keep the names only.
    for word in ${provides//,/ }; do
        [[ $word == \(* || $word == *\) ]] || installed[$word]=1
    done
done < <(dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null)

missing=()
for pkg in "${packages[@]}"; do
    if [[ -z ${installed[$pkg]:-} && -z ${installed[${pkg}t64]:-} ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

# Prefer the t64 name where the archive has it (apt would pick it anyway).
resolve_names() {
    local pkg candidate
    resolved=()
    for pkg in "${missing[@]}"; do
        candidate=$(apt-cache policy "${pkg}t64" 2>/dev/null | awk '/Candidate:/ {print $2}')
        if [[ -n $candidate && $candidate != "(none)" ]]; then
            resolved+=("${pkg}t64")
        else
            resolved+=("$pkg")
        fi
    done
}

say "missing system packages: ${missing[*]}"

if ((EUID == 0)); then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
elif command -v sudo >/dev/null 2>&1 && [[ -t 0 ]] && sudo -v; then
    as_root=(sudo)
else
    resolve_names
    say "cannot install them: not root and no usable sudo. Run this as root, then try again:"
    printf '\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n\n' \
        "${resolved[*]}" >&2
    say "(or set BACKTRAINER_SKIP_SYSTEM_DEPS=1 to skip this check)"
    exit 1
fi

say "installing them with ${as_root[*]:-root} apt-get ..."
"${as_root[@]}" apt-get update -q || say "warning: apt-get update failed; trying the install anyway"
resolve_names
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${resolved[@]}"
