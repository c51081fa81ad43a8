"""Related-story links judged by their shape and both neighbours; table content that must stay."""

from datetime import datetime, timezone

import pytest

from articles.parsing import parse_story_file
from articles.parsing.body import headline_grammar, headline_shape, table_free_headline
from articles.parsing.dates import misspelt_month
from articles.parsing.seed import read_agency_line

HEAD = "Harbour reopens after storm\n\nReuters Nov 15, 2015\n\n"
OPEN = "OSLO, Nov 15 (Reuters) - The harbour reopened on Sunday after a two-day storm, the port authority said.\n\n"
PROSE = "Ferries will run a reduced timetable until Tuesday, a spokeswoman said.\n\n"


def parse(text):
    [story] = parse_story_file(text.encode("utf-8"), "story.txt")
    return story


def related(story):
    return [r.text for r in story.removed if r.reason == "related-story"]


def test_link_right_before_the_footer_goes():
    story = parse(HEAD + OPEN + PROSE + "Glassmakers Plan Coastal Plant\n\nCOMMENTS\n\nReplying to X\n")
    assert story.paragraphs[-1].startswith("Ferries will run")
    assert related(story) == ["Glassmakers Plan Coastal Plant"]


def test_footer_lines_without_blank_lines_between_them_go():
    footer = "COMMENTS\nReplying to X\nComments are moderated and generally will be posted if they are on-topic and not abusive.\n"
    story = parse(HEAD + OPEN + PROSE + footer)
    assert story.paragraphs[-1].startswith("Ferries will run")
    assert [r.reason for r in story.removed] == ["footer"] * 3


def test_a_link_carrying_a_figure_among_table_rows_goes():
    rows = "Shr 28 cts vs 22 cts\n\nMaple Harbour firm ups Coastline stake to 9.8 pct\n\nNet 1,234,000 vs 987,000\n\n"
    story = parse(HEAD + OPEN + rows + PROSE)
    assert related(story) == ["Maple Harbour firm ups Coastline stake to 9.8 pct"]
    assert "Net 1,234,000 vs 987,000" in story.paragraphs


def test_a_wire_title_with_its_ticker_among_rows_goes_but_the_story_company_stays():
    rows = "Shr 28 cts vs 22 cts\n\n{line}\n\nNet 1,234,000 vs 987,000\n\n"
    title = "Texstyrene Corp <FOAM> 11 mths Dec 31 loss"
    story = parse(HEAD + OPEN + rows.format(line=title) + PROSE)
    assert related(story) == [title]
    opening = "Harbour Ferries said its losses narrowed.\n\n"
    for own in ("HARBOUR FERRIES INC <HFY>", "11 mths Dec 31", "HARBOUR FERRIES TAX FREE INCOME FUND"):
        story = parse(HEAD + OPEN + opening + rows.format(line=own) + PROSE)
        assert own in story.paragraphs


@pytest.mark.parametrize("title", ["Harbour Ferries <HFY> 11 mths Dec 31 loss", "HARBOUR FERRIES INC SETS QTLY DIVIDEND"])
def test_a_results_title_among_rows_goes_though_it_names_the_storys_company(title):
    """The story's own table heads its rows with the period ("11 mths Dec 31"), never with a title."""
    rows = f"Shr 28 cts vs 22 cts\n\n{title}\n\nNet 1,234,000 vs 987,000\n\n"
    story = parse(HEAD + OPEN + "Harbour Ferries said its losses narrowed.\n\n" + rows + PROSE)
    assert related(story) == [title]
    assert "Net 1,234,000 vs 987,000" in story.paragraphs


def test_a_dateline_over_a_results_table_stays():
    story = parse(HEAD + "GAINESVILLE: 3rd qtr net\n\nShr 28 cts vs 22 cts\n\nNet 1,234,000 vs 987,000\n")
    assert story.dateline == "GAINESVILLE"
    assert story.paragraphs[0] == "3rd qtr net"


