"""Actor and theme pages: where each lives, and what it gathers from the brief."""

from __future__ import annotations

import pytest

from brief.model import Actor, AnnotatedSource, Brief, Citation, Event, Sanction, Source, Taxonomy, Theme
from brief.render.entities import Where, actor_doc, gather_actors, pages, theme_doc


@pytest.mark.parametrize(
    ("name", "doc"),
    [
        ("Freedonia", "actors/freedonia.md"),
        ("Rufus T. Firefly", "actors/rufus-t-firefly.md"),
        ("Bjørnar Skjæran", "actors/bjornar-skjaeran.md"),  # letters NFKD cannot take apart
        ("Łukasz Straße", "actors/lukasz-strasse.md"),
        ("Índex", "actors/index-1.md"),  # never the index itself
        ("X", "actors/x.md"),
    ],
)
def test_an_actor_s_page_is_named_for_it(name, doc):
    assert actor_doc(name) == doc


def test_a_name_with_no_latin_letters_still_gets_a_page_of_its_own():
    one, two = actor_doc("Путин"), actor_doc("普京")
    assert one != two and one.startswith("actors/a-") and two.startswith("actors/a-")


def test_a_theme_s_page():
    assert theme_doc("trade-war") == "themes/trade-war.md"


def _brief() -> Brief:
    tax = Taxonomy(
        path="t.yml",
        actors=(
            Actor("Freedonia", "country", ("Fredville",)),
            Actor("Sylvania", "country", ()),
            Actor("Rufus T. Firefly", "person", (), country="Freedonia"),
        ),
        themes=(Theme("trade", "Trade", ("tariff",)),),
        measure_types=(),
    )

    def src(sid: str, published: str, actors: tuple[str, ...], mentions: tuple[int, ...]) -> AnnotatedSource:
        s = Source(sid, f"sources/{sid}.md", sid, None, (), None, published, "day", False, "en", None, None, "")
        return AnnotatedSource(s, (), actors, ("trade",), (), (), (), mentions=mentions)

    cite = Citation("a", "p1", "Freedonia banned Sylvanian cheese.")
    ev = Event("ev-1", "2021-01-02", "day", "Freedonia banned cheese.", ("Freedonia", "Sylvania"), ("trade",), (cite,))
    sm = Sanction(
        "sm-1", "2021-01-02", "day", "Freedonia", "Sylvanian cheese", ("Sylvania",), "ban", "imposed", "", (cite,)
    )
    return Brief(
        taxonomy=tax,
        sources=(
            src("a", "2021-01-03", ("Freedonia", "Sylvania"), (3, 1)),
            src("b", "2021-02-01", ("Freedonia", "Rufus T. Firefly"), (1, 2)),
        ),
        events=(ev,),
        sanctions=(sm,),
    )


def test_an_actor_gathers_its_sources_events_measures_and_companions():
    got = gather_actors(_brief())
    fr, sy = got["Freedonia"], got["Sylvania"]
    assert [(a.source.id, n) for a, n in fr.sources] == [("a", 3), ("b", 1)]
    assert [e.id for e in fr.events] == ["ev-1"] and [m.id for m in fr.imposed] == ["sm-1"] and not fr.aimed
    assert [m.id for m in sy.aimed] == ["sm-1"] and not sy.imposed
    assert fr.companions == {"Sylvania": 1, "Rufus T. Firefly": 1}


def test_the_pages_link_each_entry_where_it_is_and_the_person_to_their_country():
    made = dict(pages(_brief(), Where({"ev-1": "timeline/2021.md"}, {"sm-1": "sanctions/2021.md"}), {"a": "A"}))
    assert set(made) >= {"actors/freedonia.md", "actors/sylvania.md", "actors/index.md", "themes/trade.md"}
    fr = made["actors/freedonia.md"]()
    assert 'href="../../timeline/2021/#ev-1"' in fr and 'href="../../sanctions/2021/#sm-1"' in fr
    assert "Measures it imposed (1)" in fr and "Measures aimed at it" not in fr
    firefly = made["actors/rufus-t-firefly.md"]()
    assert (
        '<dt>Acts for</dt><dd><a class="brief-actor" data-actor="freedonia" href="../../actors/freedonia/">' in firefly
    )
    index = made["actors/index.md"]()
    # most-named first: Freedonia (2 sources) before Sylvania and Firefly (1 each)
    assert index.index("Freedonia") < index.index("Rufus T. Firefly") < index.index("Sylvania")


def test_a_long_list_is_capped_and_says_so(monkeypatch):
    import brief.render.entities as entities

    monkeypatch.setattr(entities, "LIST_LIMIT", 1)
    made = dict(pages(_brief(), Where({}, {}), {}))
    page = made["actors/freedonia.md"]()
    assert "The newest 1 of 2" in page and page.count("sources/b/") == 1 and "sources/a/" not in page
