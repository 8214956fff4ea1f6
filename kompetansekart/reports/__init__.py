"""Printable PDFs made with reportlab: office plan, individual plans, regional overview."""
