"""Another story's title told by marks no paragraph of a story carries, wherever it stands in the body:
the desk's mark ("(corrected) - ...", "RPT - ...", "TALKING POINT/..."), a company's listing or bracketed
name ("<DLOG.O>", "<DAEWOO CORP>"), a company's name and results period ("Fjordline Plc Year to
End-1986"), a change and its size ("... sales up 12 pct"); and titles behind dashes closing the body."""

import pytest

from articles.parsing.body import StoryWords, lowered_name_title
from articles.parsing.names import lowered_name
from articles.tests.test_parsing_related import HEAD, OPEN, PROSE, parse, related
from articles.tests.test_parsing_rows_titles import ROWS, TABLE_HEAD, table_with

CLOSING = "Ferries will run a reduced timetable until Tuesday, a spokeswoman for the harbour said."


def placed(line: str, where: str) -> str:
    if where == "among rows":
        return table_with(line)
    if where == "between paragraphs":
        return HEAD + OPEN + line + "\n\n" + CLOSING + "\n"
    return HEAD + OPEN + PROSE + line + "\n"  # closing the body


def own_paragraphs(where: str) -> list[str]:
    if where == "among rows":
        return ["Shr 28 cts vs 22 cts", *ROWS[1:]]
    if where == "between paragraphs":
        return [OPEN.split(" - ", 1)[1].strip(), CLOSING]
    return [OPEN.split(" - ", 1)[1].strip(), PROSE.strip()]


WHERE = ["among rows", "between paragraphs", "closing the body"]


def goes(title: str, where: str) -> None:
    """`title` placed `where` goes as a related-story line, and every paragraph of the story stays."""
    story = parse(placed(title, where))
    assert related(story) == [title]
    assert story.paragraphs == own_paragraphs(where)


def stays(text: str, line: str) -> None:
    story = parse(text)
    assert line in story.paragraphs
    assert related(story) == []


def by_rows(line: str, where: str) -> str:
    """A results story with `line` among its rows, or under them."""
    return table_with(line) if where == "among rows" else TABLE_HEAD + "\n\n".join([*ROWS, line]) + "\n"


@pytest.mark.parametrize(
    "title",
    [
        "(corrected) - Harbour Glass unit arranges credit",
        "Corrected-harbour bourse opening delayed an hour to 1000 GMT (not 1200 gmt)-official",
        "CORRECTED - FJORDLINE INC UPS ANNUAL DIV TO 68 CTS/SHR FROM 64 CTS",
        "- <CORRECTED> - harbour instrument corp <HIC> divi",  # behind a dash, the mark in angle brackets
        "\u2022 (corrected)-pilots confirm presence at talks",
        "RPT - Nordic grain/oilseed export prices adjusted",
        "Talking point/fjordline <FJL>",
        "ENERGY/NORTH SEA REFINING",
        "Technology/desktop publishing",
        "ECONOMIC SPOTLIGHT - NORDIC FERRY BOOM",
        "Reuter money news highlights 0530 gmt",  # the wire's digests
        "U.S. Company Earnings Highlights",
        "INTERNATIONAL BOND HIGHLIGHTS - APRIL 7",
        "Bc-world-highlights",  # a budget slug
    ],
)
@pytest.mark.parametrize("where", WHERE)
def test_a_title_under_the_desks_mark_goes_wherever_it_stands(title, where):
    goes(title, where)


@pytest.mark.parametrize(
    "title",
    [
        "Group has 5.2 pct of Harbour Logic <HLOG.O>",
        "Laidlaw shipping ltd (lsml.o) third qtr",  # the listing sentence-cased in brackets
        "Fjordline Corp <FJL> Cannot Account for Stock Rise",
        "HARBOUR MULTIFOODS CORP <HMC> DIVIDEND",
        "Nordhavn Shipping <NRDH.OL> - Year Ended October 31 (Sep 3)",
    ],
)
@pytest.mark.parametrize("where", WHERE)
def test_a_short_title_naming_a_companys_listing_goes_wherever_it_stands(title, where):
    goes(title, where)


@pytest.mark.parametrize(
    "line",
    [
        "Note - full name of company is Harbour Glass Plc <HGLS.L>",
        "Company 40 pct owned by Fjordline Group Inc <FJG>",
        "Shr Harbour Glass Co <HG> 2.30 dlrs vs 2.90 dlrs",  # a row naming the company
        "Harbour Glass Co <HG> 1st qtr net rose on higher fares.",  # a sentence with its full stop
    ],
)
@pytest.mark.parametrize("where", ["among rows", "under the rows"])
def test_a_results_tables_own_lines_naming_a_listing_stay(line, where):
    stays(by_rows(line, where), line)


