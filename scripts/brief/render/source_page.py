"""The page of one source: metadata card, annotated text, and what it contributes to the brief."""

from __future__ import annotations

from .. import citation
from ..model import AnnotatedBlock, AnnotatedSource, Taxonomy
from .common import asset, href, page, show_date, source_doc, time_tag
from .entities import actor_doc, actor_link, theme_link
from .markup import esc, inline, md_text, plain

_OPEN, _CLOSE = "\ue000", "\ue001"  # placeholders for tags, in the Unicode private use area


def display_title(src: AnnotatedSource) -> str:
    s = src.source
    return plain(s.title) if s.title else s.display_title


def render(src: AnnotatedSource, taxonomy: Taxonomy, links: dict[str, str]) -> str:
    """Markdown for ``docs/sources/<id>.md``. ``links`` maps event and measure ids to their URLs."""
    s = src.source
    doc = source_doc(s.id)
    title = display_title(src)
    meta = {
        # MkDocs puts titles into every page's navigation unescaped: give it HTML-safe text
        "title": esc(title),
        "hide": ["navigation"],
        "source_id": s.id,
        "outlet": s.outlet,
        "authors": list(s.authors),
        "published": s.published,
        "precision": s.precision,
        "estimated": s.estimated,
        "actors": list(src.actors),
        # theme labels, as readers see them in the tag index
        "themes": [_theme_label(taxonomy, t) for t in src.themes],
        "dates": list(src.dates),
        # Material's search weights `tags` highly: a page is found by its actors' and themes' names
        "tags": list(src.actors) + [_theme_label(taxonomy, t) for t in src.themes],
        # the Highwire citation_* tags and JSON-LD of the page's head (overrides/main.html)
        "citation": citation.page_meta(src, title),
    }
    out = [
        f"# {md_text(title)}",
        "",
        _card(src, taxonomy, doc),
        "",
        src.body.decode("utf-8") if src.body else body(src),
    ]
    if src.events:
        items = []
        for ev in sorted(src.events, key=lambda e: e.date):
            c = ev.citations[0]
            items.append(
                f"<li>{time_tag(ev.date, ev.estimated)} {esc(ev.summary)} "
                f'<a href="#{esc(c.anchor)}">¶&nbsp;{esc(c.anchor[1:])}</a> · '
                f'<a href="{esc(links.get(ev.id, "#"))}">on the timeline</a></li>'
            )
        # each raw HTML block on one line: the hook hands such lines to the page without Markdown.
        # Search skips these lists (Material's data-search-exclude): they repeat sentences of the text
        out += [
            "",
            "## Events in this source {#events data-search-exclude}",
            "",
            f'<ul class="brief-list" data-search-exclude>{"".join(items)}</ul>',
        ]
    if src.sanctions:
        items = []
        for sm in sorted(src.sanctions, key=lambda x: (x.date or "9999", x.id)):
            c = sm.citations[0]
            items.append(
                f"<li>{time_tag(sm.date)} {actor_link(doc, sm.imposed_by, 'brief-imposer')} "
                f'<span class="brief-type">{esc(_label(taxonomy, sm.measure_type))}</span> '
                f'<span class="brief-status brief-status--{esc(sm.status)}">{esc(sm.status)}</span> '
                f'{esc(sm.target)} <a href="#{esc(c.anchor)}">¶&nbsp;{esc(c.anchor[1:])}</a> · '
                f'<a href="{esc(links.get(sm.id, "#"))}">in the sanctions table</a></li>'
            )
        out += [
            "",
            "## Measures in this source {#measures data-search-exclude}",
            "",
            f'<ul class="brief-list" data-search-exclude>{"".join(items)}</ul>',
        ]
    return page(meta, "\n".join(out).rstrip() + "\n")


def _theme_label(taxonomy: Taxonomy, theme_id: str) -> str:
    return next((t.label for t in taxonomy.themes if t.id == theme_id), theme_id)


def body(src: AnnotatedSource) -> str:
    """The article's text as page Markdown: it depends on the source and the taxonomy only."""
    doc = source_doc(src.source.id)
    out: list[str] = []
    for ab in src.blocks:
        out.extend(_block(ab, doc))
    return "\n".join(out)


def _label(taxonomy: Taxonomy, measure_type: str) -> str:
    return next((m.label for m in taxonomy.measure_types if m.id == measure_type), measure_type)


