"""`kompetansekart screenshot PATH --view KEY -o FILE.png`: render a view offscreen to PNG."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from kompetansekart.storage.errors import ValidationError

DEFAULT_SIZE = "1400x900"


def parse_size(text: str) -> tuple[int, int]:
    """«1400x900» -> (1400, 900)."""
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise ValidationError(f"Størrelsen «{text}» må skrives som BREDDExHØYDE, "
                              "for eksempel 1400x900.", "size")
    return int(match.group(1)), int(match.group(2))


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `screenshot`."""
    p = subparsers.add_parser(
        "screenshot", help="lagre et bilde av en visning (uten skjerm)",
        description="Viser kontorfilen i hovedvinduet uten skjerm og lagrer én visning som PNG.")
    p.add_argument("path", type=Path, metavar="KONTORFIL", help="kontorfilen (.kkart)")
    p.add_argument("--view", required=True, metavar="VISNING",
                   help="visningen: overview, staff, roles, catalogue, matrix, experts, "
                        "heatmap, plan, sharing")
    p.add_argument("--mode", default=None, metavar="MODUS",
                   help="modus for visninger som har flere (varmekartet: level, gap, self, "
                        "age)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="PNG",
                   help="PNG-filen som skrives")
    p.add_argument("--size", default=DEFAULT_SIZE, metavar="BxH",
                   help=f"vindusstørrelse (standard "
                   f"{DEFAULT_SIZE})")
    p.add_argument("--lang", choices=["nb", "en"], default="nb", dest="shot_lang",
                   help="språk i bildet")
    p.set_defaults(func=cmd_screenshot)


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render the chosen view of the file and save it as PNG."""
    width, height = parse_size(args.size)
    output = take(args.path, args.view, args.output, width, height, mode=args.mode,
                  lang=args.shot_lang)
    print(f"Lagret {output} ({width}×{height})", file=sys.stdout)
    return 0


def take(path: Path, view_key: str, output: Path, width: int = 1400, height: int = 900, *,
         mode: str | None = None, lang: str = "nb") -> Path:
    """Open `path` read-only in an offscreen main window and save `view_key` to `output`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kompetansekart.storage.officefile import OfficeFile
    from kompetansekart.ui.app import application, install_translators
    from kompetansekart.ui.main_window import MainWindow
    from kompetansekart.ui.settings import Settings
    from kompetansekart.ui.views import VIEWS

    keys = [spec.key for spec in VIEWS]
    if view_key not in keys:
        raise ValidationError(f"Visningen «{view_key}» finnes ikke. Velg en av: "
                              f"{', '.join(keys)}.", "view")
    app = application()
    translators = install_translators(app, lang)
    office = OfficeFile.open(path, readonly=True)
    window = MainWindow(Settings(), remember=False)
    try:
        window.set_office(office, quiet_readonly=True)
        window.resize(width, height)
        view = window.show_view(view_key)
        if mode is not None:
            set_mode = getattr(view, "set_mode", None)
            if set_mode is None:
                raise ValidationError(f"Visningen «{view_key}» har ingen moduser.", "mode")
            set_mode(mode)
        window.show()
        for _ in range(3):  # let layouts settle and timers of the view fire
            app.processEvents()
        image = window.grab()
        if image.width() != width or image.height() != height:
            image = image.scaled(width, height)
        output.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(output), "PNG"):
            raise ValidationError(f"Kunne ikke skrive bildet «{output}».", "output")
    finally:
        window.close()
        window.deleteLater()
        for translator in translators:
            app.removeTranslator(translator)
        app.processEvents()
    return output
