"""The capture hands the worker whole 30 ms frames, whatever sizes Qt delivers."""

from __future__ import annotations

import queue

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("PySide6.QtMultimedia")

from PySide6.QtCore import QByteArray

from backtrainer.listen.microphone import BLOCK_BYTES, _Capture
from backtrainer.listen.source import Block


class Pieces:
    """Stands for the QAudioSource's device: each read gives the next piece."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces

    def readAll(self) -> QByteArray:
        return QByteArray(self.pieces.pop(0))


@given(st.lists(st.integers(min_value=0, max_value=2000), max_size=30))
def test_every_block_is_whole_frames_and_nothing_is_lost_or_reordered(sizes: list[int]) -> None:
    sound = bytes(n % 251 for n in range(sum(sizes)))
    pieces, at = [], 0
    for size in sizes:
        pieces.append(sound[at : at + size])
        at += size
    blocks: queue.Queue[Block] = queue.Queue()
    capture = _Capture(None, blocks)
    capture._io = Pieces(pieces)  # type: ignore[assignment]
    for _ in range(len(pieces)):
        capture._read()
    handed = []
    while not blocks.empty():
        block = blocks.get_nowait()
        assert block.pcm and len(block.pcm) % BLOCK_BYTES == 0
        handed.append(block.pcm)
    whole = len(sound) - len(sound) % BLOCK_BYTES
    assert b"".join(handed) == sound[:whole]


def test_a_frame_goes_on_as_soon_as_its_last_piece_comes() -> None:
    blocks: queue.Queue[Block] = queue.Queue()
    capture = _Capture(None, blocks)
    capture._io = Pieces([b"\x01" * 160] * 6 + [b"\x02" * 160])  # type: ignore[assignment]
    for _ in range(5):
        capture._read()
    assert blocks.empty()  # 800 of 960 bytes
    capture._read()
    assert len(blocks.get_nowait().pcm) == BLOCK_BYTES
    capture._read()
    assert blocks.empty()
