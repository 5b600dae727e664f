"""The first screen: the routine list, the detail pane, and the Routine menu's actions."""
