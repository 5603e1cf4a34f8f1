"""The MkDocs hook: a broken source stops `mkdocs build`, but `mkdocs serve` keeps serving."""

from __future__ import annotations

import importlib.util
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from .conftest import ROOT, copy_project


def _hook():
    spec = importlib.util.spec_from_file_location("brief_hook_under_test", ROOT / "scripts" / "brief_hook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page():
    return SimpleNamespace(file=SimpleNamespace(src_uri="index.md"), brief_full_content=None)


def _broken(tmp_path):
    project = copy_project(tmp_path)
    bad = project / "sources" / "2022-05-01-broken.md"
    bad.write_text("---\npublished: yesterday\nlanguage: en\n---\nText.\n")
    return {"docs_dir": str(project / "docs"), "config_file_path": str(project / "mkdocs.yml")}


def test_a_broken_source_fails_mkdocs_build(tmp_path):
    hook = _hook()
    hook.on_startup(command="build")
    with pytest.raises(PluginError, match="2022-05-01-broken.md:2"):
        hook.on_pre_build(_broken(tmp_path))


def test_under_serve_a_broken_source_is_a_banner_on_every_page_not_a_stopped_server(tmp_path):
    hook = _hook()
    hook.on_startup(command="serve")
    config = _broken(tmp_path)
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    for rel in ("index.html", "sub/index.html"):
        (site / rel).write_text('<html><body class="x"><p>page</p></body></html>')
    config["site_dir"] = str(site)
    hook.on_pre_build(config)  # no exception: MkDocs goes on and serves the last good pages
    hook.on_post_build(config)
    for rel in ("index.html", "sub/index.html"):  # every page, re-rendered or not (--dirty)
        page = (site / rel).read_text()
        assert 'role="alert"' in page and "2022-05-01-broken.md:2" in page and "&#x27;published&#x27;" in page
        assert page.index("<body") < page.index("brief-error") < page.index("<p>page")
    hook.on_pre_build(config)
    hook.on_post_build(config)  # still broken: one banner, not two
    assert (site / "index.html").read_text().count('role="alert"') == 1
    # fixed: the next build clears the banner from every page
    (tmp_path / "sources" / "2022-05-01-broken.md").unlink()
    hook.on_pre_build(config)
    hook.on_post_build(config)
    for rel in ("index.html", "sub/index.html"):
        assert (site / rel).read_text() == '<html><body class="x"><p>page</p></body></html>'
