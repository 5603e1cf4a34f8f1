"""Actors, themes, events and measures, on sentences written for these tests."""

from __future__ import annotations

import pytest

from brief.actors import ActorMatcher
from brief.annotate import Annotator
from brief.segment import blocks
from brief.themes import assign, theme_matcher

from .conftest import make_source


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tokyo decided and the Kremlin said no.", ["Japan", "Russia"]),
        ("The Kremlin said no.", ["Russia"]),  # a lower-case alias capitalised at a sentence start
        ("Russian troops and Japanese firms", []),  # adjectives are not aliases
        ("Japan's stance and Russia’s reply", ["Japan", "Russia"]),  # possessives
        ("The Japan-Russia talks", ["Japan", "Russia"]),  # hyphenated pairs
        ("Prime Minister Fumio Kishida met PM Kishida", ["Fumio Kishida", "Fumio Kishida"]),
        ("the Moscow Avangard plant", []),  # a not_actors phrase shadows the alias inside it
        ("Tokyoites and Muscovites", []),  # never inside another word
        ("restrictions on the Russian Central Bank", ["Central Bank of Russia"]),  # longest match wins
    ],
)
def test_actor_matching(small_taxonomy, text, expected):
    assert [m.actor for m in ActorMatcher(small_taxonomy).find(text)] == expected


def annotate(small_taxonomy, text, published="2023-02-13", **kw):
    return Annotator(small_taxonomy).annotate(make_source(text, published, **kw))


