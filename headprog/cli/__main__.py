"""``python -m headprog.cli``: the ``headprog`` command."""

import sys

from headprog.cli import main

sys.exit(main())
