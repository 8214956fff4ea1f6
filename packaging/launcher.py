"""Entry point for the frozen (PyInstaller) build."""

import sys

from kompetansekart.cli import main

if __name__ == "__main__":
    sys.exit(main())
