"""Split a source's text into blocks (paragraphs, headings, items, references) and sentences.

Real articles arrive as pasted web text: Markdown headings or none, one paragraph per line or
blank lines between them, bullet and numbered lists, footnote markers, captions and bylines.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from .model import Block, Sentence

_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
# "- ", "• ", "1. ", "(2) ", "a) ", and "3-Closed ..." as some translated statements number them
_ITEM = re.compile(r"^\s*(?:[-*+•–]\s+|\(?\d{1,3}[.)]\s+|\(?[a-zA-Z][.)]\s+|\d{1,2}-(?=[A-Z][a-z]))")
_REFERENCE = re.compile(r"^\s*(?:[-*•]\s*)?(?:\[\d{1,3}\]|\d{1,3}\.\s+\S.*\b(?:Accessed|Retrieved)\b)")
# "(1) ..." opens a numbered item, as in a ministry's list of measures, unless it reads as a citation
_NUMBERED = re.compile(r"^\s*(?:[-*•]\s*)?\(\d{1,3}\)\s")
_CITATION = re.compile(r"https?://|www\.|\b(?:Accessed|Retrieved|Ibid|op\.\s*cit|pp?\.\s*\d|ISBN|doi:)", re.I)
# the labels of lines that are page furniture, not article (the taxonomy adds its sources' languages)
BYLINE_LABELS = (
    "By",
    "Author",
    "Authors",
    "Credit",
    "Credits",
    "Photo",
    "Image",
    "Keywords",
    "Tags",
    r"Translated\s+(?:from|by)",
    "Source",
    "Sources",
    "Published",
    "Updated",
    r"Share\b",
)


@functools.lru_cache(maxsize=8)
def _byline(extra: tuple[str, ...]) -> re.Pattern[str]:
    labels = "|".join((*BYLINE_LABELS, *(re.escape(x).replace(r"\ ", r"\s+") for x in extra)))
    return re.compile(rf"^\s*(?:\*\*)?(?:{labels})[^\w]*?(?:\*\*)?(?:[:\s]|$)", re.IGNORECASE)


_BIO = re.compile(r"^\s*\\\*\s")  # "\* Jane Doe is a researcher at ..." (an author's note)
# "04/25/2025 | Press release | Distributed by ...": short fields between bars are page furniture
_BARRED_FIELDS = re.compile(r"^[^|]{1,60}(?:\|[^|]{1,60}){2,}$")
# "10/18/2024 | Last updated: 10/18/2024 07:55 PM": a short line that stamps the page
_STAMP = re.compile(r"^.{0,24}?\b(?:Last\s+[Uu]pdated|Updated|Published|Posted)(?:\s+on)?\s*:?\s*\d")
_DATE_LINE = re.compile(r"^\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*$")
_CAPTION = re.compile(r"^\s*(?:\*\*)?(?:Thumbnail|Caption|Photo caption|Picture)\s*:", re.IGNORECASE)
# a wire photo's caption, unlabelled: "FILE - ..." or one sentence that ends on a place and a full
# date, then perhaps the credit ("... speaks in Freedon, Wednesday, February 26, 2025. (AP)")
_FULL_DATE = rf"(?:{MONTH_PATTERN}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_PATTERN},?\s+\d{{4}})"
_PHOTO_CAPTION = re.compile(
    r"^\s*FILE(?:\s+PHOTO)?\s*[-–—:]\s"
    rf"|\bin\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){{0,3}},?\s+(?:on\s+)?(?:{WEEKDAY_PATTERN},?\s+)?{_FULL_DATE}"
    r"\.?\s*(?P<credit>\([^()]{0,60}\)\.?|[A-Z][A-Za-z]+(?:/[\w .'’-]{1,40})?)?\s*$"
)
# a caption the page left unpunctuated: it ends on where and when ("... in Freedon's old city on
# May 10, 2025"); a sentence of news ends on its full stop
_BARE_CAPTION = re.compile(rf"\b(?:in|at)\s[^.!?]{{1,120}}?,?\s+(?:on\s+)?(?:{WEEKDAY_PATTERN},?\s+)?{_FULL_DATE}\s*$")
_NOTES_HEADING = re.compile(
    r"^\s*(?:\*\*)?\s*(?:Notes|References|Sources|Footnotes|Endnotes)\s*:?\s*(?:\*\*)?\s*:?\s*$", re.I
)
_END_PUNCT = re.compile(r"[.!?:;,…\"'”’)\]]\s*(?:\*+|\[\d+\]|\(\d+\))?\s*$")


def blocks(text: str, byline_labels: tuple[str, ...] = ()) -> tuple[Block, ...]:
    """The blocks of a text in reading order, each with a stable anchor and its sentences.

    ``byline_labels``: further labels of furniture lines, in the sources' languages (the taxonomy's).
    """
    byline = _byline(byline_labels)
    out: list[Block] = []
    in_notes = False
    for line_no, raw in _logical_lines(text):
        line = raw.strip()
        n = len(out) + 1
        anchor = f"p{n}"
        if _RULE.match(line):
            out.append(Block("rule", "", anchor, line_no))
            continue
        m = _HEADING.match(line)
        if m:
            level = min(len(m.group(1)) + 1, 6)  # the page's own title is the one h1
            title = m.group(2)
            in_notes = bool(_NOTES_HEADING.match(title))
            out.append(Block("heading", title, anchor, line_no, level=level))
            continue
        if _NOTES_HEADING.match(line):
            in_notes = True
            out.append(Block("heading", line, anchor, line_no, level=3))
            continue
        # captions and bylines can follow the notes: they are told apart first
        if _CAPTION.match(line):
            out.append(Block("caption", line, anchor, line_no, sentences=sentences(line)))
            continue
        if _is_furniture(line, byline):
            out.append(Block("meta", line, anchor, line_no))
            continue
        if not in_notes and _is_photo_caption(line):
            out.append(Block("caption", line, anchor, line_no, sentences=sentences(line)))
            continue
        if in_notes or _REFERENCE.match(line) or (_NUMBERED.match(line) and _CITATION.search(line)):
            out.append(Block("reference", line, anchor, line_no))
            continue
        if _ITEM.match(line):
            out.append(Block("item", line, anchor, line_no, sentences=sentences(line)))
            continue
        if _looks_like_heading(line):
            out.append(Block("heading", line, anchor, line_no, level=2))
            continue
        out.append(Block("paragraph", line, anchor, line_no, sentences=sentences(line)))
    return tuple(out)


def _is_furniture(line: str, byline: re.Pattern[str]) -> bool:
    """A byline, an author's note, a date alone, fields between bars, or a page stamp."""
    if byline.match(line) or _BIO.match(line) or _DATE_LINE.match(line) or _BARRED_FIELDS.match(line):
        return True
    # a stamp is short, its label capitalised and a date right after: "Updated 3 March" is one,
    # "the rules were published on 12 May." is not
    return len(line) <= 100 and _STAMP.match(line) is not None


