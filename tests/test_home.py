"""The home page: the researcher's introduction, then the brief at a glance."""

from __future__ import annotations

import pytest

from brief.build import Inputs, plan
from brief.errors import BriefError
from brief.model import Intro
from brief.render.home import DEFAULT_INTRO, parse_intro

from .test_build import fixture_inputs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, Intro("Home", DEFAULT_INTRO)),
        ("# Fish\n\nAbout fish.\n", Intro("Home", "# Fish\n\nAbout fish.\n")),
        ("---\ntitle: Fish wars\n---\n# Fish\n", Intro("Fish wars", "# Fish\n")),
        ("---\n---\n# Fish\n", Intro("Home", "# Fish\n")),
    ],
)
def test_the_introduction_is_read(text, expected):
    assert parse_intro(text, "sources/_home.md") == expected


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\ntitle: Fish\nhooks: [x]\n---\n# Fish\n", 2),  # only a title
        ("---\ntitle: [a, b]\n---\n# Fish\n", 2),
        ("---\ntitle: &a Fish\nx: *a\n---\n", None),  # YAML aliases are refused like everywhere else
    ],
)
def test_a_bad_introduction_is_an_error_naming_the_file(text, line):
    with pytest.raises(BriefError) as err:
        parse_intro(text, "sources/_home.md")
    assert err.value.file == "sources/_home.md"
    if line:
        assert err.value.line == line


def test_the_home_page_has_the_introduction_and_the_brief_at_a_glance():
    base = fixture_inputs()
    inputs = Inputs(base.taxonomy, base.sources, ("sources/_home.md", b"---\ntitle: Fish\n---\n# About fish\n"))
    _, files = plan(inputs)
    home = files["index.md"]
    assert home.startswith("---\ntitle: Fish\n") and "# About fish" in home
    assert "## The brief at a glance" in home and 'href="sanctions/">' in home
    assert "## Newest sources" in home and "sources/2022-03-01-test/" in home


def test_the_glance_comes_after_the_introduction_s_opening_and_before_its_sections():
    base = fixture_inputs()
    intro = b"# About fish\n\nWhat it covers.\n\n## How to read it\n\nSlowly.\n"
    _, files = plan(Inputs(base.taxonomy, base.sources, ("sources/_home.md", intro)))
    home = files["index.md"]
    order = [home.index(s) for s in ("What it covers.", "## The brief at a glance", "## How to read it", "Slowly.")]
    assert order == sorted(order) and home.index("Slowly.") < home.index("## Newest sources")


def test_a_brief_with_no_introduction_gets_a_neutral_one():
    _, files = plan(fixture_inputs())
    assert "Write your own introduction in `sources/_home.md`." in files["index.md"]


def test_an_edit_to_the_introduction_rebuilds_the_home_page(tmp_path):
    from brief.build import build

    from .test_build import project

    root = project(tmp_path)
    (root / "sources/_home.md").write_text("# Fish, first\n", encoding="utf-8")
    build(root)
    assert "# Fish, first" in (root / "docs/index.md").read_text()
    (root / "sources/_home.md").write_text("# Fish, second\n", encoding="utf-8")
    _, report = build(root)
    assert report.written == ("index.md",)
    assert "# Fish, second" in (root / "docs/index.md").read_text()
    assert not list((root / "docs/sources").glob("_home*"))  # the introduction is no source
