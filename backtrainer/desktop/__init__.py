"""Operating-system glue that is not a widget: keeping the screen awake, quitting
cleanly on a signal, and the desktop entry. It may use Qt, never the window."""
