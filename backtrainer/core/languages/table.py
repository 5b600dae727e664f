"""What a language's table holds: the phrases and templates of one coach.

Apart from the package's `__init__` (which language) because the window asks which
language before it shows, and this class's making is a few milliseconds of that.
"""

from __future__ import annotations

from dataclasses import dataclass


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
