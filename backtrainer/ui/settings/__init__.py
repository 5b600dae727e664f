"""Settings dialogs and their controllers: a routine's setup (intervals, moves, mode),
the default intervals, and the voice."""
