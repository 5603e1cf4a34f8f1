"""Organisations the taxonomy does not know yet, found by the head noun that ends their name.

"Sylvania's Trade Ministry", "the Office of Trade Remedies (OTR)", "the General
Administration of Customs": a run of capitalised words ending in (or led by) an organisation's
head noun names one, in any article. The name is the phrase as written, without its article:
a curator can add it to the taxonomy with its aliases and country (``brief unknown`` lists it).
Head nouns are English usage (the lexicon's), not knowledge of one brief.
"""

from __future__ import annotations

import re

from .lexicon import CAPITALISED_COMMON, ORGANISATION_HEADS
from .model import Mention

_HEAD = "|".join(ORGANISATION_HEADS)
_ANY_HEAD = re.compile(rf"\b(?:{_HEAD})\b")
# a capitalised word or initials ("U.S."); a final full stop ends a sentence, and a possessive
# is no part of a name's modifiers
_CAP = r"(?:[A-Z]\.(?:[A-Z]\.)+|(?!(?:Photo|File|Image|Credit)\b)[A-Z][\w&-]*)"
_ABBR = r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?"
_INITIALS = re.compile(r"\s+\([A-Z][A-Za-z]{1,7}\)$")
# "Sylvania's Trade Ministry", "the Sylvanian Commerce Department", "the US Geological Survey"
# ... and one body of another: "the Customs Tariff Commission of the State Council"
_OF_BODY = rf"(?:\s+of\s+the\s+(?:{_CAP}\s+){{1,3}}(?:{_HEAD})(?![\w-]))?"
_HEAD_LAST = re.compile(
    rf"(?:\b(?P<owner>{_CAP}(?:\s+{_CAP})?)['’]s\s+)?\b(?P<mods>(?:(?!(?:{_HEAD})\s){_CAP}\s+(?:and|&)\s+(?={_CAP})|{_CAP}\s+){{1,4}})(?P<head>{_HEAD})(?![\w-]){_OF_BODY}{_ABBR}"
)
# "the Office of Trade Remedies", "the Ministry of Trade in Sylvania"
_HEAD_FIRST = re.compile(
    rf"\b(?:{_CAP}\s+)?(?P<head>{_HEAD})\s+(?:of|for)\s+(?:the\s+)?{_CAP}"
    rf"(?:\s+(?:(?:and|of|for|&)\s+)?{_CAP}){{0,5}}"
    # "the Department of Trade, Industry and Competition": a list of its fields
    rf"(?:(?:,\s+{_CAP})+,?\s+and\s+{_CAP})?(?:\s+in\s+{_CAP})?{_ABBR}"
)
# capitalised words that open a sentence or a title, not a name ("The", "Prime Minister's Office")
_ATTRIBUTED = re.compile(r"(?:according\s+to|reported\s+by|quoted\s+by|cited\s+by)\s+(?:the\s+)?$", re.I)
_OUTLET = re.compile(r"\b(?:News|Press|Media|Broadcasting|Television|Radio|Times|Post|Wire)\b")
_NOT_FIRST = CAPITALISED_COMMON | {"Its", "Their", "His", "Her", "Our", "Your", "Each", "Every", "No"}
# an office's word opens a body's name ("the Foreign Ministry", "the Prime Minister's Office")
_OPENERS = _NOT_FIRST - {"Prime", "Minister", "President", "Foreign"}


def named_organisations(text: str, known: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Mentions of organisations named with a head noun that no known alias covers.

    A known actor that opens the phrase ("Sylvania's Trade Ministry", "the U.S. Commerce
    Department") keeps its own mention; the organisation's starts after it but is named in full.
    """
    if not _ANY_HEAD.search(text):
        return ()  # most paragraphs name no organisation: one cheap test spares them the patterns
    spans = _joined(
        sorted({m.span() for rx in (_HEAD_LAST, _HEAD_FIRST) for m in rx.finditer(text)}, key=lambda x: (x[0], -x[1]))
    )
    out: list[Mention] = []
    for start, end in spans:  # leftmost, and the longest there
        found = _mention(text, start, end, known, out)
        if found is not None:
            out.append(found)
    return tuple(sorted(out, key=lambda x: x.start))


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "the Sylvanian Ministry of Trade": a name ending on its head noun and one led by it,
    overlapping, are one name."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and out[-1][0] < start < out[-1][1] < end:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _name_start(text: str, start: int, end: int, known: tuple[Mention, ...]) -> int | None:
    """Where the name begins: past a sentence's opening word ("The"), and past an unknown owner
    ("Treasury's Office of ..."); None when fewer than two words are left."""
    words = text[start:end].split()
    while len(words) > 1 and words[0] in _OPENERS:  # "The", "In" at a sentence start
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    owner_known = any(k.start <= start < k.end for k in known)
    if len(words) > 2 and re.search(r"['’]s$", words[0]) and not owner_known:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    return start if len(words) >= 2 else None


def _mention(text: str, start: int, end: int, known: tuple[Mention, ...], taken: list[Mention]) -> Mention | None:
    found = _name_start(text, start, end, known)
    if found is None:
        return None
    start = found
    if _ATTRIBUTED.search(text[max(0, start - 24) : start]) and _OUTLET.search(text[start:end]):
        return None  # "according to the X News Service": an outlet cited, not an actor (the guide)
    span = [start, end]
    for k in sorted(known, key=lambda k: k.start):
        if k.end <= span[0] or k.start >= span[1]:
            continue
        if not _step_around(text, k, span, start):
            return None  # a known name in the middle: not an unknown organisation
    if span[1] - span[0] < 4 or any(t.start < span[1] and span[0] < t.end for t in taken):
        return None
    own = [w for w in text[span[0] : span[1]].split() if w not in ORGANISATION_HEADS and w[:1].isupper()]
    if not own:
        return None  # "the Office of <country>": a head noun and a known name say nothing more
    # its name is the phrase without the initials after it: "the Ministry of Trade (MOT)" is the
    # Ministry of Trade, as a reader would list it (the initials stay in what the text says)
    return Mention(_INITIALS.sub("", text[start:end]), span[0], span[1], text[span[0] : span[1]])


def _step_around(text: str, k: Mention, span: list[int], start: int) -> bool:
    """Shrink ``span`` to leave a known name its own mention: one that opens the phrase ("X's
    Commerce Ministry"), or one in its closing "of X" / "in X"."""
    if k.start <= span[0]:
        pos = k.end
        while pos < span[1] and not text[pos].isalnum():
            pos += 1
        span[0] = pos + 2 if text[pos:].startswith("s ") else pos  # the rest of a possessive ’s
        return True
    tail = re.search(r"\s+(?:of|in|for)\s+(?:the\s+)?$", text[span[0] : k.start])
    if tail and k.end >= span[1] - 1:
        span[1] = span[0] + tail.start()
        return True
    return False
