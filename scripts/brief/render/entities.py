"""A page per actor and per theme, and their indexes: what the sources say about each.

The generator writes these pages itself (no tags plugin, no hook): a site complete on disk after
``brief build`` renders the same under MkDocs, ProperDocs or any reader of plain Markdown.
Each list on a page is capped, newest first, so that no page grows with the whole collection.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from itertools import chain

from ..model import Actor, AnnotatedSource, Brief, Event, Sanction, Taxonomy
from ..slugs import slugify
from .common import ACTORS_DIR, THEMES_DIR, href, page, show_date, source_doc, time_tag
from .markup import esc

LIST_LIMIT = 100  # rows of one list on an actor or theme page; the rest are counted and linked
COMPANIONS = 12  # the actors named most often beside this one
RESERVED = frozenset({"index"})  # an actor called "Index" must not overwrite the index

KIND_LABELS = {
    "country": "Country or government",
    "person": "Person",
    "organisation": "Organisation",
    "other": "Other",
}


def _n(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


# a page's slug is asked for at every link to it: tens of thousands of times in a big brief
@functools.lru_cache(maxsize=16384)
def _page_slug(text: str) -> str:
    slug = slugify(text)
    if slug == "x" and text.strip().lower() != "x":
        # a name in a script with no ASCII letters (Cyrillic, Han): a page of its own all the same
        slug = "a-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-1" if slug in RESERVED else slug


def actor_slug(name: str) -> str:
    """An actor's page name, also the ``data-actor`` its colour is keyed by (render/colours.py)."""
    return _page_slug(name)


def actor_doc(name: str) -> str:
    """The docs/ path of an actor's page."""
    return f"{ACTORS_DIR}/{actor_slug(name)}.md"


def theme_doc(theme_id: str) -> str:
    return f"{THEMES_DIR}/{_page_slug(theme_id)}.md"


def actor_link(from_doc: str, name: str, cls: str = "brief-chip") -> str:
    slug = actor_slug(name)
    return (
        f'<a class="{cls}" data-actor="{slug}" href="{esc(href(from_doc, f"{ACTORS_DIR}/{slug}.md"))}">{esc(name)}</a>'
    )


def theme_link(from_doc: str, theme_id: str, label: str) -> str:
    return f'<a class="brief-chip brief-chip--theme" href="{esc(href(from_doc, theme_doc(theme_id)))}">{esc(label)}</a>'


# ------------------------------------------------------------------ what each page gathers


@dataclass(frozen=True)
class Where:
    """The page (docs/ path) that carries each timeline entry and each measure, by id."""

    event: Mapping[str, str]
    measure: Mapping[str, str]


@dataclass
class Gathered:
    """Everything one actor's or theme's page lists (built for all of them in one pass)."""

    sources: list[tuple[AnnotatedSource, int]]  # with the number of mentions in each
    events: list[Event]
    imposed: list[Sanction]
    aimed: list[Sanction]
    companions: Counter


def _empty() -> Gathered:
    return Gathered([], [], [], [], Counter())


def gather_actors(brief: Brief) -> dict[str, Gathered]:
    out: dict[str, Gathered] = defaultdict(_empty)
    for a in brief.sources:
        counts = dict(zip(a.actors, a.mentions, strict=False)) if a.mentions else {}
        for name in a.actors:
            g = out[name]
            g.sources.append((a, counts.get(name, 0)))
    for name, g in out.items():
        # one count over all its sources' actors (itself included, taken out): Counter.update
        # once per source and actor costs an ABC check each time, seconds on a big brief
        g.companions = Counter(chain.from_iterable(a.actors for a, _ in g.sources))
        g.companions.pop(name, None)
    for ev in brief.events:
        for name in ev.actors:
            out[name].events.append(ev)
    for sm in brief.sanctions:
        out[sm.imposed_by].imposed.append(sm)
        for name in sm.target_actors:
            out[name].aimed.append(sm)
    return dict(out)


def gather_themes(brief: Brief) -> dict[str, Gathered]:
    out: dict[str, Gathered] = defaultdict(_empty)
    for a in brief.sources:
        for t in a.themes:
            out[t].sources.append((a, 0))
    for g in out.values():
        g.companions = Counter(chain.from_iterable(a.actors for a, _ in g.sources))
    for ev in brief.events:
        for t in ev.themes:
            out[t].events.append(ev)
    return dict(out)


# ------------------------------------------------------------------ the pages


