"""Where the program keeps its own files: data folder, backups, logs, resources."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "Kompetansekart"
#: Tests and portable installs point this at another folder so nothing touches the real one.
HOME_ENV = "KOMPETANSEKART_HOME"


def data_dir() -> Path:
    """The user's data folder for Kompetansekart (created on demand)."""
    override = os.environ.get(HOME_ENV)
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def backup_dir() -> Path:
    """Folder for the rotated backups of office files (never beside the file on a share)."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """Folder for the rotating log files."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_path(name: str) -> Path:
    """Path of a file under resources/, from a checkout or an installed package."""
    checkout = Path(__file__).resolve().parent.parent / "resources" / name
    if checkout.exists():
        return checkout
    return Path(str(resources.files("kompetansekart.resources").joinpath(name)))
