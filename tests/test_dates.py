"""The date grammar: expression found, resolved against publication date and narrative."""

from __future__ import annotations

import pytest

from brief import dates as D


def resolve_all(text: str, published: str, estimated: bool = False) -> list[tuple[str, str]]:
    anchor = D.Anchor.parse(published, estimated)
    narrative = D.Narrative()
    out = []
    block_year = None
    for raw in D.find(text, ()):
        m = D.resolve(raw, text, anchor, narrative, 0, block_year, D.is_prospective(text, raw.start, raw.end))
        if m is None:
            continue
        narrative = D.advance(narrative, m, 0)
        block_year = D.explicit_year(raw) or block_year
        out.append((m.date, m.precision))
    return out


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # absolute dates, each at the precision it is written
        ("It began on 24 February 2022.", "2023-01", [("2022-02-24", "day")]),
        ("It began on February 24, 2022.", "2023-01", [("2022-02-24", "day")]),
        ("Page created 13/02/2023.", "2023-02-13", [("2023-02-13", "day")]),
        ("Dated 2022-02-24 in the file.", "2023-01", [("2022-02-24", "day")]),
        ("On the 3rd of March 2021 it rained.", "2023-01", [("2021-03-03", "day")]),
        ("In August 2022, the budget rose.", "2023-01", [("2022-08", "month")]),
        ("Sanctions were imposed in 2014.", "2023-01", [("2014", "year")]),
        ("Linked by an agreement since 1998.", "2023-01", [("1998", "year")]),
        # yearless: the latest such date on or before publication
        ("On 27 February, he spoke.", "2023-02-13", [("2022-02-27", "day")]),
        ("From January 27, the ministry freezes assets.", "2023-01", [("2023-01-27", "day")]),
        ("In May, Japan declared an embargo.", "2023-02-13", [("2022-05", "month")]),
        # "last April", "next March": the nearest such month before or after the text's own
        ("Things heated up last April.", "2021", [("2020-04", "month")]),
        ("Things heated up last April.", "2021-06", [("2021-04", "month")]),
        ("Last June, talks resumed.", "2021-06-10", [("2020-06", "month")]),
        ("Talks resume next March.", "2021-06", [("2022-03", "month")]),
        ("Talks resume next March.", "2021-01", [("2021-03", "month")]),
        ("The vote is scheduled for mid-October this year.", "2023-09-21", [("2023-10", "month")]),
        ("Talks began in early March last year.", "2023-09-21", [("2022-03", "month")]),
        # a span back from publication: since its start, as coarsely as it is counted
        ("Over the last six months, it launched two probes.", "2024-07", [("2024", "year")]),
        ("For the past two years, it has waged a campaign.", "2020-06", [("2018", "year")]),
        ("In the past year, exports halved.", "2024-03-10", [("2023", "year")]),
        ("Over the past two weeks, talks stalled.", "2024-03-10", [("2024-02", "month")]),
        ("Over the past decade, the country was wracked by violence.", "2022-03-17", []),
        # months counted from the story's last date, or back from publication
        (
            "In January 2023 a deal was struck. Two months later, both announced controls.",
            "2023-06",
            [("2023-01", "month"), ("2023-03", "month")],
        ),
        ("Six months ago the ministry acted.", "2024-03-10", [("2023-09", "month")]),
        (
            "On 20 May 2024 talks began. Three weeks later, they broke down.",
            "2024-07",
            [("2024-05-20", "day"), ("2024-06", "month")],
        ),
        ("Two weeks ago the ministry acted.", "2024-03-10", [("2024-02", "month")]),
        # "the beginning of the week": the month of that week's Monday
        ("It was announced at the beginning of the week.", "2023-06-01", [("2023-05", "month")]),
        ("It was announced at the end of the week.", "2023-05-30", [("2023-06", "month")]),
        # "recently": the time of publication, no finer than the text says
        ("The minister recently announced new steps.", "2020-06", [("2020", "year")]),
        ("In recent days the ministry spoke twice.", "2022-02-23", [("2022-02", "month")]),
        ("In recent months exports fell.", "2023-10-20", [("2023", "year")]),
        ("As early as February, talks broke off.", "2023-02-13", [("2022-02", "month")]),
        # a month alone in the publication month is last year's; a prospective one is ahead
        ("The PM is likely to visit India in March.", "2022-03", [("2022-03", "month")]),
        ("In mid-February, the prime minister could visit Kyiv.", "2023-01", [("2023-02", "month")]),
        # a year written out earlier in the paragraph wins
        (
            "In March 2014 Russia annexed Crimea. On 18 April, sanctions came.",
            "2023-01",
            [("2014-03", "month"), ("2014-04-18", "day")],
        ),
        # relative to publication
        ("In March last year, Russia refused to negotiate.", "2023-01", [("2022-03", "month")]),
        ("He took power in October last year.", "2022-02-23", [("2021-10", "month")]),
        ("After February 24 last year, Tokyo decided.", "2023-01", [("2022-02-24", "day")]),
        ("On Wednesday the PM condemned it.", "2022-02-23", [("2022-02-23", "day")]),
        ("On Monday the PM condemned it.", "2022-02-23", [("2022-02-21", "day")]),
        # "last" and "next" name another week's day, never the text's own (23 February 2022 was a Wednesday)
        ("Last Wednesday the PM condemned it.", "2022-02-23", [("2022-02-16", "day")]),
        ("The PM will speak next Wednesday.", "2022-02-23", [("2022-03-02", "day")]),
        ("The PM will speak next Friday.", "2022-02-23", [("2022-02-25", "day")]),
        ("Last Monday the PM condemned it.", "2022-02-23", [("2022-02-21", "day")]),
        ("Last week a fleet was detected.", "2022-02-23", [("2022-02", "month")]),
        # a week is in the month of its Thursday: Mon 29 April to Sun 5 May is May's
        ("Last week a fleet was detected.", "2024-05-07", [("2024-05", "month")]),
        ("Last week a fleet was detected.", "2024-05-02", [("2024-04", "month")]),
        ("Next week a fleet will sail.", "2024-05-30", [("2024-06", "month")]),
        ("Last year, trade grew.", "2023-01", [("2022", "year")]),
        # a happening over days is dated by its first
        ("On 24 and 25 May this year, the council met.", "2021-06-21", [("2021-05-24", "day")]),
        ("On 24-25 May 2021, the council met.", "2023-01", [("2021-05-24", "day")]),
        ("On May 24 and 25, the council met.", "2021-06-21", [("2021-05-24", "day")]),
        ("On 5 and 3 May, the council met.", "2021-06-21", [("2021-05-03", "day")]),  # no range: as written
        # relative to the narrative
        (
            "On February 16, he called. The following day, he spoke again.",
            "2022-02-23",
            [("2022-02-16", "day"), ("2022-02-17", "day")],
        ),
        (
            "They banned chips on 25 February. Three days later, they froze assets.",
            "2023-02-13",
            [("2022-02-25", "day"), ("2022-02-28", "day")],
        ),
        # a weekday before the date it names is that date, not a second one
        ("The council met on Wednesday, March 6, 2024.", "2024-12-03", [("2024-03-06", "day")]),
        ("The council met on Wednesday, 6 March.", "2024-12-03", [("2024-03-06", "day")]),
        # a weekday in a text dated to its year is in that year, no finer
        ("The president said on Thursday that the appeal failed.", "2024", [("2024", "year")]),
        (
            "On 16 September, they met. The very next day, they spoke.",
            "2024-10-03",
            [("2024-09-16", "day"), ("2024-09-17", "day")],
        ),
        # weeks after a month: from its middle, at the month
        (
            "In early April, they halted exports. Two weeks later, they halted trade.",
            "2024-05-07",
            [("2024-04", "month")] * 2,
        ),
        # "came a day after X said": the saying is the day before the story's day
        (
            "They imposed tariffs on Tuesday. The moves came a day after the minister said so.",
            "2024-04-10",
            [("2024-04-09", "day"), ("2024-04-08", "day")],
        ),
        # so is what a clause after "after" tells, following the main one
        (
            "They imposed tariffs on Tuesday. The minister announced it two days after the envoys agreed on it.",
            "2024-04-10",
            [("2024-04-09", "day"), ("2024-04-07", "day")],
        ),
        (
            "They imposed tariffs on Tuesday. Two days after the vote, they froze assets.",
            "2024-04-10",
            [("2024-04-09", "day"), ("2024-04-11", "day")],
        ),
        # "on this day", "later that day": the story's day
        (
            "They imposed tariffs on 16 September. On this day, they also froze assets.",
            "2024-10-03",
            [("2024-09-16", "day")] * 2,
        ),
        (
            "They imposed tariffs on 16 September. Later that day, they froze assets.",
            "2024-10-03",
            [("2024-09-16", "day")] * 2,
        ),
        (
            "They imposed tariffs on 16 September. About six hours later, they froze assets.",
            "2024-10-03",
            [("2024-09-16", "day")] * 2,
        ),
        # the story at a month: the day after is in that month, not the day after publication
        (
            "In early April, they halted exports. The next day, they halted trade.",
            "2024-05-07",
            [("2024-04", "month")] * 2,
        ),
        ("The next day, they halted trade.", "2024-05-07", [("2024-05-08", "day")]),  # a report's own day
        # a weekday against a month-precision publication gives the month, never a made-up day
        ("On Wednesday the PM spoke.", "2022-03", [("2022-03", "month")]),
        ("He promised it the day before.", "2023-01", [("2023-01", "month")]),
        ("Since the beginning of 2022, missiles flew.", "2023-02-13", [("2022-01", "month")]),
        ("In early 2023, media reported it.", "2023-02-13", [("2023", "year")]),
        # a day that opens its sentence as its subject is talked about, not to come: the nearest
        ("September 16 could be a pivotal moment for them.", "2024-10-03", [("2024-09-16", "day")]),
        ("September 16 will see the vote.", "2024-10-03", [("2025-09-16", "day")]),
        # a date naming an act ("the June 30 order") is the nearest one, whatever the tense around it
        ("The rule will formalize the June 30 executive order.", "2025-09-04", [("2025-06-30", "day")]),
        ("The ministry will meet the June 30 deadline.", "2025-06-04", [("2025-06-30", "day")]),
        # no tense to go by: the occurrence nearest publication, here a week ahead
        ("The rules, which take effect on March 28, include these.", "2023-03-21", [("2023-03-28", "day")]),
        # a trailing attribution does not make a future into a report
        ("Japan is expected to act later this year, officials said.", "2023-03-21", [("2023", "year")]),
    ],
)
def test_resolution(text, published, expected):
    assert resolve_all(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trade amounted to $19.96 billion.",
        "More than 3.000 soldiers and 2,000 tanks.",
        "It may rain; they will march.",  # modal "may" and the verb "march" are no months
        "A 43,000 billion yen plan.",
        "He was ordered to leave within 48 hours.",
        "Japan imports 12 percent of its coal.",
        "To this day, the ban stands.",  # until now, not a day
    ],
)
def test_not_dates(text):
    assert resolve_all(text, "2023-01") == []


