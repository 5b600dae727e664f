"""Whatever bytes a user (or a crash, or another program) leaves in preferences.json and
window.json, BackTrainer starts: it reads what it can, falls back to its defaults for the
rest, and never raises. (The nesting that used to escape as a RecursionError is one of
the cases; the routine, settings and history files are the fuzzing issue's to cover.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backtrainer.storage.preferences import Preferences, PreferencesStore
from backtrainer.storage.window_state import WindowState, WindowStateStore

FIELDS = ["schema_version", "voice", "rate", "volume", "beeps", "theme", "weekly_goal", "tempo",
          "form_reminders", "geometry", "maximized", "fullscreen", "frame", "x", "y", "width",
          "height"]  # fmt: skip

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "words", "sounds", "dark"]),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), inner, max_size=6),
    ),
    max_leaves=20,
)


file_bytes = st.one_of(
    documents.map(lambda d: json.dumps(d).encode()),
    st.binary(max_size=200),  # not JSON, not even UTF-8
    documents.map(lambda d: b"\xef\xbb\xbf" + json.dumps(d).encode()),  # a BOM first
    st.integers(1, 20_000).map(lambda n: b"[" * n + b"]" * n),  # nested thousands deep
    st.integers(1, 20_000).map(lambda n: b'{"geometry":' * n + b"1" + b"}" * n),
)


@given(file_bytes)
def test_any_preferences_file_loads_or_falls_back(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder: Path = tmp_path_factory.mktemp("prefs")
    (folder / "preferences.json").write_bytes(data)
    store = PreferencesStore(folder)
    prefs = store.load()
    assert isinstance(prefs, Preferences)
    assert prefs.tempo in ("words", "sounds", "numbers")
    if store.problem is None and (folder / "preferences.json").exists():
        before = json.loads(data.decode("utf-8-sig"))
        assert store.save(prefs)  # saved back: the same preferences, nothing dropped
        assert PreferencesStore(folder).load() == prefs
        assert before.keys() <= json.loads((folder / "preferences.json").read_text()).keys()
    elif store.read_only:
        assert not store.save(prefs)
        assert (folder / "preferences.json").read_bytes() == data


@given(file_bytes)
def test_any_window_file_loads_or_falls_back(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder: Path = tmp_path_factory.mktemp("window")
    (folder / "window.json").write_bytes(data)
    state = WindowStateStore(folder).load()
    assert isinstance(state, WindowState)
