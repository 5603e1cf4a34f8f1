"""General annotation rules, each pinned by a table of sentences written for it.

The taxonomy is about invented countries, so that no rule can lean on a known name: what a rule
knows of a topic must come from the taxonomy, as it would for a new brief.
"""

from __future__ import annotations

import re

import pytest

from brief import dates as D
from brief import events as E
from brief.annotate import Annotator
from brief.taxonomy import parse_taxonomy

from .conftest import make_source

NEUTRAL = """
themes:
  - {id: trade, label: Trade, cues: [tariff*, export*, import*]}
  - {id: sanctions, label: Sanctions, cues: [sanction*, tariff*, duties]}
measure_types:
  - {id: asset-freeze, label: Asset freeze, cues: [froze the assets, freeze the assets, freezing the assets]}
  - {id: export-ban, label: Export ban, cues: [export ban*, export curb*, controls on … exports]}
  - {id: diplomatic-expulsion, label: Expulsion, cues: [expel*]}
  - {id: other, label: Other, cues: [tariff*, duties, suspended from all activities]}
actors:
  - {name: Freedonia, kind: country, aliases: [Freedonia, Fredville], demonyms: [Freedonian]}
  - {name: Sylvania, kind: country, aliases: [Sylvania, Sylvan City], demonyms: [Sylvanian]}
  - {name: Ruritania, kind: country, aliases: [Ruritania], demonyms: [Ruritanian]}
  - {name: Rufus Firefly, kind: person, country: Freedonia, aliases: [Rufus Firefly, Firefly]}
  - {name: Freedonian Tariff Board, kind: organisation, country: Freedonia, aliases: [the Tariff Board]}
  - {name: Northern League, kind: organisation, aliases: [the Northern League]}
sanctions_theme: sanctions
generic_measures: {type: other, cues: [sanction, sanctions, sanctioned]}
"""


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator(parse_taxonomy(NEUTRAL, "sources/taxonomy.yml"))


def events(annotator: Annotator, text: str, published: str) -> list[tuple[str, str]]:
    return [(e.date, e.citations[0].quote[:20]) for e in annotator.annotate(make_source(text, published)).events]


@pytest.mark.parametrize(
    "sentence, news",
    [
        ("Freedonia expelled two diplomats.", True),
        ("Firefly said Freedonia will expel two diplomats.", True),  # the saying happened now
        ("A ban will be imposed on Sylvania.", False),  # only to come
        ("Freedonia could expel two diplomats.", False),  # hypothetical
        ("Previously, Freedonia expelled two diplomats.", False),  # set before the news
        ("Freedonia had imposed duties on Sylvania.", False),  # pluperfect: earlier still
        ("Freedonia had initially pledged to hold elections.", False),  # ... with an adverb in it
        ("Trade grew by 6%.", False),  # a statistic
        ("Freedonia has filed 465 protests against Sylvania since January 2020.", False),  # a tally
        ("Of these, 122 were lodged in 2023.", False),  # a part of one
        ("Freedonia has expelled 12 diplomats.", True),  # a count is no tally without a span
        ("The office is taking steps to implement the President's decision.", False),  # an act's noun, undated
        ("Freedonia has not given a date for the vote.", False),  # what did not happen
        ("Freedonia did not name the officials, the minister said.", True),  # the saying happened
        ("Firefly has admitted on many instances that the deal failed.", False),  # a habit
        ("Freedonia has long criticised the tariffs.", False),
        ("Freedonia has continuously been urging Sylvania to lift its ban.", False),
        ("Freedonia has over the past decade been wracked by unrest.", False),  # a state over a span
        ("There is no recent precedent in Freedonia for such a ban.", False),  # what does not exist
        ("Freedonia has repeatedly expelled diplomats, the minister said.", True),  # the saying happened
        # what was said has its own tenses and conditions: the saying is the happening
        ("Ivo Marek said Freedonia had written to the signatories.", True),
        ("Ivo Marek said Freedonia would resume enrichment if the talks fail.", True),
        ('"We had hoped that it would change," Ivo Marek said in an interview.', True),
        ("Ivo Marek appealed for talks, saying, “Freedonia should negotiate.”", True),  # a quotation alone too
        ("If the talks fail, Ivo Marek said, Freedonia will act.", False),  # the saying itself is a condition
        ("Ivo Marek appealed for aid to sectors that may be harmed by the tariffs.", True),  # a relative's modal
        ("Mrs May told Freedonia's parliament that Sylvania had given no explanation.", True),  # a name, no modal
        # what is to come in a relative clause or a quotation is the act's, not the act
        ("Freedonia signed a decree that will place sanctions on Sylvanian goods.", True),
        ("“Freedonia will not be bullied,” read its statement suspending the deal.", True),
        ("A ban on Sylvanian goods will be imposed, which officials welcomed.", False),
        # an act in course is one; a plan or a wish in course is not
        ("Freedonia is imposing tariffs on Sylvanian steel.", True),
        ("Freedonia is considering tariffs on Sylvanian steel.", False),
        ("Minister Mohammed Ahmed in Sylvan City.", False),  # a name in -ed is no verb
        # "called" names, but calling for or on something, or calling a thing so, is a saying
        ("Ivo Marek called the new Freedonian sanctions package unserious.", True),
        ("Ivo Marek called for talks with Sylvania.", True),
        ("A group called the Freedonian Front in Sylvan City.", False),
        ("The so-called package of the Freedonian government.", False),
    ],
)
def test_what_tells_the_news_of_its_day(sentence, news):
    assert E.tells_news(sentence) is news


