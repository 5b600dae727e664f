"""What the window says about a problem: plain words and the action to take.

The storage and speech layers word their problems for a log: file paths, error codes,
sometimes an exception's own text. The window shows none of that. Each function here
turns such a problem into a sentence or two for the banner; the caller logs the original,
and the banner points at Help > Show the log folder when the details matter.
"""

from __future__ import annotations

import sys

SEE_LOG = "Help > Show the log folder has the details."

NO_SOUND_OUTPUT = "No sound output device"
"""How `speech.factory.NO_AUDIO_OUTPUT` begins."""

VOICE_INSTALL = {
    "linux": "No voice installed: sudo apt install espeak-ng, then restart BackTrainer.",
    "win": (
        "No voice could be loaded. Windows has voices built in (Settings > Time & language"
        " > Speech); if this stays, reinstall BackTrainer."
    ),
    "darwin": (
        "No voice could be loaded. macOS has voices built in (System Settings >"
        " Accessibility > Spoken Content); if this stays, reinstall BackTrainer."
    ),
}
"""What to do when no speech engine loads, per platform (README's table of voices)."""

CAPTIONS_INSTEAD = "Until then every cue is shown as a caption."


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
            "No sound output: connect speakers or headphones (or check the system's sound"
            " settings), then restart BackTrainer."
        )
    if NO_SOUND_OUTPUT not in problem or "speech engine" in problem:
        said.append(VOICE_INSTALL[_platform_key(platform)])
    return " ".join([*said, CAPTIONS_INSTEAD])


def resume(title: str) -> str:
    """A resumed workout that could not start (the details are in the log)."""
    return (
        f"{title} could not be resumed. It stays in the history and is offered again the"
        f" next time BackTrainer starts; you can also start it afresh from the list. {SEE_LOG}"
    )


def history(problem: str) -> str:
    """A `HistoryStore.problem` for the user."""
    if problem.startswith("Another BackTrainer is open"):
        return (
            "Another BackTrainer is open, so this one does not save workouts. Close the"
            " other one, then start BackTrainer again."
        )
    if "newer BackTrainer" in problem:
        return (
            "The workout history was written by a newer BackTrainer, so workouts are not"
            " saved here. Update BackTrainer."
        )
    if "cut short" in problem:
        return (
            "The last entry of the workout history was cut short (BackTrainer was closed"
            " while saving it); everything before it is kept. Nothing to do."
        )
    if "was damaged" in problem:
        return (
            "The workout history was damaged and has been repaired; a copy of the file as"
            " it was is kept beside it. Nothing to do."
        )
    if "is damaged" in problem:
        return "Part of the workout history is damaged; the rest is shown. " + SEE_LOG
    if "older history" in problem:
        return "An older history file could not be read; it is left as it is. " + SEE_LOG
    if "kept in memory" in problem:
        return (
            "The workout history cannot be saved: workouts are kept in memory and saving is"
            " tried again at every step. Check that the disk is not full. " + SEE_LOG
        )
    if "not saved" in problem or problem.startswith("Could not"):
        return (
            "The workout history cannot be read or written, so workouts are not saved. " + SEE_LOG
        )
    return "Something went wrong with the workout history. " + SEE_LOG


ANOTHER_WRITER = (
    "Another BackTrainer is open on the same data folder, so this change is not saved."
    " Close the other one and start again to save here."
)


def settings(problem: str) -> str:
    """A `SetupStore` or `SetupControl` problem (settings.json) for the user."""
    if problem.startswith("Could not save"):
        return "Your settings could not be saved. Check that the disk is not full. " + SEE_LOG
    if problem.startswith("Another BackTrainer is open"):
        return ANOTHER_WRITER
    if "newer BackTrainer" in problem:
        return (
            "Your settings were written by a newer BackTrainer: they are left as they are,"
            " the default intervals are used and changes are not saved. Update BackTrainer."
        )
    return (
        "Your settings file could not be read; it was set aside and the default intervals"
        " are used. Check Settings > Default intervals. " + SEE_LOG
    )


def preferences(problem: str) -> str:
    """A `PreferencesStore.problem` (preferences.json: voice, theme) for the user."""
    if problem.startswith("Could not save"):
        return (
            "Your voice and theme choices could not be saved. Check that the disk is not"
            " full. " + SEE_LOG
        )
    if problem.startswith("Another BackTrainer is open"):
        return ANOTHER_WRITER
    if "newer BackTrainer" in problem:
        return (
            "Your preferences were written by a newer BackTrainer: they are left as they"
            " are and changes are not saved. Update BackTrainer."
        )
    if problem.startswith("Could not read"):
        return "Your preferences could not be read, so changes are not saved. " + SEE_LOG
    return (
        "Your preferences file (voice, theme) could not be read; it was set aside and the"
        " defaults are used. Choose them again in Settings > Voice and View > Theme."
    )
