"""A lock file beside the office file, so a second opener over a share gets a read-only view."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    """Who holds an office file."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """Norwegian description for the window and messages."""
        return f"i bruk av {self.user} på {self.host} siden {self.since}"


def lock_path(path: Path) -> Path:
    """The lock file of an office file."""
    return path.with_name(path.name + ".lock")


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "ukjent"
    return LockInfo(user, socket.gethostname(), os.getpid(),
                    datetime.now().strftime("%d.%m.%Y %H:%M"))


def _read(path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]),
                        str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def held_by_other(path: Path) -> LockInfo | None:
    """The holder of the file if it is someone else who is still there, else None."""
    info = _read(path)
    if info is None:
        return None
    me = _me()
    if info.host == me.host and (info.pid == me.pid or not _alive(info.pid)):
        return None  # our own or a stale lock left by a crash on this machine
    return info


def acquire(path: Path) -> None:
    """Write our lock file (best effort: a read-only folder just means no lock)."""
    me = _me()
    with contextlib.suppress(OSError):
        lock_path(path).write_text(
            json.dumps({"user": me.user, "host": me.host, "pid": me.pid, "since": me.since}),
            encoding="utf-8",
        )


def release(path: Path) -> None:
    """Remove our lock file if it is ours."""
    info = _read(path)
    if info is not None and info.pid == os.getpid() and info.host == socket.gethostname():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()
