"""One rotating log file in the user's data folder, one named logger per area."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from kompetansekart.paths import log_dir

_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    """Send the `kompetansekart` loggers to a rotating file (idempotent)."""
    global _configured
    if _configured:
        return
    handler = RotatingFileHandler(log_dir() / "kompetansekart.log", maxBytes=1_000_000,
                                  backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("kompetansekart")
    root.addHandler(handler)
    root.setLevel(level)
    _configured = True


def log_file() -> str:
    """Path of the current log file, for the crash dialog."""
    return str(log_dir() / "kompetansekart.log")
