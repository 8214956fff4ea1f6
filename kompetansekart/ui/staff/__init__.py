"""The staff view (Ansatte) and the person dialog."""
