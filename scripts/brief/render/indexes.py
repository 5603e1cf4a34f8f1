"""The list of sources (the Sources page, and the newest few on the home page)."""

from __future__ import annotations

from ..model import AnnotatedSource
from .common import SOURCES_DIR, href, page, show_date, source_doc
from .markup import esc
from .source_page import display_title


def sources_table(
    sources: tuple[AnnotatedSource, ...],
    from_doc: str,
    counts: dict[str, tuple[int, int]] | None = None,
    limit: int | None = None,
) -> str:
    """A table of the sources, newest first, linking each page: one line of finished HTML.

    ``counts`` gives (events, measures) by source id where the sources no longer carry them;
    ``limit`` keeps the newest few and links the rest (the home page of a big brief).
    """
    ordered = sorted(sources, key=lambda a: (a.source.published, a.source.id), reverse=True)
    shown = ordered[:limit] if limit is not None else ordered
    rows = []
    for src in shown:
        s = src.source
        when = show_date(s.published) + (" (est.)" if s.estimated else "")
        outlet = esc(s.outlet) if s.outlet else '<span class="brief-unknown">unknown</span>'
        n_events, n_measures = counts[s.id] if counts else (len(src.events), len(src.sanctions))
        rows.append(
            f"<tr><td>{esc(when)}</td>"
            f'<td><a href="{esc(href(from_doc, source_doc(s.id)))}">{esc(display_title(src))}</a></td>'
            f'<td>{outlet}</td><td data-label="events">{n_events}</td><td data-label="measures">{n_measures}</td></tr>'
        )
    more = ""
    if len(shown) < len(ordered):
        link = esc(href(from_doc, f"{SOURCES_DIR}/index.md"))
        more = f'<p class="brief-more"><a href="{link}">All {len(ordered)} sources</a></p>'
    return (
        '<div class="brief-scroll"><table class="brief-sources"><thead><tr><th scope="col">Published</th>'
        '<th scope="col">Source</th><th scope="col">Outlet</th><th scope="col">Events</th>'
        f'<th scope="col">Measures</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>{more}'
    )


def sources_index(sources: tuple[AnnotatedSource, ...]) -> str:
    doc = f"{SOURCES_DIR}/index.md"
    body = [
        "# Sources",
        "",
        f"The {len(sources)} articles this brief is built from, newest first, each annotated with its actors, "
        "dates and themes.",
        "",
        sources_table(sources, doc),
        "",
    ]
    return page({"title": "Sources"}, "\n".join(body))


__all__ = ["sources_index", "sources_table"]
