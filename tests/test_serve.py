"""`mkdocs serve` as the researcher runs it: one build per save, and a broken source never stops it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brief.bench import _free_port as _port
from brief.bench import _get

from .conftest import copy_project


def _until(check, timeout: float = 60.0, step: float = 0.1):
    deadline = time.time() + timeout
    while time.time() < deadline:
        got = check()
        if got:
            return got
        time.sleep(step)
    return None


@pytest.fixture
def served(tmp_path):
    project = copy_project(tmp_path)
    port = _port()
    log = (tmp_path / "serve.log").open("w")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        assert _until(lambda: _get(base), 120), (tmp_path / "serve.log").read_text()
        time.sleep(1.0)  # let the watcher settle after the first build
        yield project, base, tmp_path / "serve.log"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def _builds(log: Path) -> int:
    return len(re.findall(r"Detected file changes", log.read_text()))


def _edit(project: Path, token: str) -> tuple[Path, str]:
    src = sorted((project / "sources").glob("[!_]*.md"))[0]
    src.write_text(src.read_text(encoding="utf-8") + f"\n{token} said so on 3 May 2023.\n", encoding="utf-8")
    return src, "sources/" + src.stem + "/"


def test_a_save_builds_once_and_is_served(served):
    project, base, log = served
    before = _builds(log)
    _, page = _edit(project, "Zebulon")
    assert _until(lambda: "Zebulon" in (_get(base + page) or "")), log.read_text()
    time.sleep(3.0)  # a second build, if the generator's own writes caused one, would start by now
    assert _builds(log) - before == 1, log.read_text()
    # a hand-written page under docs/ still rebuilds the site
    (project / "docs/notes.md").write_text("---\ntitle: Notes\n---\n# Notes\n\nQuokka.\n", encoding="utf-8")
    assert _until(lambda: "Quokka" in (_get(base + "notes/") or "")), log.read_text()


def test_a_broken_source_keeps_the_server_answering_with_a_banner(served):
    project, base, log = served
    src = sorted((project / "sources").glob("[!_]*.md"))[0]
    good = src.read_text(encoding="utf-8")
    src.write_text(good.replace("published:", "published: [", 1), encoding="utf-8")
    banner = _until(lambda: "brief-error" in (_get(base) or "") and _get(base))
    assert banner and src.name in banner, log.read_text()
    src.write_text(good, encoding="utf-8")
    assert _until(lambda: "brief-error" not in (_get(base) or "brief-error")), log.read_text()
