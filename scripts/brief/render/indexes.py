"""The list of sources and the tag index pages for actors and themes."""

from __future__ import annotations

from ..model import AnnotatedSource, Taxonomy
from .common import ACTORS_DIR, SOURCES_DIR, THEMES_DIR, href, page, show_date, source_doc
from .markup import esc
from .source_page import display_title

HOME_LIMIT = 10  # the home page lists the newest sources; the Sources page lists them all


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


def _metonyms(taxonomy: Taxonomy, used: set[str], n: int = 2) -> str:
    """Examples of this brief's own: aliases of its countries that are not their names ("the capital")."""
    found = []
    for a in taxonomy.actors:
        if a.kind == "country" and a.name in used:
            alias = next((x for x in a.aliases if a.name not in x and x[:1].isupper()), None)
            if alias:
                found.append(f"“{alias}” for {a.name}")
        if len(found) == n:
            break
    return ", ".join(found)


def actors_index(taxonomy: Taxonomy, used: set[str]) -> str:
    kinds = {
        "country": "countries and governments",
        "person": "people",
        "organisation": "organisations",
        "other": "other",
    }
    counts = {k: sum(1 for a in taxonomy.actors if a.kind == k and a.name in used) for k in kinds}
    summary = ", ".join(f"{n} {kinds[k]}" for k, n in counts.items() if n)
    examples = _metonyms(taxonomy, used)
    folded = f" Governments are folded into their country ({examples})." if examples else ""
    body = [
        "# Actors",
        "",
        f"Who the sources talk about: {summary}. Each actor lists the sources that name it; a name in an "
        f"article's text links here.{folded}",
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
