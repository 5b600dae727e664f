"""Speech: a small Speaker interface and its backends."""
