"""brief: turn a folder of articles into an annotated, browsable research brief (MkDocs + Material)."""

__version__ = "0.1.0"
