"""The build: read sources and taxonomy, annotate, merge, render, and write the owned files.

``load`` (inputs.py) and ``write`` (output.py) touch the disk; everything between is a pure function of their data, so
that a failure anywhere before ``write`` leaves the last good site exactly as it was.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from . import cache as annotation_cache
from . import citation, export, ftm, review, schemas, snapshot, tables
from .errors import BriefError
from .inputs import Inputs, load
from .model import AnnotatedSource, Brief, BuildSummary, Intro, Source, Taxonomy
from .output import MANIFEST, WriteReport, write
from .peritem import PerItem
from .render import colours, data_page, entities, home, indexes, review_page, sanctions_page, source_page, timeline
from .render.common import DATA_DIR, SOURCES_DIR, directory_urls, href, set_directory_urls, source_doc, url_of
from .sources import decode, parse_source
from .taxonomy import parse_taxonomy

if TYPE_CHECKING:
    from .annotate import Annotator

# The annotator, the merger and the process pool are imported where they are used: the
# rebuild of an unchanged brief (every `mkdocs build`) never needs them, and importing them
# would be most of what it costs.

CACHE_DIR = ".cache/brief"  # the last-build record, and annotations/ (per source, keyed by source, taxonomy and code)
RESERVED_IDS = frozenset({"index", "tags", "search"})  # sources/<id> would shadow a page of the site
PARALLEL_FROM = 40  # below this many sources to annotate, starting processes costs more than it saves


def _code_digest() -> str:
    """The annotator's own code: a change to it invalidates every cached annotation."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


CODE_DIGEST = _code_digest()


def _code() -> str:
    """What every page and cached annotation depends on besides its data: the code, and the kind of
    links it makes (directory URLs, or the offline edition's .html files)."""
    return CODE_DIGEST + ("" if directory_urls() else "+files")


@dataclass
class Memo:
    """What a long-lived process (``mkdocs serve``) keeps from one build for the next.

    Every entry is the result of a pure function keyed by all of its input, so a stale one is
    never used: an edit to one source parses, annotates and merges again only what it touches.
    The MkDocs hook keeps one under `mkdocs serve`; a one-off build has no use for it.
    """

    sources: dict = field(default_factory=dict)  # (path, bytes) -> Source
    annotations: dict = field(default_factory=dict)  # cache key -> AnnotatedSource
    events: dict = field(default_factory=dict)  # a year's events -> their merge
    measures: dict = field(default_factory=dict)  # one imposer's measures of one type -> their merge


# ------------------------------------------------------------------ the pure core


def read_taxonomy(inputs: Inputs) -> Taxonomy:
    """The taxonomy, parsed once for the same file: a long-lived process (``mkdocs serve``)
    re-reads it on every save, and a big one takes half a second to parse."""
    path, data = inputs.taxonomy
    last = _TAXONOMY.get("last")
    if last is not None and last[0] == (path, data):
        return last[1]
    taxonomy = parse_taxonomy(decode(data, path), path)
    _TAXONOMY["last"] = ((path, data), taxonomy)
    return taxonomy


_TAXONOMY: dict[str, tuple[tuple[str, bytes], Taxonomy]] = {}


def read_sources(inputs: Inputs, memo: dict | None = None) -> tuple[Source, ...]:
    """Parse every source, collecting every problem rather than stopping at the first.

    ``memo`` (kept by a long-lived process) maps a file's path and bytes to its parse.
    """
    problems: list[BriefError] = []
    out: list[Source] = []
    ids: dict[str, str] = {}
    fresh: dict = {}
    for path, data in inputs.sources:
        src = memo.get((path, data)) if memo is not None else None
        try:
            src = src or parse_source(decode(data, path), path)
        except BriefError as err:
            problems.extend(err.problems)
            continue
        fresh[(path, data)] = src
        if src.id in RESERVED_IDS:
            problems.append(
                BriefError(f"the name '{src.id}' is reserved for a page of the site; rename the file", path)
            )
            continue
        if src.id in ids:
            problems.append(BriefError(f"has the same slug '{src.id}' as {ids[src.id]}; rename one of them", path))
            continue
        ids[src.id] = path
        out.append(src)
    if memo is not None:
        memo.clear()
        memo.update(fresh)
    if problems:
        raise BriefError.collect(problems)
    return tuple(out)


