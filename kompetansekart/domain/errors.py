"""The one error of the domain: input the leader can correct (storage re-exports it)."""

from __future__ import annotations


class ValidationError(Exception):
    """Input the leader can correct; `field` names the form field, message is Norwegian."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