@pytest.mark.parametrize(
    "text, expected",
    [
        # (type, imposer, status, date) of each measure
        (
            "On 25 February 2022, Tokyo banned the sale of chips to Russia.",
            [("export-ban", "Japan", "imposed", "2022-02-25")],
        ),
        (
            # a news item's lead reports the saying of its day: the month of publication
            "Kishida said the Japanese government will freeze the assets of Russian officials.",
            [("asset-freeze", "Japan", "announced", "2023-02")],
        ),
        ("Japan is mulling an asset freeze on Russian oligarchs.", [("asset-freeze", "Japan", "considered", None)]),
        ("An export ban on Russia is expected to follow, Tokyo said.", [("export-ban", "Japan", "expected", None)]),
        # banks make a freeze financial (the guide's type rule)
        ("Japan imposed an asset freeze on Russian banks.", [("financial", "Japan", "imposed", "2023-02")]),
        # (a dated news item's lead: the month of publication; else its year)
        ("Kishida imposed restrictions on the Russian Central Bank.", [("financial", "Japan", "imposed", "2023-02")]),
        # passive agent and relative clause name the imposer
        (
            "In June 2022, talks were broken off by Moscow after Japan acted.",
            [("talks-suspension", "Russia", "imposed", "2022-06")],
        ),
        (
            # what was said is announced in the lead of a news item: of its month
            "Japan protested to Russia, which said it would suspend the talks.",
            [("talks-suspension", "Russia", "announced", "2023-02")],
        ),
        # the country one is ordered to leave is the one expelling
        (
            # (the news lead's happening, of the month of publication)
            "The Japanese consul was arrested. Declared persona non grata, he was ordered to leave Russia.",
            [("diplomatic-expulsion", "Russia", "imposed", "2023-02")],
        ),
        # a qualified generic measure, dated, is type other
        (
            "In 2014, Japan did not participate in Western sanctions over Crimea.",
            [("other", "Western countries (the West)", "imposed", "2014")],
        ),
        # no one is hit: a domestic policy is not a measure
        ("Japan has imposed an export ban on arms due to its constitution.", []),
        # a prospective measure does not take the date of the sentence before it
        (
            "In 2014 Japan froze the assets of Russian officials. They are expected to cut off the Russian Central Bank.",
            [("asset-freeze", "Japan", "imposed", "2014"), ("financial", "Japan", "expected", None)],
        ),
        # a pronoun continues the previous sentence's imposer and (with its wording) its date
        (
            "On 25 February 2022, Tokyo acted on chips. Three days later, it froze the assets of Russian officials.",
            [("asset-freeze", "Japan", "imposed", "2022-02-28")],
        ),
    ],
)
def test_measures(small_taxonomy, text, expected):
    got = annotate(small_taxonomy, text).sanctions
    assert [(s.measure_type, s.imposed_by, s.status, s.date) for s in got] == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # one event per distinct dated happening
        ("On 26 September 2022, Russia arrested a Japanese consul.", "2023-02-13", ["2022-09-26"]),
        (
            "In June, the Kremlin announced a tax break; in September, it denounced the agreement.",
            "2023-02-13",
            ["2022-06", "2022-09"],
        ),
        ("When Russia annexed Crimea in 2014, Japan imposed import rules.", "2023-02-13", ["2014"]),
        # statistics, targets, comparisons and durations are not events
        ("In 2021, Japan had a trade deficit of 5 billion dollars.", "2023-02-13", []),
        ("Last year, trade grew by 6.2%.", "2023-01", []),
        ("On Monday, the markets tumbled 200 points.", "2023-02-13", []),  # a market's move is a statistic
        ("In 2021, the share of imports reached 15%.", "2023-02-13", []),
        # a share the act is about does not make the act a statistic
        (
            "The law, which came into effect last month, requires groups with over 20% foreign funds to register.",
            "2024-07-09",
            ["2024-06"],
        ),
        ("Spending will rise to 11,000 billion yen by 2027.", "2023-02-13", []),
        ("Japan adopted a tougher stance than in 2014.", "2023-02-13", []),
        # a caption dates its happening without a verb
        (
            "**Thumbnail:** Press conference by Kishida after a call with Kyiv, 30 September 2022.",
            "2023-02-13",
            ["2022-09-30"],
        ),
        # a wire photo's caption, unlabelled, in the present tense
        (
            "FILE - The minister speaks at a news conference in Sylvan City, Wednesday, March 6, 2024. (AP)",
            "2024-12-03",
            ["2024-03-06"],
        ),
        # "agreed" is a state ("the agreed text"), "agreed to deploy" a happening
        ("In July 2016, the two governments agreed to deploy the system.", "2017-03", ["2016-07"]),
        ("In July 2016, the agreed text and its annexes.", "2017-03", []),
        # an aside between dashes does not cut the date off from its verb
        (
            "Earlier this week exports to Sylvania — specifically to the ports of Freedon — were banned.",
            "2024-05-04",
            ["2024-05"],
        ),
        # an act named by its noun, and a date alone in brackets dating what stands before them
        ("The suspension follows the President's February 7 order.", "2025-02-28", ["2025-02-07"]),
        ("The 1968 agreement on movement is at stake.", "2025-08", ["1968"]),
        ("The ban is one of the steps against the attack (22 April 2025).", "2025-05", ["2025-04-22"]),
        ("The ban is one of the steps for the region (22 April 2025).", "2025-05", []),
        # a saying or an act that sets only what is to come is of the news's month; what it sets is planned
        ("The Russian government said it would close its ports next week.", "2021-10-27", ["2021-10", "2021-11"]),
        (
            "Moscow said it summoned the Japanese ambassador to tell him five diplomats must leave by November 15.",
            "2021-10-27",
            ["2021-10"],
        ),
        ("The Russian minister postponed his visit to Tokyo next week.", "2021-10-27", ["2021-10", "2021-11"]),
        # ... but not one whose own date is given, nor one about a state to come, nor an act to come
        ("The Russian minister will postpone his visit to Tokyo next week.", "2021-10-27", ["2021-11"]),
        (
            "On 25 October, the Russian government said it would close its ports next week.",
            "2021-10-27",
            ["2021-10-25", "2021-11"],
        ),
        ("The Russian government said Japan had a chance to become a great power in 2045.", "2021-10-27", ["2045"]),
        # footnotes and bylines carry no events
        ("[1] Some outlet, March 3, 2022, (Accessed on March 5, 2022)", "2022-03", []),
        ("Author: Jane Doe, 3 March 2022", "2022-03", []),
    ],
)
def test_events(small_taxonomy, text, published, expected):
    got = annotate(small_taxonomy, text, published).events
    assert [e.date for e in got] == expected