def read_intro(inputs: Inputs) -> Intro:
    if inputs.home is None:
        return home.parse_intro(None, home.HOME_FILE)
    path, data = inputs.home
    return home.parse_intro(decode(data, path), path)


def read_review(inputs: Inputs, taxonomy: Taxonomy) -> review.Review:
    if inputs.review is None:
        return review.Review(f"{SOURCES_DIR}/{review.REVIEW_FILE}")
    path, data = inputs.review
    return review.parse_review(decode(data, path), path, taxonomy)


def check(inputs: Inputs, memo: dict | None = None) -> tuple[Taxonomy, tuple[Source, ...]]:
    """Validate the taxonomy, the home page's introduction, the review file and every source,
    raising one error that lists all problems."""
    problems: list[BriefError] = []
    taxonomy = sources = None
    try:
        read_intro(inputs)
    except BriefError as err:
        problems.extend(err.problems)
    try:
        taxonomy = read_taxonomy(inputs)
    except BriefError as err:
        problems.extend(err.problems)
    try:
        sources = read_sources(inputs, memo)
    except BriefError as err:
        problems.extend(err.problems)
    try:
        if taxonomy is not None:
            read_review(inputs, taxonomy)
    except BriefError as err:
        problems.extend(err.problems)
    if problems or taxonomy is None or sources is None:
        raise BriefError.collect(problems)
    return taxonomy, sources


def cache_key(source: Source, taxonomy: Taxonomy) -> str:
    """What a source's annotation depends on: its file, the taxonomy and the annotator's code."""
    h = hashlib.sha256()
    for part in (repr(source), taxonomy.digest, _code()):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


def compact(annotated: AnnotatedSource) -> AnnotatedSource:
    """The source with its text rendered and its blocks dropped: all the rest of the build needs."""
    body = source_page.body(annotated).encode("utf-8")
    return replace(annotated, body=body, blocks=(), source=replace(annotated.source, text=""))


def annotate_one(taxonomy: Taxonomy, source: Source) -> AnnotatedSource:
    return compact(_annotator(taxonomy).annotate(source))


@functools.lru_cache(maxsize=2)
def _annotator(taxonomy: Taxonomy) -> Annotator:
    from .annotate import Annotator

    return Annotator(taxonomy)  # compiling the matchers is not free: once per taxonomy


def annotate_all(
    taxonomy: Taxonomy,
    sources: tuple[Source, ...],
    cache: Mapping[str, AnnotatedSource] | None = None,
    mapper: Callable | None = None,
    known_keys: Mapping[str, str] | None = None,
    memo: Memo | None = None,
) -> tuple[Brief, dict[str, AnnotatedSource]]:
    """Annotate every source (reusing cached ones) and merge; returns the brief and its cache entries.

    ``mapper`` (like the built-in ``map``) may spread the annotation of new sources over processes;
    ``known_keys`` gives the sources' cache keys by id where the caller has computed them.
    """
    cache = cache or {}
    ordered = sorted(sources, key=lambda s: s.id)
    keys = [known_keys[s.id] if known_keys else cache_key(s, taxonomy) for s in ordered]
    todo = [s for s, k in zip(ordered, keys, strict=True) if k not in cache]
    done = dict(
        zip((s.id for s in todo), (mapper or map)(functools.partial(annotate_one, taxonomy), todo), strict=True)
    )
    entries = {k: cache[k] if k in cache else done[s.id] for s, k in zip(ordered, keys, strict=True)}
    fresh = len(todo)
    annotated = tuple(entries.values())
    from .merge import measure_words, merge, merge_measures, topic_words

    stop = topic_words(taxonomy)
    events = merge([e for a in annotated for e in a.events], stop, memo.events if memo else None)
    sanctions = merge_measures(
        [x for a in annotated for x in a.sanctions], stop | measure_words(taxonomy), memo.measures if memo else None
    )
    brief = Brief(taxonomy=taxonomy, sources=annotated, events=events, sanctions=sanctions, annotated=fresh)
    return brief, entries


def render(brief: Brief) -> dict[str, str]:
    """Every generated file: docs/-relative path -> text."""
    return dict(iter_render(brief))


def iter_render(brief: Brief) -> Iterator[tuple[str, str]]:
    """The generated files one at a time, so that a big brief need not hold them all as text."""
    for doc, _, make in plan_pages(brief):
        yield doc, make()


