"""The single-writer lock of the history folder, without Qt.

An OS lock on `writer.lock` (flock on POSIX, msvcrt.locking on Windows) rather than a
lock file whose mere existence counts: the OS drops the lock when the process dies, however
it dies, so a crash never leaves a stale lock behind. The holder writes its pid and its
current session id into the file, so that a reader (`backtrainer history`) can tell which
session is live (running) and which ones lost their writer (interrupted).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import msgspec

from backtrainer.storage.history.layout import LOCK_NAME, held_elsewhere, try_lock, unlock

log = logging.getLogger(__name__)

INFO_BYTES = 256
"""The holder's details are rewritten in place, padded to this size, with one write."""
RETRY_SECONDS = 0.1
"""How long to keep trying when the lock is busy: a reader's probe holds it for
microseconds, and must not make a starting BackTrainer think another one is open."""


class Holder(msgspec.Struct, forbid_unknown_fields=False, kw_only=True):
    """Who holds the lock: written by the holder, read by everyone else."""

    pid: int
    session: str | None = None


_holder_decoder = msgspec.json.Decoder(Holder)


class WriterLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """True once ours; False while another process holds it. Raises OSError when the
        lock file cannot be made (a read-only folder, a full disk)."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        deadline = time.monotonic() + RETRY_SECONDS
        try:
            while not try_lock(fd, shared=False):
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(0.01)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def record(self, session: str | None) -> None:
        """Tell readers our pid and the session we are writing (None between sessions)."""
        if self._fd is None:
            return
        info = msgspec.json.encode(Holder(pid=os.getpid(), session=session))
        try:
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, info.ljust(INFO_BYTES))
        except OSError as exc:  # readers then see an older session: not worth failing for
            log.warning("could not update %s: %s", self.path, exc)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            unlock(fd)
        finally:
            os.close(fd)


def live_holder(folder: Path) -> Holder | None:
    """The process that holds the lock, if one does (never ourselves: call it only when
    this process does not hold it): see `layout.held_elsewhere`."""
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None  # no lock file: nobody has ever written here
    try:
        if not held_elsewhere(fd):
            return None
        for _attempt in range(3):  # the holder may be rewriting its details right now
            data = os.pread(fd, INFO_BYTES, 0) if hasattr(os, "pread") else path.read_bytes()
            try:
                return _holder_decoder.decode(data)
            except msgspec.MsgspecError:
                time.sleep(0.005)
        return Holder(pid=0)
    except OSError as exc:
        log.warning("could not check %s: %s", path, exc)
        return None
    finally:
        os.close(fd)
