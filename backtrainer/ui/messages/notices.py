"""What the window says about a problem: plain words and the action to take.

The storage and speech layers word their problems for a log: file paths, error codes,
sometimes an exception's own text. The window shows none of that. Each function here
turns such a problem into a sentence or two for the banner; the caller logs the original,
and the banner points at Help > Show the log folder when the details matter.
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _with_log(text: str) -> str:
    return f"{text} {see_log()}"


def see_log() -> str:
    return translate("notices", "Help > Show the log folder has the details.")


NO_SOUND_OUTPUT = "No sound output device"
"""How `speech.factory.NO_AUDIO_OUTPUT` begins."""


def voice_install(platform_key: str) -> str:
    """What to do when no speech engine loads, per platform (README's table of voices)."""
    if platform_key == "win":
        return translate(
            "notices",
            "No voice could be loaded. Windows has voices built in (Settings > Time & language"
            " > Speech); if this stays, reinstall BackTrainer.",
        )
    if platform_key == "darwin":
        return translate(
            "notices",
            "No voice could be loaded. macOS has voices built in (System Settings >"
            " Accessibility > Spoken Content); if this stays, reinstall BackTrainer.",
        )
    return translate(
        "notices", "No voice installed: sudo apt install espeak-ng, then restart BackTrainer."
    )


def _platform_key(platform: str) -> str:
    if platform.startswith("win"):
        return "win"
    if platform == "darwin":
        return "darwin"
    return "linux"


def voice(problem: str, platform: str = sys.platform) -> str:
    """A speaker's `problem` (no sound device, no engine, or both) for the user."""
    said = []
    if NO_SOUND_OUTPUT in problem:
        said.append(
            translate(
                "notices",
                "No sound output: connect speakers or headphones (or check the system's sound"
                " settings), then restart BackTrainer.",
            )
        )
    if NO_SOUND_OUTPUT not in problem or "speech engine" in problem:
        said.append(voice_install(_platform_key(platform)))
    captions = translate("notices", "Until then every cue is shown as a caption.")
    return " ".join([*said, captions])


def resume(title: str) -> str:
    """A resumed workout that could not start (the details are in the log)."""
    text = translate(
        "notices",
        "%1 could not be resumed. It stays in the history and is offered again the"
        " next time BackTrainer starts; you can also start it afresh from the list. %2",
    )
    return text.replace("%2", see_log()).replace("%1", title)


def history(problem: str) -> str:
    """A `HistoryStore.problem` for the user."""
    if problem.startswith("Another BackTrainer is open"):
        return translate(
            "notices",
            "Another BackTrainer is open, so this one does not save workouts. Close the"
            " other one, then start BackTrainer again.",
        )
    if "newer BackTrainer" in problem:
        return translate(
            "notices",
            "The workout history was written by a newer BackTrainer, so workouts are not"
            " saved here. Update BackTrainer.",
        )
    if "cut short" in problem:
        return translate(
            "notices",
            "The last entry of the workout history was cut short (BackTrainer was closed"
            " while saving it); everything before it is kept. Nothing to do.",
        )
    if "was damaged" in problem:
        return translate(
            "notices",
            "The workout history was damaged and has been repaired; a copy of the file as"
            " it was is kept beside it. Nothing to do.",
        )
    if "is damaged" in problem:
        return _with_log(
            translate("notices", "Part of the workout history is damaged; the rest is shown.")
        )
    if "older history" in problem:
        return _with_log(
            translate("notices", "An older history file could not be read; it is left as it is.")
        )
    if "kept in memory" in problem:
        return _with_log(
            translate(
                "notices",
                "The workout history cannot be saved: workouts are kept in memory and saving is"
                " tried again at every step. Check that the disk is not full.",
            )
        )
    if "not saved" in problem or problem.startswith("Could not"):
        return _with_log(
            translate(
                "notices",
                "The workout history cannot be read or written, so workouts are not saved.",
            )
        )
    return _with_log(translate("notices", "Something went wrong with the workout history."))


def another_writer() -> str:
    return translate(
        "notices",
        "Another BackTrainer is open on the same data folder, so this change is not saved."
        " Close the other one and start again to save here.",
    )


def settings(problem: str) -> str:
    """A `SetupStore` or `SetupControl` problem (settings.json) for the user."""
    if problem.startswith("Could not save"):
        return _with_log(
            translate(
                "notices", "Your settings could not be saved. Check that the disk is not full."
            )
        )
    if problem.startswith("Another BackTrainer is open"):
        return another_writer()
    if "newer BackTrainer" in problem:
        return translate(
            "notices",
            "Your settings were written by a newer BackTrainer: they are left as they are,"
            " the default intervals are used and changes are not saved. Update BackTrainer.",
        )
    return _with_log(
        translate(
            "notices",
            "Your settings file could not be read; it was set aside and the default intervals"
            " are used. Check Settings > Default intervals.",
        )
    )


def preferences(problem: str) -> str:
    """A `PreferencesStore.problem` (preferences.json: voice, theme) for the user."""
    if problem.startswith("Could not save"):
        return _with_log(
            translate(
                "notices",
                "Your voice and theme choices could not be saved. Check that the disk is not full.",
            )
        )
    if problem.startswith("Another BackTrainer is open"):
        return another_writer()
    if "newer BackTrainer" in problem:
        return translate(
            "notices",
            "Your preferences were written by a newer BackTrainer: they are left as they"
            " are and changes are not saved. Update BackTrainer.",
        )
    if problem.startswith("Could not read"):
        return _with_log(
            translate("notices", "Your preferences could not be read, so changes are not saved.")
        )
    return translate(
        "notices",
        "Your preferences file (voice, theme) could not be read; it was set aside and the"
        " defaults are used. Choose them again in Settings > Voice and View > Theme.",
    )


def refusal(reason: str | None) -> str:
    """Why the session refused a key (`SessionController.refusal`), in the window's
    language; a reason not known here is shown as the core words it."""
    text = reason or ""
    if text.startswith("This set's reps are not timed"):
        return translate("notices", "This set's reps are not timed: press Right to end it.")
    if found := re.match(r"This set already has all its (\d+) reps", text):
        said = translate(
            "notices",
            "This set already has all its %1 reps. More reps: Settings > Adjust this routine"
            " (Ctrl+I).",
        )
        return said.replace("%1", found.group(1))
    if found := re.match(r"Rep (\d+) is the last one already", text):
        said = translate("notices", "Rep %1 is the last one already: press Right to end the set.")
        return said.replace("%1", found.group(1))
    return text
