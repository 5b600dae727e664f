"""Help menu windows: the keyboard shortcuts."""