@pytest.mark.parametrize(
    "text, status",
    [
        ("In 2020, the council met.", "occurred"),
        # a date after the text's own has not happened, whatever the tense around it
        ("He said the nation had a chance to become a great power in 2045.", "planned"),
        ("In 2045, they said, the nation could be a great power.", "reported-prospect"),
    ],
)
def test_an_event_after_publication_is_still_to_come(small_taxonomy, text, status):
    assert [e.status for e in annotate(small_taxonomy, text, "2024-05").events] == [status]


def test_event_keeps_the_sentence_verbatim(small_taxonomy):
    text = 'Intro.\n\nOn 27 February, Prime Minister Fumio Kishida declared that it was *"a violation"*(3). Later.'
    ev = annotate(small_taxonomy, text).events[0]
    assert (
        ev.citations[0].quote == 'On 27 February, Prime Minister Fumio Kishida declared that it was *"a violation"*(3).'
    )
    assert ev.citations[0].anchor == "p2"
    assert ev.actors == ("Fumio Kishida",)
    assert "27 February" not in ev.summary


@pytest.mark.parametrize(
    "text, summary",
    [
        ("On 27 February, the council met.", "The council met."),  # the entry shows its date
        ("During Thursday's event, the minister spoke.", "During Thursday's event, the minister spoke."),
        # nor a date that relates to what follows it
        ("Two days after the vote, the council met.", "Two days after the vote, the council met."),
        # nor a wire story's dateline: where it was filed
        ("BANGKOK (AP) — The council met on Thursday.", "The council met on Thursday."),
        ("ANKARA, Turkey (AP) — The council met on Thursday.", "The council met on Thursday."),
        ("May 9 (UPI) -- The council met on Thursday.", "The council met on Thursday."),
        ("The UN (United Nations) met on Thursday.", "The UN (United Nations) met on Thursday."),
    ],
)
def test_a_summary_drops_a_leading_date_but_not_a_possessive(small_taxonomy, text, summary):
    assert [e.summary for e in annotate(small_taxonomy, text, "2024-05-10").events] == [summary]


def test_estimated_publication_flags_resolved_dates(small_taxonomy):
    src = annotate(
        small_taxonomy, "In March last year, Russia refused to negotiate with Japan.", "2023-01", estimated=True
    )
    assert [(e.date, e.estimated) for e in src.events] == [("2022-03", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a single passing word is not a theme
        ("Japan acted.\n\nIt also mentioned oil once.\n\nNothing else.\n\nThe end came.", []),
        # two separate passages are
        ("Japan acted.\n\nNothing here.\n\nOil prices rose.\n\nMore talk.\n\nGas was short.", ["energy"]),
        # the lede's first sentence states the article's theme
        ("Japan imposed sanctions on Russia. It said more.\n\nNothing else.", ["sanctions"]),
        # a paragraph mostly about it
        ("Intro.\n\nMore.\n\nOil is key. Gas matters. LNG too. Coal not.", ["energy"]),
        # an adjective that names the kind of measure is the measure's, not a theme of its own
        ("Japan imposed diplomatic sanctions.\n\nNothing.\n\nIt took diplomatic and economic measures.", ["sanctions"]),
        ("Japan's diplomats met.\n\nNothing.\n\nDiplomatic talks resumed.", ["diplomacy"]),
    ],
)
def test_themes(small_taxonomy, text, expected):
    order = tuple(t.id for t in small_taxonomy.themes)
    assert list(assign(theme_matcher(small_taxonomy), None, blocks(text), order)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a titled name the taxonomy does not know is a person all the same
        ("Foreign Minister Yoko Kamikawa met Kishida.", ("Fumio Kishida", "Yoko Kamikawa")),
        ("Kremlin spokesman Dmitry Peskov said no.", ("Dmitry Peskov",)),
        ("President Emmanuel Macron of France called Tokyo.", ("Japan", "Emmanuel Macron")),
        # but not a title followed by an institution, nor a name the taxonomy has
        ("The President of the Russian Federation spoke.", ()),
        ("Prime Minister Fumio Kishida spoke.", ("Fumio Kishida",)),
        # a role in lower case before the name
        ("The bloc's top diplomat Ada Horak said no.", ("Ada Horak",)),
        ("Junta leader Ivo Marek was sanctioned.", ("Ivo Marek",)),
        # but a role before an organisation names no one
        ("The official State Media report said so.", ()),
    ],
)
def test_titled_people(small_taxonomy, text, expected):
    assert annotate(small_taxonomy, text).actors == expected


