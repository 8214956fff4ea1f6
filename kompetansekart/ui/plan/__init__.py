"""The competence plan (Kompetanseplan): one module per tab, dialogs and models."""
