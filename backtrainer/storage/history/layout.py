"""The history folder's files by name, the index's magic, and the OS lock on writer.lock.

Standard library only: `glance` reads the folder before msgspec is imported, so what it
shares with the store (which imports msgspec everywhere) lives here.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path

LOG_NAME = "history.jsonl"
INDEX_NAME = "history.index"
LOCK_NAME = "writer.lock"
LEGACY_NAME = "history.json"
"""The one-file history of versions before the log: migrated, then kept as it was."""
INDEX_MAGIC = "backtrainer-history-index"
INDEX_VERSION = 4

_BUSY = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK}


def _attempt(lock: Callable[[], object]) -> bool:
    """True once `lock()` took the lock; False while another process holds it."""
    try:
        lock()
    except OSError as exc:
        if exc.errno in _BUSY:
            return False
        raise
    return True


if sys.platform == "win32":
    import msvcrt

    _WINDOWS_LOCK_AT = 1 << 20
    """A byte far past the details: Windows keeps others from reading a locked range."""

    def try_lock(fd: int, shared: bool) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_AT, os.SEEK_SET)
        return _attempt(lambda: msvcrt.locking(fd, msvcrt.LK_NBLCK, 1))

    def unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_AT, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(fd: int, shared: bool) -> bool:
        mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
        return _attempt(lambda: fcntl.flock(fd, mode | fcntl.LOCK_NB))

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def held_elsewhere(fd: int) -> bool:
    """Whether another process holds the lock on `fd`'s file now (never ask it of the
    holder): a shared lock taken for an instant fails exactly while a writer lives."""
    if try_lock(fd, shared=True):
        unlock(fd)
        return False
    return True


def writer_alive(folder: Path) -> bool:
    """Whether a process holds the folder's writer lock now (`held_elsewhere`). Raises
    OSError when the lock file is there but cannot be opened or locked."""
    try:
        fd = os.open(folder / LOCK_NAME, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return False  # nobody has ever written here
    try:
        return held_elsewhere(fd)
    finally:
        os.close(fd)
