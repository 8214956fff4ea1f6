"""The roles view (Roller): roles and their requirements."""
