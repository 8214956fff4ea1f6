"""`python -m kompetansekart`."""

import sys

from kompetansekart.cli import main

sys.exit(main())