def test_places_and_bylines_are_not_actors():
    from pathlib import Path

    from brief.taxonomy import parse_taxonomy

    root = Path(__file__).resolve().parent.parent
    tax = parse_taxonomy((root / "sources/taxonomy.yml").read_text(encoding="utf-8"), "sources/taxonomy.yml")
    text = (
        "Author: Simran Walia, CAPS\n\n"
        "Russia annexed Crimea and holds the Kuril Islands near Hokkaido in the Sea of Okhotsk.\n\n"
        "[1] Nate Cohn, New York Times, March 6, 2022"
    )
    src = Annotator(tax).annotate(make_source(text))
    assert src.actors == ("Russia",)


def test_a_wire_story_with_a_dateline_and_a_list():
    """A shape none of the five articles has: dateline, one sentence a line, a bulleted list."""
    from pathlib import Path

    from brief.sources import decode, parse_source
    from brief.taxonomy import parse_taxonomy

    root = Path(__file__).resolve().parent.parent
    tax = parse_taxonomy((root / "sources/taxonomy.yml").read_text(encoding="utf-8"), "sources/taxonomy.yml")
    path = Path(__file__).parent / "fixtures/shapes/2023-03-21-wire.md"
    src = Annotator(tax).annotate(parse_source(decode(path.read_bytes(), str(path)), str(path)))
    assert {"Fumio Kishida", "Hirokazu Matsuno", "Maria Zakharova", "G7"} <= set(src.actors)
    assert [(e.date, e.status) for e in src.events] == [
        ("2023-03-21", "occurred"),
        ("2023-03-22", "occurred"),
        ("2023-03", "occurred"),  # a saying, whatever it says is to come ("would expel")
        ("2023-03", "occurred"),  # undated, told while the story is at the day of publication
        ("2023", "planned"),
        ("2023-02", "occurred"),
    ]
    measures = [(s.measure_type, s.imposed_by, s.status, s.date) for s in src.sanctions]
    # the list items take the date of the sentence that introduces the list
    assert measures[:3] == [
        ("asset-freeze", "Japan", "imposed", "2023-03-28"),
        ("export-ban", "Japan", "imposed", "2023-03-28"),
        ("entry-ban", "Japan", "imposed", "2023-03-28"),
    ]
    # undated, in a saying told while the story is at its day: of its month
    assert ("diplomatic-expulsion", "Russia", "announced", "2023-03") in measures
    # undated, in a news item still in its year: of that year
    assert ("other", "Japan", "expected", "2023") in measures


