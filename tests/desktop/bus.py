"""A private dbus-daemon for the tests where D-Bus is the point, and its helpers."""

from __future__ import annotations

import selectors
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def read_line(process: subprocess.Popen[str], timeout: float = 15) -> str:
    """One line of the child's stdout, or fail instead of hanging the suite."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            pytest.fail(f"no output from {process.args!r} within {timeout} s")
    return process.stdout.readline().strip()


@contextmanager
def private_bus(folder: Path) -> Iterator[str]:
    """A private, empty session bus: no real desktop service can answer on it."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian package dbus-daemon)")
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG, encoding="utf-8")
    command = [daemon, f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        try:
            address = read_line(process)
            assert address.startswith("unix:"), address
            yield address
        finally:
            process.terminate()