@pytest.mark.parametrize(
    "sentence, tally",
    [
        ("Freedonia has filed 465 protests against Sylvania since January 2020.", True),
        # acts counted over a span, or counted in times, are a statistic, not a happening
        ("From 1 July to 10 August, 342 people were registered crossing the border.", True),
        ("In the first half of 2023, Freedonians crossed the border with Sylvania 230,000 times.", True),
        # a dated act that carries a figure is one
        ("On 3 May, Freedonia expelled 12 diplomats.", False),
        ("From 1 July, Freedonia will charge tariffs of 107.1% on Sylvanian steel.", False),
        ("Freedonia said three times that it would act.", False),
    ],
)
def test_what_is_a_statistic(sentence, tally):
    assert E.is_tally(sentence) is tally


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a dated news item: an undated happening right after its dated lead took place that month
        (
            "FREDVILLE, May 6 (Wire) - Freedonia on Monday expelled two Sylvanian diplomats.\n\n"
            "Sylvania recalled its ambassador in response.",
            "2024-05-06",
            [("2024-05-06", "FREDVILLE, May 6 (Wi"), ("2024-05", "Sylvania recalled it")],
        ),
        # further on the story has turned to background: nothing is dated from publication
        (
            "Freedonia on Monday expelled two diplomats.\n\nIn 2019, Sylvania imposed duties.\n\n"
            "Sylvania recalled its ambassador.",
            "2024-05-06",
            [("2024-05-06", "Freedonia on Monday "), ("2019", "In 2019, Sylvania im")],
        ),
        # no dated lead: an undated text dates nothing by its publication
        ("Sylvania recalled its ambassador.", "2024-05-06", []),
        # a text dated to a month (an editorial): a reported happening before any date is of that month
        ("Freedonia said Sylvania recalled its ambassador.", "2024-05", [("2024-05", "Freedonia said Sylva")]),
        # ... but not once the story has gone to another time, nor in a text dated only to its year
        (
            "In 2019 Freedonia protested.\n\nFreedonia said Sylvania recalled its ambassador.",
            "2024-05",
            [("2019", "In 2019 Freedonia pr")],
        ),
        ("Freedonia said Sylvania recalled its ambassador.", "2024", []),
        # neither a day to come nor the date of a thing described ("the duties set in 2020") takes
        # the story away from its day
        (
            "On Thursday, Freedonia said the change will take effect from Friday.\n\nSylvania welcomed the decision.",
            "2024-03-28",
            [
                ("2024-03-28", "On Thursday, Freedon"),
                ("2024-03-29", "On Thursday, Freedon"),
                ("2024-03", "Sylvania welcomed th"),
            ],
        ),
        (
            "On Thursday, Freedonia lifted the duties set in 2020.\n\nSylvania welcomed the decision.",
            "2024-03-28",
            [
                ("2024-03-28", "On Thursday, Freedon"),
                ("2020", "On Thursday, Freedon"),
                ("2024-03", "Sylvania welcomed th"),
            ],
        ),
        # a sentence carrying on an episode tells of it only if it tells of a happening
        (
            "On 1 February 2024, Freedonia's army seized power. It has not given a date for a new election.",
            "2024-02-18",
            [("2024-02-01", "On 1 February 2024, ")],
        ),
        # the start of a state lends no year to the yearless dates after it
        (
            "Freedonia has protested since January 2020. On 3 October, it expelled two diplomats.",
            "2023-10-20",
            [("2020-01", "Freedonia has protes"), ("2023-10-03", "On 3 October, it exp")],
        ),
        # an undated sentence is news of its day by a finite verb of an act, not by a happening's
        # noun nor by a participle
        (
            "Freedonia on Monday expelled two diplomats. The bloc has been a backer of Sylvania as it "
            "fights off Ruritania's invasion.",
            "2024-05-06",
            [("2024-05-06", "Freedonia on Monday ")],
        ),
        (
            "Freedonia on Monday expelled two diplomats. The licence authorizes transactions prohibited by "
            "the Sylvania rules.",
            "2024-05-06",
            [("2024-05-06", "Freedonia on Monday ")],
        ),
        (
            "Freedonia on Monday expelled two diplomats. Sylvania has decided to recall its envoy.",
            "2024-05-06",
            [("2024-05-06", "Freedonia on Monday "), ("2024-05", "Sylvania has decided")],
        ),
        # a credit run into the text is no happening of it
        (
            "Freedonia on Monday expelled two diplomats. Photo: Screenshot from a video released by Sylvania",
            "2024-05-06",
            [("2024-05-06", "Freedonia on Monday ")],
        ),
        (
            "Freedonia on Monday expelled two diplomats. Translated by Ada Horak.",
            "2024-05-06",
            [("2024-05-06", "Freedonia on Monday ")],
        ),
        # three paragraphs on, the news is no longer the subject
        (
            "Freedonia on Monday expelled two diplomats.\n\nOne.\n\nTwo.\n\nSylvania recalled its ambassador.",
            "2024-05-06",
            [("2024-05-06", "Freedonia on Monday ")],
        ),
    ],
)
def test_an_undated_happening_in_a_news_item_takes_its_month(annotator, text, published, expected):
    assert events(annotator, text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # initials in brackets after a name break no clause: the date's clause has its verb
        (
            "On 7 October 2022, the Freedonian Trade Office (FTO) issued new controls.",
            [("2022-10-07", "On 7 October 2022, t")],
        ),
        # nor does a short name in brackets after the date
        (
            "On 31 August 2023 (Fredville Time), Freedonia notified the council of its tariffs.",
            [("2023-08-31", "On 31 August 2023 (F")],
        ),
        # a quoted short name is a gloss too ("the Order (“EO”)")
        (
            "The tariffs were imposed by Executive Order 14203 (“EO”) on 6 February 2023.",
            [("2023-02-06", "The tariffs were imp")],
        ),
        # a bracket that holds words does break it
        ("On 7 October 2022 (a Friday), controls were discussed (and issued).", []),
    ],
)
def test_bracketed_names_break_no_clause(annotator, text, expected):
    assert events(annotator, text, "2023-04-15") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span is one happening, at its start
        ("Ivo Marek will attend the debate from Monday to Sept 23.", [("2023-09-18", "Ivo Marek will atten")]),
        ("Freedonia will host a summit on Thursday and Friday.", [("2023-09-21", "Freedonia will host ")]),
        # ... but two days apart are two happenings
        (
            "Freedonia held votes on 3 May and 5 June.",
            [("2023-05-03", "Freedonia held votes"), ("2023-06-05", "Freedonia held votes")],
        ),
    ],
)
def test_a_span_of_days_is_one_happening(annotator, text, expected):
    assert events(annotator, text, "2023-09-16") == expected


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # the verb of a clause after the date is about something else
        ("The change will take effect from Friday, reversing the duties set in 2020.", "2024-03-28", "2024-03-29"),
        ("The change took effect on Friday, reversing the duties set in 2020.", "2024-03-28", "2024-03-22"),
        ("The rules will apply from Monday, which officials welcomed.", "2024-03-28", "2024-04-01"),
    ],
)
def test_a_date_s_tense_is_its_own_clause_s(sentence, published, expected):
    anchor = D.Anchor.parse(published)
    raw = next(r for r in D.find(sentence) if r.kind == "weekday")
    got = D.resolve(raw, sentence, anchor, D.Narrative(), 0, None, D.is_prospective(sentence, raw.start, raw.end))
    assert got is not None and got.date == expected


def measures(annotator: Annotator, text: str, published: str = "2024-05-06") -> list[tuple[str, str, str]]:
    return [
        (s.measure_type, s.imposed_by, s.status) for s in annotator.annotate(make_source(text, published)).sanctions
    ]


@pytest.mark.parametrize(
    "rule, sentence, imposer",
    [
        ("possessive_qualifier", "Sylvania condemned Freedonia's export curbs.", "Freedonia"),
        ("possessive_qualifier", "Sylvania criticised the Freedonia-led tariffs.", "Freedonia"),
        # figures, names and modifiers may stand between the owner and the measure; a possessor owns it
        ("possessive_qualifier", "Sylvania answered Freedonia's 25 per cent counter tariffs.", "Freedonia"),
        ("possessive_qualifier", "Sylvania answered Freedonia Trade Act (FTA) tariffs.", "Freedonia"),
        ("possessive_qualifier", "Ruritania condemned Sylvania's new Freedonia tariffs.", "Sylvania"),
        ("agent_after", "Two Freedonian diplomats were expelled by Sylvania.", "Sylvania"),
        # the body one is shut out of imposes that
        ("agent_after", "Sylvania is still suspended from all activities of Freedonia.", "Freedonia"),
        # the country a ban keeps one from entering imposes it
        (
            "agent_after",
            "Sylvania protested. The persons are subject to an export ban, which keeps them from entering "
            "or transiting through Freedonia.",
            "Freedonia",
        ),
        (
            "imposed_by",
            "We reject the decision to impose tariffs against Freedonia as announced today by Sylvania.",
            "Sylvania",
        ),
        # a comma may set the participle off
        ("imposed_by", "Sanctions on Freedonia, imposed by Sylvania on Monday, take effect in June.", "Sylvania"),
        ("relative_clause", "Freedonia protested to Sylvania, which said it would expel two diplomats.", "Sylvania"),
        # the relative clause after the measure, with or without "that"
        ("measure_they_imposed", "Freedonia condemned the sanctions that Sylvania imposed on Monday.", "Sylvania"),
        ("measure_they_imposed", "Freedonia condemned the sanctions Sylvania imposed on Monday.", "Sylvania"),
        ("agent_of_imposing", "Freedonia responded to Sylvania imposing tariffs on its wine.", "Sylvania"),
        ("agent_of_imposing", "Freedonia rejected the Sylvanian government's proposal to adopt tariffs.", "Sylvania"),
        ("agent_of_imposing", "Freedonia welcomed the news after Sylvania slapped new duties on steel.", "Sylvania"),
        (
            "their_decision",
            "He said Freedonia's partners have been informed of its decision to expel the Sylvanian envoy.",
            "Freedonia",
        ),
        (
            "people_s_decision",
            "Freedonia answered the Sylvanian decision on Monday to impose tariffs on it.",
            "Sylvania",
        ),
        (
            "people_s_decision",
            "Freedonia rejects the Sylvanian announcement to swiftly and fully expel two Freedonian envoys.",
            "Sylvania",
        ),
        (
            "decision_from",
            "Freedonia was angered by a decision from Sylvania last month to impose tariffs on its boats.",
            "Sylvania",
        ),
        ("clause_subject", "Sylvania imposed tariffs on Freedonia.", "Sylvania"),
        (
            "clause_subject",
            "In reply, the Freedonian and Sylvanian governments expelled Ruritanian diplomats.",
            "Freedonia",
        ),
        # what one says is done by whom the saying names, not by the speaker; a pronoun after it is
        # no actor to take ("it is expelling" is the speaker's)
        ("clause_subject", "Freedonia said Sylvania had quietly expelled two Ruritanian diplomats.", "Sylvania"),
        ("clause_subject", "Freedonia said it is expelling the Ruritanian attaché.", "Freedonia"),
        # a country's officials act for it; what one "reported" is what was said
        (
            "clause_subject",
            "Ruritania reported that Sylvanian officials had informed Freedonian rail firms of tariffs on wine.",
            "Sylvania",
        ),
        # what a measure targets is no subject
        (
            "clause_subject",
            "Sylvania eased its rules. Its measures targeting Freedonia and its export curbs on arms remain.",
            "Sylvania",
        ),
        # ... as a subordinate clause begins with its own subject
        ("clause_subject", "Freedonia protested after Sylvania widened its tariffs on Ruritanian steel.", "Sylvania"),
        # the object of an earlier clause's verb, and what stands beside it, is no subject
        (
            "clause_subject",
            "Freedonian Foreign Minister Ada Horak on Friday summoned Sylvanian Ambassador Ivo Marek, and expelled him.",
            "Freedonia",
        ),
        (
            "fronted_measure",
            "Under the new tariffs announced on Friday, Sylvania will tax Freedonian wine.",
            "Sylvania",
        ),
        ("trailing_speaker", "Tariffs on Sylvanian steel are expected soon, Freedonia said.", "Freedonia"),
        # one acts through its government; whom one "told" (that ...) is only addressed
        (
            "clause_subject",
            "Sylvania's government told the office of Freedonia's leader, Rufus Firefly, that all Freedonian "
            "diplomats must be expelled.",
            "Sylvania",
        ),
    ],
)
def test_imposer_rules(annotator, rule, sentence, imposer):
    """Each rule of the table, by a sentence only it decides."""
    from brief import sanctions as S

    assert rule in {r.__name__ for r in S.IMPOSER_RULES}
    got = measures(annotator, sentence)
    assert got and got[0][1] == imposer, got