@pytest.mark.parametrize(
    "opening, expected",
    [
        # an estimated publication day that the dateline confirms: a dated news item, whose
        # undated measure is of the month it reports
        ("TOKYO, February 13 (Kyodo) - Opposition leaders met.", "2023-02"),
        # estimated, and nothing in the text confirms it: a measure reported before any date is
        # named is of its month all the same (the lead of an item dated to its month is)
        ("TOKYO (Kyodo) - Opposition leaders met.", "2023-02"),
    ],
)
def test_a_dateline_makes_an_estimated_item_dated_news(small_taxonomy, opening, expected):
    text = f"Headline\n\n{opening}\n\nJapan also froze the assets of Russian officials, the ministry said."
    found = annotate(small_taxonomy, text, estimated=True).sanctions
    assert [(s.measure_type, s.date) for s in found] == [("asset-freeze", expected)]


@pytest.mark.parametrize(
    "sentence, types",
    [
        # the brief's vocabulary (sources/taxonomy.yml): each type by a sentence of its own
        ("Japan gave Russian diplomats 48 hours to leave the country.", ["diplomatic-expulsion"]),
        (
            "Japan ordered the suspension of all commercial transactions with Russia.",
            ["export-ban", "import-ban"],
        ),
        ("Russia announced a ban on imports of Japanese fish.", ["import-ban"]),
        ("Japan will keep its ban on the import of Russian timber.", ["import-ban"]),
        ("Russia has announced bans on grain and other food from Japan.", ["import-ban"]),
        ("Japan banned timber and other wood products coming from Russia.", ["import-ban"]),
        ("Japan's embargo on the import of Russian timber began on 15 September.", ["import-ban"]),
        ("Japan imposed travel restrictions on Russian officials.", ["entry-ban"]),
        ("In March 2022, the assets of Russian banks were frozen by Japan.", ["financial"]),
        ("In March 2022, the visas of Russian officials were revoked by Japan.", ["visa-ban"]),
        ("On 10 December 2021, Russia terminated diplomatic relations with Japan.", ["other"]),
        ("On 5 April 2024, Russia broke diplomatic relations with Japan.", ["other"]),
        ("On 23 August 2023, Russia banned aquatic products from ten Japanese prefectures.", ["import-ban"]),
        ("On 3 February 2025, Russia announced the closure of the Japanese news agency's office.", ["other"]),
        ("On 3 February 2025, Russia revoked a Japanese correspondent's accreditation.", ["other"]),
        ("On 3 February 2025, Russia cancelled a planned visit by the Japanese minister.", ["talks-suspension"]),
        ("On 5 April 2024, Russia ordered that flights with Japan be suspended.", ["entry-ban"]),
        ("On 10 December 2021, Russia took restriction measures on Japanese boats.", ["other"]),
        ("In March 2022, Russia imposed coercive measures on Japan.", ["other"]),
        ("Japan is limiting non-official travel to Russia.", ["entry-ban"]),
        # the measures on foreign outlets and reporters
        ("On 16 March 2022, Russia ordered a Japanese broadcaster off the air.", ["other"]),
        ("On 16 March 2022, Russia suspended the broadcasting of two Japanese channels.", ["other"]),
        ("On 16 March 2022, Russia forced Japanese reporters to leave the country.", ["diplomatic-expulsion"]),
        ("In March 2022, Japan refused to issue visas to Russian journalists.", ["visa-ban"]),
        (
            "On 2 May 2024, Russia suspended all commercial and financial transactions with Japan.",
            ["export-ban", "financial", "import-ban"],
        ),
        ("On 24 April 2025, Japan put the fisheries agreement with Russia on hold.", ["agreement-suspension"]),
        ("On 18 June 2022, Japan announced a ban on the transit of Russian goods.", ["import-ban"]),
        ("On 30 June 2025, Japan cancelled all cultural events planned by Russian institutions.", ["other"]),
        ("In April 2025, Russia ordered 12 Japanese officials to leave the country.", ["diplomatic-expulsion"]),
        ("On 18 August 2023, Japan closed two checkpoints on its border with Russia.", ["entry-ban"]),
        ("In 2022, Japan tightened visa rules for Russian citizens.", ["visa-ban"]),
        ("In March 2025, Japan joined the US in issuing sanction measures against Russia.", ["other"]),
        # "financial sanctions" on persons freeze their assets; on banks they are financial
        ("On 3 March 2022, Japan imposed financial sanctions on two Russian officials.", ["asset-freeze"]),
        ("On 3 March 2022, Japan imposed financial sanctions on two Russian banks.", ["financial"]),
        # the common verbs of a ban, in any form, with what is banned between
        ("On 3 December 2024, Russia banned exports of graphite to Japan.", ["export-ban"]),
        ("On 3 December 2024, Russia halted timber exports to Japan.", ["export-ban"]),
        ("On 3 December 2024, Russia suspended exports of grain to Japan.", ["export-ban"]),
        ("On 3 December 2024, Japan barred the export of luxury cars to Russia.", ["export-ban"]),
        ("On 3 December 2024, Japan prohibited imports of Russian coal.", ["import-ban"]),
        ("On 3 December 2024, Japan barred imports of Russian timber.", ["import-ban"]),
        ("On 3 December 2024, Japan stopped importing Russian coal.", ["import-ban"]),
        ("On 3 December 2024, Japan halted purchases of Russian oil.", ["import-ban"]),
        ("On 3 December 2024, Japan froze assets of 12 Russian officials.", ["asset-freeze"]),
        ("On 3 December 2024, Japan sanctioned 12 Russian individuals, freezing their assets.", ["asset-freeze"]),
        ("On 3 December 2024, Russia barred 63 Japanese officials from entry.", ["entry-ban"]),
        ("On 3 December 2024, Russia stopped issuing visas to Japanese citizens.", ["visa-ban"]),
        ("On 3 December 2024, Russia told the Japanese consul to leave the country.", ["diplomatic-expulsion"]),
        ("On 3 December 2024, Russia pulled out of the fisheries agreement with Japan.", ["agreement-suspension"]),
        ("On 3 December 2024, Japan added 12 Russian firms to its export blacklist.", ["export-ban"]),
        ("On 3 December 2024, Japan restricted shipments of semiconductors to Russia.", ["export-ban"]),
        ("On 3 December 2024, Russia halted gas supplies to Japan.", ["export-ban"]),
        ("On 3 December 2024, Russia suspended deliveries of coal to Japan.", ["export-ban"]),
        # shipments of another country's goods are kept out: an import measure
        ("On 3 December 2024, Japan blocked shipments of Russian coal.", ["import-ban"]),
        ("On 3 December 2024, Japan said exports of chips to Russia will be banned.", ["export-ban"]),
        ("On 3 December 2024, Japan said imports of Russian coal would be halted.", ["import-ban"]),
        ("On 3 December 2024, Japan banned the import of Russian diamonds.", ["import-ban"]),
        ("On 3 December 2024, Japan refused entry to 12 Russian officials.", ["entry-ban"]),
        ("On 3 December 2024, Japan stopped granting visas to Russians.", ["visa-ban"]),
        ("On 3 December 2024, Japan kicked out eight Russian diplomats.", ["diplomatic-expulsion"]),
        # a host's order to shed diplomatic staff expels them
        (
            "On 3 December 2024, Russia ordered a reduction by 1 March in the number of Japanese diplomats in Russia.",
            ["diplomatic-expulsion"],
        ),
        # talks on a treaty are talks, not the treaty
        ("On 3 December 2024, Russia suspended peace treaty talks with Japan.", ["talks-suspension"]),
        ("On 3 December 2024, Russia broke off peace treaty negotiations with Japan.", ["talks-suspension"]),
        ("On 3 December 2024, Russia walked away from peace talks with Japan.", ["talks-suspension"]),
        ("On 3 December 2024, Russia scrapped the visa-free agreement with Japan.", ["agreement-suspension"]),
        ("On 3 December 2024, Russia terminated the 1998 fisheries agreement with Japan.", ["agreement-suspension"]),
        ("On 3 December 2024, Japan barred Russian banks from its financial system.", ["financial"]),
        ("On 3 December 2024, Russia seized Japanese stakes in the gas project.", ["seizure"]),
        ("On 3 December 2024, Russia shut down the Japanese consulate in Vladivostok.", ["other"]),
        ("On 3 December 2024, Japan imposed a 25% levy on Russian vodka.", ["other"]),
        # no measure: a comment, a statistic, a debate
        ("On 3 December 2024, Japan said sanctions were not working.", []),
        ("On 3 December 2024, Japan's exports to Russia fell 20%.", []),
        # the verb's two objects, each a measure of its own
        (
            "On 5 April 2024, Russia cut diplomatic relations and trade ties with Japan.",
            ["export-ban", "import-ban", "other"],
        ),
    ],
)
def test_the_brief_s_measure_vocabulary(sentence, types):
    from pathlib import Path

    from brief.taxonomy import parse_taxonomy

    root = Path(__file__).resolve().parent.parent
    tax = parse_taxonomy((root / "sources/taxonomy.yml").read_text(encoding="utf-8"), "sources/taxonomy.yml")
    got = Annotator(tax).annotate(make_source(sentence, "2023-02-13")).sanctions
    assert sorted(s.measure_type for s in got) == types


