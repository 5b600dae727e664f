"""The workout journal on disk: an append-only, fsynced log (`log`), one writer at a
time (`lock`), the store the window and the command line read (`store`), the migration
of the first format (`legacy`), exports (`export`), and the session recorder that turns
a running controller into records (`recorder`)."""
