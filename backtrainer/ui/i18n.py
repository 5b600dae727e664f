"""The window in the user's language: our strings and Qt's own dialogs.

Every string the window shows goes through Qt's translation system: `self.tr()` in a
QObject, `QCoreApplication.translate(context, text)` elsewhere. `pyside6-lupdate` collects
them into `resources/translations/backtrainer_<lang>.ts` (see `scripts/translations.py`
and the README there), `pyside6-lrelease` compiles those to `.qm` when BackTrainer is
installed or bundled, and `install` loads the `.qm` of the chosen language at start,
with Qt's `qtbase_<lang>.qm` so that standard buttons ("Cancel", "Yes") match. English is
the source language; its file holds only the plural forms ("1 set", "2 sets").
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from backtrainer.core.languages import effective_language
from backtrainer.storage import paths

log = logging.getLogger(__name__)

SHIPPED = ("en", "de", "fr", "es")
"""The languages the window, the cues and the bundled routines are complete in."""
PSEUDO = "pseudo"
"""A test language: every string 40 % longer, with accents, to find clipped text."""


def language(choice: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The window's language: `choice` (Settings, or `pseudo`), else the system's, by the
    one rule the cues and routines follow too (`core.languages.effective_language`)."""
    if choice == PSEUDO:
        return PSEUDO
    return effective_language(choice, os.environ if environ is None else environ)


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations of `language` into `app` (kept alive by the returned list),
    and make it the default locale for dates and numbers."""
    if language == PSEUDO:
        QLocale.setDefault(QLocale(QLocale.Language.English))
    else:
        QLocale.setDefault(QLocale(language))
    loaded = []
    sources = [(translations_dir(), f"backtrainer_{language}")]  # English: its plurals
    if language != "en":
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        sources.append((qt_folder, f"qtbase_{language}"))
    for folder, name in sources:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            loaded.append(translator)
        elif name.startswith("backtrainer"):
            log.warning("no translation %s.qm in %s: the window stays in English", name, folder)
    return loaded


def counted(text: str, n: int) -> str:
    """A plural from `tr("%n session(s) shown", "", n)` that reads right in English with
    no translator installed (the tests): Qt then gives the source back, "1 session(s)",
    and this makes it "1 session" or "2 sessions". A translation (English's own plural
    forms included) has no "(s)" and passes unchanged."""
    return re.sub(r"\((e?s)\)", "" if n == 1 else r"\1", text)


def arg(text: str, *values: object) -> str:
    """Qt's QString.arg for a translated text (PySide6's tr() returns a Python str,
    without arg): %1, %2... filled in, in the translation's word order."""
    for number, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{number}", str(value))
    return text
