"""The record of the last good build: when nothing it depends on has changed, there is nothing to do.

A build depends on the bytes of the sources and the taxonomy, the generator's code and where it
writes. If all of those hash as they did at the last good build, and every file that build wrote
is still on disk as it left it (same size and modification time), redoing the build would write
nothing: the summary it returned is returned again. This makes the rebuilds of an unchanged
brief (every `mkdocs build`, the first build of `mkdocs serve`) cost a read of the sources.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import msgspec

from .model import BuildSummary

NAME = "last-build.json"  # plain data, validated on read: a foreign record is ignored, never run


@dataclass(frozen=True)
class Snapshot:
    fingerprint: str
    files: tuple[tuple[str, int, int], ...]  # (path, size, mtime_ns) of every file written
    summary: BuildSummary
    keys: tuple[tuple[str, str], ...] = ()  # (path, what its content was made from) where known


def fingerprint(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))  # length-prefixed: no two inputs hash alike
        h.update(data)
    return h.hexdigest()


def stat_files(paths: list[Path], base: Path) -> tuple[tuple[str, int, int], ...]:
    out = []
    for p in paths:
        st = p.stat()
        out.append((p.relative_to(base).as_posix(), st.st_size, st.st_mtime_ns))
    return tuple(out)


def intact(snapshot: Snapshot, base: Path) -> bool:
    """Every file the last build wrote is still as it left it."""
    for rel, size, mtime in snapshot.files:
        try:
            st = (base / rel).stat()
        except OSError:
            return False
        if st.st_size != size or st.st_mtime_ns != mtime:
            return False
    return True


def current_keys(snapshot: Snapshot, base: Path) -> dict[str, str]:
    """The keys of the files that are still on disk as the last build left them."""
    stats = {rel: (size, mtime) for rel, size, mtime in snapshot.files}
    out = {}
    for rel, key in snapshot.keys:
        try:
            st = (base / rel).stat()
        except OSError:
            continue
        if stats.get(rel) == (st.st_size, st.st_mtime_ns):
            out[rel] = key
    return out


def read(folder: Path) -> Snapshot | None:
    path = folder / NAME
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return msgspec.json.decode(data, type=Snapshot)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        print(f"brief: warning: ignored {path} ({exc}); building in full", file=sys.stderr)
        return None


def write(folder: Path, snapshot: Snapshot) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{NAME}.tmp"
        tmp.write_bytes(msgspec.json.encode(snapshot))
        os.replace(tmp, folder / NAME)
    except OSError:
        pass  # without the record the next build does the work again, nothing worse
