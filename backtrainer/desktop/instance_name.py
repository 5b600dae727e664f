"""Which local socket a data folder's BackTrainer listens on, and whether one may be.

Apart from `single_instance` (the hand-over itself) because a launch asks this before its
window shows: answering it takes a file's existence, not the hand-over's protocol, its
settings model or QtNetwork.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCryptographicHash


def server_name(data_dir: Path) -> str:
    """The socket's name for `data_dir`: this user's, this folder's. The folder's SHA-256
    is Qt's (hashlib's would load OpenSSL, about 4 ms before the first paint); the digest
    is the same, so is the name."""
    folder = str(data_dir.resolve()).encode()
    sha256 = QCryptographicHash.hash(folder, QCryptographicHash.Algorithm.Sha256)
    digest = bytes(sha256.toHex().data()).decode()[:16]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"backtrainer-{user}-{digest}"


def socket_path(name: str) -> Path:
    """Where QLocalServer makes the socket file of `name`: Qt's temporary folder
    (QDir.tempPath: $TMPDIR if set, else /tmp)."""
    return Path(os.environ.get("TMPDIR") or "/tmp") / name


def may_be_running(data_dir: Path) -> bool:
    """False when no BackTrainer can be listening on `data_dir` (no socket file): the
    launch may then show its window before it claims the folder. True also for a socket
    file left by a crash; `single_instance.claim` sorts that out."""
    if os.name != "posix":
        return True  # a named pipe elsewhere: always ask
    return socket_path(server_name(data_dir)).exists()