@pytest.mark.parametrize(
    "reaction",
    [
        "On 3 May Sylvania criticised the decision to impose tariffs on its wine.",
        "On 3 May Sylvania strongly condemned the decision to impose tariffs on its wine.",
    ],
)
def test_critic_defers(annotator, reaction):
    """Who reacts to a measure does not impose it: the context tells who did."""
    from brief import sanctions as S

    assert "critic_defers" in {r.__name__ for r in S.IMPOSER_RULES}
    text = f"Ruritania and Sylvania met. Freedonia imposed tariffs on Sylvanian wine on 2 May. {reaction}"
    assert [who for _, who, _ in measures(annotator, text)] == ["Freedonia", "Freedonia"]


@pytest.mark.parametrize(
    "mention, imposer",
    [
        # a measure already told, the subject of its own clause: the context tells who imposed it
        ("In May Sylvania expects trade to recover once the tariffs are removed.", "Freedonia"),
        ("In May Sylvania said its exports fell when these tariffs, the highest yet, were imposed.", "Freedonia"),
        # what a speaker says "that" the measure does, it may say of its own: the speaker's
        ("In May Ruritania said that the tariffs were needed.", "Ruritania"),
        # the subject's own measure, named in its clause, is its own
        ("In May Sylvania imposed the tariffs on Ruritania.", "Sylvania"),
    ],
)
def test_a_measure_told_before_is_its_imposer_s(annotator, mention, imposer):
    from brief import sanctions as S

    assert "told_measure_defers" in {r.__name__ for r in S.IMPOSER_RULES}
    text = f"Freedonia imposed tariffs on Sylvanian wine on 2 May. {mention}"
    assert [who for _, who, _ in measures(annotator, text)] == ["Freedonia", imposer]


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Sylvania imposed tariffs on Freedonia.", "imposed"),
        ("Sylvania will impose tariffs on Freedonia.", "announced"),
        ("Sylvania is expected to impose tariffs on Freedonia.", "expected"),
        ("Sylvania is weighing tariffs on Freedonia.", "considered"),
        ("Sylvania said tariffs on Freedonia may follow.", "considered"),
        # a relative clause on what the measure hits is about that; one on the measure is its own
        ("Sylvania keeps export curbs on Freedonian arms that could be used on protesters.", "imposed"),
        ("Sylvania said tariffs that could hit Freedonia are ready.", "considered"),
        ("Sylvania said two Freedonian diplomats expelled must go by May 15.", "imposed"),  # a month
        ("Freedonia rejected Sylvania's proposal to adopt tariffs.", "considered"),
        # a threat or a call is not yet a measure
        ("Sylvania threatened to impose tariffs on Freedonia on Monday.", "considered"),
        ("Sylvania has not ruled out tariffs on Freedonia.", "considered"),
        ("Sylvania called for tariffs on Freedonian wine.", "considered"),
    ],
)
def test_status_rules(annotator, sentence, status):
    got = measures(annotator, sentence)
    assert got and got[0][2] == status, got


@pytest.mark.parametrize(
    "sentence",
    [
        "Sylvania refused to impose tariffs on Freedonia on Monday.",
        "Sylvania has no plans to impose tariffs on Freedonia.",
        "Sylvania declined to impose sanctions on Freedonia on Monday.",
        "Sylvania on Monday ruled out new sanctions on Freedonia.",
        "Sylvania on Monday rejected calls to impose tariffs on Freedonia.",
    ],
)
def test_a_measure_declined_is_no_measure(annotator, sentence):
    assert measures(annotator, sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # actors joined by "and" or commas impose together: one measure each
        (
            "In reply, the Freedonian and Sylvanian governments expelled Ruritanian diplomats.",
            [("diplomatic-expulsion", "Freedonia"), ("diplomatic-expulsion", "Sylvania")],
        ),
        (
            "Freedonia, Sylvania and Ruritania imposed tariffs on steel.",
            [("other", c) for c in ("Freedonia", "Sylvania", "Ruritania")],
        ),
        # "X's move to expel": the possessor of the decision, not the subject after it
        (
            "Ruritania said that Sylvania’s move to expel Freedonian diplomats was unjust.",
            [("diplomatic-expulsion", "Sylvania")],
        ),
        (
            "Ruritania formed a response to Sylvania’s announcement of tariffs against Ruritania.",
            [("other", "Sylvania")],
        ),
        # but an actor in another role is no partner
        ("Freedonia imposed tariffs on Sylvania and Ruritania.", [("other", "Freedonia")]),
        # nor a name a comma alone sets before the subject: a clause of its own
        (
            "In a break with the wider Ruritania, Freedonia and Sylvania imposed tariffs on steel.",
            [("other", "Freedonia"), ("other", "Sylvania")],
        ),
        (
            "After the war in Ruritania, Sylvania retaliated with tariffs on Freedonian wine.",
            [("other", "Sylvania")],
        ),
        # "followed by", "as well as", "one of X's governments" carry the list on
        (
            "On 5 June, Freedonia followed by Sylvania and Ruritania imposed tariffs on Ivonian steel.",
            [("other", c) for c in ("Freedonia", "Sylvania", "Ruritania")],
        ),
        (
            "On 5 June, Freedonia, Sylvania, and one of Ruritania’s governments imposed tariffs on steel.",
            [("other", c) for c in ("Freedonia", "Sylvania", "Ruritania")],
        ),
        # two spaces between names are a comma the text lost
        (
            "On 5 June, Freedonia  Sylvania, and Ruritania imposed tariffs on steel.",
            [("other", c) for c in ("Freedonia", "Sylvania", "Ruritania")],
        ),
    ],
)
def test_coordinated_imposers(annotator, sentence, expected):
    assert [(t, who) for t, who, _ in measures(annotator, sentence)] == expected


GOODS = NEUTRAL.replace(
    "cues: [export ban*, export curb*, controls on … exports]}",
    "cues: [export ban*, export curb*, controls on … exports, limit* … exports, exports … were banned], "
    "of_others_goods: import-ban}\n"
    "  - {id: import-ban, label: Import ban, cues: [import ban*]}",
)


ENTRY = NEUTRAL.replace(
    "  - {id: diplomatic-expulsion,",
    "  - {id: entry-ban, label: Entry ban, cues: [banned from entering, visas … were revoked]}\n"
    "  - {id: diplomatic-expulsion,",
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the country one may not enter bars them, where no one before the measure does
        (
            "Sylvania protested on 8 May. On 9 May, they were banned from entering Freedonia.",
            [("entry-ban", "Freedonia")],
        ),
        # a sentence opened by a possessive goes on with the one before: its date and its imposer
        (
            "On 9 May, Freedonia sanctioned Sylvanian officials. Their visas were revoked.",
            [("other", "Freedonia", "2024-05-09"), ("entry-ban", "Freedonia", "2024-05-09")],
        ),
    ],
)
def test_who_bars_entry(text, expected):
    annotator = Annotator(parse_taxonomy(ENTRY, "sources/taxonomy.yml"))
    got = annotator.annotate(make_source(text, "2024-05-10")).sanctions
    assert len(got) == len(expected)
    assert [(s.measure_type, s.imposed_by, s.date)[: len(e)] for s, e in zip(got, expected, strict=True)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # others taking the measure told just before: the same measure, theirs, at their date
        (
            "On 3 May, Freedonia imposed tariffs on Sylvanian steel. Ruritania followed suit on 5 May.",
            [("other", "Freedonia", "2024-05-03"), ("other", "Ruritania", "2024-05-05")],
        ),
        (
            "On 3 May, Freedonia imposed tariffs on Sylvanian steel. It was joined on Tuesday by Ruritania.",
            [("other", "Freedonia", "2024-05-03"), ("other", "Ruritania", "2024-05-07")],
        ),
        # one urged to follow suit has done nothing yet
        (
            "On 3 May, Freedonia imposed tariffs on Sylvanian steel. It urged Ruritania to follow suit.",
            [("other", "Freedonia", "2024-05-03")],
        ),
    ],
)
def test_others_follow_suit(annotator, text, expected):
    got = annotator.annotate(make_source(text, "2024-05-10")).sanctions
    assert [(s.measure_type, s.imposed_by, s.date) for s in got] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a measure widened to more of those it hits is taken anew, once at each date, on whom
        # each date's "to" names
        (
            "Freedonia froze the assets of two Sylvanian officials on 3 May. It was expanded by the "
            "minister2) to four judges3) on 9 June, and to two prosecutors on 20 August.",
            [
                ("2024-05-03", "two Sylvanian officials"),
                ("2024-06-09", "four judges"),
                ("2024-08-20", "two prosecutors"),
            ],
        ),
        (
            "Freedonia froze the assets of two Sylvanian officials on 3 May. The list was extended to "
            "four more officials on 9 June.",
            [("2024-05-03", "two Sylvanian officials"), ("2024-06-09", "four more officials")],
        ),
        # prolonged, or widened at no date the text gives: no new act
        (
            "Freedonia froze the assets of two Sylvanian officials on 3 May. The measures were extended "
            "until 10 October 2025.",
            [("2024-05-03", "two Sylvanian officials")],
        ),
        (
            "Freedonia froze the assets of two Sylvanian officials on 3 May. The measures were extended "
            "to 31 December 2024.",
            [("2024-05-03", "two Sylvanian officials")],
        ),
    ],
)
def test_a_widened_measure_is_taken_anew(annotator, text, expected):
    got = annotator.annotate(make_source(text, "2024-09-06")).sanctions
    assert [(s.date, s.target) for s in got] == expected
    assert {(s.measure_type, s.imposed_by) for s in got} == {("asset-freeze", "Freedonia")}


