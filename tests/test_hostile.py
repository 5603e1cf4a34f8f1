"""Source text is data, never markup: a hostile source builds, and nothing of it runs or renders as HTML."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .conftest import copy_project
from .test_site import mkdocs_build

FIXTURE = Path(__file__).parent / "fixtures" / "hostile" / "2022-05-01-hostile.md"
pytestmark = pytest.mark.slow

# What the site itself may load: Material's bundles and the brief's own script.
OWN_SCRIPT = re.compile(r"^/?(?:\.\./)*(?:\./)?(?:assets/javascripts/|javascripts/(?:brief|lazy-search)\.js|search/)")
BAD_SCHEMES = ("javascript:", "data:text", "vbscript:")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    shutil.copy2(FIXTURE, project / "sources" / FIXTURE.name)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_element_attribute_or_url_from_the_source(hostile_site):
    for path in html_files(hostile_site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        rel = path.relative_to(hostile_site)
        for tag in ("iframe", "object", "embed", "frame", "base", "meta[http-equiv]"):
            assert not soup.select(tag), f"{rel}: <{tag}> in the page"
        own_forms = {"md-header__option", "md-search__form", "brief-filters"}
        for form in soup.find_all("form"):
            assert own_forms & set(form.get("class") or []), f"{rel}: a form that is not the site's"
        for script in soup.find_all("script"):
            src = script.get("src")
            assert src is None or OWN_SCRIPT.match(src), f"{rel}: foreign script {src}"
            if script.get("type") == "application/ld+json":
                # data, not code: the source's words may be in it, but it parses, and no "<" can end it
                json.loads(script.string)
                assert "<" not in script.string, f"{rel}: markup in the JSON-LD"
                continue
            assert "alert(" not in (script.string or ""), f"{rel}: script text from a source"
        for style in soup.find_all("style"):
            assert "display:none" not in (style.string or ""), f"{rel}: style from a source"
        for el in soup.find_all(True):
            for attr, value in el.attrs.items():
                assert not attr.lower().startswith("on"), f"{rel}: event handler {attr} on <{el.name}>"
                values = value if isinstance(value, list) else [value]
                for v in values:
                    v = str(v).strip().lower()
                    assert not v.startswith(BAD_SCHEMES), f"{rel}: {attr}={v!r}"
                    assert "evil.example" not in v, f"{rel}: {attr}={v!r} links out to the source's URL"
        for img in soup.find_all("img"):
            assert not img.get("src", "").startswith(("http:", "https:", "//")), f"{rel}: remote image"


def test_the_text_appears_as_the_characters_it_is(hostile_site):
    page = hostile_site / "sources" / "2022-05-01-hostile" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    text = soup.get_text(" ")
    for literal in (
        "<script>alert('body')</script>",
        "<img src=x onerror=alert('img')>",
        '<iframe src="https://evil.example/frame"></iframe>',
        "<!-- material/tags -->",
        "<!-- tags/actors -->",
        "[link](javascript:alert('link'))",
        "![x](http://evil.example/x.png)",
        "https://evil.example/raw",
        "{{ config.site_name }}",
        "{% include 'x' %}",
        "indented code <script>alert('code')</script>",
    ):
        assert literal in text, literal
    # the title with ": ", "---", "#", quotes and HTML, shown as written (once escaped, not twice)
    title = "Evil: <script>alert('title')</script> --- # \"quoted\" {{ config }} & more"
    assert soup.find("h1").get_text().rstrip("¶") == title  # less the heading's permalink
    assert title in soup.find("title").get_text()
    assert "&amp;amp;" not in page.read_text(encoding="utf-8")
    card = soup.find("dl", class_="brief-card").get_text(" ")
    assert "<img src=x onerror=alert('outlet')>: Daily" in card
    assert 'O\'Brien: "the <b>bold</b>"' in card
    # the source's Markdown directives did nothing: no tag listing on a source page
    assert not soup.select(".md-typeset .md-tag")


def test_hostile_title_is_plain_text_in_navigation_listings_and_search(hostile_site):
    for rel in ("index.html", "sources/index.html", "actors/index.html", "timeline/index.html"):
        soup = BeautifulSoup((hostile_site / rel).read_text(encoding="utf-8"), "html.parser")
        assert not [s for s in soup.find_all("script") if "alert(" in (s.string or "")], rel
        assert not soup.find_all("b") or all("bold" not in b.get_text() for b in soup.find_all("b")), rel
    index = (hostile_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "<script>alert" not in index  # stored escaped; the search UI shows it as text


def test_unclosed_emphasis_repeated_is_plain_text():
    from brief.render.markup import inline

    text = "**a " * 20000
    assert inline(text) == text  # no span closes: nothing is emphasised, and nothing is lost
    assert inline("**bold** and *it*") == "<strong>bold</strong> and <em>it</em>"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"),
        ('a "quoted" & {{ jinja }}', "a &quot;quoted&quot; &amp; &#123;&#123; jinja &#125;&#125;"),
        ("`code` and \\ back", "&#96;code&#96; and &#92; back"),
        ("plain", "plain"),
    ],
)
def test_esc_gives_these_exact_strings(text, expected):
    from brief.render.markup import esc

    assert esc(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('<sup onclick="alert(1)">1</sup>', "&lt;sup onclick=&quot;alert(1)&quot;&gt;1&lt;/sup&gt;"),
        ("<sup>3</sup>", "<sup>3</sup>"),  # a bare superscript, kept as formatting
        ("<sub style='x'>2</sub>", "&lt;sub style=&#x27;x&#x27;&gt;2&lt;/sub&gt;"),
    ],
)
def test_only_bare_sup_and_sub_are_kept(text, expected):
    from brief.render.markup import inline

    assert inline(text) == expected
