"""The real site, built by MkDocs with --strict in a temporary folder, and briefs on other topics."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, copy_project

FIXTURES = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.slow


def mkdocs_build(
    project: Path, config: str = "mkdocs.yml", site: str | None = "site", engine: str = "mkdocs"
) -> subprocess.CompletedProcess:
    """A strict build of the project (``site=None``: into the config's own site_dir)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    cmd = [sys.executable, "-m", engine, "build", "--strict", "-f", str(project / config)]
    if site is not None:
        cmd += ["-d", str(project / site)]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The project's own brief, built once for the session (also served to the browser tests)."""
    project = copy_project(tmp_path_factory.mktemp("brief"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project


def test_strict_build_of_the_real_site(built_site):
    site = built_site / "site"
    for page in ("index.html", "timeline/index.html", "sanctions/index.html", "actors/index.html", "themes/index.html"):
        assert (site / page).is_file(), page
    sources = json.loads((site / "data/sources.json").read_text())
    assert len(sources) == len([p for p in (ROOT / "sources").glob("*.md") if not p.name.startswith("_")])
    for s in sources:
        assert (site / s["page"] / "index.html").is_file()
    # developers' pages are not the reader's: not built, not searchable
    assert not (site / "benchmark").exists() and not (site / "benchmark.json").exists()
    assert "benchmark" not in (site / "search/search_index.json").read_text().lower()
    # the home page lists every source
    home = (site / "index.html").read_text()
    assert all(s["page"] in home for s in sources)


def test_every_citation_anchor_exists(built_site):
    site = built_site / "site"
    events = json.loads((site / "data/events.json").read_text())
    pages = {
        s["id"]: (site / s["page"] / "index.html").read_text()
        for s in json.loads((site / "data/sources.json").read_text())
    }
    for ev in events:
        for c in ev["citations"]:
            assert f'id="{c["anchor"]}"' in pages[c["source"]]


def test_every_fragment_link_in_the_built_site_leads_to_an_element(built_site):
    """Each link with a #fragment, on every page, names an id that exists on the page it opens."""
    from urllib.parse import unquote, urljoin, urlparse

    from bs4 import BeautifulSoup

    site = built_site / "site"
    ids: dict[str, set[str]] = {}

    def ids_of(path: Path) -> set[str]:
        key = path.as_posix()
        if key not in ids:
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            ids[key] = {el["id"] for el in soup.find_all(id=True)}
        return ids[key]

    broken, checked = [], 0
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        base = "file://" + page.as_posix()
        for a in soup.find_all(["a", "area"], href=True):
            url = urlparse(urljoin(base, a["href"]))
            if url.scheme != "file" or not url.fragment or url.fragment.startswith(("__", ":~:")):
                continue
            target = Path(unquote(url.path))
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.is_file() or unquote(url.fragment) not in ids_of(target):
                broken.append(f"{page.relative_to(site)} -> {a['href']}")
    assert checked > 100
    assert not broken, f"{len(broken)} broken fragment links, e.g. {broken[:5]}"


def add_source(project: Path, fixture: Path) -> None:
    shutil.copy2(fixture, project / "sources" / fixture.name)


def test_a_sixth_article_on_another_subject_builds_with_no_code_change(tmp_path):
    """Drop an article on another subject in, extend the taxonomy (data, not code), build."""
    project = copy_project(tmp_path)
    add_source(project, FIXTURES / "other_topic" / "2021-08-12-mackerel-war.md")
    tax = (project / "sources/taxonomy.yml").read_text()
    extra = (FIXTURES / "other_topic" / "taxonomy.yml").read_text().split("actors:\n", 1)[1]
    tax += (
        "\n  # added for a new article\n"
        # the actors the brief does not know yet (it has its own European Union and Norway)
        + "\n".join(
            line for line in extra.splitlines() if "name: European Union" not in line and "name: Norway," not in line
        )
        + "\n"
    )
    # and the fisheries theme learns the new article's words
    tax = tax.replace(
        "cues: [fisher*, fishing, fish, seafood,", "cues: [fisher*, fishing, fish, mackerel, quota*, seafood,"
    )
    (project / "sources/taxonomy.yml").write_text(tax)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    sources = {s["id"]: s for s in json.loads((project / "site/data/sources.json").read_text())}
    new = sources["2021-08-12-mackerel-war"]
    assert {"Norway", "European Union", "Bjørnar Skjæran"} <= set(new["actors"])
    assert "fisheries" in new["themes"]
    events = json.loads((project / "site/data/events.json").read_text())
    dates = {e["date"] for e in events if any(c["source"] == new["id"] for c in e["citations"])}
    assert {"2021-06-03", "2021-06-04", "2021-07"} <= dates


def test_a_brief_on_another_topic_with_its_own_taxonomy(tmp_path):
    project = copy_project(tmp_path)
    for p in (project / "sources").glob("*.md"):
        p.unlink()
    (project / "sources" / "review.yml").unlink()  # the seed brief's decisions are about its own articles
    shutil.copy2(FIXTURES / "other_topic" / "taxonomy.yml", project / "sources" / "taxonomy.yml")
    add_source(project, FIXTURES / "other_topic" / "2021-08-12-mackerel-war.md")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    [src] = json.loads((site / "data/sources.json").read_text())
    assert src["actors"] == ["Norway", "European Union", "Faroe Islands", "Bjørnar Skjæran", "ICES"]
    assert set(src["themes"]) >= {"fisheries"}
    sanctions = json.loads((site / "data/sanctions.json").read_text())
    got = {(s["measure_type"], s["imposed_by"], s["status"], s["date"]) for s in sanctions}
    assert ("quota-cut", "Norway", "imposed", "2021-06-03") in got
    assert ("port-ban", "European Union", "imposed", "2021-07") in got
    assert ("quota-cut", "Faroe Islands", "expected", None) in got
    page = (site / "sources/2021-08-12-mackerel-war/index.html").read_text()
    # the title's "&" and the article's own heading survive, escaped once
    assert "The Mackerel War: Oslo, Brussels &amp; the North-East Atlantic" in page
    assert "A quota fight returns" in page
    # each actor has its page, listing the source and the measures it imposed; the index links it
    actors = (site / "actors/index.html").read_text()
    assert 'href="../actors/norway/"' in actors
    norway = (site / "actors/norway/index.html").read_text()
    assert "sources/2021-08-12-mackerel-war/" in norway and "sanctions/#sm-" in norway
    assert (site / "actors/bjornar-skjaeran/index.html").is_file()  # "ø" and "æ" spelt out, not dropped
    assert "sources/2021-08-12-mackerel-war/" in (site / "themes/fisheries/index.html").read_text()


def test_search_indexes_the_text_and_tags_but_not_the_lists_that_repeat_it(built_site):
    site = built_site / "site"
    docs = json.loads((site / "search/search_index.json").read_text())["docs"]
    events = json.loads((site / "data/events.json").read_text())
    ev = next(e for e in events if e["citations"])
    page = next(
        s["page"]
        for s in json.loads((site / "data/sources.json").read_text())
        if s["id"] == ev["citations"][0]["source"]
    )
    entries = [d for d in docs if d["location"].startswith(page)]
    text = " ".join(d["text"] for d in entries)
    assert ev["citations"][0]["quote"][:30] in text  # the paragraph is searchable
    assert "on the timeline" not in text and not any(d["location"].endswith("#events") for d in entries)
    assert entries[0].get("tags")  # actors and themes, for search by tag
    assert "<a " not in text and "<time" not in text  # words, not inline markup


def test_the_home_page_lists_the_newest_sources_and_links_all(tmp_path):
    project = copy_project(tmp_path)
    text = (project / "sources/2022-03-japan-russia-ties-amidst-ukraine-crisis.md").read_text()
    for i in range(12):  # more sources than the home page lists
        (project / f"sources/2021-{i + 1:02d}-copy-{i}.md").write_text(
            text.replace("published: 2022-03", f"published: 2021-{i + 1:02d}")
        )
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    home = (project / "site/index.html").read_text()
    listed = re.findall(r'<tr><td>[^<]*</td><td><a href="(sources/[^"]+)"', home)
    assert len(listed) == 10 and "sources/2021-01-copy-0/" not in listed  # the newest ten
    assert 'href="sources/">All 17 sources</a>' in home
    index = (project / "site/sources/index.html").read_text()
    assert index.count("<tr><td>") == 17


def _article(html: str) -> str:
    """A page's article, as a reader sees it: its text and links, whitespace aside."""
    m = re.search(r'<article class="md-content__inner[^"]*">(.*?)</article>', html, re.S)
    assert m, "no article"
    return re.sub(r"\s+", " ", m.group(1)).strip()


def test_the_site_is_complete_without_the_hook(built_site, tmp_path):
    """No lock-in: after `brief build`, MkDocs with no hooks renders the same pages as with it."""
    project = copy_project(tmp_path)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    run = subprocess.run(
        [sys.executable, "-m", "brief", "--root", str(project), "build"], capture_output=True, text=True, env=env
    )
    assert run.returncode == 0, run.stderr
    (project / "plain.yml").write_text("INHERIT: mkdocs.yml\nhooks: []\n", encoding="utf-8")
    plain = mkdocs_build(project, "plain.yml")
    assert plain.returncode == 0, plain.stderr
    assert "brief:" not in plain.stderr  # the hook really did not run
    with_hook = built_site / "site"
    pages = sorted(p.relative_to(with_hook) for p in with_hook.rglob("index.html") if "search" not in p.parts)
    assert len(pages) > 90
    for rel in pages:
        assert (project / "site" / rel).is_file(), rel
        assert _article((project / "site" / rel).read_text()) == _article((with_hook / rel).read_text()), rel
    # and search still finds a source page by an actor's name
    docs = json.loads((project / "site/search/search_index.json").read_text())["docs"]
    assert any("Fumio Kishida" in (d.get("tags") or []) for d in docs)


def test_properdocs_builds_the_same_brief(built_site, tmp_path):
    """ProperDocs (a MkDocs 1.x fork) reads the same mkdocs.yml and renders the same pages."""
    project = copy_project(tmp_path)
    run = mkdocs_build(project, engine="properdocs")
    assert run.returncode == 0, run.stderr
    for rel in ("index.html", "timeline/index.html", "sanctions/index.html", "actors/japan/index.html"):
        got = _article((project / "site" / rel).read_text())
        assert got == _article((built_site / "site" / rel).read_text()), rel


def test_an_orphaned_review_decision_fails_a_strict_build(tmp_path):
    project = copy_project(tmp_path)
    review = project / "sources" / "review.yml"
    review.write_text(review.read_text() + "- id: sm-0123456789\n  confirm: true\n")
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "review.yml" in result.stderr and "no event or measure has the id sm-0123456789" in result.stderr


def test_a_source_page_carries_citation_metadata_a_reference_manager_reads(built_site):
    from bs4 import BeautifulSoup

    sources = {s["id"]: s for s in json.loads((built_site / "site/data/sources.json").read_text())}
    src = next(s for s in sources.values() if s["authors"] and s["outlet"])
    soup = BeautifulSoup((built_site / "site" / src["page"] / "index.html").read_text(), "html.parser")
    meta: dict[str, list[str]] = {}
    for tag in soup.head.find_all("meta", attrs={"name": re.compile("^citation_")}):
        meta.setdefault(tag["name"], []).append(tag["content"])
    assert meta["citation_title"] == [src["title"]]
    assert meta["citation_author"] == src["authors"]
    assert meta["citation_publication_date"] == [src["published"].replace("-", "/")]
    assert meta["citation_journal_title"] == [src["outlet"]]
    [ld] = soup.head.find_all("script", type="application/ld+json")
    data = json.loads(ld.string)
    assert data["@type"] == "NewsArticle" and data["headline"] == src["title"]
    assert data["datePublished"] == src["published"]


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The offline edition (mkdocs.offline.yml), built once for the session."""
    project = copy_project(tmp_path_factory.mktemp("offline"))
    shutil.copy2(ROOT / "mkdocs.offline.yml", project / "mkdocs.offline.yml")
    result = mkdocs_build(project, "mkdocs.offline.yml", site=None)
    assert result.returncode == 0, result.stderr
    return project / "site-offline"


def test_every_link_of_the_offline_edition_resolves_on_disk(offline_site):
    from bs4 import BeautifulSoup

    # (404.html links from the site's root, as it must: it is served for any missing path)
    pages = sorted(p for p in offline_site.rglob("*.html") if p.name != "404.html")
    assert len(pages) > 90
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for a in soup.find_all("a", href=True):
            # a query alone ("?imposer=X", a filtered view) is this page
            href = a["href"].split("#", 1)[0].split("?", 1)[0]
            if not href or href.startswith(("http:", "https:", "mailto:")):
                continue
            target = (page.parent / href).resolve()
            assert not href.endswith("/"), f"{page.relative_to(offline_site)}: {href} opens a folder from disk"
            assert target.is_file(), f"{page.relative_to(offline_site)}: {href}"
    assert (offline_site / "search/search_index.js").is_file()  # the index inlined for file://


@pytest.mark.parametrize("name", ["sources", "events", "sanctions"])
def test_the_real_brief_s_exports_match_their_published_schemas(built_site, name):
    import jsonschema

    data = built_site / "site" / "data"
    schema = json.loads((data / "schema" / f"{name}.schema.json").read_text())
    jsonschema.validate(json.loads((data / f"{name}.json").read_text()), schema)
