"""Who knows what (Hvem kan hva)."""