PagePlan = tuple[str, "str | None", Callable[[], str]]


def plan_pages(brief: Brief, keys: Mapping[str, str] | None = None) -> Iterator[PagePlan]:
    """Every generated file as (docs/ path, key, render). Rendering is left to the caller.

    ``keys`` maps a source id to its annotation's cache key; with it, a source page's key digests
    all its page depends on (that key and the page's links into the timeline and sanctions pages),
    so a build can skip a page whose key and file are as the last build left them. Other pages
    gather every source and have no key: they are always rendered.
    """
    tax = brief.taxonomy
    titles = {a.source.id: source_page.display_title(a) for a in brief.sources}
    tl_chunks = timeline.chunks(brief.events)
    sm_chunks = sanctions_page.chunks(brief.sanctions)
    where = entities.Where(
        event={ev.id: c.doc for c in tl_chunks for ev in c.items},
        measure={sm.id: c.doc for c in sm_chunks for sm in c.items},
    )
    yield from _source_pages(brief, keys, tl_chunks, sm_chunks)
    every = [item for c in (*tl_chunks, *sm_chunks) for item in c.items] if keys is not None else []
    digests = dict(zip(map(id, every), _ITEM_DIGESTS.map(every), strict=True))
    # a timeline or sanctions page of one period is made from its entries, the titles of the
    # sources they cite, the taxonomy and the code: its key digests those (the index: no key)
    for chunks_, pages in (
        (tl_chunks, timeline.pages(tl_chunks, tax, titles)),
        (sm_chunks, sanctions_page.pages(sm_chunks, tax, titles)),
    ):
        by_doc = {c.doc: c for c in chunks_}
        for doc, make in pages.items():
            chunk = by_doc.get(doc)
            key = None
            if keys is not None and chunk is not None:
                cited = sorted({cite.source for item in chunk.items for cite in item.citations})
                items = [digests[id(item)] for item in chunk.items]
                key = _digest(_code(), tax.digest, len(chunks_), chunk.label, items, [titles.get(i) for i in cited])
            yield doc, key, make
    yield home.HOME_DOC, None, functools.partial(home.render, brief, where.measure, where.event)
    yield colours.COLOURS_DOC, None, functools.partial(_colours_css, brief)
    yield (
        review_page.REVIEW_DOC,
        None,
        functools.partial(review_page.render, brief, {**where.event, **where.measure}, titles),
    )
    yield f"{SOURCES_DIR}/index.md", None, functools.partial(indexes.sources_index, brief.sources)
    yield from _entity_pages(brief, where, titles, digests if keys is not None else None)
    yield from _data_files(brief, keys, titles)


def _entity_pages(
    brief: Brief, where: entities.Where, titles: Mapping[str, str], digests: Mapping[int, str] | None
) -> Iterator[PagePlan]:
    """The actor and theme pages. One is made of the entries and sources it lists, the pages those
    entries are on and the sources' titles: its key digests those (the two indexes: no key)."""
    for doc, make, made in entities.keyed_pages(brief, where, titles):
        key = None
        if digests is not None and made is not None:
            # a source shows there by its id, title, date and mentions (in made.parts), not its text
            items = [digests.get(id(x)) or _item_digest(x) for x in made.items()]
            key = _digest(_code(), brief.taxonomy.digest, made.parts(), items)
        yield doc, key, make


def _colours_css(brief: Brief) -> str:
    assigned = colours.assign(brief)
    return colours.css(assigned, {name: entities.actor_slug(name) for name in assigned})


