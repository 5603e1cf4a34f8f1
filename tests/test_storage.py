"""The storage side, from the cases that once lost data, ran code or wedged the build."""

from __future__ import annotations

import errno
import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from brief import output
from brief.build import build
from brief.errors import BriefError
from brief.output import JOURNAL, MANIFEST, owned_path

from .test_build import assert_docs_as_a_fresh_build_makes_them, project

ROOT = Path(__file__).resolve().parents[1]


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "entry",
    [
        "sources/../../README.md",
        "../README.md",
        "/etc/passwd",
        "data.md",  # a hand-written page beside the generated home page
        "sources/./x.md",
        "sources\\..\\x.md",
        "",
        5,
    ],
)
def test_a_manifest_entry_outside_the_owned_folders_is_an_error_not_a_deletion(tmp_path, entry):
    root = project(tmp_path)
    build(root)
    (root / "README.md").write_text("keep me")
    (root / "docs/data.md").write_text("hand-written")
    manifest = root / "docs" / MANIFEST
    files = json.loads(manifest.read_text())["files"]
    manifest.write_text(json.dumps({"files": [*files, entry]}))
    (root / "sources/2022-03-01-test.md").unlink()  # a build that would remove files
    before = _tree(root)
    with pytest.raises(BriefError) as err:
        build(root)
    assert MANIFEST in str(err.value) and repr(entry) in str(err.value) and "nothing was removed" in str(err.value)
    assert _tree(root) == before


@pytest.mark.parametrize(
    ("rel", "ok"),
    [
        ("sources/a.md", True),
        ("data/events.json", True),
        ("sources/sub/a.md", True),
        ("sources", False),
        ("sources/../a.md", False),
        ("elsewhere/a.md", False),
        ("sources//a.md", False),
    ],
)
def test_owned_paths(rel, ok):
    if ok:
        assert owned_path(rel, "m") == rel
    else:
        with pytest.raises(BriefError):
            owned_path(rel, "m")


def _planted_pickle(marker: Path) -> bytes:
    class Boom:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    return pickle.dumps(Boom())


def test_a_planted_pickle_in_the_cache_never_runs(tmp_path):
    root = project(tmp_path)
    build(root)
    marker = tmp_path / "pwned"
    cache = root / ".cache/brief"
    for name in ("last-build.pkl", "last-build.json", "annotations/x.pickle"):
        (cache / name).parent.mkdir(parents=True, exist_ok=True)
        (cache / name).write_bytes(_planted_pickle(marker))
    for entry in (cache / "annotations").glob("*.json"):
        entry.write_bytes(_planted_pickle(marker))
    summary, _ = build(root)
    assert not marker.exists()
    assert summary.annotated == 1  # the foreign entries were ignored and the source annotated again
    assert not list(cache.rglob("*.pickle"))  # and the legacy files cleared away
    assert_docs_as_a_fresh_build_makes_them(root)


def test_a_cache_entry_of_the_wrong_shape_is_ignored_with_a_warning(tmp_path, capsys):
    root = project(tmp_path)
    build(root)
    for entry in (root / ".cache/brief").rglob("*.json"):
        entry.write_text('{"source": 5}')
    summary, _ = build(root)
    assert summary.annotated == 1 and not summary.reused
    assert "warning" in capsys.readouterr().err