def test_estimated_publication_marks_relative_dates_only():
    anchor = D.Anchor.parse("2023-01", estimated=True)
    text = "In March last year and in 2014"
    found = [D.resolve(r, text, anchor, D.Narrative(), 0, None, False) for r in D.find(text)]
    assert [(m.date, m.relative) for m in found] == [("2022-03", True), ("2014", False)]


def test_known_date_phrases_come_from_the_taxonomy(small_taxonomy):
    text = "They were seized at the end of World War II."
    raws = D.find(text, small_taxonomy.known_dates)
    assert [r.kind for r in raws] == ["known"]
    m = D.resolve(raws[0], text, D.Anchor.parse("2022-03"), D.Narrative(), 0, None, False)
    assert (m.date, m.precision) == ("1945", "year")


@pytest.mark.parametrize(
    "text, prospective",
    [
        ("In mid-February, the prime minister could visit Kyiv.", True),
        ("On 26 February, the minister declared that this war would not end in Europe.", False),
        ("The PM is likely to visit India in March.", True),
        ("On Wednesday Kishida said the government will suspend visas.", False),
        ("Japan is expected to impose a price cap later this year, officials said.", True),
        ("In June, the Kremlin announced a tax break.", False),
        # an attribution inside the sentence is no verb of the date's
        (
            "Sylvania will require permits from Dec 1 to protect security, the ministry said on Friday, as it faces curbs.",
            True,
        ),
        # a date right after a saying verb is the saying's, whatever the tense of what was said
        ("The ministry said on Aug. 25 it will remove Sylvania from its list.", False),
        ("Freedonia announced on 2 May that it will impose tariffs.", False),
        ("Freedonia told reporters on Friday that it would expel the envoy.", False),
        ("Freedonia will impose tariffs on 2 May, it said.", True),
        # a deadline is after the act that sets it, whatever that act's tense
        ("The ministry ordered a reduction by Sept. 1 in the number of diplomats.", True),
        ("Freedonia gave the envoy until 30 June to leave.", True),
        # ... unless the sentence opens on it and tells what had been done by then
        ("By Friday, Freedonia had announced it would end trade.", False),
        # a date a noun of an event takes ("the elections on October 26") has no tense of its own
        ("He framed the sanctions as meddling in the elections on October 26.", None),
        ("Freedonia held elections on October 26.", False),  # ... but the verb that holds them has one
        # a name in -ed is no past tense ("United", "Limited")
        ("Ivo Marek will attend the debate of the United Nations General Assembly from Monday.", True),
        ("Ivo Marek will speak to a hundred delegates on Monday.", True),
        # what is upcoming or slated is to come
        ("The measures are for discussion at an upcoming summit on Thursday.", True),
        ("The scheme is only set to expire in September.", True),
        # a subordinate clause's date takes its own verb, not the main clause's
        ("While the scheme is set to expire in September, Freedonia made calls to end it.", True),
        ("After Freedonia imposed tariffs in March, Sylvania will respond.", False),
    ],
)
def test_prospective_by_nearest_verb(text, prospective):
    raw = D.find(text)[0]
    assert D.is_prospective(text, raw.start, raw.end) is prospective


