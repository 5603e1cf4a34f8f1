"""The review queue: a page for the researcher (not in the navigation, not in search).

What nobody has checked yet, least sure first, each with its id, its sentence, a link to its
paragraph, and the YAML to copy into sources/review.yml to confirm, reject or correct it.
"""

from __future__ import annotations

from ..model import Brief, Event, Sanction
from ..peritem import PerItem
from ..review import decisions_for, queue
from ..yamldoc import dump
from .common import REVIEW_DIR, href, page, source_doc, time_tag
from .markup import esc, inline

REVIEW_DOC = f"{REVIEW_DIR}/index.md"
QUEUE_LIMIT = 300  # the page lists the least sure; `brief review` lists them all


def render(brief: Brief, entry_pages: dict[str, str], titles: dict[str, str]) -> str:
    """``entry_pages``: the timeline or sanctions page (docs/ path) of each entry, by id."""
    waiting = queue(brief)
    total = len(brief.events) + len(brief.sanctions)
    checked = total - len(waiting)
    shown = waiting[:QUEUE_LIMIT]
    lines = [
        "# Review queue",
        "",
        f"For the researcher: {checked:,} of {total:,} events and measures are checked. These "
        f"{len(shown):,} are not, least sure first. Copy a decision into `sources/review.yml` (or run "
        "`brief review --confirm ID` / `brief review --reject ID --why '…'`); the next build applies it "
        "everywhere and keeps it across rebuilds. A correction may set any field shown.",
        "",
    ]
    if len(shown) < len(waiting):
        lines += [
            f'<p class="brief-more">{len(waiting) - len(shown):,} more: <code>brief review --limit N</code> lists them.</p>',
            "",
        ]
    for item, snippets in zip(shown, _SNIPPETS.map(shown), strict=True):
        lines += [_item(item, entry_pages, titles, snippets), ""]
    return page({"title": "Review queue", "hide": ["navigation"], "search": {"exclude": True}}, "\n".join(lines))


def _snippets(item: Event | Sanction) -> str:
    """The decisions to copy for one entry: YAML made by the dumper, which costs, hence kept per
    entry from one build to the next (peritem.py)."""
    return "".join(
        f'<div class="brief-snippet"><p class="brief-snippet__label">{action}</p>'
        # one line, as every generated block is (see brief_hook.py): the line breaks as references
        f"<pre><code>{esc(dump(decision)).replace(chr(10), '&#10;')}</code></pre>"
        f'<button type="button" class="brief-copy" data-brief-copy hidden>Copy</button></div>'
        for action, decision in decisions_for(item).items()
    )


_SNIPPETS: PerItem = PerItem(_snippets)


def _item(item: Event | Sanction, entry_pages: dict[str, str], titles: dict[str, str], snippets: str) -> str:
    doc = REVIEW_DOC
    kind = "measure" if isinstance(item, Sanction) else "event"
    cite = item.citations[0]
    para = href(doc, source_doc(cite.source), cite.anchor)
    entry = href(
        doc, entry_pages.get(item.id, "timeline/index.md" if kind == "event" else "sanctions/index.md"), item.id
    )
    return (
        f'<div class="brief-queue-item" id="q-{esc(item.id)}">'
        f'<p class="brief-when"><code>{esc(item.id)}</code> {kind} · {time_tag(item.date)} · '
        f'<span class="brief-confidence brief-confidence--{esc(item.confidence)}">{esc(item.confidence)} confidence</span></p>'
        f'<p class="brief-summary">{esc(item.summary)}</p>'
        f'<p><q>{inline(cite.quote)}</q> — <a href="{esc(para)}">{esc(titles.get(cite.source, cite.source))}, ¶&nbsp;{esc(cite.anchor[1:])}</a>'
        f' · <a href="{esc(entry)}">the entry</a></p>'
        f'<div class="brief-snippets">{snippets}</div></div>'
    )