@pytest.mark.parametrize(
    "line",
    [
        "Fjordline <FJL.OL> said that its traffic rose 4 pct in October.",
        "Energy-efficient ferries enter service on the route next year, the board said.",  # a word, not the desk's slug
        "Corrected figures show a smaller loss for the harbour board, the company said.",
        "RPT --BERGEN: Fjordline said its traffic rose 4 pct in October.",  # a repeated story's opening
    ],
)
@pytest.mark.parametrize("where", ["between paragraphs", "closing the body"])
def test_the_storys_sentences_with_a_listing_or_the_marks_words_stay(line, where):
    stays(placed(line, where), line)


@pytest.mark.parametrize(
    "title",
    [
        "Fjordline February sales up 12 pct",
        "U.K. ferry earnings up underlying 7.75 pct in April",
        "Harbour 3rd quarter revenues up 12 pct",  # an ordinal is no figure
        "WORLD HERRING STOCKS FALL 7,700 TONNES IN FEBRUARY",
        "West Fargo cattle up 2.00 dlrs - USDA",
    ],
)
@pytest.mark.parametrize("where", WHERE)
def test_a_headline_of_a_change_and_its_size_goes_wherever_it_stands(title, where):
    goes(title, where)


@pytest.mark.parametrize(
    "line",
    [
        "Revs 5,429,000 up 27 pct",  # the row's label carries its figure
        "Loans 6.7 billion up 26 pct",
        "Div 4.7p making 8.7, an increase of 13.9 pct",
        "The harbour index fell 44.60 to 2360.94",  # a sentence that lost its full stop
        "The company's ferry result fell to 365.7 mln crowns",
    ],
)
@pytest.mark.parametrize("where", ["among rows", "under the rows"])
def test_a_tables_own_changes_stay(line, where):
    stays(by_rows(line, where), line)


@pytest.mark.parametrize(
    "title",
    [
        "Fjordline Plc Year to End-1986",
        "Nordhavn N.V. 1986 Year",
        "Skagen (Holdings) Ltd year 1986",
        "Delta ferry group year to Jan 3.",
        "Wickes ferry cos inc 4th qtr shr loss two cts vs profit 14 cts",  # the period's result and its figures
        "NORDHAVN TIMES CO 3RD QTR SHR 40 CTS VS 33 CTS",
    ],
)
@pytest.mark.parametrize("where", WHERE)
def test_another_companys_name_and_results_period_goes_wherever_it_stands(title, where):
    goes(title, where)


@pytest.mark.parametrize("line", ["Harbour Ferries Inc year to Jan 3", "Harbour Ferries Inc <HFY> 4th qtr"])
def test_the_storys_own_company_and_period_over_its_rows_stay(line):
    story = parse(TABLE_HEAD + "\n\n".join([ROWS[0], line, *ROWS[1:]]) + "\n")
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize("title", ["<NORDHAVN CORP> CALENDAR 1986", "(skagen inc) five mths dec 31 net", "<FJORD VARIETY INTERNATIONAL INC> NINE MTHS"])
@pytest.mark.parametrize("where", WHERE)
def test_a_title_opening_with_an_unlisted_companys_bracketed_name_goes(title, where):
    goes(title, where)


def test_the_storys_own_bracketed_name_under_its_rows_stays():
    head = "Harbour Ferries quarterly dividend\n\nReuters Nov 15, 1987\n\n"
    rows = ["Qtly div 51 cts vs 51 cts", "Pay April 9", "Record March 25", "(Harbour Ferries Enterprises Inc)"]
    story = parse(head + "\n\n".join(rows) + "\n")
    assert story.paragraphs == rows


LINKS = [
    ["- SOUTHERN FERRY SUES HARBOUR TV STATION", "- 'No re-draft' for EU patent law", "- Mobile gig aims to rock 3G"],
    ["- Haldorsen in to replace Bergamo", "- Norway m3 rose 2.6 billion crowns in february to 1,035.1 billion - central bank"],
    ["- Steinhardt group has 6.6 pct of harbour <HIA>", "- Chelsea sack Mutu", "- Fjordline odeon to offer stock in the U.S."],
]


@pytest.mark.parametrize("bullet", ["-", "\u2022", "*"])
@pytest.mark.parametrize("links", LINKS)
@pytest.mark.parametrize("apart", ["\n\n", "\n"], ids=["paragraphs", "lines"])
def test_titles_behind_dashes_closing_the_body_after_a_finished_paragraph_go(bullet, links, apart):
    links = [bullet + link[1:] for link in links]
    story = parse(HEAD + OPEN + PROSE + apart.join(links) + "\n")
    assert related(story) == links
    assert story.paragraphs[-1] == PROSE.strip()


