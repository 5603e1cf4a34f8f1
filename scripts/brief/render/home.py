"""The home page: the researcher's introduction, then the brief at a glance.

The introduction is ``sources/_home.md`` (Markdown, optional frontmatter with a ``title``), written
by the researcher like any page of the site; everything after it is made from the brief: the
counts, the newest measures, the most-named actors and the newest sources. The generator writes
the whole page, so the site is complete on disk after ``brief build`` with no hook.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from .. import citation
from ..errors import BriefError
from ..model import Brief, Intro
from ..yamldoc import parse
from . import visual
from .common import href, page, show_date, time_tag
from .entities import actor_link
from .indexes import sources_table
from .markup import esc

HOME_DOC = "index.md"
HOME_FILE = "_home.md"  # in sources/: the introduction (its "_" keeps it from being read as a source)
HOME_LIMIT = 10  # the newest sources listed; the Sources page lists them all
LATEST_MEASURES = 6
TOP_ACTORS = 12

_FENCE = re.compile(r"\A---\n(.*?\n)?---\n", re.S)

DEFAULT_INTRO = """\
# Research brief

Articles collected on one topic, each annotated in place: the people, countries and organisations
it names, the dates it gives and the themes it discusses. The **Timeline** merges the dated events of
all of them; **Sanctions** lists every measure with who imposed it, on whom, of what type and when.
Every claim links back to the paragraph it came from.

Write your own introduction in `sources/_home.md`.
"""


def parse_intro(text: str | None, file: str) -> Intro:
    """The introduction's title and Markdown; no file gives a neutral default."""
    if text is None:
        return Intro("Home", DEFAULT_INTRO)
    m = _FENCE.match(text)
    if not m:
        return Intro("Home", text)
    data, _ = parse(m.group(1) or "", file, first_line=2)
    data = data or {}
    if not isinstance(data, dict) or set(data) - {"title"}:
        raise BriefError("the frontmatter of the introduction may only give a 'title'", file, 2)
    title = data.get("title", "Home")
    if not isinstance(title, str) or not title.strip():
        raise BriefError("'title' must be text", file, 2)
    return Intro(title.strip(), text[m.end() :])


def render(brief: Brief, measure_pages: Mapping[str, str], event_pages: Mapping[str, str] | None = None) -> str:
    """The page; ``measure_pages`` and ``event_pages`` give the sanctions or timeline page (docs/
    path) of each measure or timeline entry by id."""
    doc = HOME_DOC
    intro = brief.intro or parse_intro(None, HOME_FILE)
    # the brief at a glance comes straight after the introduction's opening, before its own sections
    # ("How to read it"): a reader sees what the brief holds before how to read it
    lede, rest = _split_intro(intro.markdown)
    lines = [lede, "", "## The brief at a glance", "", _glance(brief), ""]
    drawing = _drawing(brief, event_pages or {})
    if drawing:
        lines += [drawing, ""]
    if rest:
        lines += [rest, ""]
    latest = _latest_measures(brief, doc, measure_pages)
    if latest:
        lines += ["## Latest measures", "", latest, ""]
    actors = _top_actors(brief, doc)
    if actors:
        lines += ["## Most-named actors", "", actors, ""]
    lines += ["## Newest sources", "", sources_table(brief.sources, doc, None, HOME_LIMIT), ""]
    lines += ["## Cite this brief", "", _cite(brief), ""]
    return page({"title": esc(intro.title), "hide": ["navigation"]}, "\n".join(lines))


_SECTION = re.compile(r"^## ", re.M)


def _split_intro(markdown: str) -> tuple[str, str]:
    """The introduction's opening (up to its first second-level heading) and its sections."""
    m = _SECTION.search(markdown)
    if m is None:
        return markdown.rstrip(), ""
    return markdown[: m.start()].rstrip(), markdown[m.start() :].rstrip()


def _drawing(brief: Brief, event_pages: Mapping[str, str]) -> str:
    """The visual timeline, as on the timeline page, each mark linked to its entry there."""
    month_pages = {e.date[:7]: event_pages[e.id] for e in reversed(brief.events) if e.id in event_pages}
    return visual.svg(
        [e for e in brief.events if e.id in event_pages],
        lambda e: href(HOME_DOC, event_pages[e.id], e.id),
        lambda month: href(HOME_DOC, month_pages[month]),
    )


def _cite(brief: Brief) -> str:
    summary = citation.brief_summary(brief, brief.published)
    bib = esc(citation.brief_bibtex(summary)).replace("\n", "&#10;")
    return (
        f'<div class="brief-cite"><pre><code>{bib}</code></pre>'
        '<p class="brief-more"><a href="data/cite/brief.bib" download>BibTeX</a> · '
        '<a href="data/cite/brief.json" download>CSL-JSON</a> · each source page has its own</p></div>'
    )


def _glance(brief: Brief) -> str:
    dates = sorted(a.source.published for a in brief.sources)
    span = f", published {show_date(dates[0])} to {show_date(dates[-1])}" if dates else ""
    if brief.published:
        span += f"; this edition {show_date(brief.published)}"
    actors = {n for a in brief.sources for n in a.actors}
    parts = [
        f'<a href="{esc(href(HOME_DOC, "sources/index.md"))}">{len(brief.sources):,} sources</a>{esc(span)}',
        f'<a href="{esc(href(HOME_DOC, "timeline/index.md"))}">{len(brief.events):,} timeline entries</a>',
        f'<a href="{esc(href(HOME_DOC, "sanctions/index.md"))}">{len(brief.sanctions):,} measures</a>',
        f'<a href="{esc(href(HOME_DOC, "actors/index.md"))}">{len(actors):,} actors</a>',
    ]
    return f'<p class="brief-glance">{" · ".join(parts)}</p>'


def _latest_measures(brief: Brief, doc: str, where: Mapping[str, str]) -> str:
    labels = {m.id: m.label for m in brief.taxonomy.measure_types}
    dated = sorted((s for s in brief.sanctions if s.date), key=lambda s: (s.date or "", s.id), reverse=True)
    items = []
    for s in dated[:LATEST_MEASURES]:
        link = href(doc, where.get(s.id, "sanctions/index.md"), s.id)
        target = f" on {esc(s.target)}" if s.target else ""
        items.append(
            f"<li>{time_tag(s.date)} {actor_link(doc, s.imposed_by, 'brief-imposer')} "
            f'<a href="{esc(link)}">{esc(labels.get(s.measure_type, s.measure_type))}</a>{target} '
            f'<span class="brief-status brief-status--{esc(s.status)}">{esc(s.status)}</span></li>'
        )
    return f'<ul class="brief-list brief-latest">{"".join(items)}</ul>' if items else ""


def _top_actors(brief: Brief, doc: str) -> str:
    count = Counter(n for a in brief.sources for n in a.actors)
    top = sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ACTORS]
    chips = " ".join(
        f'<span class="brief-pair">{actor_link(doc, n)}<span class="brief-count">{c}</span></span>' for n, c in top
    )
    return f'<p class="brief-chips">{chips}</p>' if top else ""