DECLARED = NEUTRAL.replace("cues: [expel*]", "cues: [expel*, persona non grata]").replace(
    "actors:\n",
    "actors:\n  - {name: Embassy of Sylvania, kind: organisation, country: Sylvania, aliases: [the Sylvanian Embassy]}\n",
)


@pytest.mark.parametrize(
    "sentence, imposer",
    [
        # a name before "persona non grata" is whom it hits, not a qualifier of the measure
        ("On 27 May, Freedonia declared two employees of the Sylvanian Embassy persona non grata.", "Freedonia"),
        # whose decision it was, told at length before the measure
        (
            "On 27 May, Ruritania noted the decision taken by Freedonia to declare two members of the "
            "Sylvanian Embassy persona non grata.",
            "Freedonia",
        ),
    ],
)
def test_who_declares_persona_non_grata(sentence, imposer):
    annotator = Annotator(parse_taxonomy(DECLARED, "sources/taxonomy.yml"))
    assert [who for _, who, _ in measures(annotator, sentence)] == [imposer]


@pytest.mark.parametrize(
    "sentence, name, subject",
    [
        ("Fredville expelled two Sylvanian diplomats.", "Fredville", True),
        # the place a story was filed under is no subject of it
        ("Fredville: two Sylvanian diplomats were expelled.", "Fredville", False),
        ("FREDVILLE (FNA) — Two Sylvanian diplomats were expelled.", "FREDVILLE", False),
        ("Fredville -- Two Sylvanian diplomats were expelled.", "Fredville", False),
        # a name is a subject, not an object or a modifier
        ("Sylvania protested to Freedonia.", "Freedonia", False),
        ("Freedonia's war goes on.", "Freedonia", False),
    ],
)
def test_what_is_a_subject(sentence, name, subject):
    from brief import sanctions as S
    from brief.model import Mention

    start = sentence.index(name)
    assert S.is_subject(sentence, Mention("Freedonia", start, start + len(name), name)) is subject


FLIGHTS = NEUTRAL.replace(
    "suspended from all activities]", "suspended from all activities, suspend* … flights, face* … curbs]"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a country's airlines or firms stop doing is their business decision (the guide):
        # the episode's imposer does not stand in for them
        (
            "Freedonia expelled two Ruritanian envoys on Monday. Freedonian airlines have suspended flights to Ruritania.",
            [("diplomatic-expulsion", "Freedonia")],
        ),
        (
            "Freedonia expelled two Ruritanian envoys on Monday. Freedonia Airways said on Tuesday that it "
            "had suspended flights to Ruritania.",
            [("diplomatic-expulsion", "Freedonia")],
        ),
        (
            "Freedonia expelled two Ruritanian envoys on Monday. Freedonian carriers say they will suspend "
            "flights to Ruritania.",
            [("diplomatic-expulsion", "Freedonia")],
        ),
        # but firms that face a measure are hit by it, and someone imposes it
        (
            "Freedonia expelled two Ruritanian envoys on Monday. Ruritanian firms will also face new curbs in Freedonia.",
            [("diplomatic-expulsion", "Freedonia"), ("other", "Freedonia")],
        ),
        # a state suspending flights imposes a measure
        (
            "Freedonia expelled two Ruritanian envoys on Monday. Sylvania has suspended flights to Ruritania.",
            [("diplomatic-expulsion", "Freedonia"), ("other", "Sylvania")],
        ),
    ],
)
def test_a_business_decision_is_no_measure(text, expected):
    annotator = Annotator(parse_taxonomy(FLIGHTS, "sources/taxonomy.yml"))
    assert [(kind, who) for kind, who, _ in measures(annotator, text)] == expected


PASSIVE = NEUTRAL.replace("suspended from all activities]", "suspended from all activities, accession … halted]")


@pytest.mark.parametrize(
    "sentence, imposers",
    [
        # the subject of a passive is whom the measure hits, never its imposer
        ("Sylvania was hit with new tariffs on Monday.", []),
        ("Sylvania has been quietly hit with tariffs on its wine.", []),
        ("Sylvania and Ruritania were hit with tariffs on Monday.", []),
        # nor does the episode's imposer stand in for an unnamed one when it is the one hit
        ("Sylvania was recently hit with tariffs, and Ruritania protested.", []),
        ("Sylvania was hit with new tariffs by Freedonia on Monday.", ["Freedonia"]),
        ("Freedonian firms were hit with tariffs by Sylvania.", ["Sylvania"]),
        # so is one who is under a measure, or subject to it
        ("In May Sylvania has been under tariffs, and Ruritania protested.", []),
        ("In May Sylvania was subject to tariffs, and Ruritania protested.", []),
        # a measure worded as what is done to the possessor's thing: the possessor is hit
        ("Sylvania's accession to the bloc has been halted, Freedonia said.", ["Freedonia"]),
        ("Sylvania's accession to the bloc has been halted, and Ruritania protested.", []),
        # what the text says does not exist was not done
        ("There is no precedent in Sylvania for Freedonia imposing tariffs on Ruritania.", []),
        # the active voice is unchanged, and so is a passive that says what its subject must do
        ("Sylvania hit Freedonia with new tariffs on Monday.", ["Sylvania"]),
        ("Sylvania was forced to expel two Freedonian diplomats.", ["Sylvania"]),
        ("Sylvania is expected to raise tariffs on Freedonia.", ["Sylvania"]),
    ],
)
def test_a_passive_subject_is_hit_not_imposing(sentence, imposers):
    annotator = Annotator(parse_taxonomy(PASSIVE, "sources/taxonomy.yml"))
    assert [who for _, who, _ in measures(annotator, sentence)] == imposers


@pytest.mark.parametrize(
    "sentence, kind",
    [
        # what another country sends, the imposer keeps out: an import measure
        ("In May, Freedonia imposed limits on Sylvanian exports.", "import-ban"),
        ("In May, Freedonia imposed controls on Sylvania's exports of steel.", "import-ban"),
        # its own exports, or exports to another, stay export measures
        ("In May, Freedonia imposed limits on Freedonian exports to Sylvania.", "export-ban"),
        ("In May, Freedonia imposed controls on chip exports to Sylvania.", "export-ban"),
        ("In May, Freedonia imposed an export ban on Sylvanian firms.", "export-ban"),
        # a country the goods go to is not the one that sends them
        ("In May, Freedonian exports to Sylvania were banned by the Fredville government.", "export-ban"),
        ("In May, exports of steel into Sylvania were banned by Freedonia.", "export-ban"),
        ("In May, Sylvanian exports to Ruritania were banned by Freedonia.", "import-ban"),
    ],
)
def test_a_measure_on_another_country_s_exports_keeps_them_out(sentence, kind):
    annotator = Annotator(parse_taxonomy(GOODS, "sources/taxonomy.yml"))
    assert [t for t, _, _ in measures(annotator, sentence)] == [kind]


