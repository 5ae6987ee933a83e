"""PDF layouts (reportlab) and PDF signing (pyHanko)."""
