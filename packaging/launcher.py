"""The bundle's entry script: the same `main` as the `backtrainer` command.

A file of its own (not backtrainer/__main__.py) so that PyInstaller does not put the
package folder itself on the module search path.
"""

import sys

from backtrainer.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
