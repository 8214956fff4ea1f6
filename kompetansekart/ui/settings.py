"""The window's own settings in one typed place, stored with QSettings in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kompetansekart.paths import data_dir

#: How many files «Åpne nylig» remembers.
MAX_RECENT = 8
LANGUAGES = ("nb", "en")
#: Bump when a key changes meaning; `Settings._upgrade` brings older files forward.
VERSION = 1


class Settings:
    """Recent files, language, window layout, last file and last view.

    The INI file lives in `paths.data_dir()`, so tests (which point KOMPETANSEKART_HOME at a
    temporary folder) never see or touch the user's real settings.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "innstillinger.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        stored = self._int("meta/version", 0)
        if stored < VERSION:
            self._qs.setValue("meta/version", VERSION)

    # -- helpers ---------------------------------------------------------------------------

    def _str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self._qs.value(key, default)))
        except ValueError:
            return default

    def _bytes(self, key: str) -> QByteArray:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qs.sync()

    # -- recent files ----------------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        """Recently opened office files, newest first."""
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            return [value] if value else []
        if isinstance(value, list | tuple):
            return [str(v) for v in value if str(v)]
        return []

    def add_recent(self, path: str | Path) -> None:
        """Put a file first in the recent list (and make it the last file)."""
        text = str(Path(path).resolve())
        files = [f for f in self.recent_files if f != text]
        files.insert(0, text)
        self._qs.setValue("files/recent", files[:MAX_RECENT])
        self.last_file = text

    def remove_recent(self, path: str | Path) -> None:
        """Forget a file (for example one that is gone)."""
        text = str(Path(path).resolve())
        self._qs.setValue("files/recent", [f for f in self.recent_files if f != text])
        if self.last_file == text:
            self.last_file = None

    def clear_recent(self) -> None:
        """Forget all recent files."""
        self._qs.setValue("files/recent", [])

    @property
    def last_file(self) -> str | None:
        """The file that was open when the window last closed, if any."""
        return self._str("files/last") or None

    @last_file.setter
    def last_file(self, path: str | None) -> None:
        self._qs.setValue("files/last", path or "")

    # -- language --------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """«nb» (default) or «en»."""
        lang = self._str("ui/language", "nb")
        return lang if lang in LANGUAGES else "nb"

    @language.setter
    def language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self._qs.setValue("ui/language", lang)

    # -- window ----------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray:
        """The main window's saved geometry (empty if none)."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        """The main window's saved toolbar/dock state (empty if none)."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def last_view(self) -> str:
        """Key of the view that was shown last (see ui/views.VIEWS)."""
        return self._str("window/view", "overview")

    @last_view.setter
    def last_view(self, key: str) -> None:
        self._qs.setValue("window/view", key)
