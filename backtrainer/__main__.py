"""`python -m backtrainer` runs the same entry point as the `backtrainer` command."""

import sys

from backtrainer.cli.main import main

sys.exit(main())
