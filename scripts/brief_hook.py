"""MkDocs hook: regenerate the brief before every build, so `mkdocs serve` follows edits to sources/.

Listed under `hooks:` in mkdocs.yml. The generator's errors become a PluginError: the build
stops with the file and line named, and the pages of the last good build stay as they were.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from brief.build import build
from brief.errors import BriefError
from brief.render.indexes import sources_table

log = logging.getLogger("mkdocs.hooks.brief")
_state: dict = {}
SOURCES_MARKER = "<!-- brief:sources -->"


def on_pre_build(config, **kwargs) -> None:
    docs = Path(config["docs_dir"])
    root = Path(config["config_file_path"]).parent
    try:
        brief, report = build(root, docs)
    except BriefError as err:
        raise PluginError(f"brief: {err}") from None
    _state["brief"] = brief
    log.info(
        "brief: %d sources (%d annotated, the rest cached), %d timeline entries, %d measures; "
        "%d files written, %d removed",
        len(brief.sources),
        brief.annotated,
        len(brief.events),
        len(brief.sanctions),
        len(report.written),
        len(report.removed),
    )


def on_page_markdown(markdown: str, page, config, files, **kwargs) -> str:
    meta = page.meta
    # Material's search weights `tags` highly: actors and theme names make a page findable by them
    if meta.get("actors") or meta.get("themes"):
        meta["tags"] = list(meta.get("actors") or []) + list(meta.get("themes") or [])
    if SOURCES_MARKER in markdown and "brief" in _state:
        markdown = markdown.replace(SOURCES_MARKER, sources_table(_state["brief"].sources, page.file.src_uri))
    return markdown
