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
import re
import secrets
import time
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

_IMPORT_START = time.perf_counter()
from brief.build import build  # noqa: E402 - timed: importing the generator is part of its cost
from brief.errors import BriefError  # noqa: E402
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
OWNED = ("sources/", "timeline/", "sanctions/", "actors/", "themes/", "index.md")
# inline tags the search index does not need: it keeps the words and the headings and paragraphs
# that split a page into sections; dropping these first spares the indexer's HTML parser most tags
_INLINE = re.compile(r"</?(?:a|time|span|q|em|strong|sup|sub|code|abbr|mark)\b[^>]*>")


def on_startup(command: str, dirty: bool = False, **kwargs) -> None:
    _state["serving"] = command == "serve"


@_timed
def on_pre_build(config, **kwargs) -> None:
    docs = Path(config["docs_dir"])
    root = Path(config["config_file_path"]).parent
    try:
        summary, report = build(root, docs)
    except BriefError as err:
        if not _state.get("serving"):
            raise PluginError(f"brief: {err}") from None
        # serving: keep answering with the last good pages, and say on each what is wrong
        _state["error"] = str(err)
        log.error("brief: %s (the last good pages are served until this is fixed)", err)
        return
    _state.pop("error", None)
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


@_timed
def on_page_markdown(markdown: str, page, config, files, **kwargs) -> str:
    if page.file.src_uri.startswith(OWNED) and "nonce" in _state:
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


_BODY = re.compile(r"<body\b[^>]*>")


def error_banner(message: str) -> str:
    lines = "".join(f"<li><code>{esc(line)}</code></li>" for line in message.splitlines() if line.strip())
    return (
        '<div class="brief-error" role="alert"><p><strong>The brief could not be rebuilt.</strong> '
        "These pages are from the last good build; fix the file and save to rebuild.</p>"
        f"<ul>{lines}</ul></div>"
    )


@_timed
def on_post_page(output: str, page, config, **kwargs) -> str:
    if _state.get("error"):
        output = _BODY.sub(lambda m: m.group(0) + error_banner(_state["error"]), output, count=1)
    # once written, a generated page's text is not needed again: with thousands of sources,
    # keeping every page's Markdown and HTML to the end of the build is most of the memory
    page.brief_full_content = None
    if page.file.src_uri.startswith(OWNED):
        page.markdown = None
        page.content = None
    return output


def on_post_build(config, **kwargs) -> None:
    # the benchmark reads this line: the generator's share of a build, measured inside it
    spent = _state.get("spent", {})
    parts = ", ".join(f"{name.removeprefix('on_')} {s:.2f}" for name, s in spent.items())
    log.info("brief: generator and hook took %.2f s of this build (%s)", sum(spent.values()), parts)
    _state["spent"] = {}
