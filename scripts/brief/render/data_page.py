"""The Data page: every file the brief publishes, with its size, its format and how to use it."""

from __future__ import annotations

from collections.abc import Mapping

from .common import DATA_DIR, page
from .markup import esc

DATA_DOC = f"{DATA_DIR}/index.md"

# (file under data/, format, what it is and how to use it)
FILES = (
    ("sources.json", "JSON", "One object per article: id, title, outlet, authors, publication date and precision, "
     "language, the source file, its page, its actors and themes."),
    ("events.json", "JSON", "One object per timeline entry: date and precision, summary, actors, themes, citations "
     "(source, paragraph anchor, verbatim quote, and the source's own date where it differs), the annotator's "
     "confidence and whether the researcher checked it."),
    ("sanctions.json", "JSON", "One object per measure: date, imposed_by, target, target_actors, measure_type, "
     "status, summary, citations, confidence and review."),
    ("measures.csv", "CSV", "The measures as a spreadsheet (UTF-8, RFC 4180): one row each, with its first "
     "citation's sentence, source, source URL and paragraph link, and the others in one column."),
    ("events.csv", "CSV", "The timeline as a spreadsheet, one row per entry, the same way."),
    ("timeline.json", "TimelineJS 3", "Every timeline entry and dated measure, at the precision the text gives, "
     "grouped by actor: load it in TimelineJS as it is."),
    ("entities.ftm.json", "FollowTheMoney", "JSON lines: a Sanction per measure, an Event per timeline entry, and "
     "the Person, Organization and PublicBody entities they point to; `ftm` and Aleph read it."),
    ("brief.json", "JSON", "What the brief covers, as of when: the number of sources, the newest source's date, "
     "the publication date."),
    ("schema/sources.schema.json", "JSON Schema", "The shape of sources.json (draft 2020-12)."),
    ("schema/events.schema.json", "JSON Schema", "The shape of events.json."),
    ("schema/sanctions.schema.json", "JSON Schema", "The shape of sanctions.json."),
    ("cite/brief.bib", "BibTeX", "A citation of the brief itself; cite/brief.json is the same as CSL-JSON."),
)  # fmt: skip


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < 10_000 else f"{n / 1000:,.0f} kB" if n < 10_000_000 else f"{n / 1e6:,.1f} MB"


def render(sizes: Mapping[str, int], summary: dict) -> str:
    """``sizes``: the byte size of each file under data/, by its path there."""
    rows = "".join(
        f'<tr><th scope="row"><a href="{esc(name)}">{esc(name)}</a></th><td>{esc(fmt)}</td>'
        f"<td>{esc(_size(sizes.get(name, 0)))}</td><td>{esc(use)}</td></tr>"
        for name, fmt, use in FILES
    )
    as_of = (
        f"as of its newest source ({summary['newest_source']})" if summary["newest_source"] else "with no source yet"
    )
    published = f", published {summary['published']}" if summary["published"] else ""
    lines = [
        "# Data",
        "",
        f"The annotations behind these pages: {summary['sources']:,} sources, {summary['timeline_entries']:,} "
        f"timeline entries and {summary['measures']:,} measures, {as_of}{published}. Rebuilt with the site.",
        "",
        '<div class="brief-scroll"><table class="brief-index"><thead><tr><th scope="col">File</th>'
        '<th scope="col">Format</th><th scope="col">Size</th><th scope="col">What it holds</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>",
        "",
        "A citation's `anchor` is the paragraph's id on the source's page: `sources/<id>/#<anchor>`. Each "
        "source page also offers its own BibTeX and CSL-JSON (`cite/<id>.bib`, `cite/<id>.json`).",
        "",
        "Annotations are made by rules, then checked by the researcher where `review` says so: check a "
        "claim against its quoted sentence before you cite it.",
        "",
    ]
    return page({"title": "Data"}, "\n".join(lines))
