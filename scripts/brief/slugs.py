"""Stable, readable slugs for ids, anchors and file names."""

from __future__ import annotations

import re
import unicodedata

# Latin letters that Unicode does not decompose into a base letter and a mark: without these,
# "Bjørnar Skjæran" would become "bjrnar-skjran"
_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l", "Ł": "L",
     "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"}
)  # fmt: skip


def slugify(text: str, max_len: int = 60) -> str:
    """ASCII lower-case words joined by hyphens; never empty."""
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    if len(text) > max_len:
        text = text[:max_len].rsplit("-", 1)[0] or text[:max_len]
    return text or "x"
