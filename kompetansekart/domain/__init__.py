"""The domain: tables, scale, analysis and planning rules. Imports no Qt."""