def pages(brief: Brief, where: Where, titles: Mapping[str, str]) -> Iterator[tuple[str, Callable[[], str]]]:
    """(docs/ path, make) for every actor page, theme page and the two indexes."""
    for doc, make, _ in keyed_pages(brief, where, titles):
        yield doc, make


def keyed_pages(
    brief: Brief, where: Where, titles: Mapping[str, str]
) -> Iterator[tuple[str, Callable[[], str], Made | None]]:
    """As ``pages``, with what each actor or theme page is made of besides the taxonomy and the
    code (``Made``; None for the indexes): the build digests it into the page's key, so that a
    save renders again only the pages of the actors and themes it touched."""
    tax = brief.taxonomy
    actors = gather_actors(brief)
    themes = gather_themes(brief)
    by_doc: dict[str, list[str]] = defaultdict(list)
    for name in actors:
        by_doc[actor_doc(name)].append(name)  # two names with one slug share a page
    for doc, names in sorted(by_doc.items()):
        names = sorted(names)
        # the card links the country an actor acts for only where that country has a page
        linked = [(a.country in actors) if (a := tax.actor(n)) is not None and a.country else None for n in names]
        made = Made(doc, tuple(actors[n] for n in names), (names, linked), where, titles)
        yield doc, partial(_actor_page, doc, names, actors, tax, where, titles), made
    for t in tax.themes:
        if t.id in themes:
            doc = theme_doc(t.id)
            made = Made(doc, (themes[t.id],), t.id, where, titles)
            yield doc, partial(_theme_page, doc, t.id, themes[t.id], tax, where, titles), made
    yield f"{ACTORS_DIR}/index.md", partial(actors_index, actors, tax), None
    yield f"{THEMES_DIR}/index.md", partial(themes_index, themes, tax), None


@dataclass(frozen=True)
class Made:
    """What one actor or theme page shows: its gatherings, with the pages its entries are on and
    its sources' titles (the entries and sources themselves are digested by the caller)."""

    doc: str
    gathered: tuple[Gathered, ...]
    about: object  # the names (and which countries are linked), or the theme id
    where: Where
    titles: Mapping[str, str]

    def parts(self) -> tuple:
        """Everything but the entries and sources, which are passed by identity to be digested."""
        out: list = [self.doc, self.about]
        for g in self.gathered:
            out.append(sorted(g.companions.items()))
            out.append([(a.source.id, n, self.titles.get(a.source.id), a.source.published) for a, n in g.sources])
            out.append([self.where.event.get(e.id) for e in g.events])
            out.append([self.where.measure.get(m.id) for m in (*g.imposed, *g.aimed)])
        return tuple(out)

    def items(self) -> list:
        return [x for g in self.gathered for x in (*g.events, *g.imposed, *g.aimed)]


def _newest_sources(items: list[tuple[AnnotatedSource, int]]) -> list[tuple[AnnotatedSource, int]]:
    return sorted(items, key=lambda x: (x[0].source.published, x[0].source.id), reverse=True)


def _capped(n_all: int, n_shown: int, where_all: str) -> str:
    if n_all <= n_shown:
        return ""
    return f'<p class="brief-more">The newest {n_shown} of {n_all:,}; {where_all} lists them all.</p>'


def _sources_list(doc: str, items: list[tuple[AnnotatedSource, int]], titles: Mapping[str, str]) -> str:
    shown = _newest_sources(items)[:LIST_LIMIT]
    rows = []
    for a, n in shown:
        s = a.source
        count = f'<td data-label="mentions">{n}</td>' if n else "<td></td>"
        rows.append(
            f"<tr><td>{esc(show_date(s.published))}</td>"
            f'<td><a href="{esc(href(doc, source_doc(s.id)))}">{esc(titles.get(s.id, s.id))}</a></td>{count}</tr>'
        )
    note = _capped(len(items), len(shown), f'<a href="{esc(href(doc, "sources/index.md"))}">the Sources page</a>')
    return (
        '<div class="brief-scroll"><table class="brief-sources brief-listing" data-brief-sortable><thead><tr>'
        '<th scope="col">Published</th><th scope="col">Source</th><th scope="col">Mentions</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>{note}"
    )


def _events_list(doc: str, events: list[Event], where: Where) -> str:
    ordered = sorted(events, key=lambda e: (e.date, e.id), reverse=True)
    shown = ordered[:LIST_LIMIT]
    items = "".join(
        f'<li>{time_tag(e.date, e.estimated)} — <a href="{esc(href(doc, where.event.get(e.id, "timeline/index.md"), e.id))}">'
        f"{esc(e.summary)}</a></li>"
        for e in shown
    )
    note = _capped(len(events), len(shown), f'<a href="{esc(href(doc, "timeline/index.md"))}">the Timeline</a>')
    return f'<ul class="brief-listing brief-events-list">{items}</ul>{note}'


