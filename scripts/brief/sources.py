"""Read a source file (YAML frontmatter + article text) into a validated Source."""

from __future__ import annotations

import datetime as dt
import re

from .errors import BriefError
from .model import PRECISIONS, Source
from .slugs import slugify
from .yamldoc import line_of, parse

MAX_BYTES = 5_000_000  # a long report is ~200 KB; past this a file is a paste gone wrong
_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_DATE = {
    "year": re.compile(r"^\d{4}$"),
    "month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    "day": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
}
KEYS = {
    "title",
    "outlet",
    "outlet_note",
    "authors",
    "translator",
    "published",
    "precision",
    "estimated",
    "date_window",
    "language",
    "original_language",
    "url",
    "notes",
    "collected_from",
}
REQUIRED = ("published", "language")
# dates are resolved by calendar arithmetic around the publication date (weekdays, "three years
# later"): within these years none of it can leave the calendar the build computes with
MIN_YEAR, MAX_YEAR = 1000, 9000


def date_problem(value: str) -> str | None:
    """Why ``value`` is not a date the build can handle (YYYY, YYYY-MM or YYYY-MM-DD), or None."""
    shape = next((p for p, rx in _DATE.items() if rx.match(value)), None)
    if shape is None:
        return "must be a date like 2022-03-07, 2022-03 or 2022"
    if not MIN_YEAR <= int(value[:4]) <= MAX_YEAR:
        return f"must be a year from {MIN_YEAR} to {MAX_YEAR}"
    if shape == "day":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return "is not a real date"
    return None


def decode(data: bytes, file: str) -> str:
    """Strict UTF-8 (a BOM is dropped), line endings normalised, trailing spaces trimmed."""
    if len(data) > MAX_BYTES:
        raise BriefError(f"file is {len(data):,} bytes; the limit for one source is {MAX_BYTES:,} bytes", file)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BriefError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8", file, line
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise BriefError("contains a NUL character; is this a binary file?", file, text.count("\n", 0, nul) + 1)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def parse_source(text: str, file: str, source_id: str | None = None) -> Source:
    """Validate frontmatter and text; raise one BriefError listing every problem found."""
    data, lines, body, body_line = _split(text, file)
    f = _Fields(data, lines, file)
    if not body.strip():
        f.problems.append(
            BriefError("the article text is missing: there is nothing after the frontmatter", file, body_line)
        )
    for key in data:
        if key not in KEYS:
            f.bad(key, f"unknown key '{key}' (known: {', '.join(sorted(KEYS))})")
    for key in REQUIRED:
        if data.get(key) in (None, ""):
            f.problems.append(BriefError(f"missing required field '{key}'", file, 1))
    url = f.text("url")
    if url is not None and not re.match(r"^https?://\S+$", url):
        f.bad("url", f"'url' must be an http(s) address, not {url!r}")
        url = None
    published, precision = _published(f)
    estimated = data.get("estimated", False)
    if not isinstance(estimated, bool):
        f.bad("estimated", f"'estimated' must be true or false, not {estimated!r}")
        estimated = False
    source = Source(
        id=source_id or slugify(file.rsplit("/", 1)[-1].rsplit(".", 1)[0], max_len=120),
        path=file,
        title=f.text("title"),
        outlet=f.text("outlet"),
        authors=_authors(f),
        translator=f.text("translator"),
        published=published or "",
        precision=precision or "year",
        estimated=estimated,
        language=f.text("language") or "en",
        original_language=f.text("original_language"),
        url=url,
        text=body.strip("\n"),
        body_line=body_line,
        notes=f.text("outlet_note"),
    )
    if f.problems:
        raise BriefError.collect(sorted(f.problems, key=lambda p: p.line or 0))
    return source


def _split(text: str, file: str) -> tuple[dict, dict, str, int]:
    """The frontmatter (parsed, with its lines), the article text, and the line the text starts on."""
    if not text.strip():
        raise BriefError("the file is empty; a source needs YAML frontmatter and the article text", file, 1)
    m = _FENCE.match(text)
    if not m:
        raise BriefError("no YAML frontmatter: the file must start with a line '---', the metadata, and '---'", file, 1)
    data, lines = parse(m.group(1) or "", file, first_line=2)
    if not isinstance(data, dict):
        raise BriefError("the frontmatter must be a mapping of keys to values", file, 2)
    return data, lines, text[m.end() :], text[: m.end()].count("\n") + 1


class _Fields:
    """The frontmatter's values, read with every problem noted at its key's line."""

    def __init__(self, data: dict, lines: dict, file: str):
        self.data, self.lines, self.file = data, lines, file
        self.problems: list[BriefError] = []

    def bad(self, key: str, message: str) -> None:
        self.problems.append(BriefError(message, self.file, line_of(self.lines, (key,)) or 1))

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.bad(key, f"'{key}' must be text, not {type(value).__name__}")
            return None
        value = str(value).strip()
        if "\n" in value:
            self.bad(key, f"'{key}' must be one line")
        return value or None


def _authors(f: _Fields) -> tuple[str, ...]:
    authors = f.data.get("authors", [])
    if authors is None:
        authors = []
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list) or not all(isinstance(a, str) and a.strip() for a in authors):
        f.bad("authors", "'authors' must be a list of names (or empty: [])")
        return ()
    return tuple(a.strip() for a in authors)


def _published(f: _Fields) -> tuple[str | None, str | None]:
    """The publication date as written, and its precision (given, or read from the date's shape)."""
    published = f.data.get("published")
    precision = f.data.get("precision")
    if published is not None and not isinstance(published, (str, int)) or isinstance(published, bool):
        f.bad("published", f"'published' must be a date like 2022-03-07, 2022-03 or 2022, not {published!r}")
        published = None
    published = str(published) if published is not None else None
    if precision is not None and precision not in PRECISIONS:
        f.bad("precision", f"'precision' must be one of {', '.join(PRECISIONS)}, not {precision!r}")
        precision = None
    if published is None:
        return None, precision
    shape = next((p for p, rx in _DATE.items() if rx.match(published)), None)
    if shape is None:
        f.bad("published", f"'published' must be a date like 2022-03-07, 2022-03 or 2022, not {published!r}")
        return published, precision
    if precision is None:
        precision = shape
    elif shape != precision:
        finer = PRECISIONS.index(shape) > PRECISIONS.index(precision)
        why = "more precise than" if finer else "less precise than"
        f.bad("published", f"'published' {published} is {why} its precision '{precision}'")
    why_not = date_problem(published)
    if why_not:
        f.bad("published", f"'published' {published} {why_not}")
    return published, precision
