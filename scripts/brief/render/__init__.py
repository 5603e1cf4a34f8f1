"""Rendering: annotated data in, Markdown pages (with escaped raw HTML) out. No I/O here."""
