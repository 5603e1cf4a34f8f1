"""Reading a project's inputs: the taxonomy, the home page's introduction and every source, as bytes.

The only part of the build that reads sources/. Each file is checked to be a regular file within
the size limit before it is read (a FIFO or a device would block, a sparse file would be read
whole), and a link leading out of sources/ or nowhere is an error naming it.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import BriefError
from .render.common import SOURCES_DIR
from .render.home import HOME_FILE
from .review import REVIEW_FILE
from .sources import MAX_BYTES

TAXONOMY = "taxonomy.yml"


@dataclass(frozen=True)
class Inputs:
    """The raw contents of a project's sources/ folder."""

    taxonomy: tuple[str, bytes]  # (path relative to the project, bytes)
    sources: tuple[tuple[str, bytes], ...]
    home: tuple[str, bytes] | None = None  # the introduction of the home page, when there is one
    review: tuple[str, bytes] | None = None  # the researcher's decisions (sources/review.yml), if any


def source_files(root: Path) -> list[Path]:
    folder = root / SOURCES_DIR
    if not folder.is_dir():
        raise BriefError(f"no '{SOURCES_DIR}/' folder in {root}", str(root))
    try:
        next(os.scandir(folder), None)  # an unreadable folder would otherwise look empty
    except OSError as exc:
        raise BriefError(f"cannot be listed: {exc.strerror}", f"{SOURCES_DIR}/") from None
    files = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if p.suffix.lower() != ".md" or any(part.startswith((".", "_")) for part in rel.parts):
            continue
        if p.name.lower() == "readme.md":
            continue
        files.append(p)
    return files


def load(root: Path) -> Inputs:
    """Read every source and the taxonomy; a file that cannot be read is an error naming it."""
    root = root.resolve()
    folder = (root / SOURCES_DIR).resolve()
    tax_path = root / SOURCES_DIR / TAXONOMY
    if not tax_path.is_file():
        raise BriefError(f"the taxonomy is missing: create {SOURCES_DIR}/{TAXONOMY}", f"{SOURCES_DIR}/{TAXONOMY}")
    problems: list[BriefError] = []
    sources = []
    home_path = root / SOURCES_DIR / HOME_FILE
    review_path = root / SOURCES_DIR / REVIEW_FILE
    found: dict[Path, tuple[str, bytes]] = {}
    extra = [p for p in (home_path, review_path) if p.exists() or p.is_symlink()]
    for p in [tax_path, *extra, *source_files(root)]:
        rel = p.relative_to(root).as_posix()
        # a plain file directly in sources/ is where it says; only a link (or a file in a
        # subfolder, which may be one) needs resolving, which is slow for thousands of files
        try:
            real = p.resolve(strict=True) if p.parent != root / SOURCES_DIR or p.is_symlink() else folder / p.name
        except (OSError, RuntimeError) as exc:  # a dangling link or a link loop
            problems.append(BriefError(f"is a link that leads nowhere ({exc.__class__.__name__})", rel))
            continue
        if folder not in real.parents:
            problems.append(BriefError(f"is a link to {real}, outside {SOURCES_DIR}/; copy the file in instead", rel))
            continue
        try:
            data = _read_regular(p)
        except BriefError as err:
            problems.append(BriefError(err.message, rel))
            continue
        if p == tax_path:
            taxonomy = (rel, data)
        elif p in (home_path, review_path):
            found[p] = (rel, data)
        else:
            sources.append((rel, data))
    if problems:
        raise BriefError.collect(problems)
    return Inputs(taxonomy, tuple(sources), found.get(home_path), found.get(review_path))


def _read_regular(path: Path) -> bytes:
    """A regular file within the size limit, checked before reading: a FIFO or a device would block
    or never end, and a huge (or sparse) file would be read whole before being refused."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise BriefError("is not a regular file (a pipe, a device or a folder?); sources are text files", str(path))
        if st.st_size > MAX_BYTES:
            raise BriefError(
                f"file is {st.st_size:,} bytes; the limit for one source is {MAX_BYTES:,} bytes", str(path)
            )
        with path.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)  # a file that grows while read is still bounded
    except OSError as exc:
        raise BriefError(f"cannot be read: {exc.strerror}", str(path)) from None
