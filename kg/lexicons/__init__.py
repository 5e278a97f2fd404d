"""Data files: lexicons and patterns (no names of any particular document)."""
