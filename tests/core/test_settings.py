"""Interval settings: one rule for whole numbers, wherever they come from."""

from __future__ import annotations

import pytest

from backtrainer.core.settings import IntervalSettings, SettingsError, from_record


def test_a_whole_number_setting_must_be_an_integer_like_a_moves_reps() -> None:
    with pytest.raises(SettingsError, match=r"whole number, got 2\.0"):
        IntervalSettings(rounds=2.0)  # type: ignore[arg-type]
    assert IntervalSettings(tempo_scale=1).tempo_scale == 1


def test_a_history_records_float_settings_come_back_as_whole_numbers() -> None:
    settings = from_record({"rounds": 3.0, "rest": 20.0, "tempo_scale": 1.5})
    assert settings == IntervalSettings(rounds=3, rest=20, tempo_scale=1.5)
    assert isinstance(settings.rounds, int)
    with pytest.raises(SettingsError):
        from_record({"rounds": 2.5})
