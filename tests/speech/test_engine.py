"""The voice of the cue language: offered first, and used when the user chose none."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from backtrainer.speech.engine import apply_settings, list_voices, voice_for
from backtrainer.speech.renderer import cache_key
from backtrainer.speech.speaker import VoiceSettings

ESPEAK = [  # as pyttsx3 2.99 lists espeak-ng's voices on Debian 12
    ("gmw/en", "English (Great Britain)", ["en-gb"]),
    ("gmw/en-us", "English (America)", ["en-us"]),
    ("gmw/de", "German", ["de"]),
    ("roa/fr-be", "French (Belgium)", ["fr-be"]),
    ("roa/fr", "French (France)", ["fr-fr"]),
    ("roa/es-419", "Spanish (Latin America)", ["es-419"]),
    ("roa/es", "Spanish (Spain)", ["es"]),
    ("mac", "Anna", [b"\x05de_DE"]),
]


class Engine:
    def __init__(self, voice: str = "gmw/en") -> None:
        self.props: dict[str, Any] = {"voice": voice, "rate": 200, "volume": 1.0}

    def getProperty(self, name: str) -> Any:
        if name == "voices":
            return [SimpleNamespace(id=i, name=n, languages=ls) for i, n, ls in ESPEAK]
        return self.props[name]

    def setProperty(self, name: str, value: Any) -> None:
        self.props[name] = value


def test_the_voices_of_the_language_come_first_closest_first() -> None:
    ids = [voice_id for voice_id, _name in list_voices(Engine(), "fr")]  # type: ignore[arg-type]
    assert ids[:2] == ["roa/fr", "roa/fr-be"]
    ids = [voice_id for voice_id, _name in list_voices(Engine(), "es")]  # type: ignore[arg-type]
    assert ids[:2] == ["roa/es", "roa/es-419"]


def test_without_a_language_the_voices_are_sorted_by_name() -> None:
    names = [name for _id, name in list_voices(Engine())]  # type: ignore[arg-type]
    assert names == sorted(names, key=str.casefold)


def test_a_voice_of_the_language_when_none_is_chosen() -> None:
    engine = Engine()
    assert voice_for(engine, "de") in ("gmw/de", "mac")  # type: ignore[arg-type]
    assert voice_for(engine, "fr") == "roa/fr"  # type: ignore[arg-type]
    assert voice_for(engine, "en") == "gmw/en"  # type: ignore[arg-type]  # the default stays
    assert voice_for(engine, "nl") is None  # type: ignore[arg-type]


def test_apply_settings_uses_the_languages_voice_unless_one_was_chosen() -> None:
    engine = Engine()
    apply_settings(engine, VoiceSettings(language="es"))  # type: ignore[arg-type]
    assert engine.props["voice"] == "roa/es"
    apply_settings(engine, VoiceSettings(voice="gmw/de", language="es"))  # type: ignore[arg-type]
    assert engine.props["voice"] == "gmw/de"


def test_each_language_renders_to_files_of_its_own() -> None:
    keys = {cache_key(VoiceSettings(language=lang), "Go.") for lang in (None, "de", "fr")}
    assert len(keys) == 3