def with_headline(blocks: tuple[Block, ...], title: str | None) -> tuple[Block, ...]:
    """The article's headline copied as its first line is a heading, however long ("Sylvania
    puts the accord on hold, closes its airspace"): not a paragraph of news, nor the lede."""
    if not title:
        return blocks
    first = next((i for i, b in enumerate(blocks) if b.kind != "heading"), None)
    if first is None or first > 1 or _plain(blocks[first].text) != _plain(title):
        return blocks
    return (*blocks[:first], replace(blocks[first], kind="heading", level=2), *blocks[first + 1 :])


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[*_`#]", "", text).split()).strip(" .").casefold()


def _is_photo_caption(line: str) -> bool:
    # one short sentence: a paragraph of news that ends on "in Freedon on March 3, 2022." is not one
    # (the credit after it, "(AP)" or "REUTERS/Jane Doe", may read as a second, short one)
    if len(line) > 400:
        return False
    m = _PHOTO_CAPTION.search(line)
    if m is None:
        m = _BARE_CAPTION.search(line) if len(line.split()) >= 8 and not _END_PUNCT.search(line) else None
        if m is None:
            return False
    body = line[: m.start("credit")] if m.re is _PHOTO_CAPTION and m.group("credit") else line
    return sum(len(s.text) > 30 for s in sentences(body)) <= 1


def _looks_like_heading(line: str) -> bool:
    """A line with no closing punctuation that starts with a capital: a subheading when short, a
    headline when longer but in title case ("Two Countries Announce Plans for New Export Controls")."""
    words = line.split()
    if not words or _END_PUNCT.search(line) or not (line[0].isupper() or line[0].isdigit()):
        return False
    if len(words) <= 10 and len(line) <= 90:
        return True
    long_words = [w for w in words if len(w) > 3]
    return (
        len(words) <= 25 and len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
    )


def _logical_lines(text: str):
    """(line number, text) of each non-empty logical line.

    A line that stops mid-sentence and is followed by one that continues it in lower case is
    one paragraph hard-wrapped: join them. Blank lines always separate.
    """
    pending: list[str] = []
    start = 0
    for i, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            if pending:
                yield start, " ".join(pending)
                pending = []
            continue
        if pending and _continues(pending[-1], line):
            pending.append(line.strip())
            continue
        if pending:
            yield start, " ".join(pending)
        pending, start = [line.strip()], i
    if pending:
        yield start, " ".join(pending)


def _continues(prev: str, line: str) -> bool:
    stripped = line.lstrip()
    if not stripped or not stripped[0].islower() or _HEADING.match(prev.strip()) or _ITEM.match(line):
        return False
    # a line that stops on a comma ("On October 29,") was broken mid-sentence, however short
    if prev.rstrip().endswith(","):
        return True
    # a short line is a heading or a label, not a wrapped line
    return not _END_PUNCT.search(prev) and len(prev.split()) > 10


# ------------------------------------------------------------------ sentences

# abbreviations after which a full stop does not end a sentence
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "capt",
    "sgt",
    "adm",
    "gov",
    "sen",
    "rep",
    "st",
    "mt",
    "jr",
    "sr",
    "no",
    "nos",
    "vol",
    "vols",
    "pp",
    "p",
    "fig",
    "figs",
    "ed",
    "eds",
    "etc",
    "e.g",
    "i.e",
    "cf",
    "vs",
    "approx",
    "est",
    "inc",
    "ltd",
    "co",
    "corp",
    "dept",
    "univ",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "u.s.s.r",
    "a.m",
    "p.m",
    "op",
    "art",
    "para",
    "sec",
}
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "adm", "gov", "sen", "rep", "st", "mt"}
_STARTERS = {
    "The",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "However",
    "In",
    "On",
    "At",
    "As",
    "And",
    "A",
    "An",
    "His",
    "Her",
    "Its",
    "Their",
    "Meanwhile",
    "Since",
    "After",
}
# a candidate end: terminal punctuation, then closing quotes/brackets/emphasis/footnote markers
# (a footnote marker may follow the stop: "[3]", "(3)", or "3)" as some journals print it)
_END = re.compile(r"""[.!?…]+(?:["'”’»)\]*_]|<\/?sup>|\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\))*(?=\s+|$)""")
# what may open a new sentence: a capital, a digit, an opening quote or bracket, emphasis, a list marker
_OPENER = re.compile(r"""\s+(?=["'“‘«(\[*_]*[A-Z0-9À-ÖØ-Þ\u0400-\u042F])""")


MAX_SENTENCE = 1500  # characters: no written sentence is longer; a longer run is split at a clause


def sentences(text: str) -> tuple[Sentence, ...]:
    """Split a block's text into sentences, keeping every character (offsets into ``text``).

    A "sentence" longer than ``MAX_SENTENCE`` (a list pasted without stops, a broken file) is cut
    at its last clause break or space before the limit: every rule after this looks at a window
    of bounded size, so the work stays linear in the text however it is punctuated.
    """
    return tuple(piece for s in _sentences(text) for piece in _bounded(s))


def _bounded(s: Sentence) -> list[Sentence]:
    out = []
    text, start = s.text, s.start
    while len(text) > MAX_SENTENCE:
        window = text[:MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_SENTENCE // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else MAX_SENTENCE
        out.append(Sentence(text[:cut].rstrip(), start))
        rest = text[cut:]
        lead = len(rest) - len(rest.lstrip())
        text, start = rest.lstrip(), start + cut + lead
    if text:
        out.append(Sentence(text, start))
    return out


def _sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if end >= len(text):
            break
        if not _OPENER.match(text, end):
            continue
        if _is_abbreviation(text, m.start()):
            continue
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Sentence(chunk.strip(), start + lead))
        start = end
    rest = text[start:]
    if rest.strip():
        out.append(Sentence(rest.strip(), start + len(rest) - len(rest.lstrip())))
    return tuple(out)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in _TITLES:
        return True  # "Dr. Jones": a title always binds to the name after it
    token = m.group(1)
    # an initial ("J. Smith") or a dotted acronym ("U.S.", "D.C."); an acronym still ends a
    # sentence when a word that usually opens one follows ("... with the U.S. The talks")
    if len(token) == 1 and token.isupper():
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token) or word in _ABBREVIATIONS:
        nxt = re.match(r"\s+[\"'“‘]*([A-Za-z]+)", text[dot + 1 :])
        return not (nxt and nxt.group(1) in _STARTERS)
    return False
