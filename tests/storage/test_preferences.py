"""Preferences: defaults, round trip, atomic writes, and files that cannot be used."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from backtrainer.storage.preferences import (
    FILE_NAME,
    LANGUAGES,
    TEMPOS,
    Preferences,
    PreferencesStore,
)
from backtrainer.storage.writer import FolderWriter


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    store = PreferencesStore(tmp_path)
    assert store.load() == Preferences()
    assert store.problem is None


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    store = PreferencesStore(tmp_path / "new-folder")
    prefs = Preferences(voice="gmw/en", rate=150, volume=0.5, beeps=True, theme="dark")
    assert store.save(prefs)
    assert PreferencesStore(tmp_path / "new-folder").load() == prefs
    saved = json.loads((tmp_path / "new-folder" / FILE_NAME).read_text())
    assert saved["schema_version"] == 1
    assert [p.name for p in (tmp_path / "new-folder").iterdir()] == [FILE_NAME]  # no temp left


def test_an_unreadable_file_is_moved_aside_not_lost(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"rate": "fast"')
    store = PreferencesStore(tmp_path)
    assert store.load() == Preferences()
    assert store.problem is not None and "moved to" in store.problem
    (aside,) = tmp_path.glob(f"{FILE_NAME}.unreadable-*")
    assert aside.read_text() == '{"rate": "fast"'


def test_tempo_and_form_reminders_round_trip(tmp_path: Path) -> None:
    store = PreferencesStore(tmp_path)
    prefs = Preferences(tempo="sounds", form_reminders=False)
    assert store.save(prefs)
    saved = json.loads((tmp_path / FILE_NAME).read_text())
    assert (saved["tempo"], saved["form_reminders"]) == ("sounds", False)
    assert PreferencesStore(tmp_path).load() == prefs
    for tempo in TEMPOS:
        assert store.save(Preferences(tempo=tempo))
        assert PreferencesStore(tmp_path).load().tempo == tempo


def test_an_older_file_without_tempo_or_form_reminders_gets_their_defaults(
    tmp_path: Path,
) -> None:
    older = {"schema_version": 1, "voice": None, "rate": 150, "volume": 1.0, "beeps": True}
    older |= {"theme": "dark", "weekly_goal": 3}
    (tmp_path / FILE_NAME).write_text(json.dumps(older))
    store = PreferencesStore(tmp_path)
    prefs = store.load()
    assert store.problem is None
    assert (prefs.tempo, prefs.form_reminders) == ("words", True)
    assert (prefs.rate, prefs.beeps, prefs.theme, prefs.weekly_goal) == (150, True, "dark", 3)


def test_the_tempos_are_the_cue_planners_tempo_styles() -> None:
    from typing import get_args

    from backtrainer.core.cues import TempoStyle

    assert set(TEMPOS) == set(get_args(TempoStyle))
    assert Preferences().tempo == "words" == TEMPOS[0]


def test_the_cue_language_round_trips_and_an_older_file_follows_the_system(
    tmp_path: Path,
) -> None:
    store = PreferencesStore(tmp_path)
    assert store.load().language == "system"
    for language in LANGUAGES:
        assert store.save(Preferences(language=language))
        assert PreferencesStore(tmp_path).load().language == language


def test_the_languages_are_system_and_the_cue_languages() -> None:
    from backtrainer.core.languages import LANGUAGES as SPOKEN

    assert ("system", *SPOKEN) == LANGUAGES


@pytest.mark.parametrize(
    "content",
    [
        '{"language": "klingon"}',
        '{"language": 7}',
        '{"language": null}',
        '{"rate": 5}',
        '{"theme": "neon"}',
        '{"volume": 3}',
        '{"tempo": "drums"}',
        '{"tempo": null}',
        '{"tempo": true}',
        '{"form_reminders": 1}',
        '{"form_reminders": "no"}',
    ],
)
def test_out_of_range_values_are_refused(tmp_path: Path, content: str) -> None:
    (tmp_path / FILE_NAME).write_text(content)
    store = PreferencesStore(tmp_path)
    assert store.load() == Preferences()
    assert store.problem is not None


def test_a_newer_file_is_never_overwritten(tmp_path: Path) -> None:
    newer = '{"schema_version": 7, "something": "new"}'
    (tmp_path / FILE_NAME).write_text(newer)
    store = PreferencesStore(tmp_path)
    assert store.load() == Preferences()
    assert store.problem is not None and "newer BackTrainer" in store.problem
    assert store.save(Preferences(rate=200)) is False
    assert (tmp_path / FILE_NAME).read_text() == newer


def test_fields_this_version_does_not_know_are_written_back(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"schema_version": 1, "language": "de", "theme": "dark"}')
    store = PreferencesStore(tmp_path)
    prefs = store.load()
    assert store.save(dataclasses.replace(prefs, theme="light"))
    saved = json.loads((tmp_path / FILE_NAME).read_text())
    assert saved["language"] == "de" and saved["theme"] == "light"


def test_only_the_folders_writer_saves(tmp_path: Path) -> None:
    first, second = FolderWriter(tmp_path), FolderWriter(tmp_path)  # two BackTrainers
    assert first.claim()
    store = PreferencesStore(tmp_path, writer=second)
    assert not store.save(Preferences(theme="dark"))
    assert store.problem is not None and "Another BackTrainer is open" in store.problem
    assert f"process {os.getpid()}" in store.problem
    assert not (tmp_path / FILE_NAME).exists()
    first.release()
    assert store.save(Preferences(theme="dark"))
    assert PreferencesStore(tmp_path).load().theme == "dark"


def test_a_read_only_folder_reports_instead_of_crashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated: the tests may run as root, for whom chmod does not forbid writing."""
    import tempfile

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    store = PreferencesStore(tmp_path)
    assert store.save(Preferences()) is False
    assert store.problem is not None and "Permission denied" in store.problem


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = PreferencesStore(tmp_path)
    store.save(Preferences(rate=150))

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    assert store.save(Preferences(rate=300)) is False
    assert "No space left" in (store.problem or "")
    monkeypatch.undo()
    assert PreferencesStore(tmp_path).load().rate == 150
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_a_preferences_file_that_is_not_a_regular_file_is_not_read(
    tmp_path: Path, special: str
) -> None:
    path = tmp_path / FILE_NAME
    os.mkfifo(path) if special == "fifo" else path.symlink_to(special)
    store = PreferencesStore(tmp_path)
    assert store.load() == Preferences()
    assert store.problem is not None and "not a regular file" in store.problem
    assert store.read_only  # nor replaced


def test_a_preferences_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b'\xef\xbb\xbf{"weekly_goal": 5}')
    assert PreferencesStore(tmp_path).load().weekly_goal == 5
