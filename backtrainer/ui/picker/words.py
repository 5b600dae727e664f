"""Filling in a translated text's values, as Qt's QString.arg does (PySide6's tr()
returns a Python str, without arg)."""

from __future__ import annotations


def arg(text: str, *values: object) -> str:
    """`text` with %1, %2... replaced by `values`, wherever the translation put them."""
    for number, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{number}", str(value))
    return text
