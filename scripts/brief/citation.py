"""How to cite what the brief is made of: each source (BibTeX, CSL-JSON, the Highwire ``citation_*``
tags Zotero reads, schema.org JSON-LD) and the brief itself, "as of" a date.

The date a brief is published is never the wall clock: it comes from ``SOURCE_DATE_EPOCH`` (the
reproducible-builds convention) when the build sets it, so the same sources give the same files.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from .model import AnnotatedSource, Brief
from .render.markup import esc

_BIB_SPECIAL = re.compile(r"([\\{}&%$#_^~])")
_BIB_ESCAPES = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def as_of(epoch: str | None) -> str | None:
    """The publication date given by ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC), or None."""
    if not epoch or not epoch.strip().isdigit():
        return None
    return dt.datetime.fromtimestamp(int(epoch.strip()), tz=dt.timezone.utc).date().isoformat()


def _bib(text: str) -> str:
    return _BIB_SPECIAL.sub(lambda m: _BIB_ESCAPES.get(m.group(1), "\\" + m.group(1)), text)


def _key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "source"


def _parts(date: str) -> list[int]:
    return [int(p) for p in date.split("-")]


def bibtex(a: AnnotatedSource, title: str) -> str:
    s = a.source
    fields = [("title", title)]
    if s.authors:
        fields.append(("author", " and ".join(s.authors)))
    if s.outlet:
        fields.append(("journal", s.outlet))
    fields.append(("date", s.published))  # biblatex: at the precision the source gives
    fields.append(("year", s.published[:4]))
    if s.url:
        fields.append(("url", s.url))
    if s.estimated:
        fields.append(("note", "publication date estimated"))
    body = ",\n".join(f"  {k} = {{{v if k == 'url' else _bib(v)}}}" for k, v in fields)
    return f"@article{{{_key(s.id)},\n{body}\n}}\n"


def csl(a: AnnotatedSource, title: str) -> dict:
    s = a.source
    item: dict = {
        "id": s.id,
        "type": "article-newspaper",
        "title": title,
        "issued": {"date-parts": [_parts(s.published)]},
        "language": s.language,
    }
    if s.authors:
        item["author"] = [{"literal": name} for name in s.authors]
    if s.outlet:
        item["container-title"] = s.outlet
    if s.url:
        item["URL"] = s.url
    if s.estimated:
        item["note"] = "publication date estimated"
    return item


def page_meta(a: AnnotatedSource, title: str) -> dict:
    """What a source page's head needs (overrides/main.html writes the tags). Every value is already
    HTML-safe, as the page's title is: the frontmatter never holds a source's raw markup."""
    s = a.source
    meta: dict = {
        "title": esc(title),
        "authors": [esc(x) for x in s.authors],
        # Highwire dates are slash-separated, at the precision known
        "date": s.published.replace("-", "/"),
        "language": esc(s.language),
    }
    if s.outlet:
        meta["outlet"] = esc(s.outlet)
    if s.url:
        meta["url"] = esc(s.url)
    jsonld: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": s.published,
        "inLanguage": s.language,
    }
    if s.authors:
        jsonld["author"] = [{"@type": "Person", "name": name} for name in s.authors]
    if s.outlet:
        jsonld["publisher"] = {"@type": "Organization", "name": s.outlet}
    if s.url:
        jsonld["url"] = s.url
    meta["jsonld"] = script_json(jsonld)
    return meta


def script_json(data: object) -> str:
    """JSON safe inside <script>: no "<", ">" or "&" can close the element or start markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def brief_summary(brief: Brief, published: str | None) -> dict:
    """What the brief covers, as of when: the sources, the newest one's date, the publication date."""
    newest = max((a.source.published for a in brief.sources), default=None)
    return {
        "title": brief.intro.title if brief.intro and brief.intro.title != "Home" else "Research brief",
        "sources": len(brief.sources),
        "timeline_entries": len(brief.events),
        "measures": len(brief.sanctions),
        "newest_source": newest,
        "published": published,
    }


def brief_bibtex(summary: dict) -> str:
    date = summary["published"] or summary["newest_source"] or ""
    note = f"{summary['sources']} sources, as of {summary['newest_source'] or 'no source yet'}"
    fields = [("title", summary["title"]), ("note", note)]
    if date:
        fields += [("date", date), ("year", date[:4])]
    body = ",\n".join(f"  {k} = {{{_bib(v)}}}" for k, v in fields)
    return f"@misc{{brief,\n{body}\n}}\n"


def brief_csl(summary: dict) -> dict:
    date = summary["published"] or summary["newest_source"]
    item: dict = {
        "id": "brief",
        "type": "report",
        "title": summary["title"],
        "note": f"{summary['sources']} sources, as of {summary['newest_source'] or 'no source yet'}",
    }
    if date:
        item["issued"] = {"date-parts": [_parts(date)]}
    return item


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
