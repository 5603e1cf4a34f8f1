"""What every page shares: site paths, date display, pagination, front matter."""

from __future__ import annotations

import calendar
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import TypeVar

import frontmatter

from ..yamldoc import Dumper as YamlDumper
from .markup import esc

T = TypeVar("T")

# The generator owns these folders under docs/; nothing else there is ever written or removed.
SOURCES_DIR = "sources"
TIMELINE_DIR = "timeline"
SANCTIONS_DIR = "sanctions"
ACTORS_DIR = "actors"
THEMES_DIR = "themes"
DATA_DIR = "data"
REVIEW_DIR = "review"
OWNED_DIRS = (SOURCES_DIR, TIMELINE_DIR, SANCTIONS_DIR, ACTORS_DIR, THEMES_DIR, DATA_DIR, REVIEW_DIR)
# and these files at the top of docs/: the home page is made from the brief (its introduction is
# sources/_home.md), so that the site is complete on disk with no MkDocs hook
OWNED_FILES = ("index.md",)


def is_owned(rel: str) -> bool:
    return rel in OWNED_FILES or rel.split("/", 1)[0] in OWNED_DIRS


PAGE_SIZE = 250  # entries on one timeline or sanctions page: big enough to read, small enough to load


def source_doc(source_id: str) -> str:
    return f"{SOURCES_DIR}/{source_id}.md"


# MkDocs' use_directory_urls: "sources/x/" (the hosted site), or "sources/x.html" (the offline
# edition, opened from disk). Set once per build by build.build(); every link is made through url_of.
_URLS = {"directory": True}


def set_directory_urls(on: bool) -> None:
    _URLS["directory"] = on


def directory_urls() -> bool:
    return _URLS["directory"]


def url_of(doc: str) -> str:
    """The site URL of a docs/ file: "sources/x.md" -> "sources/x/" (or "sources/x.html")."""
    if not _URLS["directory"]:
        return doc[: -len(".md")] + ".html"
    if doc.endswith("index.md"):
        return doc[: -len("index.md")]
    return doc[: -len(".md")] + "/"


def asset(from_doc: str, path: str) -> str:
    """A relative link from a page to a file of the site that is not a page ("data/x.csv")."""
    return "../" * (len(url_of(from_doc).split("/")) - 1) + path


def href(from_doc: str, to_doc: str, anchor: str | None = None) -> str:
    """A relative link, as the browser resolves it, from one page's URL to another's."""
    return _href(from_doc, to_doc, anchor, _URLS["directory"])


# the same few links (to an actor, a theme, a source) are made from every page that names them
@functools.lru_cache(maxsize=65536)
def _href(from_doc: str, to_doc: str, anchor: str | None, directory: bool) -> str:
    here = url_of(from_doc).split("/")[:-1]
    there = url_of(to_doc)
    up = "../" * len(here)
    return f"{up}{there}" + (f"#{anchor}" if anchor else "") if (up or there) else (f"#{anchor}" if anchor else "./")


_MONTHS = tuple(calendar.month_name)  # each lookup of calendar.month_name formats a date: once


def show_date(iso: str | None, estimated: bool = False) -> str:
    """A date at its precision, in words: "24 February 2022", "February 2022", "2022"."""
    if not iso:
        return "undated"
    parts = iso.split("-")
    year = parts[0]
    if len(parts) == 1:
        text = year
    elif len(parts) == 2:
        text = f"{_MONTHS[int(parts[1])]} {year}"
    else:
        text = f"{int(parts[2])} {_MONTHS[int(parts[1])]} {year}"
    return ("c. " if estimated else "") + text


def time_tag(iso: str | None, estimated: bool = False) -> str:
    if not iso:
        return '<span class="brief-undated">undated</span>'
    title = ' title="resolved against an estimated publication date"' if estimated else ""
    return f'<time datetime="{esc(iso)}"{title}>{esc(show_date(iso, estimated))}</time>'