def test_a_link_ending_in_initials_goes_but_a_sentence_ending_in_them_stays():
    story = parse(HEAD + OPEN + "Japan to build ferries with U.S.\n\n" + PROSE)
    assert related(story) == ["Japan to build ferries with U.S."]
    story = parse(HEAD + OPEN + "Ferry traffic is the busiest in the U.S.\n\n" + PROSE)
    assert related(story) == []


def test_link_at_the_very_end_without_footer_goes():
    story = parse(HEAD + OPEN + PROSE + "Fishing fleet counts storm losses\n")
    assert related(story) == ["Fishing fleet counts storm losses"]


def test_link_before_the_dateline_paragraph_goes():
    story = parse(HEAD + "Tanker rates climb on winter demand\n\n" + OPEN + PROSE)
    assert story.dateline == "OSLO"
    assert related(story) == ["Tanker rates climb on winter demand"]


def test_two_links_in_a_row_go():
    story = parse(HEAD + OPEN + "Pilots seek pay talks: union\n\nWill the ferry subsidy survive?\n\n" + PROSE)
    assert related(story) == ["Pilots seek pay talks: union", "Will the ferry subsidy survive?"]
    assert len(story.paragraphs) == 2


def test_link_after_a_quotation_goes():
    quote = '"We lost two days of trade," the harbour master said.\n\n'
    story = parse(HEAD + OPEN + quote + "Grain barges queue at river locks\n\n" + PROSE)
    assert related(story) == ["Grain barges queue at river locks"]


def test_link_among_table_rows_goes_but_rows_stay():
    rows = "Shr 28 cts vs 22 cts\n\nCoastal Towns Brace for Second Storm\n\nNet 1,234,000 vs 987,000\n\nPay April 15\n\nRecord March Two\n\n"
    story = parse(HEAD + OPEN + rows + PROSE)
    assert related(story) == ["Coastal Towns Brace for Second Storm"]
    assert story.paragraphs[1:5] == ["Shr 28 cts vs 22 cts", "Net 1,234,000 vs 987,000", "Pay April 15", "Record March Two"]


@pytest.mark.parametrize(
    "ending",
    [
        "Terms were not disclosed.",
        "Qtr ended Jan 31",
        "Period ended March 31",
        "(Lakeside Savings and Loan Association)",
        "The company is a unit of the group",
        "(See ECRA for Spotlight Index)",
        "Harbour Ferries Savings and Loan Association of Upper Telemark.",
        "MINAS GERAIS STATE: GUAXUPE NIL, TRES PONTAS 5.0 MM.",
        "Reporting by Jane Roe; Editing by John Doe",
    ],
)
def test_content_ending_the_story_stays(ending):
    story = parse(HEAD + OPEN + PROSE + ending + "\n")
    assert story.paragraphs[-1] == ending
    assert related(story) == []


def test_a_note_naming_the_story_company_stays_but_a_wire_title_goes():
    venture = "The ferry venture, run by Acme Corp, carried 2,000 passengers a day before the storm.\n\n"
    note = "Acme Corp <ACM> owns 40 pct of the venture"
    story = parse(HEAD + OPEN + venture + PROSE + note + "\n")
    assert story.paragraphs[-1] == note
    title = "Bolt Brewing <BLT> 3rd qtr net"
    story = parse(HEAD + OPEN + venture + title + "\n\n" + PROSE)
    assert related(story) == [title]


def test_wire_titles_in_capitals_go_but_capital_table_heads_stay():
    links = "GLASSMAKERS <GLS> PLAN COASTAL PLANT\n\nFISHING FLEET COUNTS STORM LOSSES\n\n"
    story = parse(HEAD + OPEN + links + PROSE)
    assert related(story) == ["GLASSMAKERS <GLS> PLAN COASTAL PLANT", "FISHING FLEET COUNTS STORM LOSSES"]
    table = "Berths in use were as follows:\n\nMONTHS LAST DIFFERENCE\n\nAPRIL 6 12 3\n\nAPRIL 7 14 2\n\n"
    story = parse(HEAD + OPEN + table + PROSE)
    assert "MONTHS LAST DIFFERENCE" in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "rows",
    [
        ["Oslo 1.20 0.80", "Sum of adjustments 12.75"],
        ["Six Mths", "Shr 55 cts vs 40 cts", "Net 2.1 mln vs 1.6 mln"],
        ["May/Jul 1 under 1 under", "Jul/Aug even even", "Sep/Nov 2 under 2 under"],
        ["Figures are as follows:", "Coastal Freight Volumes", "Oslo 1.20 0.80"],
    ],
)
def test_table_headings_and_rows_stay(rows):
    story = parse(HEAD + OPEN + "\n\n".join(rows) + "\n\n" + PROSE)
    assert story.paragraphs[1:1 + len(rows)] == rows
    assert related(story) == []


