"""Writing the generated files: only changed bytes, never a file the generator did not write, never outside its folders.

The manifest (``docs/.brief-manifest.json``) lists the files the generator wrote; only those
are ever replaced or removed. Every entry of it is checked before anything is touched: a path
that is not a plain relative path inside the generator's folders is an error naming it, never a
deletion (a committed manifest is as untrusted as any other file in a clone).

Files are staged beside their targets first. Before the first one replaces its target, a journal
(``docs/.brief-journal.json``) records every pending replacement and removal; a build killed
half-way leaves the journal, and the next build finishes the job before doing its own, so
``docs/`` is never left half old and half new, and stale temporary files are swept.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import BriefError
from .render.common import OWNED_DIRS, OWNED_FILES, is_owned

MANIFEST = ".brief-manifest.json"  # in docs/: the files the generator wrote (MkDocs skips dotfiles)
JOURNAL = ".brief-journal.json"  # in docs/: the replacements of a build in progress
TMP_PREFIX, TMP_SUFFIX = ".brief-", ".tmp"

Content = str | bytes | Callable[[], str | bytes]
# what to do with a hand-written file where the generator now writes one
HINTS = {"index.md": "the home page is made from the brief now: move your introduction to sources/_home.md"}


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int
    recovered: str = ""  # what was repaired from an interrupted or damaged earlier build, if anything


def owned_path(rel: object, where: str) -> str:
    """``rel`` as a normalised docs/-relative path inside the generator's folders, or an error naming it."""
    if not isinstance(rel, str) or not rel or "\\" in rel or "\x00" in rel:
        raise BriefError(
            f"entry {rel!r} is not a relative path; nothing was removed: delete this file to rebuild it", where
        )
    parts = rel.split("/")  # the raw parts: a normalising path class would hide "./" and "//"
    if rel in OWNED_FILES:
        return rel
    if any(p in ("", ".", "..") for p in parts) or len(parts) < 2 or parts[0] not in OWNED_DIRS:
        raise BriefError(
            f"entry {rel!r} is outside the generator's folders ({', '.join(sorted(OWNED_DIRS))}) and files "
            f"({', '.join(OWNED_FILES)}); "
            "nothing was removed: delete this file to rebuild it",
            where,
        )
    return rel


def _inside(docs: Path, rel: str) -> bool:
    """The target resolves inside docs/ (a symlinked folder must not carry a write elsewhere)."""
    real = (docs / rel).resolve()
    return docs.resolve() in real.parents


def read_manifest(docs: Path) -> tuple[set[str] | None, str]:
    """The files the last build wrote, and a note when the manifest was missing or unreadable.

    ``None`` means unknown (no readable manifest); an entry outside the owned folders is an error.
    """
    path = docs / MANIFEST
    where = str(path)
    if not path.exists():
        return None, ""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return None, f"{where}: unreadable ({exc.__class__.__name__}); ownership recovered from the files themselves"
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        return None, f"{where}: has no 'files' list; ownership recovered from the files themselves"
    return {owned_path(rel, where) for rel in files}, ""


def recover(docs: Path) -> str:
    """Finish a build that was killed while replacing files, and sweep stale temporary files."""
    notes = []
    journal = docs / JOURNAL
    if journal.exists():
        notes.append(_replay(docs, journal))
    swept = 0
    for name in OWNED_DIRS:
        folder = docs / name
        if folder.is_dir() and not folder.is_symlink():
            for tmp in folder.rglob(f"{TMP_PREFIX}*{TMP_SUFFIX}"):
                tmp.unlink(missing_ok=True)
                swept += 1
    for tmp in docs.glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"):
        tmp.unlink(missing_ok=True)
        swept += 1
    if swept:
        notes.append(f"removed {swept} temporary files left by an interrupted build")
    return "; ".join(n for n in notes if n)


