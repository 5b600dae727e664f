"""The languages BackTrainer speaks its cues in, each a table of the words a coach says.

A table holds whole phrases and templates, not words to glue: word order, agreement and
the short forms differ per language (`Round 2 of 3` is `Runde 2 von 3`, `Tour 2 sur 3`).
Number words come from num2words (`core.phrases.number_word`), not from the tables.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("en", "de", "fr", "es")
"""The shipped languages, English first: the fallback for any other."""
DEFAULT = "en"


@dataclass(frozen=True)
class Wording:
    """What a coach says in one language. Templates use str.format fields named here."""

    code: str
    get_ready: str
    switch: str
    rest: str
    halfway: str
    next_up: str
    """Before the move's name: "Next up:"."""
    go: str
    side_go: str
    """The start of a sided move already announced: {side} is the long side, capitalised."""
    done: str
    to_comfort: str
    countdown: tuple[str, str, str]
    up: str
    hold: str
    down: str
    left: str
    right: str
    """The short side words: a rep's side and the short next-up form."""
    left_side: str
    right_side: str
    alternating: str
    """Said after an alternating move's name, unless the name holds `alternating_stem`."""
    alternating_stem: str
    each_side: str
    reps: str
    """{n} repetitions."""
    as_many: str
    seconds: str
    """{n} seconds (n > 1; digits: every voice reads them in its language)."""
    one_minute: str
    minutes: str
    """{n} minutes (n > 1)."""
    minutes_and_seconds: str
    """{minutes} and {seconds}, each already said."""
    round_of: str
    set_of: str
    """{n} of {total}, without the full stop."""
    round_done: str
    set_done: str
    """{which} (round_of or set_of) is over; {rest} is the duration of the rest."""
    stop_question: str
    """Said when "cancel workout" is heard: the answer is the English "yes" in every
    language (the recogniser knows English words only)."""


@cache
def wording(code: str) -> Wording:
    """The table of `code` (a shipped language; anything else: English)."""
    known = code if code in LANGUAGES else DEFAULT
    module = importlib.import_module(f"{__name__}.{known}")
    table: Wording = module.WORDING
    return table


def effective_language(choice: str | None, environ: Mapping[str, str]) -> str:
    """The one rule for the language of the window, the cues and the routines: `choice`
    when it is a shipped language; for "system" (or None) the first shipped one of
    LANGUAGE's list ("nl:de"), as gettext reads it, unless the locale is C; else the
    locale's, the first of LC_ALL, LC_MESSAGES, LANG that is set ("de_DE.UTF-8": de); else
    English. Pure: the caller passes os.environ."""
    if choice in LANGUAGES:
        return choice
    locale = next((environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(n)), "")
    code = _code(locale)
    if code not in ("c", "posix"):
        for item in environ.get("LANGUAGE", "").split(":"):
            if _code(item) in LANGUAGES:
                return _code(item)
    return code if code in LANGUAGES else DEFAULT


def _code(locale: str) -> str:
    """ "de" of "de_DE.UTF-8", "de-AT@euro" or "de"."""
    return locale.split(".")[0].split("@")[0].split("_")[0].split("-")[0].strip().lower()
