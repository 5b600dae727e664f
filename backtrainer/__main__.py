"""`python -m backtrainer` runs the same entry point as the `backtrainer` command."""

import sys

from backtrainer.cli import main

sys.exit(main())
