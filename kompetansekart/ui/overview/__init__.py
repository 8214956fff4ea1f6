"""The overview (Oversikt): needs, vulnerable competence, new staff, disagreements."""