SPLIT_HEAD = "Harbour Lines sets stock split\n\nReuters Nov 15, 2015\n\n"


def test_first_line_of_a_table_story_stays():
    # The story's own words (its headline says "stock split"): the table's heading.
    story = parse(SPLIT_HEAD + "Two-for-one stock split\n\nPay May 12\n\nRecord April 20\n")
    assert story.paragraphs == ["Two-for-one stock split", "Pay May 12", "Record April 20"]


def test_foreign_headline_over_a_table_goes():
    # Names and things the story never mentions: another story's headline.
    story = parse(SPLIT_HEAD + "Glassmakers Plan Coastal Plant\n\nPay May 12\n\nRecord April 20\n")
    assert related(story) == ["Glassmakers Plan Coastal Plant"]
    assert story.paragraphs == ["Pay May 12", "Record April 20"]


@pytest.mark.parametrize(
    "line, shaped",
    [
        ("Record April Three", False),  # a date row with the day in words
        ("Div payable April 24, register March 20", False),
        ("Avge Rate Level Price Price", False),  # repeated column heads
        ("4/2/87 Prev Wk 4/2/87 Prev Wk", False),
        ("Imports nil nil nil", False),
        ("Market holidays", False),  # two words, second not capitalised: a label
        ("Harbour Strike Ends", True),
        ("Ferry firm sees record year", True),
    ],
)
def test_headline_shape(line, shaped):
    assert headline_shape(line, [line]) is shaped


def test_headline_grammar_and_table_vocabulary():
    assert not headline_grammar("The disorder is known as harbour fever")
    assert not headline_grammar("Terms were not disclosed")
    assert headline_grammar("Ferry firm sees record year")
    assert not table_free_headline("Average freight rates of coastal lines")
    assert not table_free_headline("Ferry firm sees 12 pct rise")
    assert table_free_headline("Coastal Towns Brace for Second Storm")


