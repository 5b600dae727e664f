"""The app's one speaker and the voice preferences behind it.

One speaker for the whole run of the app (the espeak library allows one engine per
process): made when first needed, so start-up does not wait for the engine, reused by
every session, shut down when the window closes.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from backtrainer.storage.preferences import Preferences, PreferencesStore
from backtrainer.ui.messages import notices

if TYPE_CHECKING:  # the dialog (and the routine model behind it) waits for its first use
    from PySide6.QtWidgets import QWidget

    from backtrainer.speech.speaker import Speaker, VoiceSettings

log = logging.getLogger(__name__)

SpeakerFactory = Callable[["VoiceSettings"], "Speaker"]


class VoiceControl:
    def __init__(self, factory: SpeakerFactory, store: PreferencesStore | None) -> None:
        self._factory = factory
        self._store = store
        self.preferences = store.load() if store is not None else Preferences()
        self._speaker: Speaker | None = None
        self.created: list[Callable[[Speaker], None]] = []
        """Called with the speaker when it is made (the window reads its `problem`)."""

    @property
    def problem(self) -> str | None:
        """What went wrong with the preferences file, for the user to read."""
        return self._store.problem if self._store is not None else None

    def voice_settings(self) -> VoiceSettings:
        from backtrainer.speech.speaker import VoiceSettings

        p = self.preferences
        return VoiceSettings(
            voice=p.voice, rate=p.rate, volume=p.volume, beeps=p.beeps, language=self.language()
        )

    def cue_options_fields(self) -> tuple[str, bool]:
        """(tempo, form_reminders) from the preferences, for `core.cues.CueOptions`."""
        p = self.preferences
        return p.tempo, p.form_reminders

    def language(self) -> str:
        """The language cues are said in: the preference, or the system's (`LANG`...)."""
        from backtrainer.core.languages import effective_language

        return effective_language(self.preferences.language, os.environ)

    @property
    def made(self) -> bool:
        """Whether the speaker exists yet (making it loads the engine: not in a hurry)."""
        return self._speaker is not None

    def speaker(self) -> Speaker:
        if self._speaker is None:
            self._speaker = speaker = self._factory(self.voice_settings())
            for listener in self.created:
                listener(speaker)
            return speaker
        return self._speaker

    def save(self, **changes: object) -> bool:
        """Change and save preferences; False (see `problem`) when not saved."""
        self.preferences = dataclasses.replace(self.preferences, **changes)  # type: ignore[arg-type]
        return self._store.save(self.preferences) if self._store is not None else True

    def edit(self, parent: QWidget) -> str | None:
        """Open the voice dialog; returns a message for the user, or None."""
        from backtrainer.ui.settings.voice_dialog import TEST_PHRASE, CueChoices, VoiceDialog

        speaker = self.speaker()
        voices = _voices(speaker, self.language())

        def test(settings: VoiceSettings) -> None:
            speaker.configure(settings)
            speaker.say(TEST_PHRASE, time.monotonic())

        tempo, form_reminders = self.cue_options_fields()
        chosen = VoiceDialog.ask(
            parent,
            self.voice_settings(),
            voices,
            test,
            notices.voice(speaker.problem) if speaker.problem else None,
            cues=CueChoices(
                tempo=tempo,
                form_reminders=form_reminders,
                listen=self.preferences.listen,
                microphone=self.preferences.microphone,
                language=self.preferences.language,
            ),
        )
        if chosen is None:
            speaker.configure(self.voice_settings())  # a cancelled test is undone
            return None
        settings, cues = chosen
        saved = self.save(
            voice=settings.voice,
            rate=settings.rate,
            volume=settings.volume,
            beeps=settings.beeps,
            tempo=cues.tempo,
            form_reminders=cues.form_reminders,
            listen=cues.listen,
            microphone=cues.microphone,
            language=cues.language,
        )
        speaker.configure(self.voice_settings())  # the voice of the language now chosen
        return None if saved else self.problem

    def shutdown(self) -> None:
        if self._speaker is not None:
            self._speaker.shutdown()
            self._speaker = None


def _voices(speaker: Speaker, language: str) -> list[tuple[str, str]]:
    from backtrainer.speech.factory import available_voices

    return available_voices(speaker, language=language)
