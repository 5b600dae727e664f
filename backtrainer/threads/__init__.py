"""Threads the speech and listening packages share (they may not import each other)."""
