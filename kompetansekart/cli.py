"""Command line: `kompetansekart [FILE] [--demo]` starts the window; subcommands work headless."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from kompetansekart import __version__
from kompetansekart.commands import REGISTER
from kompetansekart.logsetup import setup_logging
from kompetansekart.runtime import tune_gc
from kompetansekart.storage.errors import OfficeFileError, ValidationError

log = logging.getLogger("kompetansekart.cli")


#: argparse's own texts in Norwegian (it only speaks English); the keys are its msgids.
_ARGPARSE_NB = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ugyldig valg: %(value)r (velg blant %(choices)s)",
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "expected one argument": "mangler en verdi",
    "expected at least one argument": "mangler minst én verdi",
    "expected at most one argument": "tar høyst én verdi",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "one of the arguments %s is required": "ett av argumentene %s må være med",
    "ambiguous option: %(option)s could match %(matches)s":
        "tvetydig valg: %(option)s kan bety %(matches)s",
    "ignored explicit argument %r": "tar ingen verdi (fikk %r)",
}


def _argparse_text(message: str) -> str:
    return _ARGPARSE_NB.get(message, message)


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "mangler %s verdi" if n == 1 else "mangler %s verdier"
    return singular if n == 1 else plural


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"kompetansekart: feil: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    # argparse looks up its texts through these module globals (gettext) at run time.
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]
    parser = _Parser(
        prog="kompetansekart",
        description="Kompetansekartlegging og kompetanseplan for NAV-kontor. Uten underkommando "
        "startes vinduet.",
    )
    parser.add_argument("--version", action="version", version=f"Kompetansekart {__version__}",
                        help="vis programmets versjon og avslutt")
    parser.add_argument("--demo", action="store_true",
                        help="start vinduet med et nytt demokontor")
    parser.add_argument("--lang", choices=["nb", "en"], default=None,
                        help="språk i vinduet (standard: det som sist ble valgt)")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO",
                                       parser_class=_Parser)
    for register in REGISTER:
        register(subparsers)
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
    tune_gc()
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