KILL = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    import brief.output as out
    real, n = os.replace, {"k": 0}
    def replace(a, b):
        if str(b).endswith((".md", ".json")) and "/docs/" in str(b) and not str(b).endswith("journal.json"):
            if n["k"] == int(sys.argv[2]):
                os._exit(9)  # killed: no cleanup of any kind
            n["k"] += 1
        real(a, b)
    out.os.replace = replace
    from brief.build import build
    build(Path(sys.argv[1]))
    """
)


@pytest.mark.parametrize("k", [0, 2, 4, 6])
def test_a_build_killed_after_k_replacements_is_finished_by_the_next(tmp_path, k):
    root = project(
        tmp_path,
        {
            "sources/2022-03-02-two.md": "---\npublished: 2022-03-02\nlanguage: en\n---\nTokyo met Moscow on 1 March 2022.\n"
        },
    )
    build(root)
    src = root / "sources/2022-03-01-test.md"
    src.write_text(src.read_text().replace("Three days later", "Four days later") + "\nOn 9 March 2022, Tokyo spoke.\n")
    # a new page, which sorts early: put in place before the kill, it is in no manifest yet
    (root / "sources/2022-01-01-aaa.md").write_text(
        "---\npublished: 2022-01-01\nlanguage: en\n---\nTokyo met Moscow on 1 January 2021.\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts")}
    rc = subprocess.run([sys.executable, "-c", KILL, str(root), str(k)], env=env, capture_output=True).returncode
    assert rc == 9
    assert (root / "docs" / JOURNAL).exists()
    build(root)  # neither refuses ("not written by the generator") nor leaves temporaries
    assert not (root / "docs" / JOURNAL).exists()
    assert not list((root / "docs").rglob(".brief-*.tmp"))
    assert_docs_as_a_fresh_build_makes_them(root)


@pytest.mark.parametrize("damage", ["delete", "garbage", "wrong shape"])
def test_a_missing_or_corrupt_manifest_is_recovered_with_a_message(tmp_path, capsys, damage):
    root = project(tmp_path)
    build(root)
    manifest = root / "docs" / MANIFEST
    {
        "delete": manifest.unlink,
        "garbage": lambda: manifest.write_text("{oops"),
        "wrong shape": lambda: manifest.write_text('["x"]'),
    }[damage]()
    src = root / "sources/2022-03-01-test.md"
    src.write_text(src.read_text() + "\nOn 9 March 2022, Tokyo spoke.\n")
    build(root)
    if damage != "delete":
        assert "warning" in capsys.readouterr().err
    assert json.loads(manifest.read_text())["files"]
    assert_docs_as_a_fresh_build_makes_them(root)


def test_stale_temporary_files_are_swept(tmp_path):
    root = project(tmp_path)
    build(root)
    for i in range(5):
        (root / f"docs/sources/.brief-stale{i}.tmp").write_text("x")
    src = root / "sources/2022-03-01-test.md"
    src.write_text(src.read_text() + "\nOn 9 March 2022, Tokyo spoke.\n")
    _, report = build(root)
    assert not list((root / "docs").rglob(".brief-*.tmp")) and "temporary" in report.recovered


@pytest.mark.parametrize("errno_", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_write_error_is_one_line_naming_the_path_and_leaves_the_last_good_pages(tmp_path, monkeypatch, errno_):
    root = project(tmp_path)
    build(root)
    src = root / "sources/2022-03-01-test.md"
    src.write_text(src.read_text() + "\nOn 9 March 2022, Tokyo spoke.\n")
    before = _tree(root / "docs")

    def full(*args, **kwargs):
        raise OSError(errno_, os.strerror(errno_))

    monkeypatch.setattr(output.tempfile, "mkstemp", full)
    with pytest.raises(BriefError) as err:
        build(root)
    message = str(err.value)
    assert "cannot be written" in message and os.strerror(errno_) in message and "docs/" in message
    assert "\n" not in message
    assert _tree(root / "docs") == before


def _add(root: Path, name: str, text: str = "---\npublished: 2022-03-02\nlanguage: en\n---\nTokyo spoke.\n") -> None:
    (root / "sources" / name).write_text(text)


@pytest.mark.parametrize("name", ["index.md", "tags.md"])
def test_a_source_with_a_reserved_name_is_an_error(tmp_path, name):
    root = project(tmp_path)
    _add(root, name)
    with pytest.raises(BriefError) as err:
        build(root)
    assert "is reserved" in str(err.value) and name in str(err.value)


def test_an_upper_case_md_file_is_a_source(tmp_path):
    root = project(tmp_path)
    _add(root, "2022-03-02-shout.MD")
    summary, _ = build(root)
    assert "2022-03-02-shout" in {a.source.id for a in summary.sources}


def test_a_fifo_is_refused_without_being_read(tmp_path):
    root = project(tmp_path)
    os.mkfifo(root / "sources/2022-03-02-pipe.md")  # opening it for reading would block forever
    with pytest.raises(BriefError) as err:
        build(root)
    assert "not a regular file" in str(err.value) and "2022-03-02-pipe.md" in str(err.value)


def test_a_huge_sparse_file_is_refused_before_it_is_read(tmp_path):
    root = project(tmp_path)
    with open(root / "sources/2022-03-02-huge.md", "wb") as fh:
        fh.truncate(50 * 1024**3)  # 50 GB of holes: reading it whole would take minutes
    with pytest.raises(BriefError) as err:
        build(root)
    assert "the limit for one source" in str(err.value)


def test_a_symlink_loop_is_an_error_naming_it(tmp_path):
    root = project(tmp_path)
    (root / "sources/loop.md").symlink_to(root / "sources/loop.md")
    with pytest.raises(BriefError) as err:
        build(root)
    assert "loop.md" in str(err.value) and "leads nowhere" in str(err.value)


def test_an_unlistable_sources_folder_is_an_error_not_an_empty_brief(tmp_path, monkeypatch):
    root = project(tmp_path)
    build(root)

    def denied(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("brief.build.os.scandir", denied)
    with pytest.raises(BriefError) as err:
        build(root)
    assert "cannot be listed" in str(err.value)
    assert (root / "docs/sources/2022-03-01-test.md").exists()
