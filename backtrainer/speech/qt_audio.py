"""The two QtMultimedia ways of playing a file, behind the AudioChannel protocol.

Measured with benchmarks/cue_latency.py (Qt 6.12, PulseAudio null sink, Debian 12): from
a cue's due time to its sound, both take about 40 ms (QSoundEffect: median 37-42 ms, p95
42-43; QMediaPlayer: median 41-45, p95 46-50), and both fall silent within about 10 ms of
stop() (QMediaPlayer once took 86 ms). So the choice rests on the rest:
`SoundEffectChannel` (QSoundEffect) decodes each phrase into memory when it is rendered,
so play() opens no file and runs no demuxer; it reads WAV only. It is the fallback
when StreamChannel (qt_stream.py, the default: 12 ms) cannot open its stream.
`MediaPlayerChannel` (QMediaPlayer + QAudioOutput) opens and demuxes the file through
FFmpeg at every play(), but reads any format: the app uses it on macOS, whose
synthesiser writes AIFF.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QSoundEffect

log = logging.getLogger(__name__)


class SoundEffectChannel(QObject):
    """Plays one preloaded QSoundEffect at a time; keeps the `limit` most recent loaded.

    The effects have no Qt parent: this dict owns them, and dropping one deletes it at
    once. (deleteLater() on a child whose parent is deleted before the deferred delete
    runs ends in "pure virtual method called" in Qt 6.12.)
    """

    def __init__(self, limit: int = 256, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = limit
        self._effects: OrderedDict[Path, QSoundEffect] = OrderedDict()
        self._current: QSoundEffect | None = None
        self._pending: Path | None = None  # asked to play before it had loaded

    def preload(self, path: Path) -> None:
        self._effect(path)

    def play(self, path: Path) -> None:
        self.stop()
        effect = self._effect(path)
        if effect.status() == QSoundEffect.Status.Ready:
            self._start(effect)
        else:
            self._pending = path

    def stop(self) -> None:
        self._pending = None
        if self._current is not None:
            self._current.stop()
            self._current = None

    def release(self) -> None:
        self.stop()
        self._effects.clear()

    def effect_for(self, path: Path) -> QSoundEffect | None:
        """The loaded (or loading) effect of `path`, if any; for tests."""
        return self._effects.get(path)

    def _start(self, effect: QSoundEffect) -> None:
        self._current = effect
        effect.play()

    def _effect(self, path: Path) -> QSoundEffect:
        effect = self._effects.get(path)
        if effect is not None and effect.status() != QSoundEffect.Status.Error:
            self._effects.move_to_end(path)
            return effect
        effect = QSoundEffect()
        effect.statusChanged.connect(partial(self._status_changed, path))
        effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effects[path] = effect
        self._effects.move_to_end(path)
        for old_path in list(self._effects):
            if len(self._effects) <= self._limit:
                break
            if (
                old_path not in (path, self._pending)
                and self._effects[old_path] is not self._current
            ):
                del self._effects[old_path]
        return effect

    def _status_changed(self, path: Path) -> None:
        effect = self._effects.get(path)
        if effect is None:
            return
        status = effect.status()
        if status == QSoundEffect.Status.Error:
            log.warning("could not load %s for playback", path)
            if self._pending == path:
                self._pending = None
        elif status == QSoundEffect.Status.Ready and self._pending == path:
            self._pending = None
            self._start(effect)


class MediaPlayerChannel(QObject):
    """One QMediaPlayer: plays any format FFmpeg reads, but opens the file on each play()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)

    def preload(self, path: Path) -> None:
        pass

    def play(self, path: Path) -> None:
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def stop(self) -> None:
        self._player.stop()

    def release(self) -> None:
        self._player.stop()
        self._player.setSource(QUrl())
