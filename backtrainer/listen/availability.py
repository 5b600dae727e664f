"""Whether listening can work here (the voice dialog says why not, in the window's
language)."""

from __future__ import annotations

import importlib.util
from typing import Literal

Missing = Literal["recogniser", "microphone"]


def missing_for_listening(*, has_microphone: bool) -> Missing | None:
    """What voice commands lack here; None when they can work."""
    if importlib.util.find_spec("pocketsphinx") is None:
        return "recogniser"
    if not has_microphone:
        return "microphone"
    return None