def checked_mark(review: str, confidence: str) -> str:
    """Who vouches for an entry: the researcher (checked), or the annotator (its confidence)."""
    if review != "machine":
        return f' <span class="brief-checked" title="checked by the researcher">✓ {esc(review)}</span>'
    title = "the annotator's confidence: how the date was found and which rule fired; not yet checked"
    return f' <span class="brief-confidence brief-confidence--{esc(confidence)}" title="{title}">{esc(confidence)} confidence</span>'


@dataclass(frozen=True)
class Chunk:
    doc: str  # the docs/ path of the page
    label: str
    items: tuple


def paginate(items: Sequence[T], folder: str, date_of: Callable[[T], str | None]) -> tuple[Chunk, ...]:
    """Split a list sorted by date into pages by calendar: a page a year, a page a month for a
    year too long for one page, and numbered parts for a month too long for one.

    A small list is one page, the folder's index; a long one gets an index of its pages, so that
    no page grows with the whole collection. Calendar pages keep their URLs and, when a source
    is added or edited, only the pages of the periods it touches change.
    """
    if len(items) <= PAGE_SIZE:
        return (Chunk(f"{folder}/index.md", "", tuple(items)),)
    chunks: list[Chunk] = []
    for year, in_year in groupby(items, key=lambda x: (date_of(x) or "undated")[:4]):
        part = tuple(in_year)
        if year == "unda":
            chunks += _parts(folder, "undated", "Undated", part)
        elif len(part) <= PAGE_SIZE:
            chunks.append(Chunk(f"{folder}/{year}.md", year, part))
        else:
            for month, in_month in groupby(part, key=lambda x: (date_of(x) or "")[:7]):
                if len(month) == 4:  # dated to the year only
                    chunks += _parts(folder, f"{year}-year", f"{year} (month not given)", tuple(in_month))
                else:
                    chunks += _parts(folder, month, show_date(month), tuple(in_month))
    return tuple(chunks)


def _parts(folder: str, name: str, label: str, items: tuple) -> list[Chunk]:
    """One page for a period, or numbered parts of PAGE_SIZE when it is too long for one."""
    if len(items) <= PAGE_SIZE:
        return [Chunk(f"{folder}/{name}.md", label, items)]
    return [
        Chunk(
            f"{folder}/{name}{'' if i == 0 else f'-{i // PAGE_SIZE + 1}'}.md",
            f"{label} ({i // PAGE_SIZE + 1})",
            items[i : i + PAGE_SIZE],
        )
        for i in range(0, len(items), PAGE_SIZE)
    ]


def chunk_index(
    title: str, intro: str, chunks: tuple[Chunk, ...], noun: str, extra: str = "", filters: str = ""
) -> str:
    """The compact index of a paginated list: what it holds and a row per page. ``filters``: the
    facets' form (render/facets.py), which counts the entries of each page that match the choice,
    hides the pages with none and carries the choice to the page a link opens."""
    doc = f"{chunks[0].doc.split('/', 1)[0]}/index.md"
    lines = [f"# {title}", "", intro, ""]
    if extra:
        lines += [extra, ""]
    if filters:
        lines += [filters, ""]
    rows = "".join(
        f'<tr data-brief-page="{i}"><td><a href="{esc(href(doc, c.doc))}">{esc(c.label)}</a></td>'
        f'<td data-brief-count="{len(c.items)}">{len(c.items):,}</td></tr>'
        for i, c in enumerate(chunks)
    )
    lines.append(
        f'<table class="brief-periods" data-brief-periods><thead><tr><th scope="col">Page</th>'
        f'<th scope="col">{esc(noun)}</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    return page({"title": title}, "\n".join(lines) + "\n")


def page(meta: dict, body: str) -> str:
    """A Markdown page with YAML front matter, written by python-frontmatter's dumper."""
    post = frontmatter.Post(body, **meta)
    # the project's dumper: deterministic, and exact for strings YAML would otherwise bend
    return frontmatter.dumps(post, Dumper=YamlDumper, sort_keys=False, allow_unicode=True, width=100) + "\n"
