"""Alphabetical order as Norwegians expect it: a–z, then æ, ø, å (not å, æ, ø by code point)."""

from __future__ import annotations

import unicodedata

# Letters after z, in Norwegian order; ä and ö sort with æ and ø.
_AFTER_Z = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})


def sort_key(text: str) -> str:
    """A key that sorts names case-insensitively with æ, ø, å last and other accents ignored
    (é as e). Use it wherever a list of names is sorted for a person to read."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_AFTER_Z)
    return "".join(c for c in unicodedata.normalize("NFD", folded)
                   if not unicodedata.combining(c))
