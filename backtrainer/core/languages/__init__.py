"""The languages BackTrainer speaks its cues in, each a table of the words a coach says.

A table holds whole phrases and templates, not words to glue: word order, agreement and
the short forms differ per language (`Round 2 of 3` is `Runde 2 von 3`, `Tour 2 sur 3`).
Number words come from num2words (`core.phrases.number_word`), not from the tables.
What a table holds is `table.Wording`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backtrainer.core.languages.table import Wording

LANGUAGES = ("en", "de", "fr", "es")
"""The shipped languages, English first: the fallback for any other."""
DEFAULT = "en"


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