@pytest.mark.parametrize(
    "line, agency, when",
    [
        ("By AFP | November 15, 2015", "AFP", (2015, 11, 15, 12, 0)),
        ("AFP | Nov 15, 2015 10:32 GMT", "AFP", (2015, 11, 15, 10, 32)),
        ("AFP | Nov 15, 2015 10:32 EST", "AFP", (2015, 11, 15, 12, 0)),  # not UTC: the day only
        ("Reuters, 15 November 2015", "Reuters", (2015, 11, 15, 12, 0)),
        ("November 15, 2015 (AFP)", "AFP", (2015, 11, 15, 12, 0)),
        ("Associated Press\tSept.  05,\t2015", "Associated Press", (2015, 9, 5, 12, 0)),
        ("REUTER Nov. 5, 2015", "REUTER", (2015, 11, 5, 12, 0)),
        # The date first, the agency last, labels and weekdays around them.
        ("Thu 5 Nov 2015 | reuters", "reuters", (2015, 11, 5, 12, 0)),
        ("5 November 2015, 10:32 GMT | Reuters", "Reuters", (2015, 11, 5, 10, 32)),
        ("Published Thursday, November 5, 2015 3:01 PM | Source: Staff and agencies", "Staff and agencies", (2015, 11, 5, 12, 0)),
        ("REUTERS - Thursday 5 November 2015 15:01", "REUTERS", (2015, 11, 5, 12, 0)),
        ("Thomson Reuters | Updated Nov. 5, 2015", "Thomson Reuters", (2015, 11, 5, 12, 0)),
        ("By Bloomberg, Nov 5, 2015", "Bloomberg", (2015, 11, 5, 12, 0)),
        ("2015-11-05 | AP", "AP", (2015, 11, 5, 12, 0)),
        ("Posted on November 5, 2015 by Kyodo", "Kyodo", (2015, 11, 5, 12, 0)),
        ("Reuters | November 5, 2015 | Markets", "Reuters", (2015, 11, 5, 12, 0)),
        ("AFP | Nov 5, 2015 10:32 GMT+1", "AFP", (2015, 11, 5, 12, 0)),  # an offset is not UTC: the day only
        ("The Sun, 5 November 2015", "The Sun", (2015, 11, 5, 12, 0)),  # "Sun" ends a name here
        ("Reuters Thu 5 Nov 2015", "Reuters", (2015, 11, 5, 12, 0)),
    ],
)
def test_agency_line_from_other_sites(line, agency, when):
    found = read_agency_line(line)
    assert found.agency == agency
    assert found.published_at == datetime(*when, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "line",
    [
        "November 15, 2015 was a stormy day (AFP)",
        "Shares rose on April 15, 2015",
        "The first opening date was April 15, 2015",
        "Markets | November 15, 2015 | Analysis",  # words on both sides, neither an agency
        "November 15, 2015 Storm Special",  # nothing sets a name off after the date
        "Match 3, 2015 World Cup",  # "Match" is no misspelt month
        "Shares in Apple rose 5% on news of the new app",  # "app" ends the line, not an agency
        "November 15, 2015",  # a date with no agency
    ],
)
def test_lines_that_are_not_agency_lines(line):
    assert read_agency_line(line) is None


@pytest.mark.parametrize("word, month", [("Febuary", "february"), ("Novmber", "november"), ("Ocotber", "october"), ("Septembre", "september"), ("Juen", "june"), ("Marhc", "march")])
def test_misspelt_month_one_slip_from_one_month(word, month):
    assert misspelt_month(word) == month


@pytest.mark.parametrize("word", ["Jule", "Mayo", "Monday", "Shares", "Apr", "Jane", "Juno", "Jury", "Match", "Marc", "Mach", "Aprl"])
def test_word_that_is_not_one_misspelt_month(word):
    assert misspelt_month(word) is None


def test_unreadable_date_after_bar_warns():
    story = parse(HEAD.replace("Reuters Nov 15, 2015", "AFP | Nov 15, 20115") + OPEN + PROSE)
    assert story.agency == "AFP" and story.published_at is None
    assert any("published_at left empty" in w for w in story.warnings)


def test_unreadable_date_before_bar_warns():
    story = parse(HEAD.replace("Reuters Nov 15, 2015", "Nov 31, 2015 | Source: AFP") + OPEN + PROSE)
    assert story.agency == "AFP" and story.published_at is None
    assert any("published_at left empty" in w for w in story.warnings)


def test_misspelt_month_is_read_and_reported():
    story = parse(HEAD.replace("Reuters Nov 15, 2015", "AFP | Novmber 15, 2015") + OPEN + PROSE)
    assert story.published_at == datetime(2015, 11, 15, 12, tzinfo=timezone.utc)
    assert story.warnings == ["date line 'AFP | Novmber 15, 2015': read the month 'Novmber' as November"]


def test_a_month_corrected_outside_the_date_read_is_not_reported():
    found = read_agency_line("Reuters | Nov 15, 2015 | Ocotber 3 plan")
    assert found is None or found.corrections == []


# --- the story's own vocabulary ---------------------------------------------------------
TABLE_HEAD = "Nordhavn Shipping 1st qtr net\n\nReuters Nov 15, 2015\n\n"


def test_company_headline_among_table_rows_goes():
    # A company the story never names, between two rows: another story's headline.
    story = parse(TABLE_HEAD + "OSLO, Nov 15 - Shr 28 cts vs 22 cts\n\nBrimstone Ferries Inc 3rd qtr net\n\n"
                  "Net 1.2 mln vs 900,000\n\nRevs 20.1 mln vs 18.4 mln\n")
    assert related(story) == ["Brimstone Ferries Inc 3rd qtr net"]
    assert story.paragraphs == ["Shr 28 cts vs 22 cts", "Net 1.2 mln vs 900,000", "Revs 20.1 mln vs 18.4 mln"]