def _data_files(brief: Brief, keys: Mapping[str, str] | None, titles: Mapping[str, str]) -> Iterator[PagePlan]:
    """The exports, the citations and the Data page that lists them with their sizes."""
    summary = citation.brief_summary(brief, brief.published)
    sizes: dict[str, int] = {}

    def sized(name: str, make: Callable[[], str]) -> Callable[[], str]:
        def run() -> str:
            text = make()
            sizes[name] = len(text.encode("utf-8"))
            return text

        return run

    made: dict[str, Callable[[], str]] = {
        "sources.json": lambda: export.dumps(export.sources_json(brief.sources)),
        "events.json": lambda: export.events_file(brief.events),
        "sanctions.json": lambda: export.sanctions_file(brief.sanctions),
        "measures.csv": lambda: tables.measures_csv(brief),
        "events.csv": lambda: tables.events_csv(brief),
        "timeline.json": lambda: tables.timelinejs(brief, summary["title"]),
        "entities.ftm.json": lambda: ftm.dumps(brief),
        "brief.json": lambda: citation.dumps(summary),
        "cite/brief.bib": lambda: citation.brief_bibtex(summary),
        "cite/brief.json": lambda: citation.dumps([citation.brief_csl(summary)]),
        **{
            f"schema/{n}.schema.json": functools.partial(lambda f: schemas.dumps(f()), f)
            for n, f in schemas.SCHEMAS.items()
        },
    }
    for name, make in made.items():
        yield f"{DATA_DIR}/{name}", None, sized(name, make)
    for a in brief.sources:
        title = titles.get(a.source.id, a.source.id)
        # a source's citation depends on its metadata alone: kept as it is while that is unchanged
        key = (
            _digest(
                _code(),
                "cite",
                a.source.id,
                title,
                a.source.authors,
                a.source.outlet,
                a.source.published,
                a.source.url,
            )
            if keys
            else None
        )
        yield f"{DATA_DIR}/cite/{a.source.id}.bib", key, functools.partial(citation.bibtex, a, title)
        yield (
            f"{DATA_DIR}/cite/{a.source.id}.json",
            key,
            functools.partial(lambda a, t: citation.dumps([citation.csl(a, t)]), a, title),
        )
    # after the files it measures: the writer makes files in the order given
    yield data_page.DATA_DOC, None, lambda: data_page.render(sizes, summary)


def _source_pages(brief: Brief, keys: Mapping[str, str] | None, tl_chunks, sm_chunks) -> Iterator[PagePlan]:
    """Each source's page, its key digesting its annotation's key and its links into the
    timeline and sanctions pages."""
    # a source page links each of its events to the timeline entry that carries it (maybe merged)
    event_page = {ev.id: c.doc for c in tl_chunks for ev in c.items}
    sanction_page = {sm.id: c.doc for c in sm_chunks for sm in c.items}
    measure_of = {
        (c.source, c.anchor, c.quote, sm.measure_type, sm.imposed_by): sm.id
        for sm in brief.sanctions
        for c in sm.citations
    }
    member_of: dict[tuple[str, str, str], str] = {}
    for ev in brief.events:
        for cite in ev.citations:
            member_of[(cite.source, cite.anchor, cite.quote)] = ev.id
    for a in brief.sources:
        doc = source_doc(a.source.id)
        links = {}
        for ev in a.events:
            c = ev.citations[0]
            merged_id = member_of.get((c.source, c.anchor, c.quote), ev.id)
            links[ev.id] = href(doc, event_page.get(merged_id, "timeline/index.md"), merged_id)
        for sm in a.sanctions:
            c = sm.citations[0]
            merged_id = measure_of.get((c.source, c.anchor, c.quote, sm.measure_type, sm.imposed_by), sm.id)
            links[sm.id] = href(doc, sanction_page.get(merged_id, "sanctions/index.md"), merged_id)
        # the review can change a source's events and measures without changing its annotation
        reviewed = (a.events, a.sanctions)
        key = _digest(keys[a.source.id], sorted(links.items()), reviewed) if keys and a.source.id in keys else None
        yield doc, key, functools.partial(source_page.render, a, brief.taxonomy, links)


def _digest(*parts: object) -> str:
    # msgspec encodes the frozen dataclasses in C: a repr() of a period's entries costs ten times more
    return hashlib.sha256(_encode(parts)).hexdigest()[:32]


_encode = msgspec.json.Encoder().encode


# each entry's digest, kept while the entry is the same object (peritem.py): a period page's key
# digests its entries', and an edit changes few of them
def _item_digest(item: object) -> str:
    return hashlib.sha256(_encode(item)).hexdigest()[:32]


_ITEM_DIGESTS: PerItem = PerItem(_item_digest)


