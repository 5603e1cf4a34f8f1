"""The list of sources and the tag index pages for actors and themes."""

from __future__ import annotations

from ..model import AnnotatedSource, Taxonomy
from .common import ACTORS_DIR, SOURCES_DIR, THEMES_DIR, md_href, page, show_date, source_doc
from .markup import esc, md_text
from .source_page import display_title


def sources_table(
    sources: tuple[AnnotatedSource, ...], from_doc: str, counts: dict[str, tuple[int, int]] | None = None
) -> str:
    """A table of the sources, newest first, linking each page (used on the home page too).

    ``counts`` gives (events, measures) by source id where the sources no longer carry them.
    """
    rows = ["| Published | Source | Outlet | Events | Measures |", "|---|---|---|--:|--:|"]
    for src in sorted(sources, key=lambda a: (a.source.published, a.source.id), reverse=True):
        s = src.source
        when = show_date(s.published) + (" (est.)" if s.estimated else "")
        link = md_href(from_doc, source_doc(s.id))
        title = md_text(display_title(src))
        outlet = md_text(s.outlet) if s.outlet else "*unknown*"
        n_events, n_measures = counts[s.id] if counts else (len(src.events), len(src.sanctions))
        rows.append(f"| {esc(when)} | [{title}]({link}) | {outlet} | {n_events} | {n_measures} |")
    return "\n".join(rows)


def sources_index(sources: tuple[AnnotatedSource, ...]) -> str:
    doc = f"{SOURCES_DIR}/index.md"
    body = [
        "# Sources",
        "",
        f"The {len(sources)} articles this brief is built from, each annotated with its actors, dates and themes.",
        "",
        sources_table(sources, doc),
        "",
    ]
    return page({"title": "Sources"}, "\n".join(body))


def actors_index(taxonomy: Taxonomy, used: set[str]) -> str:
    kinds = {
        "country": "countries and governments",
        "person": "people",
        "organisation": "organisations",
        "other": "other",
    }
    counts = {k: sum(1 for a in taxonomy.actors if a.kind == k and a.name in used) for k in kinds}
    summary = ", ".join(f"{n} {kinds[k]}" for k, n in counts.items() if n)
    body = [
        "# Actors",
        "",
        f"Who the sources talk about: {summary}. Each actor lists the sources that name it; a name in an "
        'article\'s text links here. Governments are folded into their country ("Tokyo", "the Kremlin").',
        "",
        "<!-- tags/actors -->",
        "",
    ]
    # the listing repeats every page's title under each of its actors: searching it adds nothing
    return page({"title": "Actors", "search": {"exclude": True}}, "\n".join(body))


def themes_index(taxonomy: Taxonomy) -> str:
    body = [
        "# Themes",
        "",
        "What the sources discuss. A theme is given to an article only where it discusses it substantially "
        "(a headline or lede statement, a whole paragraph, or two separate passages), not for one passing word.",
        "",
        "<!-- tags/themes -->",
        "",
    ]
    return page({"title": "Themes", "search": {"exclude": True}}, "\n".join(body))


__all__ = ["sources_index", "actors_index", "themes_index", "sources_table", "ACTORS_DIR", "THEMES_DIR"]