def test_note_in_the_storys_words_among_rows_stays():
    rows = ["Shr 28 cts vs 22 cts", "Nordhavn Shipping figures restated", "Net 1.2 mln vs 900,000"]
    story = parse(TABLE_HEAD + "OSLO, Nov 15 - " + "\n\n".join(rows) + "\n")
    assert story.paragraphs == rows
    assert related(story) == []


def test_sentence_in_the_storys_words_without_full_stop_stays():
    line = "The harbour reopened to ferries on a reduced timetable"
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE)
    assert line in story.paragraphs
    assert related(story) == []


def test_line_whose_sentence_goes_on_in_the_next_paragraph_stays():
    line = "Harbour ferries reopened after the storm, and the port authority expects"
    story = parse(HEAD + OPEN + line + "\n\nfull service by Tuesday, a spokeswoman said.\n\n" + PROSE)
    assert line in story.paragraphs
    assert related(story) == []


def test_heading_over_rows_in_the_storys_words_stays():
    head = "Nordhavn Shipping cargo volumes\n\nReuters Nov 15, 2015\n\n"
    body = "OSLO, Nov 15 - Nordhavn Shipping reported its cargo volumes for October.\n\n"
    rows = ["Cargo volumes by route", "North Sea 1,200 1,150", "Baltic 800 760"]
    story = parse(head + body + "\n\n".join(rows) + "\n")
    assert story.paragraphs[1:] == rows


def test_initials_are_not_articles():
    assert headline_grammar("A.B. Lindqvist sells ferry unit")
    assert not headline_grammar("A ferry unit is for sale")


@pytest.mark.parametrize(
    "line",
    [
        "(corrected) - Glassworks Inc sets quarterly payout",  # the wire's correction mark
        "(harbour glassworks) resumes output of some models",  # a bracketed name, sentence-cased
        "Lisbon Council Calls Off Vote on the E.U.",  # Title Case, ending in initials
        "Danube barge traffic slow to pick up",  # ending on a particle
        "Munster 19-13 Leinster",  # a score
        "Campbell: glass row 'silly fuss'",  # a name and a colon, not a dateline inside the body
        "<GLASSCO>, Vitro <VTR> unit in joint venture",  # a ticker word that is the name itself
        "No ferries to the islands in latest week -- Coastguard",  # an attribution after a dash
        "FIRST SNOW CLOSES ALPINE PASS",  # repeated below: still a link between prose
        "Ferry firm's profits surge 15%",  # ending in a percentage
        "Rivals of Harbour Line's \u00a3400 ferry...",  # a teaser's ellipsis
        "Murphy: That was a bruising crossing",  # quoting its speaker
        "HARBOUR TRUST MANDATED FOR IEL U.S. NOTE.",  # a wire title in capitals with its full stop
    ],
)
def test_a_link_between_two_prose_paragraphs_goes(line):
    more = "Freight will resume on Monday, the authority said.\n\n"
    text = HEAD + OPEN + line + "\n\n" + PROSE + (line + "\n\n" if line.isupper() else "") + more
    story = parse(text)
    assert line not in story.paragraphs
    assert related(story) == [line] * (2 if line.isupper() else 1)
    assert story.paragraphs[-1] == more.strip()


@pytest.mark.parametrize(
    "line",
    [
        "Tenders - nil",  # a row of a round-up
        "Quotes included -",  # introduces what follows
        "The harbour is known as the Gate of the North",  # sentences that lost their full stop
        "During a meeting in November the port authority had said it would reopen the harbour this spring",
    ],
)
def test_content_between_two_prose_paragraphs_stays(line):
    opening = "OSLO, Nov 15 (Reuters) - The harbour reopened on Sunday after a two-day storm, and harvesting resumed, the port authority said.\n\n"
    story = parse(HEAD + opening + line + "\n\n" + PROSE)
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize("label", ["Read more: ", "ALSO READ: ", "Related: ", "See also - "])
def test_a_line_labelled_as_a_link_goes_even_among_table_rows(label):
    line = label + "Glassworks Inc sets quarterly payout"
    rows = "Shr 28 cts vs 22 cts\n\n" + line + "\n\nNet 1,234,000 vs 987,000\n\n"
    story = parse(HEAD + OPEN + rows + PROSE)
    assert related(story) == [line]
    assert "Net 1,234,000 vs 987,000" in story.paragraphs


