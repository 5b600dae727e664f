"""The history review screen with 10,000 sessions: from opening the store to the screen
shown with its table filled, summary and chart drawn.

    .venv/bin/python benchmarks/history_screen.py [--sessions 10000] [--runs 5]

Not a test: prints figures. Each run is a fresh process (as when the user opens the app
and presses Ctrl+H), so nothing is warm but the OS file cache. Target: <= 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from history import build  # the store builder of benchmarks/history.py

CHILD = """
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from backtrainer.storage.history.store import HistoryStore
from backtrainer.ui.history.view import HistoryView
start = time.perf_counter()
store = HistoryStore()
store.open_for_writing()
view = HistoryView(store, None)
view.refresh()
view.resize(1366, 768)
view.show()
app.processEvents()
view.grab()  # everything painted
shown = time.perf_counter()
print(json.dumps({"ms": (shown - start) * 1000, "rows": view.table.model().rowCount()}))
store.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory(prefix="bt-history-screen-") as data:
        build(Path(data) / "history", args.sessions)
        env["BACKTRAINER_DATA_DIR"] = data
        times, rows = [], 0
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", CHILD],
                env=env,
                capture_output=True,
                text=True,
                check=True,
                timeout=120,
            ).stdout
            result = json.loads(out.strip().splitlines()[-1])
            times.append(result["ms"])
            rows = result["rows"]
    verdict = "ok" if statistics.median(times) <= 300 else "MISSED"
    print(f"{args.sessions} sessions, {rows} rows shown, {args.runs} fresh processes")
    print(
        f"open store + build + fill + show + paint: median {statistics.median(times):.0f} ms,"
        f" min {min(times):.0f}, max {max(times):.0f}   target <= 300 ms: {verdict}"
    )


if __name__ == "__main__":
    main()
