"""Kompetansekart: competence mapping and competence plans for small public offices."""

__version__ = "0.1.0"