def _replay(docs: Path, journal: Path) -> str:
    where = str(journal)
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        pending = [(str(tmp), owned_path(rel, where)) for tmp, rel in data["replace"]]
        removals = [owned_path(rel, where) for rel in data["remove"]]
        files = [owned_path(rel, where) for rel in data["files"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        journal.unlink(missing_ok=True)
        return f"{where}: unreadable ({exc.__class__.__name__}); ignored"
    done = 0
    for tmp, rel in pending:
        # only our own temporary files, beside their target, are moved into place
        staged = docs / rel
        tmp_path = staged.parent / PurePosixPath(tmp).name
        if tmp_path.name.startswith(TMP_PREFIX) and tmp_path.is_file() and _inside(docs, rel):
            os.replace(tmp_path, staged)
            done += 1
    for rel in removals:
        if _inside(docs, rel):
            (docs / rel).unlink(missing_ok=True)
    _atomic_write(docs / MANIFEST, _manifest_text(files))
    journal.unlink(missing_ok=True)
    return f"finished an interrupted build ({done} files put in place)"


def write(
    docs: Path, files: Mapping[str, Content], keep: Collection[str] = (), adopt: Collection[str] = ()
) -> WriteReport:
    """Write what changed; remove what the generator wrote before and no longer makes.

    A file's content may be given as a function that makes it: each is made, compared and
    staged in turn, so that a big brief is never held whole in memory; nothing replaces a file
    until every one is staged, so a failure leaves the last good files in place.
    ``keep`` names files of the last build known to be current (not rendered again): they stay.
    ``adopt`` names files the last build record says the generator wrote: used when the manifest
    is missing or unreadable. Only the generator's own files are ever removed, and a file it did
    not write is never overwritten: hand-written pages are safe wherever they are.
    """
    docs.mkdir(parents=True, exist_ok=True)
    note = recover(docs)
    previous, manifest_note = read_manifest(docs)
    if previous is None:
        previous = {rel for rel in adopt if is_owned(rel)}
    targets = {owned_path(rel, str(docs / rel)): rel for rel in files}
    _check_targets(docs, files, previous, manifest_note)
    staged, unchanged = _stage_all(docs, files)
    owned = set(targets) | set(keep)
    removals = [rel for rel in sorted(previous - owned) if (docs / rel).is_file() and _inside(docs, rel)]
    _commit(docs, staged, removals, sorted(owned))
    recovered = "; ".join(n for n in (note, manifest_note) if n)
    if recovered:
        print(f"brief: warning: {recovered}", file=sys.stderr)
    return WriteReport(tuple(rel for _, _, rel in staged), tuple(removals), unchanged + len(keep), recovered)


def _check_targets(docs: Path, files: Mapping[str, Content], previous: set[str], manifest_note: str) -> None:
    """Refuse, before anything is written, a target reached through a link out of docs/ or one
    the generator did not write."""
    for rel in files:
        target = docs / rel
        if not _inside(docs, rel):
            raise BriefError("is reached through a link out of docs/; the generator does not write there", str(target))
        if target.exists() and rel not in previous and not _same(target, files[rel], manifest_note):
            hint = HINTS.get(rel, "move it out of the way")
            raise BriefError(
                f"exists but was not written by the generator; {hint} (it is not overwritten)", str(target)
            )


def _commit(docs: Path, staged: list[tuple[str, Path, str]], removals: list[str], owned: list[str]) -> None:
    """Journal the replacements and removals, do them, write the manifest, drop the journal."""
    if staged or removals:
        journal = {"replace": [[Path(t).name, r] for t, _, r in staged], "remove": removals, "files": owned}
        _atomic_write(docs / JOURNAL, (json.dumps(journal) + "\n").encode("utf-8"))
    for tmp, target, _ in staged:
        os.replace(tmp, target)
    for rel in removals:
        (docs / rel).unlink(missing_ok=True)
    manifest = _manifest_text(owned)
    path = docs / MANIFEST
    if not path.is_file() or path.read_bytes() != manifest:
        _atomic_write(path, manifest)
    (docs / JOURNAL).unlink(missing_ok=True)


def _same(target: Path, content: Content, manifest_note: str) -> bool:
    """With no usable manifest, a file already holding exactly what the generator would write is its own."""
    if not manifest_note or callable(content):
        return False
    data = content.encode("utf-8") if isinstance(content, str) else content
    return target.is_file() and target.read_bytes() == data


def _stage_all(docs: Path, files: Mapping[str, Content]) -> tuple[list[tuple[str, Path, str]], int]:
    staged: list[tuple[str, Path, str]] = []
    unchanged = 0
    try:
        # in the order given: a page may be made from what earlier ones measured (the Data page
        # lists the exports' sizes); the order of replacing is the sorted one, below
        for rel in files:
            content = files[rel]
            content = content() if callable(content) else content
            data = content.encode("utf-8") if isinstance(content, str) else content
            target = docs / rel
            if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
                unchanged += 1
                continue
            staged.append((_stage(target, data), target, rel))
    except BaseException:
        for tmp, _, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    return sorted(staged, key=lambda item: item[2]), unchanged


def _manifest_text(files: list[str]) -> bytes:
    return (json.dumps({"files": files}, indent=1) + "\n").encode("utf-8")


def _stage(target: Path, data: bytes) -> str:
    """Write data to a temporary file beside target (a dotfile: MkDocs skips it); return its path."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=TMP_PREFIX, suffix=TMP_SUFFIX)
    except OSError as exc:
        raise BriefError(f"cannot be written: {exc.strerror or exc}", str(target)) from exc
    try:
        # mkstemp makes the file private; a generated page is for anyone who may read the project
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BriefError(f"cannot be written: {exc.strerror or exc}", str(target)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _atomic_write(target: Path, data: bytes) -> None:
    os.replace(_stage(target, data), target)
