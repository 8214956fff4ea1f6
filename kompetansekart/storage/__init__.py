"""The office file: create, open, check, back up, migrate, lock, and the undo log. No Qt."""
