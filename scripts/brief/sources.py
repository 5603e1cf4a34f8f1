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
    if not text.strip():
        raise BriefError("the file is empty; a source needs YAML frontmatter and the article text", file, 1)
    m = _FENCE.match(text)
    if not m:
        raise BriefError("no YAML frontmatter: the file must start with a line '---', the metadata, and '---'", file, 1)
    data, lines = parse(m.group(1) or "", file, first_line=2)
    body = text[m.end() :]
    body_line = text[: m.end()].count("\n") + 1
    problems: list[BriefError] = []

    def bad(key: str, message: str) -> None:
        problems.append(BriefError(message, file, line_of(lines, (key,)) or 1))

    if not isinstance(data, dict):
        raise BriefError("the frontmatter must be a mapping of keys to values", file, 2)
    if not body.strip():
        problems.append(
            BriefError("the article text is missing: there is nothing after the frontmatter", file, body_line)
        )
    for key in data:
        if key not in KEYS:
            bad(key, f"unknown key '{key}' (known: {', '.join(sorted(KEYS))})")
    for key in REQUIRED:
        if data.get(key) in (None, ""):
            problems.append(BriefError(f"missing required field '{key}'", file, 1))

    def text_field(key: str, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            bad(key, f"'{key}' must be text, not {type(value).__name__}")
            return None
        value = str(value).strip()
        if "\n" in value:
            bad(key, f"'{key}' must be one line")
        return value or None

    title = text_field("title")
    outlet = text_field("outlet")
    translator = text_field("translator")
    language = text_field("language") or "en"
    original_language = text_field("original_language")
    url = text_field("url")
    notes = text_field("outlet_note")
    if url is not None and not re.match(r"^https?://\S+$", url):
        bad("url", f"'url' must be an http(s) address, not {url!r}")
        url = None

    authors = data.get("authors", [])
    if authors is None:
        authors = []
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list) or not all(isinstance(a, str) and a.strip() for a in authors):
        bad("authors", "'authors' must be a list of names (or empty: [])")
        authors = []

    published = data.get("published")
    precision = data.get("precision")
    if published is not None and not isinstance(published, (str, int)) or isinstance(published, bool):
        bad("published", f"'published' must be a date like 2022-03-07, 2022-03 or 2022, not {published!r}")
        published = None
    published = str(published) if published is not None else None
    if precision is not None and precision not in PRECISIONS:
        bad("precision", f"'precision' must be one of {', '.join(PRECISIONS)}, not {precision!r}")
        precision = None
    if published is not None:
        shape = next((p for p, rx in _DATE.items() if rx.match(published)), None)
        if shape is None:
            bad("published", f"'published' must be a date like 2022-03-07, 2022-03 or 2022, not {published!r}")
        else:
            if precision is None:
                precision = shape
            elif shape != precision:
                finer = PRECISIONS.index(shape) > PRECISIONS.index(precision)
                why = "more precise than" if finer else "less precise than"
                bad("published", f"'published' {published} is {why} its precision '{precision}'")
            why_not = date_problem(published)
            if why_not:
                bad("published", f"'published' {published} {why_not}")
    estimated = data.get("estimated", False)
    if not isinstance(estimated, bool):
        bad("estimated", f"'estimated' must be true or false, not {estimated!r}")
        estimated = False

    if problems:
        raise BriefError.collect(sorted(problems, key=lambda p: p.line or 0))
    return Source(
        id=source_id or slugify(file.rsplit("/", 1)[-1].rsplit(".", 1)[0], max_len=120),
        path=file,
        title=title,
        outlet=outlet,
        authors=tuple(a.strip() for a in authors),
        translator=translator,
        published=published or "",
        precision=precision or "year",
        estimated=estimated,
        language=language,
        original_language=original_language,
        url=url,
        text=body.strip("\n"),
        body_line=body_line,
        notes=notes,
    )
