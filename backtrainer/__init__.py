"""BackTrainer: hands-free back and upper-body workouts for runners."""

__version__ = "0.1.0"

APP_ID = "io.github.backtrainer.BackTrainer"
"""Reverse-DNS id: the desktop entry's name, the icon's, and Qt's desktop file name."""