def _measures_list(doc: str, measures: list[Sanction], where: Where, labels: Mapping[str, str], other: str) -> str:
    """A table of measures; ``other`` is the column the page's actor is not in (imposer or target)."""
    ordered = sorted(measures, key=lambda s: (s.date is not None, s.date or "", s.id), reverse=True)
    shown = ordered[:LIST_LIMIT]
    rows = []
    for s in shown:
        party = actor_link(doc, s.imposed_by, "brief-actor") if other == "imposer" else esc(s.target)
        link = href(doc, where.measure.get(s.id, "sanctions/index.md"), s.id)
        # the measure's own words lead to its row: the link text says where it goes
        what = f'<a href="{esc(link)}">{esc(labels.get(s.measure_type, s.measure_type))}</a>'
        rows.append(
            f'<tr><td data-sort="{esc(s.date or "9999")}">{time_tag(s.date)}</td>'
            f"<td>{what}</td><td>{party}</td>"
            f'<td><span class="brief-status brief-status--{esc(s.status)}">{esc(s.status)}</span></td></tr>'
        )
    head = "Imposed by" if other == "imposer" else "Target"
    note = _capped(
        len(measures), len(shown), f'<a href="{esc(href(doc, "sanctions/index.md"))}">the Sanctions page</a>'
    )
    return (
        '<div class="brief-scroll"><table class="brief-index brief-listing" data-brief-sortable><thead><tr>'
        f'<th scope="col">Date</th><th scope="col">Measure</th><th scope="col">{head}</th>'
        f'<th scope="col">Status</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>{note}'
    )


def _companions(doc: str, counter: Counter) -> str:
    top = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:COMPANIONS]
    if not top:
        return ""
    chips = " ".join(
        f'<span class="brief-pair">{actor_link(doc, n)}<span class="brief-count">{c}</span></span>' for n, c in top
    )
    return f'<p class="brief-chips">{chips}</p>'


def _actor_card(doc: str, actor: Actor | None, name: str, g: Gathered, with_page: Mapping[str, Gathered]) -> str:
    rows = [("Kind", esc(KIND_LABELS.get(actor.kind, actor.kind)) if actor else "Organisation (found in the text)")]
    if actor and actor.country and actor.country != name:
        # linked only where it has a page: a country no source names has none
        country = actor_link(doc, actor.country, "brief-actor") if actor.country in with_page else esc(actor.country)
        rows.append(("Acts for", country))
    if actor and actor.aliases:
        rows.append(("Also called", esc(", ".join(x for x in actor.aliases if x != name))))
    found = (
        f"{_n(len(g.sources), 'source')} · {_n(len(g.events), 'timeline entry', 'timeline entries')} · "
        f"{_n(len(g.imposed), 'measure')} imposed · {len(g.aimed)} aimed at it"
    )
    rows.append(("In the brief", found))
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows if v)
    return f'<dl class="brief-card">{body}</dl>'


def _actor_page(
    doc: str,
    names: list[str],
    gathered: Mapping[str, Gathered],
    tax: Taxonomy,
    where: Where,
    titles: Mapping[str, str],
) -> str:
    labels = {m.id: m.label for m in tax.measure_types}
    lines = [f"# {esc(' / '.join(names))}", ""]
    for name in names:
        g = gathered[name]
        actor = tax.actor(name)
        if len(names) > 1:
            lines += [f"## {esc(name)}", ""]
        lines += [_actor_card(doc, actor, name, g, gathered), ""]
        if actor and actor.description:
            lines += [f'<p class="brief-lede">{esc(actor.description)}</p>', ""]
        sections = [
            ("Measures it imposed", g.imposed, lambda xs: _measures_list(doc, xs, where, labels, "target")),
            ("Measures aimed at it", g.aimed, lambda xs: _measures_list(doc, xs, where, labels, "imposer")),
            ("On the timeline", g.events, lambda xs: _events_list(doc, xs, where)),
            ("Sources that name it", g.sources, lambda xs: _sources_list(doc, xs, titles)),
        ]
        level = 3 if len(names) > 1 else 2
        lines += _sections(sections, level)
        if g.companions:
            lines += [f"{'#' * level} Named most often beside it", "", _companions(doc, g.companions), ""]
    title = " / ".join(names)
    return page({"title": esc(title), "hide": ["navigation"]}, "\n".join(lines))


