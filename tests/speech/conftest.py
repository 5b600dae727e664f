"""Fixtures for the speech tests: fake engines, and a check that no worker outlives a test."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.speech.fakes import FakeEngineFactory

WORKER_NAMES = ("backtrainer-speech", "backtrainer-say")


def speech_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name in WORKER_NAMES]


@pytest.fixture
def engines() -> FakeEngineFactory:
    return FakeEngineFactory()


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "speech-cache"


@pytest.fixture(autouse=True)
def no_worker_left(engines: FakeEngineFactory) -> Iterator[None]:
    """Every test must shut down what it started; a gate left closed is opened first."""
    yield
    engines.record.gate.set()
    assert speech_threads() == []