@pytest.mark.parametrize(
    "text",
    [
        # a person of no country (a writer, an analyst) is no imposer, named as a subject or not
        "Japan expelled two Russian diplomats in May 2022. Russia's court detained Ivo Marek. It also expelled Japanese diplomats.",
        "Ivo Marek expelled two Japanese diplomats in May 2022.",
    ],
)
def test_a_person_of_no_country_imposes_nothing(text):
    from brief.taxonomy import parse_taxonomy

    from .conftest import SMALL_TAXONOMY

    extra = "  - {name: Ivo Marek, kind: person, aliases: [Ivo Marek]}\n"
    tax = parse_taxonomy(SMALL_TAXONOMY.replace("sanctions_theme:", extra + "sanctions_theme:", 1), "t.yml")
    got = Annotator(tax).annotate(make_source(text, "2022-05-20")).sanctions
    assert "Ivo Marek" not in {s.imposed_by for s in got}


@pytest.mark.parametrize(
    "lede, theme",
    [
        # the brief's theme vocabulary (sources/taxonomy.yml): a lede that states the theme
        ("Relations between the two countries deteriorated further.", "diplomacy"),
        ("The State Department said the rift had widened.", "diplomacy"),
        ("The militant group has overrun two cities in recent weeks.", "defense-security"),
        ("Border guards turned back hundreds as the hybrid attack went on.", "defense-security"),
    ],
)
def test_the_brief_s_theme_vocabulary(lede, theme):
    from pathlib import Path

    from brief.taxonomy import parse_taxonomy

    root = Path(__file__).resolve().parent.parent
    tax = parse_taxonomy((root / "sources/taxonomy.yml").read_text(encoding="utf-8"), "sources/taxonomy.yml")
    assert theme in Annotator(tax).annotate(make_source(lede, "2023-02-13")).themes


def test_a_date_inside_a_known_name_is_no_date():
    from brief.taxonomy import parse_taxonomy

    from .conftest import SMALL_TAXONOMY

    extra = "  - {name: May 9 Front, kind: organisation, aliases: [May 9 Front]}\n"
    tax = parse_taxonomy(SMALL_TAXONOMY.replace("sanctions_theme:", extra + "sanctions_theme:", 1), "t.yml")
    text = "Japan acted over the renewed offensive of the May 9 Front. On 3 March, Japan froze the assets of the May 9 Front."
    got = Annotator(tax).annotate(make_source(text, "2022-05-20")).events
    assert [e.date for e in got] == ["2022-03-03"]
