"""One writer per data folder for its small files (preferences.json, settings.json).

The history has its own writer lock; the preferences and settings need one too, or a
second BackTrainer on the same folder (one that could not hand its launch over to the
first) would rewrite a theme or an interval the first one had just saved. The window
claims `<data dir>/writer.lock` as it starts and keeps it until it quits; the stores ask
it before every save. The command line only reads these files and never claims it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the lock (and msgspec) load on the first save, not before first paint
    from backtrainer.storage.history.lock import WriterLock

log = logging.getLogger(__name__)


class FolderWriter:
    """This process's claim on a data folder. `problem` says why it may not write."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock: WriterLock | None = None
        self.problem: str | None = None

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.held

    def claim(self) -> bool:
        """True while this process is the folder's writer (claimed once, kept until
        `release`). False, with `problem` set, while another process is."""
        from backtrainer.storage.history.lock import WriterLock, live_holder

        if self._lock is None:
            self._lock = WriterLock(self.folder)
        if self._lock.held:
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            got = self._lock.acquire()
        except OSError as exc:
            # A folder where no lock can be made cannot take the files either: the save
            # itself will fail and say why, so this is not the place to refuse.
            log.warning("no writer lock in %s: %s", self.folder, exc.strerror or exc)
            return True
        if not got:
            holder = live_holder(self.folder)
            who = f" (process {holder.pid})" if holder is not None and holder.pid else ""
            self.problem = (
                f"Another BackTrainer is open{who} on {self.folder}, so changes to the"
                " preferences and settings are not saved here."
            )
            log.warning(self.problem)
            return False
        self._lock.record(None)
        self.problem = None
        return True

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
