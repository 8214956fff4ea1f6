"""The one write path: each function validates, writes in one transaction and returns a Change."""