@pytest.mark.parametrize(
    "opening, published, confirms",
    [
        ("Headline\nWASHINGTON, December 29. /TASS/. Freedonia imposed sanctions.", "2016-12-29", True),
        ("MOSCOW, 28 Nov –. The president signed a decree.", "2015-11-28", True),
        ("BEIJING, Oct 20 (Reuters) - Sylvania will require permits.", "2023-10-20", True),
        ("WASHINGTON, December 28. /TASS/. Freedonia imposed sanctions.", "2016-12-29", False),  # another day
        ("Jakarta (ANTARA) - The president said on Thursday.", "2024-03-07", False),  # no date in it
        ("On December 29, Freedonia imposed sanctions.", "2016-12-29", False),  # a sentence, no dateline
    ],
)
def test_a_dateline_confirms_an_estimated_publication_day(opening, published, confirms):
    assert D.dateline_confirms(opening, D.Anchor.parse(published, estimated=True)) is confirms


@pytest.mark.parametrize(
    "sentence, described",
    [
        ("China lifted the duties set in 2020.", True),
        ("It ended restrictions first imposed in 2004.", True),
        ("The tariffs were imposed in 2020.", False),  # the clause's own verb: the story is there
        ("Freedonia imposed duties in 2020.", False),
        ("Freedonia retaliated in 2020.", False),
    ],
)
def test_a_participle_s_date_describes_a_thing(sentence, described):
    raw = D.find(sentence)[0]
    assert D.describes_a_thing(sentence, raw.start) is described