def test_titles_behind_dashes_go_after_another_link_under_the_last_paragraph():
    links = ["<ARGYLL FERRY CORP> year loss", "- Haldorsen in to replace Bergamo", "- Norway m3 rose 2.6 billion crowns in february - central bank"]
    story = parse(HEAD + OPEN + PROSE + links[0] + "\n\n" + "\n".join(links[1:]) + "\n")
    assert related(story) == links
    assert story.paragraphs[-1] == PROSE.strip()


@pytest.mark.parametrize(
    "items",
    [
        ["- The precise terms of the issue", "- Naming of all guarantors"],  # introduced by a colon
        ["- 8-1/4 pct bonds due March 1, 1994,", "- 8-1/4 pct bonds due March 1, 1997,"],
    ],
)
def test_the_storys_own_list_closing_the_body_stays(items):
    story = parse(HEAD + OPEN + "The harbour board said it would announce:\n\n" + "\n\n".join(items) + "\n")
    assert story.paragraphs[-len(items):] == items
    assert related(story) == []


def test_the_storys_own_points_after_a_link_in_their_list_stay():
    points = [
        "- Cost of funds in the ferry unit will taper off in coming years from 1986's inflated levels.",
        "- Customer revenue on the northern routes will rise to 464.7 mln crowns in 1987 from 374.3 mln.",
        "- The international freight business will show 22 pct compound annual growth in earnings.",
        "- Charter earnings will hit 100 mln crowns in 1987 and top 200 mln crowns in 1992.",
    ]
    link = "Taiwan issues more cds to curb money supply growth"
    intro = "The harbour board made the following predictions:\n\n"
    story = parse(HEAD + OPEN + intro + "\n\n".join([*points[:2], link, *points[2:]]) + "\n")
    assert story.paragraphs[-4:] == points
    assert related(story) == [link]


def test_a_results_storys_opening_row_under_its_dateline_stays():
    rows = ["Group 1986 net profit 541 mln crowns vs. 529 mln", "Group Turnover 8.36 billion crowns vs. 8.45 billion"]
    story = parse("Fjordline ag year 1986\n\nReuters March 13 1987\n\nBERGEN (Reuters) - " + "\n\n".join(rows) + "\n")
    assert story.dateline == "BERGEN"
    assert story.paragraphs == rows


@pytest.mark.parametrize(
    "title",
    [
        "Norway september M3 rises 0.8 pct, M0 up 0.8 pct - bank of norway.",
        "Fjordline to announce major ferry takeover today - official.",
        "EC Authorises Export 55,000 Tonnes Barley, Maximum Rebate 130 Ecus/Tonne - Trade Sources.",
        "Harbour ferry fares rose prov adjusted one pct (0.7 pct fall in dec) - official.",
    ],
)
@pytest.mark.parametrize("where", WHERE)
def test_a_flash_headline_with_its_source_after_a_dash_goes_wherever_it_stands(title, where):
    goes(title, where)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Ferries will act as agent for the routes, with Skagen Ferries and Bergen Line as co-dealers.",
        "Fares rose 0.8 pct in september, the ministry said.",
    ],
)
def test_a_sentence_naming_its_source_or_ending_on_a_hyphenated_word_stays(line):
    stays(HEAD + OPEN + line + "\n\n" + CLOSING + "\n", line)


# A story in whose words the titles below are written: the rules for sentences that lost their full
# stop would keep them, but for the marks a site's sentence case leaves.
RATES = "Interest rates on harbour loans are four pct above Swedish rates, the Harbour Board said on Sunday.\n\n"
OFFERINGS = "Fjordline said it recently filed its proposed offerings of ferry bonds with the Oslo bourse.\n\n"
FIXED = "The Harbour Board said the interest rate on its loans for April would be fixed next week.\n\n"


def between_own_words(before: str, line: str) -> list[str]:
    """The lines that go from a story whose paragraphs around `line` use its words."""
    story = parse(HEAD + OPEN + before + line + "\n\n" + FIXED)
    assert story.paragraphs == [OPEN.split(" - ", 1)[1].strip(), before.strip(), FIXED.strip()]
    return related(story)


@pytest.mark.parametrize("title", ["Harbour loan interest rate for April is six pct -- usda", "Interest rate for April loans is six pct - ministry"])
def test_a_flash_headline_with_its_source_after_a_dash_and_no_full_stop_goes(title):
    assert between_own_words(RATES, title) == [title]


