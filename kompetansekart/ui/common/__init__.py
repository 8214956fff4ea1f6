"""Shared window pieces: forms, list models, formatting helpers."""
