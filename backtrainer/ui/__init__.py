"""Qt widgets: thin views over the core; no workout logic lives here."""
