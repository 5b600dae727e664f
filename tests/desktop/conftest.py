"""The desktop tests' private session bus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.desktop.bus import private_bus


@pytest.fixture(scope="module")
def bus_address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private, empty session bus, one per test module."""
    with private_bus(tmp_path_factory.mktemp("dbus")) as address:
        yield address