@pytest.mark.parametrize(
    "after_cue, phrase",
    [
        (
            " on the assets of 22 individuals and three organisations.",
            "the assets of 22 individuals and three organisations",
        ),
        (" will also be imposed on imports from the northern provinces.", "imports from the northern provinces"),
        (" in Sylvania.", ""),  # "banned ships from docking in Sylvania": a place, no noun phrase
        (" were imposed on hundreds of officials, companies and banks.", "hundreds of officials"),
        (" primarily on weapons and machine tools", "weapons and machine tools"),
        (
            " on Sylvanian officials (including the president), a list of whom has grown.",
            "Sylvanian officials (including the president)",
        ),
        (" on semiconductors to Sylvania on 25 February.", "semiconductors to Sylvania"),
        (" on steel, which officials welcomed.", "steel"),
        (" on cars due to unfair subsidies.", "cars"),
        (" set in 2020 amid a clash.", ""),  # a participle and a date: no object named
        (" had caused wine prices to surge.", ""),  # the measure is the subject here
        (" has been expanded:", ""),
        (" and", ""),
        (", he was told.", ""),
        (" by Sylvania in September.", ""),  # the agent, not the one hit
        (" in addition to freezing assets", ""),
        (" between Freedonia and Sylvania", ""),  # both parties: the actors named stand for whom it hits
        (" to forbid transit", ""),  # a purpose
        (" on Sylvania to punish its leaders", "Sylvania"),
        (" on Sylvania for its role in the war", "Sylvania"),  # a reason
        (" on Sylvania for interfering in the vote", "Sylvania"),
        (" on Sylvania over the crackdown", "Sylvania"),
        (" on Sylvanian goods effective 1 October", "Sylvanian goods"),  # a time
        (" of Sylvanian wheat three years ago", "Sylvanian wheat"),  # a time told back from the day
        (" on Sylvanian steel two weeks earlier", "Sylvanian steel"),
        (" on Sylvanian steel yesterday", "Sylvanian steel"),
        (" on Sylvanian airlines and said any attempt would fail", "Sylvanian airlines"),  # a saying's "and"
        (" on five generals in view of the escalation", "five generals"),  # a reason
        (" on Sylvanian officials in addition to those set out", "Sylvanian officials"),
        (" on the steel content of cars by the Freedonian government", "the steel content of cars"),  # the agent
        (" on the steel content of cars made by hand", "the steel content of cars made by hand"),
        (" and/or publishing programmes", ""),  # no noun phrase
        (" under the Freedonian Peace Fund", ""),  # a means, not whom it hits
        (" on three Sylvanian diplomats Friday", "three Sylvanian diplomats"),
        (" on the Sylvanian military last week", "the Sylvanian military"),
        (" measures on brandy from Sylvania", "brandy from Sylvania"),  # the measure's own noun
        (" on imports and exports to the Sylvanian regions", "the Sylvanian regions"),  # a trade ban's halves
        (" requirements of Sylvanian diplomats", "Sylvanian diplomats"),  # "tightened visa requirements of"
        (" rules for Sylvanian citizens", "Sylvanian citizens"),
        (" with Sylvania in a move it announced earlier", "Sylvania"),
        (" on freight traffic at the beginning of the week", "freight traffic"),
        (" on all U.S. imports", "all U.S. imports"),  # an initial's full stop ends no clause
        (" on exports to foreign buyers", "exports to foreign buyers"),  # "to" and a noun phrase
        (" Sylvanian diplomats came after talks failed", "Sylvanian diplomats"),  # a finite verb
        (" extend to family members of these officials.", "family members of these officials"),  # a linking verb
        (" includes tools, computers and servers", "tools"),
        (" bars 12 officials from entering the country", "12 officials"),  # what it keeps out
        (" impedes them from entering Freedonia", ""),  # a pronoun names no one
        (" on US goods", "US goods"),  # ... but a country's initials are a name
        (" Sylvanian oil or face sanctions of their own", "Sylvanian oil"),  # an alternative's verb
        (" where there is evidence", ""),  # a relative clause, no noun phrase
        (" measures it had said", "measures"),  # no pronoun to end on
        (" put in place on March 4", ""),  # an idiom, not a preposition of the one hit
        (" first imposed in 2004 and later broadened", ""),  # a time, not whom it hits
        (" of 54 types of products to Sylvania with immediate effect", "54 types of products to Sylvania"),
        (" put on Sylvanian goods", "Sylvanian goods"),
        # where the goods go, then which goods: whom the ban hits is where they go
        (" to the United Sylvanian Republic of gallium, germanium and antimony", "the United Sylvanian Republic"),
        (" to the Republic of Sylvania", "the Republic of Sylvania"),  # "of" and a name: one name
    ],
)
def test_a_target_is_a_noun_phrase_or_nothing(after_cue, phrase):
    from brief.targets import noun_phrase

    assert noun_phrase(after_cue) == phrase


@pytest.mark.parametrize(
    "sentence, hit",
    [
        # with no object phrase, the actors named after the measure are whom it hits, but not the
        # one who says so
        ("Freedonia imposed tariffs, said Ivo Marek, an analyst at the Sylvanian Institute.", ()),
        ("Freedonia imposed tariffs, hitting Sylvania, said Ivo Marek.", ("Sylvania",)),
        # nor who a clause after it names
        ("Freedonia imposed tariffs on 2 May, but it said it would talk to Sylvania.", ()),
        # nor any after it: the subject of a passive, or one under the measure, is whom it hits
        ("On Monday Sylvania was hit with new tariffs by Freedonia.", ("Sylvania",)),
        ("Sylvania has been under Freedonia's sanctions since 2013.", ("Sylvania",)),
    ],
)
def test_the_one_who_says_so_is_not_hit(annotator, sentence, hit):
    (found,) = annotator.annotate(make_source(sentence, "2024-05-06")).sanctions
    assert found.target_actors == hit


@pytest.mark.parametrize(
    "sentence, target",
    [
        # no measure hits its own imposer: a phrase that opens with it is no target
        ("Sylvania is still suspended from all activities of Freedonia and its partners.", ""),
        # ... but a word that only begins like its name is another ("Freedonian", "Freedonia-made")
        ("Freedonia imposed tariffs on Freedonia-made cars from Sylvania.", "Freedonia-made cars from Sylvania"),
    ],
)
def test_a_measure_never_hits_its_imposer(annotator, sentence, target):
    (found,) = annotator.annotate(make_source(sentence, "2024-05-06")).sanctions
    assert found.target == target


@pytest.mark.parametrize(
    "sentence, target",
    [
        # nothing after the cue names whom it hits: a name in the cue's gap says whose goods
        ("Freedonia imposed controls on Sylvanian steel exports last year.", ["Sylvanian steel exports"]),
        # ... but with no name in it, the cue says nothing of whom ("controls on all exports")
        ("Freedonia imposed controls on all exports last year.", []),
        # words after the cue still come first
        ("Freedonia imposed controls on Sylvanian steel exports to Ruritania.", ["Ruritania"]),
        # the cue's last words are its own when they are a particle, not a noun
        ("On Friday Freedonia put the Sylvanian talks on hold.", ["the Sylvanian talks"]),
    ],
)
def test_a_cue_may_hold_whom_it_hits(sentence, target):
    held = GOODS.replace("suspended from all activities]", "suspended from all activities, put … on hold]")
    annotator = Annotator(parse_taxonomy(held, "sources/taxonomy.yml"))
    assert [s.target for s in annotator.annotate(make_source(sentence, "2024-05-06")).sanctions] == target


@pytest.mark.parametrize(
    "sentence",
    [
        "Sylvania imposed a visa ban on Freedonian officials and",
        "Freedonia said tariffs will also be imposed, he said.",
        "Sylvania expelled two Freedonian diplomats, Firefly said.",
    ],
)
def test_a_summary_never_ends_on_a_function_word(annotator, sentence):
    for s in annotator.annotate(make_source(sentence, "2024-05-06")).sanctions:
        assert not re.search(r"\bon\s*$|\bon (?:and|he|she|it|the)$", s.summary), s.summary


