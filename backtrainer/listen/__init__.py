"""Offline voice commands: audio sources, the pocketsphinx recogniser, words to commands."""
