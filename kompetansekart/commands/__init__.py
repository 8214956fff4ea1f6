"""Subcommands of the command line, one module per area; each has `register(subparsers)`.

A module sets `func` on its parser; the function takes the parsed arguments and returns the
exit code. No module here imports Qt at import time.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kompetansekart.commands import office, pdf, screenshot, share

#: The register functions cli.main() calls, in the order `--help` lists the subcommands.
REGISTER: tuple[Callable[[argparse._SubParsersAction], None], ...] = (  # type: ignore[type-arg]
    office.register,
    screenshot.register,
    pdf.register,
    share.register,
)
