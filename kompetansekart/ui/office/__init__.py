"""Office dialogs: a new office, the office's details."""
