"""Command line: `kompetansekart [FILE] [--demo]` starts the window; subcommands work headless."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from kompetansekart import __version__
from kompetansekart.commands import MODULES
from kompetansekart.logsetup import setup_logging
from kompetansekart.storage.errors import OfficeFileError, ValidationError

log = logging.getLogger("kompetansekart.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"kompetansekart: feil: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = _Parser(
        prog="kompetansekart",
        description="Kompetansekartlegging og kompetanseplan for NAV-kontor. Uten underkommando "
        "startes vinduet.",
    )
    parser.add_argument("--version", action="version", version=f"Kompetansekart {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="start vinduet med et nytt demokontor")
    parser.add_argument("--lang", choices=["nb", "en"], default=None,
                        help="språk i vinduet (standard: det som sist ble valgt)")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO",
                                       parser_class=_Parser)
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # an area that is not built yet
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and `python -m kompetansekart`."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # `kompetansekart FILE.kkart` opens a file in the window.
    open_path = None
    if args_list and args_list[0].endswith(".kkart") and not args_list[0].startswith("-"):
        open_path = args_list.pop(0)
    args = parser.parse_args(args_list)
    setup_logging()
    try:
        if args.command is None:
            from kompetansekart.ui.app import run_gui

            return int(run_gui(open_path, demo=args.demo, lang=args.lang))
        return int(args.func(args))
    except (OfficeFileError, ValidationError) as exc:
        print(f"kompetansekart: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log.exception("unexpected error")
        print(f"kompetansekart: uventet feil: {exc!r} (detaljer i loggfilen)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
