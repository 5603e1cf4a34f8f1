"""The annotation cache: one JSON file per source annotation, keyed by source, taxonomy and code.

Plain data, decoded against the model's types: a cache folder is as untrusted as anything else
in a clone, so an entry that is not exactly an annotated source is ignored (with a warning) and
the source annotated again. Nothing read from it can run code.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import msgspec

from .model import AnnotatedSource

SUFFIX = ".json"
LEGACY = ("*.pickle", "*.pkl")  # older formats: never loaded, removed on the next write

_decoder = msgspec.json.Decoder(AnnotatedSource)
_encoder = msgspec.json.Encoder()


def read(folder: Path, keys: list[str]) -> dict[str, AnnotatedSource]:
    """Cached annotations for these keys; a missing or invalid entry is simply annotated again."""
    out = {}
    bad = []
    for key in keys:
        path = folder / f"{key}{SUFFIX}"
        try:
            data = path.read_bytes()
        except OSError:
            continue
        try:
            value = _decoder.decode(data)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            bad.append(f"{path.name} ({exc})")
            continue
        if value.source.id and value.source.path:
            out[key] = value
    if bad:
        print(f"brief: warning: ignored {len(bad)} invalid cache entries, annotating again: {bad[0]}", file=sys.stderr)
    return out


def write(folder: Path, entries: Mapping[str, AnnotatedSource], had: Mapping[str, AnnotatedSource]) -> None:
    """Store new entries; drop the ones no source uses any more, so the cache stays the corpus's size."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for key, value in entries.items():
            if key not in had:
                _atomic(folder / f"{key}{SUFFIX}", _encoder.encode(value))
        for pattern in (f"*{SUFFIX}", *LEGACY):
            for path in folder.glob(pattern):
                if path.stem not in entries:
                    path.unlink(missing_ok=True)
    except OSError:
        pass  # a cache that cannot be written costs time on the next build, nothing else


def _atomic(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
