"""The window's translations: collect, compile, check, and a pseudo-language.

    .venv/bin/python scripts/translations.py update    # lupdate: new strings into the .ts
    .venv/bin/python scripts/translations.py release   # lrelease: .ts -> .qm (at install)
    .venv/bin/python scripts/translations.py check     # exit 1: unfinished or stale entries
    .venv/bin/python scripts/translations.py pseudo    # backtrainer_pseudo.qm, for screenshots
    .venv/bin/python scripts/translations.py fill F.json  # bulk: {"de": {"context": {src: text}}}

The .ts files (XML, edited with Qt Linguist: `.venv/bin/pyside6-linguist FILE.ts`) are the
source and live in git; the .qm files are built from them and do not. Locations are left
out of the .ts files (`-locations none`), so that moving code does not change them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "backtrainer" / "ui"
LANGUAGES = ("en", "de", "fr", "es")
"""English is the source language; its .ts holds only the plural forms ("1 set", "2 sets")."""
BIN = Path(sys.executable).parent


def ts_file(language: str) -> Path:
    return FOLDER / f"backtrainer_{language}.ts"


def update(folder: Path = FOLDER) -> None:
    """Collect every tr()/translate() string of the window into each language's .ts."""
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    for language in LANGUAGES:
        target = folder / f"backtrainer_{language}.ts"
        options = ["-locations", "none", "-no-obsolete", "-target-language", language]
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), *sources, *options, "-ts", str(target)],
            check=True,
            capture_output=True,
        )


def release(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Compile each .ts to the .qm the app loads; returns the files written."""
    written = []
    for language in languages:
        source = ts_file(language)
        target = source.with_suffix(".qm")
        _compile(source, target)
        written.append(target)
    return written


def _compile(source: Path, target: Path) -> None:
    """lrelease into a file beside `target`, then a rename over it: a running BackTrainer
    maps the .qm it loaded into memory, and rewriting that file in place killed it
    (SIGBUS, found by a recording run while the tests compiled the translations)."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", str(temp)],
            check=True,
        )
        temp.replace(target)
    finally:
        temp.unlink(missing_ok=True)


def problems() -> list[str]:
    """What a fresh lupdate finds wrong: strings not yet translated (new, or changed in
    the code), and strings the .ts still has but the code no longer uses."""
    found = []
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for language in LANGUAGES:
            shutil.copy(ts_file(language), folder)
        before = {lang: _entries(folder / f"backtrainer_{lang}.ts") for lang in LANGUAGES}
        update(folder)
        for language in LANGUAGES:
            after = _entries(folder / f"backtrainer_{language}.ts")
            for key, state in sorted(after.items()):
                if language == "en" and not state.endswith("+numerus"):
                    continue  # English needs only its plurals
                if not state.startswith("finished"):
                    found.append(f"{language}: not translated: {key[0]}: {key[1]!r}")
            for key in sorted(before[language].keys() - after.keys()):
                found.append(f"{language}: no longer in the code: {key[0]}: {key[1]!r}")
    return found


def _entries(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> "finished" or the translation's type (unfinished, vanished),
    with "+numerus" for a plural."""
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "unfinished" if translation is None else translation.get("type", "")
            text = "" if translation is None else "".join(translation.itertext()).strip()
            state = "finished" if not kind and text else (kind or "unfinished")
            numerus = "+numerus" if message.get("numerus") == "yes" else ""
            entries[(name, message.findtext("source", ""))] = state + numerus
    return entries


def fill(texts: dict[str, dict[str, dict[str, str | list[str]]]]) -> int:
    """Put translations into the .ts files (a list for a plural's forms): for work done
    outside Qt Linguist. Returns how many entries were set."""
    count = 0
    for language, contexts in texts.items():
        path = ts_file(language)
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            given = contexts.get(context.findtext("name", ""), {})
            for message in context.iter("message"):
                text = given.get(message.findtext("source", ""))
                if text is None:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.clear()
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for form in [text] if isinstance(text, str) else text:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text if isinstance(text, str) else text[0]
                count += 1
        _write_ts(tree, path)
    return count


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


PSEUDO_MAP = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîõüÀÉÎÕÜçñšýÇÑŠÝ")


def pseudo_text(source: str) -> str:
    """40 % longer, accented, placeholders (%1, %n, {name}, &) kept: finds text that is
    clipped."""
    out, i = [], 0
    while i < len(source):
        if source[i] == "%" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
            continue
        end = source.find("}", i)
        if source[i] == "{" and end > i:  # a str.format field: its name is code
            out.append(source[i : end + 1])
            i = end + 1
            continue
        out.append(source[i].translate(PSEUDO_MAP))
        i += 1
    text = "".join(out)
    return text + "~" * max(1, round(len(source) * 0.4))


def pseudo() -> Path:
    """backtrainer_pseudo.qm: every string lengthened, from the German .ts's entries."""
    tree = ET.parse(ts_file("de"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.clear()
        forms = list(translation)
        if message.get("numerus") == "yes":
            for form in forms or [ET.SubElement(translation, "numerusform")]:
                form.text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    with tempfile.TemporaryDirectory() as temp:
        source_ts = Path(temp) / "backtrainer_pseudo.ts"
        tree.write(source_ts, encoding="utf-8", xml_declaration=True)
        target = FOLDER / "backtrainer_pseudo.qm"
        _compile(source_ts, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "release", "check", "pseudo", "fill"))
    parser.add_argument("file", nargs="?", type=Path, help="fill: the JSON of translations")
    args = parser.parse_args()
    action = args.action
    if action == "fill":
        if args.file is None:
            parser.error("fill needs the JSON file of translations")
        print(f"set {fill(json.loads(args.file.read_text(encoding='utf-8')))} entries")
        update()  # back to lupdate's own layout, so that a later update changes nothing
    elif action == "update":
        update()
    elif action == "release":
        for path in release():
            print(f"wrote {path.relative_to(ROOT)}")
    elif action == "pseudo":
        print(f"wrote {pseudo().relative_to(ROOT)}")
    else:
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} problem(s) in {', '.join(LANGUAGES)}")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