def test_links_that_come_together_between_prose_all_go():
    links = ["GLASSCO PLANS REFINANCING", "Vitro Line Inc 4th Qtr Net"]
    story = parse(HEAD + OPEN + "\n\n".join(links) + "\n\n" + PROSE + "READ: Ferry Firm Names New Chief\n\n")
    assert related(story) == links + ["READ: Ferry Firm Names New Chief"]
    assert story.paragraphs[-1] == PROSE.strip()


@pytest.mark.parametrize("line", ["Editing by John Smith", "Reporting by Jane Roe; Editing by John Doe", "REUTER N"])
def test_staff_credits_and_sign_offs_are_not_links(line):
    story = parse(HEAD + OPEN + PROSE + line + "\n")
    assert story.paragraphs[-1] == line
    assert related(story) == []


@pytest.mark.parametrize(
    "line, link",
    [
        ("THUNANDER CORP YEAR NET", True),  # another company's results title
        ("Glassworks Inc 4th qtr loss", True),
        ("STANLEY WORKS SETS QUARTERLY", True),
        ("(Marshall steel Ltd) year net", True),
        ("The Vitro Corp declares qtly div", True),
        ("U S GLASS <USG> 3RD QTR NET", True),
        ("The vitro group inc <VGR> 3rd qtr net", True),  # sentence-cased: the ticker marks the name
        ("BANKEAST CORP COMPLETES ACQUISITION", True),  # another story's headline: a name, then a verb
        ("Pansophic Systems splits stock 2-for-1", True),
        ("Ferry Protection completes acquisition", True),  # "Ferry" is not written whole in a story on "Ferries"
        # The story's own company too: in 19,000 Reuters stories no table heads its rows with a results title.
        ("Harbour Ferries 4th qtr net", True),
        ("Harbour Ferries sets quarterly", True),
        ("Harbour Ferries 4th qtr", False),  # a period head of the story's own table
        ("Period ends February 28", False),
        ("Net includes gain of 1.2 mln dlrs from sale of two ferries", False),  # a note of the table
        ("Nine mths", False),
        ("Year", False),
    ],
)
def test_results_titles_of_other_companies_among_rows_go(line, link):
    rows = "Shr 28 cts vs 22 cts\n\nNet 1,234,000 vs 987,000\n\n{line}\n\nShr 1.10 dlrs vs 95 cts\n\nNet 4,321,000 vs 3,210,000\n\n"
    story = parse("Harbour Ferries 4th qtr net\n\nReuters Nov 15, 2015\n\n" + rows.format(line=line))
    assert (line not in story.paragraphs) is link
    assert related(story) == ([line] if link else [])
    assert story.paragraphs[-1] == "Net 4,321,000 vs 3,210,000"


@pytest.mark.parametrize(
    "line", ["HARBOUR AGENCY GETS NEW ADMINISTRATOR", "Norway Lends Ferry Firm 57 Mln Crowns for Repairs"]
)
@pytest.mark.parametrize("after", ["", "\u2022 GLASSMAKERS PLAN COASTAL PLANT\n\n\u2022 SHIPYARD ORDERS SEEN LOWER\n\n"])
def test_a_title_closing_the_body_goes_though_it_uses_the_storys_words(line, after):
    story = parse(HEAD + OPEN + PROSE + line + "\n\n" + after)
    assert related(story)[0] == line
    assert story.paragraphs[-1] == PROSE.strip()


