"""History > Export to Garmin/Strava (FIT): the selected sessions or every one shown,
written into the folder chosen, each a file Garmin's decoder reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from garmin_fit_sdk import Decoder, Stream
from PySide6.QtWidgets import QWidget

from backtrainer.ui.history.fit_export import FitExportButton
from backtrainer.ui.history.view import HistoryView
from tests.ui.history.test_view import select, store, view

__all__ = ["store", "view"]  # the fixtures


def answer(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> None:
    def ask(cls: type, parent: QWidget) -> Path | None:
        return folder

    monkeypatch.setattr(FitExportButton, "ask_folder", classmethod(ask))


def sets(path: Path) -> list[str]:
    messages, errors = Decoder(Stream.from_file(str(path))).read()
    assert errors == []
    return [s["set_type"] for s in messages["set_mesgs"]]


def test_the_selected_session_or_every_one_shown(
    view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, tmp_path / "one")
    select(view, "a")
    view.export_fit_button.selected_action.trigger()
    (path,) = (tmp_path / "one").iterdir()
    assert path.name.endswith("_a.fit")
    assert sets(path) == ["active", "rest", "rest", "rest", "active"]  # 2 of 4 sets done
    assert view.message.text().startswith(f"Exported 1 FIT file to {tmp_path / 'one'}: upload")

    answer(monkeypatch, tmp_path / "all")
    view.export_fit_button.shown_action.trigger()
    shown = view.proxy.visible()
    assert len(list((tmp_path / "all").iterdir())) == len(shown)


def test_cancelled_or_failed_says_so(
    view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, None)
    view.export_fit_button.shown_action.trigger()
    assert not view.message.text().startswith("Exported")
    a_file = tmp_path / "file"
    a_file.write_text("")
    answer(monkeypatch, a_file)
    view.export_fit_button.shown_action.trigger()
    assert view.message.text().startswith(f"Could not export to {a_file}")


def test_its_alt_letter_is_its_own(view: HistoryView) -> None:
    """An Alt+letter two widgets share only moves the focus (the menu would not open)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters = [
        m.group(1).lower()
        for w in view.findChildren(QAbstractButton) + view.findChildren(QLabel)
        for m in [re.search(r"(?<!&)&([^&\s])", w.text())]
        if m is not None
    ]
    assert letters.count("x") == 1
