"""Fixtures of the sharing tests (the builders live in sharing_fixtures.py)."""

from sharing_fixtures import make_office

__all__ = ["make_office"]
