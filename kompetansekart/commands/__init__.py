"""Subcommands of the command line, one module per area; each has `register(subparsers)`.

A module sets `func` on its parser; the function takes the parsed arguments and returns the
exit code. No module here imports Qt at import time.
"""

#: The modules cli.main() registers, in the order `--help` lists them.
MODULES = (
    "kompetansekart.commands.office",
    "kompetansekart.commands.screenshot",
    "kompetansekart.commands.pdf",
    "kompetansekart.commands.share",
)