@pytest.mark.parametrize(
    "text, organisations",
    [
        ("Sylvania’s Trade Ministry said on Friday.", ["Sylvania’s Trade Ministry"]),
        ("The Ministry of Trade in Sylvania stated that it would act.", ["Ministry of Trade in Sylvania"]),
        (
            # the name is the phrase without the initials after it (they stay in the text's mention)
            "Treasury’s Office of Foreign Assets Control (OFAC) is taking action.",
            ["Office of Foreign Assets Control"],
        ),
        (
            "The Freedonian Customs Service and the General Administration of Customs met.",
            ["Freedonian Customs Service", "General Administration of Customs"],
        ),
        ("Relations with Sylvania. The Ministry of Trade said no.", ["Ministry of Trade"]),  # a full stop ends a name
        # one body of another is one name
        (
            "The Customs Tariff Commission of the State Council decided.",
            ["Customs Tariff Commission of the State Council"],
        ),
        ("the Office of Freedonia", []),  # a head noun and a known country say nothing more
        ("according to the Baltic News Service.", []),  # an outlet cited
        ("according to the Freedonian Geological Survey.", ["Freedonian Geological Survey"]),  # a source of data acts
        ("Prime Minister's Office: Photo", []),
        # bodies, unions and alliances of states, parties and airlines are named by their head noun too
        ("The Ruritanian Union imposed duties.", ["Ruritanian Union"]),
        ("the Northern Trade Organization (NTO) ruled", ["Northern Trade Organization"]),
        ("the Economic Community of Southern States (ECOSS) met", ["Economic Community of Southern States"]),
        ("the Southern Economic and Monetary Union (SEMU) met", ["Southern Economic and Monetary Union"]),
        ("Kestrel Airways and Bluebird Airlines stopped flights.", ["Kestrel Airways", "Bluebird Airlines"]),
        # an office's word opens a name; a name ending on its head and one led by it are one
        ("Later the Foreign Ministry said no.", ["Foreign Ministry"]),
        ("The Sylvanian Ministry of Commerce said", ["Sylvanian Ministry of Commerce"]),
        # a list of the body's fields; a comma and a country after a name end it
        ("the Department of Trade, Industry and Competition said", ["Department of Trade, Industry and Competition"]),
        ("the Ministry of Trade, Sylvania said", ["Ministry of Trade"]),
        ("said the Kestrel Institution", ["Kestrel Institution"]),
    ],
)
def test_organisations_named_by_a_head_noun(annotator, text, organisations):
    from brief.organisations import named_organisations

    known = annotator.actors.find(text)
    assert [m.actor for m in named_organisations(text, known)] == organisations


@pytest.mark.parametrize(
    "text, people",
    [
        ("Secretary of the Treasury Steven T. Novak said", ["Steven Novak"]),
        ("The ministry’s spokesperson, Ada Horak, said", ["Ada Horak"]),
        ("said Ivo Marek, a senior analyst at a bank", ["Ivo Marek"]),
        # a profession or standing in lower case before the name
        ("when photojournalist Ada Horak was killed", ["Ada Horak"]),
        ("after the arrest of the firm's executive Ivo Marek", ["Ivo Marek"]),
        ("Sylvanian national Ada Horak was detained", ["Ada Horak"]),
        # a plural role or a people before a list of names: each is a person
        ("his deputies Ivo Marek, Ada Horak and Jan Novak", ["Ivo Marek", "Ada Horak", "Jan Novak"]),
        ("it detained Sylvanians Ivo Marek and Ada Horak", ["Ivo Marek", "Ada Horak"]),
        ("Foreign Minister Ada Horak met the President of Sylvania", ["Ada Horak"]),
        # a possessive is no part of the name; an apostrophe inside one is
        ("on President Ivo Marek’s decision", ["Ivo Marek"]),
        ("Foreign Minister Ada O'Brien's visit", ["Ada O'Brien"]),
        ("when President-elect Ivo Marek takes office", ["Ivo Marek"]),
        ("The President of Sylvania Ivo Marek signed a decree", ["Ivo Marek"]),
        ("Presidents Ivo Marek and Ada Horak, in a series of posts", ["Ivo Marek", "Ada Horak"]),
        ("the bloc's foreign policy chief Ada Horak said", ["Ada Horak"]),
        # a profession before the name, or a role after it
        ("the Sylvanian novelist Ivo Marek was arrested", ["Ivo Marek"]),
        ("said Ada Horak, a colonel-major in the army", ["Ada Horak"]),
        # a role before the name, set off by a comma, whole names only
        ("briefed by the mediator, Ivo Marek, a former president", ["Ivo Marek"]),
        ("The outgoing president of the Sylvan Commission, Jean-Paul Ivo Marek, said", ["Jean-Paul Ivo Marek"]),
        ("the ousted president, Ada Maria Jana Horak, was held", ["Ada Maria Jana Horak"]),  # four words, whole
        ("the ousted president, Ada Maria Jana Ivo Horak, was held", []),  # five: not cut short
        ("President Ivo Marek Tuesday said", ["Ivo Marek"]),  # a day after a name is no part of it
        ("Sylvan Union High Representative Ada Horak said", ["Ada Horak"]),
        ("the army's Commander-in-Chief, Ivo Marek, and", ["Ivo Marek"]),
        ("the minister for home affairs, Ivo Marek, was", ["Ivo Marek"]),
        # Commonwealth styles, a capital inside a word, a family name's particle
        ("the Honourable Ada LeBlanc, Minister of Finance, said", ["Ada LeBlanc"]),
        ("Ambassador Ivo van Marek said", ["Ivo van Marek"]),
        ("Sylvania's foreign minister Ada al-Horak said", ["Ada al-Horak"]),
        ("President Ada von der Horak said", ["Ada von der Horak"]),
    ],
)
def test_people_found_by_title_or_role(text, people):
    from brief.people import titled_people

    assert [m.actor for m in titled_people(text, ())] == people


def test_known_people_in_capitals_or_family_name_first(annotator):
    found = [m.actor for m in annotator.actors.find("STATEMENT BY FIREFLY and FIREFLY Rufus on trade")]
    assert found == ["Rufus Firefly", "Rufus Firefly"]


