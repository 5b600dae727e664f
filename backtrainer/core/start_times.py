"""Sessions' start times as numbers: each one's timestamp (for sorting) and its local date
ordinal (for the filters and the weeks), worked out as `history_stats.started` reads the
text, without a `datetime` kept per session. The history's index stores both columns, with
the local zone they were worked out in (`zone_key`): a history opened in another zone has
its dates worked out again."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path

from backtrainer.core.history import collector_paused

NEVER = float("-inf")
"""The timestamp of a start time that cannot be read: it sorts as the oldest."""
EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
LOCALTIME = Path("/etc/localtime")


def zone_key() -> str:
    """Names the local zone `time.localtime` uses now: the TZ variable, the zone file
    (which file, and its size and time), and the zone's names."""
    try:
        st = LOCALTIME.stat()
        where = f"{LOCALTIME.resolve()}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        where = "-"
    return f"{os.environ.get('TZ', '')}|{where}|{'/'.join(time.tzname)}"


def moments(started_at: Sequence[str], tz: tzinfo | None) -> tuple[list[float], list[int]]:
    """Each start time's timestamp and local date ordinal (0: unknown), as
    `history_stats.started` reads it: the local offset is looked up once a day of time
    (checked at both ends of the day: on a day it changes, it is looked up per session)."""
    stamps: list[float] = []
    days: list[int] = []
    offsets: dict[int, int] = {}
    parse = datetime.fromisoformat
    with collector_paused():
        for text in started_at:
            try:
                moment = parse(text)
                stamp = moment.timestamp()
                if moment.tzinfo is None:  # written as local time: its own date
                    day = moment.toordinal()
                elif tz is not None:
                    day = moment.astimezone(tz).toordinal()
                else:
                    bucket = int(stamp // 86400)
                    offset = offsets.get(bucket)
                    if offset is None:
                        offset = _local_offset(bucket, stamp)
                        if offset is None:  # a day the offset changes
                            offset = time.localtime(stamp).tm_gmtoff
                        else:
                            offsets[bucket] = offset
                    day = int((stamp + offset) // 86400) + EPOCH_ORDINAL
            except (ValueError, OverflowError, OSError):
                stamp, day = NEVER, 0
            stamps.append(stamp)
            days.append(day)
    return stamps, days


def _local_offset(bucket: int, stamp: float) -> int | None:
    """The local offset all through that day of time; None if it changes within it."""
    first = time.localtime(bucket * 86400).tm_gmtoff
    return first if time.localtime(bucket * 86400 + 86399).tm_gmtoff == first else None