def _card(src: AnnotatedSource, taxonomy: Taxonomy, doc: str) -> str:
    s = src.source
    rows = [
        ("Outlet", esc(s.outlet) if s.outlet else '<span class="brief-unknown">unknown</span>'),
        ("Authors", esc(", ".join(s.authors)) if s.authors else '<span class="brief-unknown">unknown</span>'),
    ]
    if s.translator:
        rows.append(("Translated by", esc(s.translator)))
    published = esc(show_date(s.published))
    if s.estimated:
        published += ' <span class="brief-estimated">estimated</span>'
    rows.append(("Published", published))
    if not s.title:
        rows.append(("Title", '<span class="brief-unknown">the article has no headline; this one is made up</span>'))
    if s.original_language:
        rows.append(("Original language", esc(s.original_language)))
    if s.url:
        rows.append(("Link", f'<a href="{esc(s.url)}" rel="nofollow noopener">{esc(s.url)}</a>'))
    rows.append(("File", f"<code>{esc(s.path)}</code>"))
    cite = asset(doc, f"data/cite/{s.id}")
    rows.append(
        ("Cite", f'<a href="{esc(cite)}.bib" download>BibTeX</a> · <a href="{esc(cite)}.json" download>CSL-JSON</a>')
    )
    actors = " ".join(actor_link(doc, a) for a in src.actors)
    labels = {t.id: t.label for t in taxonomy.themes}
    themes = " ".join(theme_link(doc, t, labels.get(t, t)) for t in src.themes)
    rows.append(("Themes", themes or "none"))
    rows.append(("Actors", actors or "none"))
    counts = (
        f'<a href="#events">{len(src.events)} dated events</a> · <a href="#measures">{len(src.sanctions)} measures</a>'
    )
    rows.append(("Found", counts))
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    # search skips the card: its labels run into one another there, and the tags already carry it
    return f'<dl class="brief-card" data-search-exclude>{body}</dl>'


def _block(ab: AnnotatedBlock, doc: str) -> list[str]:
    b = ab.block
    if b.kind == "rule":
        return ['<hr class="brief-break">', ""]
    if b.kind == "heading":
        level = max(2, min(b.level, 6))
        return [f"{'#' * level} {md_text(plain(b.text))} {{ #{b.anchor} }}", ""]
    text = _annotated(ab, doc)
    number = f'<a class="brief-pilcrow" href="#{b.anchor}">{b.anchor[1:]}</a>'
    return [f'<p id="{b.anchor}" class="brief-p brief-p--{b.kind}">{number}{text}</p>', ""]


def _annotated(ab: AnnotatedBlock, doc: str) -> str:
    """The block's text with dates in <time> and each actor's first mention linked."""
    text = ab.block.text
    spans: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for m in ab.mentions:
        if m.actor in seen:
            continue
        seen.add(m.actor)
        url = href(doc, actor_doc(m.actor))
        spans.append((m.start, m.end, f'<a class="brief-actor" href="{esc(url)}" title="{esc(m.actor)}">'))
    for d in ab.dates:
        spans.append((d.start, d.end, f'<time datetime="{esc(d.date)}">'))
    spans.sort()
    chosen: list[tuple[int, int, str]] = []
    for sp in spans:
        if chosen and sp[0] < chosen[-1][1]:
            continue  # overlapping annotations: the first one wins
        chosen.append(sp)
    tags: list[str] = []
    pieces, pos = [], 0
    for start, end, open_tag in chosen:
        pieces.append(text[pos:start])
        tags.append(open_tag)
        close = "</a>" if open_tag.startswith("<a") else "</time>"
        tags.append(close)
        pieces.append(f"{_OPEN}{len(tags) - 2}{_CLOSE}{text[start:end]}{_OPEN}{len(tags) - 1}{_CLOSE}")
        pos = end
    pieces.append(text[pos:])
    # the whole text is escaped at once, so emphasis spanning an annotation still pairs up
    html_text = inline(
        "".join(p.replace(_OPEN, "").replace(_CLOSE, "") if i % 2 == 0 else p for i, p in enumerate(pieces))
    )
    return _restore(html_text, tags)


def _restore(html_text: str, tags: list[str]) -> str:
    import re

    return re.sub(f"{_OPEN}(\\d+){_CLOSE}", lambda m: tags[int(m.group(1))], html_text)
