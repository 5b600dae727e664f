"""Whether listening can work here, said in plain words (the voice dialog shows it)."""

from __future__ import annotations

import importlib.util


def listen_problem(*, has_microphone: bool) -> str | None:
    """Why voice commands cannot work, with what to do; None when they can."""
    if importlib.util.find_spec("pocketsphinx") is None:
        return "Voice commands need the speech recogniser: pip install 'pocketsphinx>=5'."
    if not has_microphone:
        return "Voice commands need a microphone, and none was found."
    return None