def plan(
    inputs: Inputs,
    cache: Mapping[str, AnnotatedSource] | None = None,
    use_review: bool = True,
    published: str | None = None,
    use_directory_urls: bool = True,
) -> tuple[Brief, dict[str, str]]:
    """The brief and its files, in memory. ``use_review=False``: the annotator's work alone, as the
    scorer measures it, with sources/review.yml ignored; ``published``: the brief's date."""
    set_directory_urls(use_directory_urls)
    taxonomy, sources = check(inputs)
    brief, _ = annotate_all(taxonomy, sources, cache)
    brief = replace(brief, intro=read_intro(inputs), published=published)
    if use_review:
        brief = reviewed(brief, inputs, sources).brief
    return brief, render(brief)


def reviewed(brief: Brief, inputs: Inputs, sources: tuple[Source, ...]) -> review.Applied:
    """The researcher's decisions applied to the annotated, merged brief."""
    decisions = read_review(inputs, brief.taxonomy)
    if not decisions.decisions:
        return review.Applied(brief, ())
    return review.apply(brief, decisions, {s.id: s for s in sources})


@contextlib.contextmanager
def _cycles_uncollected() -> Iterator[None]:
    """The cycle collector paused for a build. A build's data are trees of frozen dataclasses
    that reference counting frees (a collection right after one finds nothing to free), and each
    pass of the collector walks the whole heap: 0.1 to 0.5 s of every edit under serve at
    N = 1,000, 1.9 s of a first one. Whatever cycles there are wait for the next pass."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_cycles_uncollected()
def build(
    root: Path,
    docs: Path | None = None,
    use_cache: bool = True,
    memo: Memo | None = None,
    use_review: bool = True,
    use_directory_urls: bool = True,
) -> tuple[BuildSummary, WriteReport]:
    """Load, plan and write: what ``brief build`` and the MkDocs hook run.

    With the cache, a build whose inputs, code and outputs are all as the last good build left
    them returns that build's summary and touches nothing (see snapshot.py). ``use_review=False``
    ignores sources/review.yml (``brief build --no-review``, ``BRIEF_NO_REVIEW=1``): the site then
    shows the annotator's work alone.
    """
    set_directory_urls(use_directory_urls)  # the offline edition links to .html files
    inputs = load(root)
    docs = docs or root / "docs"
    cache_dir = root / CACHE_DIR
    published = citation.as_of(os.environ.get("SOURCE_DATE_EPOCH"))
    print_ = _fingerprint(inputs, docs, use_review, published)
    last = snapshot.read(cache_dir) if use_cache else None
    if last is not None and last.fingerprint == print_ and snapshot.intact(last, docs):
        return replace(last.summary, annotated=0, reused=True), WriteReport((), (), len(last.files) - 1)
    taxonomy, sources = check(inputs, memo.sources if memo else None)
    source_keys = {s.id: cache_key(s, taxonomy) for s in sources}  # each hashes a whole text: once
    cache = _cached(cache_dir, list(source_keys.values()), memo) if use_cache else {}
    brief, entries = _annotate(taxonomy, sources, cache, source_keys, memo)
    brief = replace(brief, intro=read_intro(inputs), published=published)
    applied = reviewed(brief, inputs, sources) if use_review else review.Applied(brief, ())
    brief = applied.brief
    del inputs, sources  # what annotation needed: the rest of the build runs on the brief
    keys = {a.source.id: k for k, a in entries.items()} if use_cache else None
    files, kept, page_keys = _plan_writes(brief, keys, snapshot.current_keys(last, docs) if last else {})
    report = write(docs, files, kept, adopt=[rel for rel, _, _ in last.files] if last else ())
    summary = replace(BuildSummary.of(brief), warnings=tuple(str(w) for w in applied.orphans))
    if use_cache:
        annotation_cache.write(cache_dir / "annotations", entries, cache)
        written = [docs / MANIFEST, *(docs / rel for rel in sorted([*files, *kept]))]
        record = snapshot.Snapshot(
            print_, snapshot.stat_files(written, docs), summary, tuple(sorted(page_keys.items()))
        )
        snapshot.write(cache_dir, record)
    return summary, report


@_cycles_uncollected()
def warm(root: Path, memo: Memo, use_review: bool = True, use_directory_urls: bool = True) -> None:
    """Fill ``memo`` and the exports' per-entry memos as a build would, writing nothing.

    A `mkdocs serve` whose first build found everything as the last build left it has parsed
    and merged nothing; the hook runs this beside the server so that the first edit is as quick
    as the next ones (it reads the annotation cache, it annotates nothing new).
    """
    set_directory_urls(use_directory_urls)
    inputs = load(root)
    taxonomy, sources = check(inputs, memo.sources)
    source_keys = {s.id: cache_key(s, taxonomy) for s in sources}
    cache = _cached(root / CACHE_DIR, list(source_keys.values()), memo)
    brief, entries = annotate_all(taxonomy, sources, cache, known_keys=source_keys, memo=memo)
    memo.annotations = dict(entries)
    brief = replace(brief, intro=read_intro(inputs), published=citation.as_of(os.environ.get("SOURCE_DATE_EPOCH")))
    brief = reviewed(brief, inputs, sources).brief if use_review else brief
    keys = {a.source.id: k for k, a in entries.items()}
    for doc, _, make in plan_pages(brief, keys):  # the pages' keys digest every entry: once here
        if doc.startswith(f"{DATA_DIR}/") and "/cite/" not in doc:
            make()


def current(root: Path, use_review: bool = True) -> review.Applied:
    """The brief as a build would make it, writing nothing (``brief check``, ``brief review``):
    the annotation cache is read, never written."""
    inputs = load(root)
    taxonomy, sources = check(inputs)
    keys = {s.id: cache_key(s, taxonomy) for s in sources}
    cache = annotation_cache.read(root / CACHE_DIR / "annotations", list(keys.values()))
    brief, _ = _annotate(taxonomy, sources, cache, keys)
    return reviewed(brief, inputs, sources) if use_review else review.Applied(brief, ())


def _fingerprint(inputs: Inputs, docs: Path, use_review: bool, published: str | None) -> str:
    """Everything a build's output depends on: the code, where it writes, every input file, and the
    publication date."""
    review_file = inputs.review if use_review and inputs.review else ("", b"")
    files = (inputs.taxonomy, inputs.home or ("", b""), review_file, *inputs.sources)
    parts = (part for item in files for part in item)
    return snapshot.fingerprint(_code(), str(docs.resolve()), published or "", *parts)


def _cached(cache_dir: Path, keys: list[str], memo: Memo | None) -> dict[str, AnnotatedSource]:
    """The cached annotations of these keys: from the memo of a long-lived process, else from disk."""
    known = {k: memo.annotations[k] for k in keys if k in memo.annotations} if memo else {}
    return known | annotation_cache.read(cache_dir / "annotations", [k for k in keys if k not in known])


def _annotate(
    taxonomy: Taxonomy,
    sources: tuple[Source, ...],
    cache: Mapping[str, AnnotatedSource],
    source_keys: dict[str, str],
    memo: Memo | None = None,
) -> tuple[Brief, dict[str, AnnotatedSource]]:
    todo = sum(1 for k in source_keys.values() if k not in cache)
    if todo < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        brief, entries = annotate_all(taxonomy, sources, cache, known_keys=source_keys, memo=memo)
        if memo:
            memo.annotations = dict(entries)
        return brief, entries
    # annotation is pure CPU: a cold build of a big collection uses every core
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 1, 8), mp_context=ctx) as pool:
        brief, entries = annotate_all(
            taxonomy, sources, cache, lambda f, xs: pool.map(f, xs, chunksize=16), source_keys, memo
        )
    if memo:
        # as above: without it, the save after a build that annotated everything (a code or
        # taxonomy change under serve) would read every annotation back from disk
        memo.annotations = dict(entries)
    return brief, entries


def _plan_writes(
    brief: Brief, keys: Mapping[str, str] | None, current: Mapping[str, str]
) -> tuple[dict[str, Callable[[], str]], list[str], dict[str, str]]:
    """The files to render and write, those kept as they are, and every keyed page's key.

    A page whose key and file are as the last build left them is not rendered again: editing one
    source re-renders its page and the pages that gather all sources, not every page.
    """
    files: dict[str, Callable[[], str]] = {}
    page_keys: dict[str, str] = {}
    kept = []
    for doc, key, make in plan_pages(brief, keys):
        if key is not None:
            page_keys[doc] = key
            if current.get(doc) == key:
                kept.append(doc)
                continue
        files[doc] = make  # rendered one at a time as it is written
    return files, kept, page_keys


__all__ = [
    "build",
    "load",
    "plan",
    "check",
    "write",
    "render",
    "Inputs",
    "AnnotatedSource",
    "url_of",
    "MANIFEST",
    "WriteReport",
]