PRESS_RELEASE = """FREDVILLE, 6 May 2024 – Freedonia will take the following measures against Sylvania:

(1) freezing the assets of 12 Sylvanian officials;

(2) an export ban on machine tools to Sylvania;

• (3) tariffs on Sylvanian steel.

[1] Ministry statement, https://example.org/statement (Accessed 7 May 2024)
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        # a measure being lifted was imposed: undated unless its own words date it
        ("On 20 May 2024 Freedonia lifted its sanctions on Sylvania.", [("other", "Freedonia", "imposed", None)]),
        (
            "Freedonia dropped the tariffs on Sylvanian wine first imposed in 2019.",
            [("other", "Freedonia", "imposed", "2019")],
        ),
        # the one who imposed them, in the relative clause after the measure
        (
            "The sanctions that Freedonia had imposed on Sylvania were lifted on Monday.",
            [("other", "Freedonia", "imposed", None)],
        ),
        (
            "Freedonia eased its rules. Sanctions were also dropped against Sylvania's state television.",
            [("other", "Freedonia", "imposed", None)],
        ),
        # a lifting only discussed, or demanded, is no act of the text's
        ("The lifting of the sanctions on Sylvania has sparked debate in Freedonia.", []),
        ("Sylvania pushed for the sanctions imposed by Freedonia to be lifted.", []),
        # "the end of" is no lifting
        (
            "Freedonia's sanctions on Sylvania could spell the end of the talks.",
            [],
        ),
    ],
)
def test_a_lifted_measure_is_reported_as_imposed(annotator, text, expected):
    got = annotator.annotate(make_source(text, "2024-05-22")).sanctions
    assert [(s.measure_type, s.imposed_by, s.status, s.date) for s in got] == expected


@pytest.mark.parametrize(
    "text, date",
    [
        # the date a measure takes effect from is its date ("from" is no "since")
        ("Freedonia will impose tariffs on Sylvanian wine from 19 May 2024.", "2024-05-19"),
        ("Freedonia will impose tariffs on Sylvanian wine from next year.", "2025"),
        # ... also beside the date of the saying
        ("On Monday, Freedonia said it will impose tariffs on Sylvanian wine as of Jan. 1, 2025.", "2025-01-01"),
        ("On 6 May 2024 Freedonia announced tariffs on Sylvanian wine, effective from 1 June 2024.", "2024-06-01"),
        # ... but a date the measure's own participle gives is the measure's
        ("Freedonia said the tariffs imposed last January on Sylvanian wine end from 1 June 2024.", "2024-01"),
        # without one, the nearest date
        ("On 6 May 2024 Freedonia announced tariffs on Sylvanian wine.", "2024-05-06"),
        # but not a deadline: it comes after the act that sets it
        ("Freedonia said on 6 May 2024 that Sylvanian diplomats it expelled must go by 20 May 2024.", "2024-05-06"),
        # nor the day it runs out
        (
            "On 6 May 2024 Freedonia said that Sylvanian wine would face tariffs that expire on 20 June 2024.",
            "2024-05-06",
        ),
        ("Freedonia's tariffs on Sylvanian wine expire on 20 June 2024.", "2024"),
    ],
)
def test_a_measure_is_dated_by_when_it_takes_effect(annotator, text, date):
    got = annotator.annotate(make_source(text, "2024-05-08")).sanctions
    assert [s.date for s in got] == [date], got


@pytest.mark.parametrize(
    "text, published, date",
    [
        # a dated news item still in its year: an undated measure is of that year
        (
            "In January 2024 Sylvania protested.\n\nFreedonia has imposed tariffs on Sylvanian wine.",
            "2024-05-06",
            "2024",
        ),
        # a story gone back to another year, or a text dated only by estimate: undated
        ("In 2019 Sylvania protested.\n\nFreedonia has imposed tariffs on Sylvanian wine.", "2024-05-06", None),
        ("In January 2024 Sylvania protested.\n\nFreedonia has imposed tariffs on Sylvanian wine.", "2024-05", None),
        # set earlier by its wording
        ("In January 2024 Sylvania protested.\n\nFreedonia had imposed tariffs on Sylvanian wine.", "2024-05-06", None),
        # in force, not taken at the time of the text
        (
            "In January 2024 Sylvania protested.\n\nFreedonia's tariffs on Sylvanian wine remain in place.",
            "2024-05-06",
            None,
        ),
    ],
)
def test_an_undated_measure_of_a_dated_news_item_is_of_its_year(annotator, text, published, date):
    got = annotator.annotate(make_source(text, published)).sanctions
    assert [(s.measure_type, s.date) for s in got] == [("other", date)]


@pytest.mark.parametrize(
    "name, country",
    [
        ("the Sylvanian Trade Ministry", "Sylvania"),
        ("Ministry of Trade of Freedonia", "Freedonia"),
        ("Freedonia-Sylvania Joint Commission", None),  # two countries: neither
        ("Central Statistics Office", None),
        ("Freedonians Abroad", None),  # a word that only begins with a country's name
    ],
)
def test_the_country_a_name_names(annotator, name, country):
    assert annotator.taxonomy.country_in_name(name) == country


def test_a_person_found_by_title_acts_for_the_country_the_title_names(annotator):
    text = "Freedonia protested. Sylvanian Foreign Minister Ada Horak on Friday expelled two Freedonian diplomats."
    assert [(m[0], m[1]) for m in measures(annotator, text)] == [("diplomatic-expulsion", "Sylvania")]


def test_a_body_acts_for_the_country_its_name_names(annotator):
    """A body the taxonomy does not know, found by its head noun, acts for the country its name
    names; so does one it lists with no country (the Tariff Board has one: Freedonia)."""
    text = "Freedonia protested on Monday. The Sylvanian Trade Ministry on Tuesday imposed tariffs on Freedonian wine."
    assert [(m[0], m[1]) for m in measures(annotator, text)] == [("other", "Sylvania")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name after the measure is its speaker only with a saying verb; else the context's
        ("Freedonia acted first. Tariffs were raised, Sylvania protested.", [("other", "Freedonia")]),
        # a cue inside the name of one who acts is no measure
        (
            "Sylvania protested to Freedonia. The Tariff Board on 3 May expelled two Sylvanian diplomats.",
            [("diplomatic-expulsion", "Freedonia")],
        ),
    ],
)
def test_names_that_do_not_impose(annotator, text, expected):
    assert [(m[0], m[1]) for m in measures(annotator, text)] == expected


def test_an_item_with_no_actor_before_its_measure_is_its_introduction_s(annotator):
    text = (
        "On 3 May Freedonia signed a decree against Sylvania.\n\nThe measures of the decree:\n\n"
        "- to impose tariffs on goods whose country of origin is Sylvania;\n- to expel two Sylvanian diplomats."
    )
    got = annotator.annotate(make_source(text, "2024-05-06")).sanctions
    assert [(s.measure_type, s.imposed_by, s.date) for s in got] == [
        ("other", "Freedonia", "2024-05-03"),
        ("diplomatic-expulsion", "Freedonia", "2024-05-03"),
    ]


@pytest.mark.parametrize(
    "between, imposer",
    [
        # a body that acts for itself (a union of states) is who acts, as a country is
        ("The Northern League said on 3 May that it would act.", "Northern League"),
        # as is one that acts for its country
        ("The Tariff Board said on 3 May that it would act.", "Freedonia"),
        # not one a preposition makes the object
        ("Ruritania spoke to the Northern League on 3 May.", "Ruritania"),
    ],
)
def test_the_last_to_act_imposes_a_measure_that_names_no_one(annotator, between, imposer):
    text = f"Sylvania imposed tariffs on Freedonia on 2 May. {between} An export ban also applies."
    got = annotator.annotate(make_source(text, "2024-05-06")).sanctions
    assert [s.imposed_by for s in got] == ["Sylvania", imposer]


def test_an_item_keeps_the_introduction_s_imposer_after_an_item_that_names_only_the_target(annotator):
    text = (
        "On 3 May Freedonia adopted new sanctions on Sylvania.\n\nThe new measures include:\n\n"
        "- a study of investment in Sylvania;\n- tariffs on the sale of wine to Sylvania."
    )
    got = annotator.annotate(make_source(text, "2024-05-06")).sanctions
    assert [(s.measure_type, s.imposed_by) for s in got][-1] == ("other", "Freedonia")


def test_numbered_items_are_measures_that_take_their_introduction_s_date_imposer_and_status(annotator):
    src = annotator.annotate(make_source(PRESS_RELEASE, "2024-05-06"))
    got = [(s.measure_type, s.imposed_by, s.status, s.date) for s in src.sanctions]
    assert got == [
        ("asset-freeze", "Freedonia", "announced", "2024-05-06"),
        ("export-ban", "Freedonia", "announced", "2024-05-06"),
        ("other", "Freedonia", "announced", "2024-05-06"),
    ]
    kinds = [b.block.kind for b in src.blocks]
    assert kinds.count("item") == 3 and kinds[-1] == "reference"  # a citation stays a reference


@pytest.mark.parametrize(
    "line, kind",
    [
        ("(1) Freedonia will suspend visa issuance.", "item"),
        ("• (2) an export ban on machine tools", "item"),
        ("(3) Sylvania Post, 'A title', https://example.org (Accessed 1 May)", "reference"),
        ("[4] Ibid.", "reference"),
    ],
)
def test_numbered_lines_are_items_unless_they_cite(line, kind):
    from brief.segment import blocks

    assert blocks(line)[0].kind == kind


@pytest.mark.parametrize(
    "published, estimated, date",
    [
        ("2024-05-06", False, "2024-05"),  # the lead of dated news: its month
        # a day inferred from the contents, or a text dated to a month (an editorial): its lead
        # is of that month too, as far as the text tells
        ("2024-05-06", True, "2024-05"),
        ("2024-05", True, "2024-05"),
    ],
)
def test_an_undated_measure_in_news_is_of_its_year(annotator, published, estimated, date):
    text = "Freedonia expelled two Sylvanian diplomats."
    src = annotator.annotate(make_source(text, published, estimated))
    assert [s.date for s in src.sanctions] == [date]


@pytest.mark.parametrize(
    "text, date",
    [
        # an analysis dated to a month whose story is in that month: its undated measures are of its year
        ("In May 2024 Sylvania protested.\n\nFreedonia has imposed tariffs on Sylvanian wine.", "2024-05"),
        # one that has gone back to another month tells of any time: undated
        ("In January 2024 Sylvania protested.\n\nFreedonia has imposed tariffs on Sylvanian wine.", None),
    ],
)
def test_an_undated_measure_of_a_month_dated_text_while_its_story_is_in_that_month(annotator, text, date):
    got = annotator.annotate(make_source(text, "2024-05", True)).sanctions
    assert [s.date for s in got] == [date]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "By Friday, X had done": the day by which it was done, told as past
        (
            "Sylvania protested. By Friday, Freedonia had officially announced it would end trade.",
            [("2024-05-03", "By Friday, Freedonia")],
        ),
        # a deadline or a target is no happening, though a past perfect follow
        ("Sylvania protested. Freedonia must cut its staff by Friday, as Sylvania had demanded.", []),
        ("Sylvania protested. Freedonia aims to double exports by 2027.", []),
    ],
)
def test_by_a_date_is_a_deadline_unless_told_as_done(annotator, text, expected):
    assert events(annotator, text, "2024-05-04") == expected


def test_a_year_that_names_a_thing_does_not_take_the_story_there(annotator):
    """ "the 2020 election" is no turn of the story to 2020: an undated measure after it is still
    of the news item's year."""
    text = (
        "Freedonia on Monday expelled two Sylvanian diplomats.\n\n"
        "It had also imposed tariffs over the 2020 Sylvanian election.\n\n"
        "Freedonia has imposed export curbs on Sylvanian firms."
    )
    got = annotator.annotate(make_source(text, "2021-04-23")).sanctions
    assert [(s.measure_type, s.date) for s in got][-1] == ("export-ban", "2021")


@pytest.mark.parametrize(
    "text, date",
    [
        # a year between a determiner and a noun names that thing, not when the measure was taken
        ("Freedonia imposed tariffs on Sylvania under the 1960 border treaty on 6 May 2024.", "2024-05-06"),
        (
            "Freedonia said on Thursday that, as after the 1971 war, tariffs on Sylvanian wine would return.",
            "2024-05-02",
        ),
        # but a year the measure's own noun takes is its date
        ("Freedonia extended the 2019 tariffs on Sylvanian wine.", "2019"),
    ],
)
def test_a_year_that_names_another_thing_does_not_date_a_measure(annotator, text, date):
    got = annotator.annotate(make_source(text, "2024-05-06")).sanctions
    assert got and got[0].date == date, got


