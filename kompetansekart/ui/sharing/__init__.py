"""Sharing with the county (Deling med fylket)."""
