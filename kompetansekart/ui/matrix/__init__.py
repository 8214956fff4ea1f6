"""The assessment matrix (Kartlegging): model, view and history panel."""
