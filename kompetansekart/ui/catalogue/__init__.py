"""The competence catalogue view (Kompetansekatalog)."""
