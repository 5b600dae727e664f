"""The recogniser's own pronouncing dictionary: every word it listens for, the model's
pronunciations kept, the added ones heard."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backtrainer.listen import dictionary
from backtrainer.listen.dictionary import (
    ADDED,
    MODEL,
    dictionary_text,
    pronunciations,
    write_dictionary,
)
from backtrainer.listen.words import OWN_GRAMMAR, grammar_text
from tests.listen.helpers import DATA, commands, hear


def grammar_words(text: str) -> set[str]:
    """The words a JSGF grammar's rules can say (weights, rule names and syntax left out)."""
    body = "\n".join(line.split("=", 1)[1] for line in text.splitlines() if "=" in line)
    body = re.sub(r"/[^/]*/|<[^>]*>", " ", body)
    return set(re.findall(r"[a-z']+", body))


def model_dictionary() -> dict[str, list[str]]:
    """The model's own dictionary, as pocketsphinx ships it."""
    pocketsphinx = pytest.importorskip("pocketsphinx")
    path = Path(pocketsphinx.get_model_path()) / "en-us" / "cmudict-en-us.dict"
    entries: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, phones = line.partition(" ")
        entries.setdefault(re.sub(r"\(\d+\)$", "", word), []).append(phones.strip())
    return entries


def test_every_word_the_grammars_say_has_a_pronunciation() -> None:
    said = grammar_words(grammar_text()) | grammar_words(OWN_GRAMMAR)
    assert "pause" in said and "rest" in said
    assert said == set(pronunciations())


def test_the_models_pronunciations_are_kept_and_the_added_are_new() -> None:
    model = model_dictionary()
    for word, phones in MODEL.items():
        assert list(phones) == model[word], word
    known_phones = {
        phone for entries in model.values() for said in entries for phone in said.split()
    }
    for word, phones in ADDED.items():
        for said in phones:
            assert said not in model[word], (word, said)
            assert set(said.split()) <= known_phones, (word, said)


def test_the_file_lists_alternatives_as_the_model_does() -> None:
    lines = dictionary_text().splitlines()
    assert "resume R IH Z UW M" in lines
    assert "resume(4) R IH Z Y UW M" in lines
    assert "next(2) N EH K S" in lines
    assert len(lines) == sum(len(p) for p in pronunciations().values())


@settings(max_examples=30, deadline=None)
@given(garbage=st.binary(max_size=200))
def test_a_damaged_dictionary_in_the_cache_is_written_again(garbage: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "cache"
        cache.mkdir()
        (cache / dictionary.DICTIONARY_NAME).write_bytes(garbage)
        path = write_dictionary(cache)
        assert path == cache / dictionary.DICTIONARY_NAME
        assert path.read_bytes() == dictionary_text().encode("utf-8")


def test_a_scottish_resume_is_heard_with_the_added_pronunciation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """espeak-ng's en-gb-scotland+f4 at 160 words a minute, clean. With the model's
    pronunciations only, a fresh recogniser heard "ready row"."""
    assert commands(hear(DATA / "resume_scottish.wav", tmp_path / "with")) == ["resume"]
    monkeypatch.setattr(dictionary, "ADDED", {})
    assert commands(hear(DATA / "resume_scottish.wav", tmp_path / "without")) == []
