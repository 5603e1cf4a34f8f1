"""MkDocs hook: regenerate the brief before every build, so `mkdocs serve` follows edits to sources/.

Listed under `hooks:` in mkdocs.yml. The site does not depend on it: after `brief build` every
page, listing and export is on disk, and a build without hooks renders the same pages. The hook
runs that build, and hands MkDocs the generated HTML blocks pre-made (a speed-up). The generator's errors become a PluginError: the build
stops with the file and line named, and the pages of the last good build stay as they were.
Under `mkdocs serve` a broken source must not stop the server: the error is logged, the last good
pages are built and served, and every page carries a banner naming the problem until it is fixed.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import secrets
import threading
import time
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

_IMPORT_START = time.perf_counter()
from brief.build import Memo, build, warm  # noqa: E402 - timed: importing the generator is part of its cost
from brief.errors import BriefError  # noqa: E402
from brief.output import JOURNAL, MANIFEST, TMP_PREFIX, TMP_SUFFIX  # noqa: E402
from brief.render.common import is_owned  # noqa: E402
from brief.render.markup import esc  # noqa: E402

log = logging.getLogger("mkdocs.hooks.brief")
# seconds the brief adds to this build, by what spent them
_state: dict = {"spent": {"import": time.perf_counter() - _IMPORT_START}}


def _timed(event):
    """Count an event's seconds as the brief's (reported at the end of the build, and by the benchmark)."""

    @functools.wraps(event)
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return event(*args, **kwargs)
        finally:
            spent = _state.setdefault("spent", {})
            spent[event.__name__] = spent.get(event.__name__, 0.0) + time.perf_counter() - start

    return run


# a raw HTML block of a generated page, written on one line: finished, escaped HTML (render/)
_LINE = r'^<(?:p|dl|ul|hr|div|form)\b[^>\n]*class="brief-[^"\n]*"[^\n]*$'
# a run of such blocks, one blank line apart: Markdown gets one slot for the run, not one a paragraph
_RUN = re.compile(rf"{_LINE}(?:\n\n{_LINE})*", re.M)
# inline tags the search index does not need: it keeps the words and the headings and paragraphs
# that split a page into sections; dropping these first spares the indexer's HTML parser most tags
_INLINE = re.compile(r"</?(?:a|time|span|q|em|strong|sup|sub|code|abbr|mark)\b[^>]*>")


def on_startup(command: str, dirty: bool = False, **kwargs) -> None:
    _state["serving"] = command == "serve"


def is_generated(rel: str) -> bool:
    """A docs/-relative path the generator writes (its pages, manifest, journal and temporaries)."""
    name = rel.rsplit("/", 1)[-1]
    return is_owned(rel) or rel in (MANIFEST, JOURNAL) or (name.startswith(TMP_PREFIX) and name.endswith(TMP_SUFFIX))


def on_serve(server, config, builder, **kwargs):
    """One build per save: the generator's own writes into docs/ must not trigger another build.

    MkDocs watches all of docs/; a save in sources/ builds, the build writes pages into docs/, and
    those writes would build (and reload the browser) a second time. docs/ is watched here instead,
    skipping the generator's files; a hand-written page there still rebuilds. This reaches into the
    server's rebuild flag; if a MkDocs version lacks it, the default watching stays (two builds).
    """
    cond = getattr(server, "_rebuild_cond", None)
    observer = getattr(server, "observer", None)
    docs = os.path.abspath(config["docs_dir"])
    if cond is None or observer is None or not hasattr(server, "_want_rebuild"):
        return server
    import watchdog.events

    def changed(event) -> None:
        if event.is_directory:
            return
        paths = [event.src_path, getattr(event, "dest_path", "") or ""]
        rels = [os.path.relpath(p, docs).replace(os.sep, "/") for p in paths if p]
        if all(is_generated(r) for r in rels):
            return
        with cond:
            server._want_rebuild = True
            cond.notify_all()

    try:
        server.unwatch(docs)
    except KeyError:
        return server
    handler = watchdog.events.FileSystemEventHandler()
    handler.on_any_event = changed
    observer.schedule(handler, docs, recursive=True)
    return server


@_timed
def on_pre_build(config, **kwargs) -> None:
    docs = Path(config["docs_dir"])
    root = Path(config["config_file_path"]).parent
    warming = _state.pop("warming", None)
    if warming is not None:
        warming.join()  # a save right after startup: let the memo finish filling first
    try:
        # under serve the process lives on: what one build parsed, annotated and merged serves the next
        summary, report = build(
            root,
            docs,
            memo=_state.setdefault("memo", Memo()) if _state.get("serving") else None,
            # BRIEF_NO_REVIEW=1: the annotator's work alone, sources/review.yml ignored
            use_review=os.environ.get("BRIEF_NO_REVIEW", "") in ("", "0"),
            use_directory_urls=bool(config.get("use_directory_urls", True)),
        )
    except BriefError as err:
        if not _state.get("serving"):
            raise PluginError(f"brief: {err}") from None
        # serving: keep answering with the last good pages, and say on each what is wrong
        _state["error"] = str(err)
        log.error("brief: %s (the last good pages are served until this is fixed)", err)
        return
    _state.pop("error", None)
    memo = _state.get("memo")
    if memo is not None and summary.reused and not memo.annotations:
        _warm(root, memo, bool(config.get("use_directory_urls", True)))
    for warning in summary.warnings:  # `mkdocs build --strict` fails on these
        log.warning("brief: %s", warning)
    _state["nonce"] = secrets.token_hex(6)
    log.info(
        "brief: %d sources (%d annotated, the rest cached), %d timeline entries, %d measures; "
        "%d files written, %d removed%s",
        len(summary.sources),
        summary.annotated,
        summary.events,
        summary.sanctions,
        len(report.written),
        len(report.removed),
        " (nothing changed since the last build)" if summary.reused else "",
    )


def _warm(root: Path, memo: Memo, use_directory_urls: bool) -> None:
    """Fill the memo beside the server after a first build that had nothing to do (build.warm)."""

    def run() -> None:
        start = time.perf_counter()
        try:
            warm(root, memo, os.environ.get("BRIEF_NO_REVIEW", "") in ("", "0"), use_directory_urls)
        except (BriefError, OSError) as err:  # the next build reports it; the memo just stays cold
            log.debug("brief: warming the memo failed: %s", err)
            return
        # the benchmark waits for this line: it times an edit once the server is ready for one
        log.info("brief: ready for edits (memo warmed in %.2f s)", time.perf_counter() - start)

    thread = threading.Thread(target=run, name="brief-warm", daemon=True)
    _state["warming"] = thread
    thread.start()


@_timed
def on_page_markdown(markdown: str, page, config, files, **kwargs) -> str:
    if is_owned(page.file.src_uri) and "nonce" in _state:
        # The generated pages' HTML blocks are finished HTML: Markdown would only parse them to
        # pass them through (twice, with MkDocs' anchor scan). Hand it a one-word slot instead and
        # put the blocks back in on_page_context. The page on disk stays complete.
        slots: list[str] = []

        def slot(m: re.Match) -> str:
            slots.append(m.group(0))
            return f"BRIEFSLOT{_state['nonce']}N{len(slots) - 1}"

        markdown = _RUN.sub(slot, markdown)
        # kept as UTF-8 until the page is rendered: MkDocs converts every page before it renders
        # any, and text with a "’" in it takes two bytes a character as a Python string
        page.brief_slots = [s.encode("utf-8") for s in slots]
    return markdown


def _for_search(run: str) -> str:
    """A run of blocks as search needs it: no inline tags, no block marked data-search-exclude."""
    keep = (b for b in run.split("\n\n") if "data-search-exclude" not in b[: b.find(">")])
    return "\n".join(_INLINE.sub("", b) for b in keep)


@event_priority(100)  # before the search plugin reads the page
@_timed
def on_page_context(context, page, config, nav, **kwargs):
    """Put the generated blocks back into the page: in full for the reader (``brief_full_content``,
    see overrides/partials/content.html), and as words without inline markup or the lists that
    repeat them for search, which reads ``page.content``."""
    slots = getattr(page, "brief_slots", None)
    if slots and page.content:
        page.brief_slots = None
        runs = [s.decode("utf-8") for s in slots]
        token = re.compile(rf"<p>BRIEFSLOT{_state['nonce']}N(\d+)</p>")
        page.brief_full_content = token.sub(lambda m: runs[int(m.group(1))], page.content)
        page.content = token.sub(lambda m: _for_search(runs[int(m.group(1))]), page.content)
    return context


_BODY = re.compile(rb"<body\b[^>]*>")
_BANNER_START, _BANNER_END = b"<!--brief-error-->", b"<!--/brief-error-->"
_BANNER = re.compile(re.escape(_BANNER_START) + rb".*?" + re.escape(_BANNER_END), re.S)


def error_banner(message: str) -> str:
    lines = "".join(f"<li><code>{esc(line)}</code></li>" for line in message.splitlines() if line.strip())
    return (
        '<div class="brief-error" role="alert"><p><strong>The brief could not be rebuilt.</strong> '
        "These pages are from the last good build; fix the file and save to rebuild.</p>"
        f"<ul>{lines}</ul></div>"
    )


def with_banner(html: bytes, message: str | None) -> bytes:
    """A built page with the error banner put in (or taken out, with no message)."""
    html = _BANNER.sub(b"", html)
    if message:
        banner = _BANNER_START + error_banner(message).encode("utf-8") + _BANNER_END
        html = _BODY.sub(lambda m: m.group(0) + banner, html, count=1)
    return html


def _banner_site(site_dir: Path, message: str | None) -> None:
    """Put the banner on every built page, or take it off them all.

    Under `mkdocs serve --dirty` a failed build re-renders no page (the generator wrote nothing),
    so the banner cannot come from the page events: the built pages themselves are edited.
    """
    for page in site_dir.rglob("*.html"):
        old = page.read_bytes()
        new = with_banner(old, message)
        if new != old:
            page.write_bytes(new)


@_timed
def on_post_page(output: str, page, config, **kwargs) -> str:
    # once written, a generated page's text is not needed again: with thousands of sources,
    # keeping every page's Markdown and HTML to the end of the build is most of the memory
    page.brief_full_content = None
    if is_owned(page.file.src_uri):
        page.markdown = None
        page.content = None
    return output


def on_post_build(config, **kwargs) -> None:
    if _state.get("serving") and (_state.get("error") or _state.get("bannered")):
        _banner_site(Path(config["site_dir"]), _state.get("error"))
        _state["bannered"] = bool(_state.get("error"))
    # the benchmark reads this line: the generator's share of a build, measured inside it
    spent = _state.get("spent", {})
    parts = ", ".join(f"{name.removeprefix('on_')} {s:.2f}" for name, s in spent.items())
    log.info("brief: generator and hook took %.2f s of this build (%s)", sum(spent.values()), parts)
    _state["spent"] = {}