def test_a_line_in_capitals_closing_a_story_set_in_capitals_stays():
    body = "APRIL 11 - NORWAY INTRODUCES SUMMER TIME.\n\nAPRIL 26 - DENMARK INTRODUCES SUMMER TIME.\n"
    story = parse("Summer time changes\n\nReuters Nov 15, 2015\n\n" + body)
    assert story.paragraphs[-1] == "APRIL 26 - DENMARK INTRODUCES SUMMER TIME."


@pytest.mark.parametrize("line", ["A harbour to remember", "Ferry fares: a winter to forget..."])
def test_a_title_above_the_dateline_paragraph_goes(line):
    story = parse("Harbour reopens after storm\n\nReuters Nov 15, 2015\n\n" + line + "\n\n" + OPEN + PROSE)
    assert related(story) == [line]
    assert story.dateline == "OSLO"
    assert story.paragraphs[0] == OPEN.split(" - ", 1)[1].strip()


@pytest.mark.parametrize(
    "line",
    ["The following ferry timetables were filed with the port:", "Harbour reopens after storm."],
)
def test_an_introduction_a_byline_or_a_sentence_above_the_dateline_paragraph_stays(line):
    story = parse("Harbour reopens after storm\n\nReuters Nov 15, 2015\n\n" + line + "\n\n" + OPEN + PROSE)
    assert line not in related(story)


def test_a_byline_under_the_date_line_goes_to_its_field():
    story = parse("Harbour reopens after storm\n\nReuters Nov 15, 2015\n\nBy Jane Roe\n\n" + OPEN + PROSE)
    assert story.byline == "Jane Roe"
    assert story.dateline == "OSLO"
    assert related(story) == []
    assert story.paragraphs[-1] == PROSE.strip()


def test_a_period_head_between_two_sentences_goes_but_one_over_rows_stays():
    story = parse(HEAD + OPEN + "2nd qtr dec 31 Net\n\n" + PROSE)
    assert related(story) == ["2nd qtr dec 31 Net"]
    story = parse(HEAD + OPEN + "2nd qtr dec 31 Net\n\nShr 28 cts vs 22 cts\n\nNet 1,234,000 vs 987,000\n\n" + PROSE)
    assert related(story) == []


@pytest.mark.parametrize("title", ["HARBOUR TO SIMPLIFY BOURSE TAX SYSTEM", "HARBOUR SAYS IT IS PROCEEDING WITH OFFER FOR MONIER"])
@pytest.mark.parametrize(
    "before",
    ["OSLO, Nov 15 (Reuters) - The port gave these figures:", "OSLO, Nov 15 (Reuters) - The harbour reopened on Sunday after a storm"],
    ids=["after-colon", "after-unfinished"],
)
def test_a_headline_in_capitals_goes_whatever_its_neighbours_and_words(title, before):
    """Its verb or its infinitive makes a line in capitals a headline in a story not set in capitals,
    even in the story's own words and after a paragraph that is not finished."""
    story = parse(HEAD + before + "\n\n" + title + "\n\n" + PROSE)
    assert related(story) == [title]
    assert len(story.paragraphs) == 2


INTRO = "OSLO, Nov 15 (Reuters) - The port authority adjusted its harbour dues as follows:\n\n"
DUES = "MATURITY NEW RATE OLD RATE\n\nFerries 4.50 4.25\n\n"


@pytest.mark.parametrize("title", ["Campbell rescues Arsenal at the death", "Harbour dues to rise again next year", "Cineplex Odeon to offer stock in the U.S."])
def test_a_headline_right_after_an_introducing_colon_goes(title):
    story = parse(HEAD + INTRO + title + "\n\n" + DUES)
    assert related(story) == [title]
    assert story.paragraphs == [INTRO.split(" - ", 1)[1].strip(), "MATURITY NEW RATE OLD RATE", "Ferries 4.50 4.25"]


@pytest.mark.parametrize(
    "line",
    ["Dear Mr. President,", "The dues will rise for ferries and cargo ships alike.", "Ferries under 40 metres in 1986 and 1987", "Harbour dues (in crowns a tonne)"],
)
def test_what_a_colon_introduces_stays(line):
    story = parse(HEAD + INTRO + line + "\n\n" + DUES)
    assert line in story.paragraphs
    assert related(story) == []
