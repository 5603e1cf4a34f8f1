"""Property tests: any text and any metadata either build or fail with the project's own error."""

from __future__ import annotations

import frontmatter
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from brief.build import Inputs, plan
from brief.errors import BriefError
from brief.render.markup import esc
from brief.render.source_page import display_title as brief_title
from brief.sources import decode
from brief.yamldoc import dump, load

from .conftest import SMALL_TAXONOMY

settings.register_profile("brief", deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("brief")

# article-like text: words, names of the taxonomy, dates, markup and stray bytes of every kind
pieces = st.sampled_from(
    [
        "Japan",
        "Tokyo",
        "the Kremlin",
        "Kishida",
        "sanctions",
        "froze the assets",
        "On 25 February",
        "2022",
        "Three days later",
        "In May",
        "<script>",
        "**",
        "*",
        "[1]",
        "(2)",
        "# ",
        "- ",
        "\n",
        "\n\n",
        ". ",
        ", ",
        "“",
        "”",
        "{{",
        "}}",
        "---",
        "\t",
        "\r\n",
        "é",
        "日本",
        "\u2028",
        "\ue000",
        "\\",
    ]
)
texts = st.lists(st.one_of(pieces, st.text(max_size=12)), max_size=60).map("".join)


def inputs(text: str, meta: dict) -> Inputs:
    data = ("---\n" + dump(meta) + "---\n" + text).encode("utf-8", "surrogatepass")
    return Inputs(("sources/taxonomy.yml", SMALL_TAXONOMY.encode()), (("sources/2022-01-01-x.md", data),))


@given(text=texts)
def test_any_text_builds_or_fails_cleanly(text):
    try:
        brief, files = plan(inputs(text, {"title": "T", "published": "2022-03-01", "language": "en"}))
    except BriefError:
        return
    except UnicodeEncodeError:
        return  # lone surrogates cannot be a file's bytes in the first place
    page = files["sources/2022-01-01-x.md"]
    assert "<script>" not in page.split("\n---\n", 1)[1].replace("&lt;script&gt;", "")
    post = frontmatter.loads(page)
    assert post["source_id"] == "2022-01-01-x"
    # every quote is verbatim: a substring of the text as the build reads it
    body = decode(("---\nx: 1\n---\n" + text).encode("utf-8"), "x").split("\n---\n", 1)[1]
    for item in (*brief.events, *brief.sanctions):
        for c in item.citations:
            assert c.quote and c.quote in body


@example(title="A\x85B\u2028C", outlet="x\ufeffy", authors=["\x85"])
@given(
    title=st.text(max_size=40),
    outlet=st.one_of(st.none(), st.text(max_size=30)),
    authors=st.lists(st.text(min_size=1, max_size=20), max_size=3),
)
def test_any_metadata_builds_or_fails_cleanly_and_reads_back(title, outlet, authors):
    meta = {"title": title, "outlet": outlet, "authors": authors, "published": "2022-03", "language": "en"}
    try:
        brief, files = plan(inputs("Japan acted.\n", meta))
    except (BriefError, UnicodeEncodeError):
        return
    src = brief.sources[0].source
    post = frontmatter.loads(files["sources/2022-01-01-x.md"])
    assert post["title"] == esc(brief_title(brief.sources[0]))
    assert post["outlet"] == src.outlet
    assert post["authors"] == list(src.authors)
    assert post["published"] == "2022-03"


@given(
    data=st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20)),
        lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
        max_leaves=12,
    )
)
def test_yaml_written_reads_back_equal(data):
    assert load(dump(data)) == data
