"""The `backtrainer` command: `main` parses and dispatches, each group of subcommands
has a module, and `common` holds what they share. Only the window opens Qt."""
