"""What every page shares: site paths, date display, pagination, front matter."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import frontmatter

from ..slugs import slugify
from ..yamldoc import Dumper as YamlDumper
from .markup import esc, md_text

T = TypeVar("T")

# The generator owns these folders under docs/; nothing else there is ever written or removed.
SOURCES_DIR = "sources"
TIMELINE_DIR = "timeline"
SANCTIONS_DIR = "sanctions"
ACTORS_DIR = "actors"
THEMES_DIR = "themes"
DATA_DIR = "data"
OWNED_DIRS = (SOURCES_DIR, TIMELINE_DIR, SANCTIONS_DIR, ACTORS_DIR, THEMES_DIR, DATA_DIR)

PAGE_SIZE = 250  # entries on one timeline or sanctions page: big enough to read, small enough to load


def source_doc(source_id: str) -> str:
    return f"{SOURCES_DIR}/{source_id}.md"


def url_of(doc: str) -> str:
    """The site URL of a docs/ file with directory URLs ("sources/x.md" -> "sources/x/")."""
    if doc.endswith("index.md"):
        return doc[: -len("index.md")]
    return doc[: -len(".md")] + "/"


def href(from_doc: str, to_doc: str, anchor: str | None = None) -> str:
    """A relative link, as the browser resolves it, from one page's URL to another's."""
    here = url_of(from_doc).split("/")[:-1]
    there = url_of(to_doc)
    up = "../" * len(here)
    return f"{up}{there}" + (f"#{anchor}" if anchor else "") if (up or there) else (f"#{anchor}" if anchor else "./")


def md_href(from_doc: str, to_doc: str, anchor: str | None = None) -> str:
    """A link between docs/ files for Markdown, which MkDocs checks and turns into a URL."""
    import posixpath

    rel = posixpath.relpath(to_doc, posixpath.dirname(from_doc) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def actor_anchor(name: str) -> str:
    return f"actor-{slugify(name)}"


def theme_anchor(theme_id: str) -> str:
    return f"theme-{slugify(theme_id)}"


def tag_slug(text: str, separator: str = "-") -> str:
    """Slugs for Material's tags plugin (``tags_slugify``), the same as the generator's links."""
    return slugify(text)


def show_date(iso: str | None, estimated: bool = False) -> str:
    """A date at its precision, in words: "24 February 2022", "February 2022", "2022"."""
    if not iso:
        return "undated"
    parts = iso.split("-")
    year = parts[0]
    if len(parts) == 1:
        text = year
    elif len(parts) == 2:
        text = f"{calendar.month_name[int(parts[1])]} {year}"
    else:
        text = f"{int(parts[2])} {calendar.month_name[int(parts[1])]} {year}"
    return ("c. " if estimated else "") + text


def time_tag(iso: str | None, estimated: bool = False) -> str:
    if not iso:
        return '<span class="brief-undated">undated</span>'
    title = ' title="resolved against an estimated publication date"' if estimated else ""
    return f'<time datetime="{esc(iso)}"{title}>{esc(show_date(iso, estimated))}</time>'


@dataclass(frozen=True)
class Chunk:
    doc: str  # the docs/ path of the page
    label: str
    items: tuple


def paginate(items: Sequence[T], folder: str, date_of: Callable[[T], str | None]) -> tuple[Chunk, ...]:
    """Split a dated list into pages of at most PAGE_SIZE, each named by its first entry's date.

    A small list is one page, the folder's index; a long one gets an index of its pages, so that
    no page grows with the whole collection.
    """
    if len(items) <= PAGE_SIZE:
        return (Chunk(f"{folder}/index.md", "", tuple(items)),)
    chunks = []
    used: set[str] = set()
    for i in range(0, len(items), PAGE_SIZE):
        part = tuple(items[i : i + PAGE_SIZE])
        first, last = date_of(part[0]) or "undated", date_of(part[-1]) or "undated"
        name = first[:7]
        n = 2
        while name in used:
            name, n = f"{first[:7]}-{n}", n + 1
        used.add(name)
        label = show_date(first[:7]) if first[:7] == last[:7] else f"{show_date(first[:7])} – {show_date(last[:7])}"
        chunks.append(Chunk(f"{folder}/{name}.md", label, part))
    return tuple(chunks)


def chunk_index(title: str, intro: str, chunks: tuple[Chunk, ...], noun: str, extra: str = "") -> str:
    """The compact index of a paginated list: what it holds and a line per page."""
    lines = [f"# {title}", "", intro, ""]
    if extra:
        lines += [extra, ""]
    lines += [f"| Page | {noun} |", "|---|---|"]
    for c in chunks:
        lines.append(f"| [{md_text(c.label)}]({c.doc.split('/', 1)[1]}) | {len(c.items)} |")
    return page({"title": title}, "\n".join(lines) + "\n")


def page(meta: dict, body: str) -> str:
    """A Markdown page with YAML front matter, written by python-frontmatter's dumper."""
    post = frontmatter.Post(body, **meta)
    # the project's dumper: deterministic, and exact for strings YAML would otherwise bend
    return frontmatter.dumps(post, Dumper=YamlDumper, sort_keys=False, allow_unicode=True, width=100) + "\n"