@pytest.mark.parametrize("title", [", Fjordline unit in ferry venture", ", Harbour Glass to buy Nordic Lines stake"])
@pytest.mark.parametrize("where", WHERE)
def test_a_title_opening_on_the_comma_where_a_site_cut_a_name_goes_wherever_it_stands(title, where):
    goes(title, where)


@pytest.mark.parametrize("title", ["Nordic freight rates index bergen,", "Harbour Board loans index oslo,"])
def test_a_title_cut_at_a_closing_comma_between_paragraphs_goes(title):
    assert between_own_words(RATES, title) == [title]


@pytest.mark.parametrize(
    "line",
    [
        "Hansen said investment in harbour bonds is falling, but not fast,",  # speech, cut
        "On Tuesday,",  # too short for a title
        ", who won the ferry race by two lengths.",  # a sentence the copy broke
    ],
)
def test_copy_cut_at_a_comma_between_paragraphs_stays(line):
    stays(HEAD + OPEN + line + "\n\n" + CLOSING + "\n", line)


@pytest.mark.parametrize(
    ("before", "title"),
    [
        (OFFERINGS, "Proposed bond offerings recently filed with the sec"),  # the wire's initials, lowered
        (OFFERINGS, "The fjordline corp 4th qtr loss"),  # a company's suffix
        (RATES, "The interest rate on loans in britain for April"),  # a place
    ],
)
def test_a_title_writing_a_proper_name_in_lower_case_goes_in_a_story_that_capitalises_names(before, title):
    assert between_own_words(before, title) == [title]


@pytest.mark.parametrize(
    ("prose", "cased"),
    [
        ("Ferry traffic between Norway and Britain rose 4 pct in October, the Harbour Board said.", True),
        ("ferry traffic between norway and britain rose 4 pct in october, the harbour board said.", False),
    ],
)
def test_a_lower_case_name_marks_a_title_only_in_a_story_that_capitalises_names(prose, cased):
    words = StoryWords([prose, prose.replace("4 pct", "2 pct")])
    assert words.cased is cased
    assert lowered_name_title("Fish shipments to britain and the ussr", ["Fish shipments to britain and the ussr"], words) is cased


def test_a_sentence_writing_a_name_in_lower_case_stays():
    line = "Fares to britain rose 4 pct in october, the board said."
    stays(HEAD + OPEN + line + "\n\n" + CLOSING + "\n", line)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Proposed offerings recently filed with the sec", "sec"),
        ("Exports to the united states seen higher", "united states"),
        ("Japan, britain disagree", "britain"),
        ("Authenti-corp and Fjordline in talks", None),  # inside a word
        ("Turkey prices rise before the holiday", None),  # capitalised, and a word as well as a place
        ("Roast turkey and china plates", None),
        ("Fjordline Corp and Skagen Inc merge", None),
    ],
)
def test_lowered_name_finds_proper_names_written_in_lower_case(text, name):
    assert lowered_name(text) == name


# A bank's weekly return: its words share their first five letters with a name in another story's
# title ("circulation" and "Circus", "francs" and "France", "federal" and "Federated").
RETURN_HEAD = "Harbour bank notes in circulation rise\n\nReuters Nov 15, 1987\n\n"
RETURN_OPEN = "OSLO, Nov 15 (Reuters) - Notes in circulation rose 1.2 billion crowns in the week, the Harbour Bank said.\n\n"
RETURN_CLOSE = "Federal deposits at the bank fell 300 mln crowns, and franc holdings were unchanged.\n"


@pytest.mark.parametrize(
    "title",
    [
        "Circus Circus to have 2nd qtr charge",
        "The Federated Group 4-week sales down",
    ],
)
def test_a_title_naming_what_the_story_only_shares_a_stem_with_goes(title):
    story = parse(RETURN_HEAD + RETURN_OPEN + title + "\n\n" + RETURN_CLOSE)
    assert related(story) == [title]
    assert len(story.paragraphs) == 2


def test_a_name_is_matched_whole_a_common_word_by_its_stem():
    words = StoryWords([RETURN_OPEN.split(" - ", 1)[1], RETURN_CLOSE])
    assert words.novelty("Circus Circus to have 2nd qtr charge") == (3, 3, True)  # names: whole
    assert words.novelty("Circulation of notes rose again") == (3, 1, False)  # a capital on a word the story writes
    assert words.novelty("Deposits rose, circus notes said") == (3, 0, False)  # "circus" is no name here


def test_capitals_in_a_quotation_do_not_make_it_foreign():
    words = StoryWords([RETURN_OPEN.split(" - ", 1)[1], RETURN_CLOSE])
    assert words.novelty("Circus deposits rose, he said") == (3, 1, True)
    assert words.novelty('"Circus deposits rose," he said') == (3, 0, False)