@pytest.mark.parametrize(
    "text, expected",
    [
        # an enumeration's steps take the date of the sentence announcing them
        (
            "In 2023 Freedonia announced new steps against Sylvania. First, Freedonia imposed sanctions on two "
            "Sylvanian officials. Second, Freedonia sanctioned a Sylvanian shipping line.",
            [("other", "Freedonia", "2023"), ("other", "Freedonia", "2023")],
        ),
        # ... across paragraphs, past a background sentence with a date of its own; "recently" is
        # the year of publication
        (
            "Freedonia recently announced new steps against Sylvania.\n\nFirst, Freedonia imposed sanctions on two "
            "Sylvanian officials.\n\nThe old pact, which Freedonia left in 2018, had allowed trade.\n\n"
            "Second, Freedonia sanctioned a Sylvanian shipping line.",
            [("other", "Freedonia", "2024"), ("other", "Freedonia", "2024")],
        ),
        # unnamed sanctions imposed besides a named measure are a measure of their own
        (
            "On 3 May Freedonia expelled two Sylvanian diplomats and began reimposing sanctions on Sylvania.",
            [("diplomatic-expulsion", "Freedonia", "2024-05-03"), ("other", "Freedonia", "2024-05-03")],
        ),
        # but sanctions named next to the measure are that measure
        (
            "On 3 May Freedonia imposed sanctions, an export ban on Sylvania.",
            [("export-ban", "Freedonia", "2024-05-03")],
        ),
        # adopting or announcing sanctions is imposing them
        (
            "On 3 May Freedonia adopted sanctions against Sylvania.",
            [("other", "Freedonia", "2024-05-03")],
        ),
        (
            "Freedonia on 3 May announced sanctions against 11 Sylvanian officials.",
            [("other", "Freedonia", "2024-05-03")],
        ),
        # an undated sentence that a news item dates (its lead, or the day's story) dates them too
        (
            "Freedonia on Monday expelled two Sylvanian diplomats. The ministry imposed sanctions on Sylvania.",
            [("diplomatic-expulsion", "Freedonia", "2024-05-06"), ("other", "Freedonia", "2024-05")],
        ),
        (
            "Freedonia has imposed sanctions on Sylvanian officials, the ministry said.",
            [("other", "Freedonia", "2024-05")],
        ),
        # hitting one with sanctions imposes them
        ("On 3 May Sylvania was hit with sanctions by Freedonia.", [("other", "Freedonia", "2024-05-03")]),
        ("On 3 May Freedonia hit Sylvania with sanctions.", [("other", "Freedonia", "2024-05-03")]),
        # sanctions one has been under since a date were imposed then (the guide dates a state by its start)
        ("Sylvania has been under Freedonia's sanctions since 2013.", [("other", "Freedonia", "2013")]),
        (
            "Sylvania's president is subject to Freedonia's sanctions since March 2019.",
            [("other", "Freedonia", "2019-03")],
        ),
        # but a state since a date, without "under", is not
        ("Freedonia has kept its sanctions on Sylvania since 2013.", []),
        # a standing state dated only by the news around it is no measure
        ("Freedonia on Monday spoke. Freedonia is among the few countries participating in sanctions on Sylvania.", []),
        # what a package just told includes is of its day
        (
            "On 3 May Freedonia imposed sanctions on Sylvania. The measures include tariffs on its wine.",
            [("other", "Freedonia", "2024-05-03"), ("other", "Freedonia", "2024-05-03")],
        ),
        # ... and is its imposer's, though another country was named in between
        (
            "On 3 May Freedonia imposed sanctions on Sylvanian officials. Sylvania called them illegal."
            " The restrictive measures introduced on 3 May include tariffs on its wine.",
            [("other", "Freedonia", "2024-05-03"), ("other", "Freedonia", "2024-05-03")],
        ),
        # ... but one that introduces a list takes the story's date, as lists do
        (
            "On 3 May Freedonia imposed sanctions on Sylvania.\n\nThe measures include:\n\n• tariffs on its wine.",
            [("other", "Freedonia", "2024-05-03"), ("other", "Freedonia", "2024-05-03")],
        ),
    ],
)
def test_unnamed_sanctions_dated_by_the_sentence_they_continue(annotator, text, expected):
    src = annotator.annotate(make_source(text, "2024-05-06"))
    assert [(s.measure_type, s.imposed_by, s.date) for s in src.sanctions] == expected


def test_no_measure_hits_its_own_imposer(annotator):
    src = annotator.annotate(
        make_source("On 3 May Freedonia tightened controls on Sylvanian exports to Freedonia.", "2024-05-06")
    )
    assert [(s.imposed_by, s.target) for s in src.sanctions] == [("Freedonia", "")]


@pytest.mark.parametrize(
    "sentence, cue, phrase",
    [
        # a cue that holds its object names it when only a place follows
        (
            "Freedonia decided to close a Sylvanian consulate in the port city.",
            "close a Sylvanian consulate",
            "a Sylvanian consulate",
        ),
        ("Freedonia will recall its envoy in Sylvan City.", "recall its envoy", "its envoy"),
        # ... and not what those it names are told to do
        (
            "Freedonia ordered 12 Sylvanian officials to leave in May.",
            "ordered 12 Sylvanian officials to leave",
            "12 Sylvanian officials",
        ),
        # whom it keeps from doing, not where or what
        (
            "Freedonia banned 63 Sylvanian citizens from entering the country.",
            "banned 63 Sylvanian citizens from entering",
            "63 Sylvanian citizens",
        ),
        ("Freedonia barred Sylvanian banks from raising funds.", "barred Sylvanian banks", "Sylvanian banks"),
        # whom a list takes in
        ("Freedonia added five Sylvanian firms to its export blacklist.", "export blacklist", "five Sylvanian firms"),
        ("Freedonia put 63 Sylvanian officials on its stop list.", "stop list", "63 Sylvanian officials"),
        # otherwise the phrase after the cue
        ("Freedonia imposed tariffs on Sylvanian steel.", "tariffs", "Sylvanian steel"),
    ],
)
def test_the_target_of_a_cue_that_holds_its_object(sentence, cue, phrase):
    from brief import sanctions as S
    from brief.cues import CueHit

    start = sentence.index(cue)
    assert S.target(sentence, CueHit("other", start, start + len(cue)), len(sentence)) == phrase


@pytest.mark.parametrize(
    "text, found",
    [
        # wire copy, a sentence a paragraph: the party named two paragraphs up is the one hit
        (
            "Freedonia imposed sanctions on Sylvania on 3 May 2024.\n\n"
            "All service transactions will be frozen.\n\n"
            "In addition, the officials involved will be expelled.",
            True,
        ),
        # further back than the episode: no one is named as hit
        (
            "Freedonia imposed sanctions on Sylvania on 3 May 2024.\n\nIt rained.\n\nIt rained again.\n\n"
            "Then it rained more.\n\nIn addition, the officials involved will be expelled.",
            False,
        ),
    ],
)
def test_the_party_a_measure_hits_may_be_named_a_few_sentences_before(annotator, text, found):
    got = [m for m in measures(annotator, text) if m[0] == "diplomatic-expulsion"]
    assert bool(got) == found, got


def test_who_acts_next_is_a_country_named_as_subject_not_one_named_as_a_place(annotator):
    text = "On 3 May 2024, after the coup in Sylvania, Freedonia spoke.\n\nTwo diplomats were expelled."
    assert [(m[0], m[1]) for m in measures(annotator, text)] == [("diplomatic-expulsion", "Freedonia")]


def test_a_participle_of_the_cause_names_the_cause_s_imposer_not_the_measure_s(annotator):
    sentence = "Sylvania said it was not ready to expel diplomats because of the tariffs imposed by Freedonia."
    got = measures(annotator, sentence)
    assert [(m[0], m[1]) for m in got] == [("diplomatic-expulsion", "Sylvania"), ("other", "Freedonia")]


def test_a_news_item_s_list_takes_the_date_its_lead_took_not_one_still_to_come(annotator):
    text = (
        "Freedonia will expel 23 Sylvanian diplomats, the PM says.\n\n"
        "She said ministers would not attend the Sylvanian games later this year.\n\n"
        "Among them are plans to:\n\n"
        "- Expel 23 diplomats\n- Impose tariffs on Sylvanian wine"
    )
    got = annotator.annotate(make_source(text, "2024-05-06")).sanctions
    assert [(s.measure_type, s.date) for s in got][-2:] == [("diplomatic-expulsion", "2024-05"), ("other", "2024-05")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state the text dates is its starting event; an act in course says so too
        ("Freedonia has waged war on Sylvania since February 2022.", [("2022-02", "Freedonia has waged ")]),
        ("Freedonia has been waging war on Sylvania since February 2022.", [("2022-02", "Freedonia has been w")]),
    ],
)
def test_a_dated_state_starts_an_event(annotator, text, expected):
    assert events(annotator, text, "2023-06-01") == expected