def _sections(sections: list, level: int = 2) -> list[str]:
    out: list[str] = []
    for heading, items, make in sections:
        if items:
            out += [f"{'#' * level} {heading} ({len(items):,})", "", make(items), ""]
    return out


def _theme_page(doc: str, theme_id: str, g: Gathered, tax: Taxonomy, where: Where, titles: Mapping[str, str]) -> str:
    theme = next(t for t in tax.themes if t.id == theme_id)
    lines = [f"# {esc(theme.label)}", ""]
    if theme.description:
        lines += [f'<p class="brief-lede">{esc(theme.description)}</p>', ""]
    counts = f"{_n(len(g.sources), 'source')} · {_n(len(g.events), 'timeline entry', 'timeline entries')}"
    lines += [f'<p class="brief-counts">{counts}</p>', ""]
    sections = [
        ("On the timeline", g.events, lambda xs: _events_list(doc, xs, where)),
        ("Sources that discuss it", g.sources, lambda xs: _sources_list(doc, xs, titles)),
    ]
    lines += _sections(sections)
    if g.companions:
        lines += ["## Actors most often named in them", "", _companions(doc, g.companions), ""]
    return page({"title": esc(theme.label), "hide": ["navigation"]}, "\n".join(lines))


# ------------------------------------------------------------------ the indexes


def _metonyms(taxonomy: Taxonomy, used: Mapping[str, Gathered], n: int = 2) -> str:
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


def actors_index(gathered: Mapping[str, Gathered], taxonomy: Taxonomy) -> str:
    doc = f"{ACTORS_DIR}/index.md"
    kinds = {"country": "countries and governments", "person": "people", "organisation": "organisations"}
    kinds["other"] = "other"

    def kind(name: str) -> str:
        a = taxonomy.actor(name)
        return a.kind if a else "organisation"

    counts = Counter(kind(n) for n in gathered)
    summary = ", ".join(f"{counts[k]} {label}" for k, label in kinds.items() if counts[k])
    examples = _metonyms(taxonomy, gathered)
    folded = f" Governments are folded into their country ({examples})." if examples else ""
    ordered = sorted(gathered.items(), key=lambda kv: (-len(kv[1].sources), kv[0]))
    rows = "".join(
        f'<tr><th scope="row">{actor_link(doc, n, "brief-actor")}</th><td>{esc(kind(n))}</td>'
        f"<td>{len(g.sources)}</td><td>{len(g.events)}</td><td>{len(g.imposed)}</td><td>{len(g.aimed)}</td></tr>"
        for n, g in ordered
    )
    table = (
        '<div class="brief-scroll"><table class="brief-index" data-brief-sortable><thead><tr>'
        '<th scope="col">Actor</th><th scope="col">Kind</th><th scope="col">Sources</th>'
        '<th scope="col">Timeline</th><th scope="col">Imposed</th><th scope="col">Aimed at it</th>'
        f"</tr></thead><tbody>{rows}</tbody></table></div>"
    )
    body = [
        "# Actors",
        "",
        f"Who the sources talk about: {summary}. Each has a page with the measures it imposed and those aimed "
        f"at it, its timeline entries and the sources that name it; a name in an article's text links there. "
        f"Click a column heading to sort.{folded}",
        "",
        table,
        "",
    ]
    return page({"title": "Actors", "hide": ["navigation"]}, "\n".join(body))


def themes_index(gathered: Mapping[str, Gathered], taxonomy: Taxonomy) -> str:
    doc = f"{THEMES_DIR}/index.md"
    rows = "".join(
        f'<tr><th scope="row">{theme_link(doc, t.id, t.label)}</th><td>{esc(t.description)}</td>'
        f"<td>{len(gathered[t.id].sources)}</td><td>{len(gathered[t.id].events)}</td></tr>"
        for t in taxonomy.themes
        if t.id in gathered
    )
    table = (
        '<div class="brief-scroll"><table class="brief-index" data-brief-sortable><thead><tr>'
        '<th scope="col">Theme</th><th scope="col">What it covers</th><th scope="col">Sources</th>'
        f'<th scope="col">Timeline</th></tr></thead><tbody>{rows}</tbody></table></div>'
    )
    body = [
        "# Themes",
        "",
        "What the sources discuss. A theme is given to an article only where it discusses it substantially "
        "(a headline or lede statement, a whole paragraph, or two separate passages), not for one passing word.",
        "",
        table,
        "",
    ]
    return page({"title": "Themes", "hide": ["navigation"]}, "\n".join(body))
