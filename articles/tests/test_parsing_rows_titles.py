"""Another story's title among a results table's rows: names the wire marks as names (a ticker, an
unlisted company in brackets, a brand opening with a figure), and match results."""

import pytest

from articles.parsing.body import headline_shape, lone_line_in_prose, shouted_headline, story_words, title_between_results_rows
from articles.tests.test_parsing_related import HEAD, OPEN, parse, related

TABLE_HEAD = "Harbour Ferries Inc <HFY> 4th qtr net\n\nReuters Nov 15, 1987\n\n"
ROWS = ["OSLO, Nov 15 (Reuters) - Shr 28 cts vs 22 cts", "Net 1,200,000 vs 950,000", "Revs 14.1 mln vs 12.9 mln"]


def table_with(line: str, rows=ROWS) -> str:
    return TABLE_HEAD + "\n\n".join([rows[0], line, *rows[1:]]) + "\n"


def goes_among_rows(line: str) -> None:
    """`line` between the table's first and second rows goes as a related-story line; every row stays."""
    story = parse(table_with(line))
    assert related(story) == [line]
    assert story.paragraphs == ["Shr 28 cts vs 22 cts", *ROWS[1:]]


@pytest.mark.parametrize(
    "title",
    [
        "3com corp 3rd qtr feb 28 net",  # a brand opening with a figure
        "4g Data Systems 3rd Qtr Net",
        "<NEW HARDING GROUP INC> 1st qtr jan 31 net",  # unlisted: the wire brackets the name
        "<FIRST CAPITAL HOLDINGS> YEAR NET",
    ],
)
def test_another_companys_results_title_among_the_rows_goes(title):
    goes_among_rows(title)


@pytest.mark.parametrize(
    "note",
    [
        "1986 net includes tax credit of 165,000 dlrs",
        "New shares were issued in the quarter",  # "New" opens no name without the brackets
        "Harbour Ferries 4th qtr net includes gain on sale",  # the story's own company
    ],
)
def test_a_note_among_the_rows_stays(note):
    story = parse(table_with(note))
    assert note in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize("score", ["Clyde 0-5 Celtic", "Ireland 21-19 Argentina", "Barbarians 19-47 New Zealand"])
def test_a_match_result_among_the_rows_goes(score):
    goes_among_rows(score)


def test_a_sports_storys_own_results_stay():
    head = "Celtic go top after big win\n\nReuters Nov 15, 1987\n\n"
    opening = "GLASGOW, Nov 15 (Reuters) - Celtic went top of the league on Saturday with a five-goal win at Clyde.\n\n"
    results = "Clyde 0-5 Celtic\n\nHearts 2-1 Livingston\n\nDundee 1-1 Hibernian\n\n"
    story = parse(head + opening + results + "The league resumes next weekend, the organisers said.\n")
    assert related(story) == []
    assert "Hearts 2-1 Livingston" in story.paragraphs


def test_a_result_naming_the_storys_team_stays():
    head = "Celtic go top after big win\n\nReuters Nov 15, 1987\n\n"
    opening = "GLASGOW, Nov 15 (Reuters) - Celtic went top of the league on Saturday with a five-goal win at Clyde.\n\n"
    story = parse(head + opening + "Clyde 0-5 Celtic\n\nThe league resumes next weekend, the organisers said.\n")
    assert "Clyde 0-5 Celtic" in story.paragraphs


@pytest.mark.parametrize(
    "title",
    [
        "Echlin Inc dividend increased 12 pct",
        "GM <GM> Laying Off 5,500 at Two Plants",
        "WORLD BANK LOANS UGANDA 13 MLN DLRS",
        "Glassmakers to Cut 300 Jobs in Ghent",
        "U2 stars enter rock Hall of Fame",  # a name with a figure in it is no figure
        "G-7 wants to show markets its resolve",
        "Graphic Industries inc4th qtr Jan 31 net",  # a word glued to its figure
    ],
)
def test_a_headline_carrying_a_figure_among_the_rows_goes(title):
    goes_among_rows(title)


@pytest.mark.parametrize(
    "row",
    [
        "Deposits 817.7 mln and 705.7 mln",  # the label first, figures after it
        "End Stocks 68 56 79 79",  # figures side by side
        "Turnover 9.42 billion, a 12.4 pct increase",  # a sentence
        "Share data restated for common stock split of July 21, 1986",  # a date is no figure
        "Group profit after financial items 731 mln",  # opens with the table's word
    ],
)
def test_a_row_or_note_with_figures_among_the_rows_stays(row):
    story = parse(table_with(row))
    assert row in story.paragraphs
    assert related(story) == []


PROSE_NEXT = "Ferries will run a reduced timetable until Tuesday, a spokeswoman for the harbour said.\n"

LONG_OPEN = (
    "OSLO, Nov 15 (Reuters) - The harbour board kept its mooring rates unchanged on Sunday after a two-day "
    "storm closed the port, the board said.\n\n"
)
LONG_NEXT = "Ferries will run a reduced timetable until Tuesday while the board inspects the damage to the piers, a spokeswoman said.\n"
# Prose on both sides of a line: short paragraphs, and long ones (where a lone short line needs less proof).
PROSE_AROUND = {"short": (OPEN, PROSE_NEXT), "long": (LONG_OPEN, LONG_NEXT)}


@pytest.mark.parametrize(
    "title",
    [
        "GLASSMAKERS MANDATED FOR NEW U.S. NOTE ISSUE.",  # a wire title's full stop
        "Bank holds interest rate at 4.75%",
        "FRENCH RESERVES 420.50 BILLION FRANCS IN MAY VS 420.24 BILLION",
        "Glassmakers Expect Record Output in 1988, Union Says",
        "$2m payoff for former glassworks boss?",
        "Talking point/glassmakers",
        "Energy/u.s. refining",
        "Belgium September M-2 plus CD money supply rises 11.1 pct year on year (Aug 11.0)",
        "Harbour Bank Said It Cutting Its Base Rate to 10.5 Pct from 11 Pct.",  # Title Case, whatever its ending
        "Fjordline Corp 1st Qtr Loss 28 Cts vs Profit Three Cts",  # and with a comparison
        "BERGEN FERRIES RAISED FARES BY 50 CTS A TRIP EFFECTIVE NOVEMBER 16.",  # capitals, whatever its words
        "NORTH SEA PILOTS TO STRIKE",
    ],
)
@pytest.mark.parametrize("around", PROSE_AROUND)
def test_a_title_about_something_else_between_paragraphs_goes_whatever_its_ending(title, around):
    opening, closing = PROSE_AROUND[around]
    story = parse(HEAD + opening + title + "\n\n" + closing)
    assert related(story) == [title]
    assert story.paragraphs[-1] == closing.strip()


@pytest.mark.parametrize(
    "line",
    [
        "The harbour authority had warned of a storm on the northern routes",  # a sentence that lost its full stop
        "Underwriters are (Nordic Securities AS), and (Fjord Capital Ltd).",
        "The port authority said the storm was the worst in years",  # in the story's words
        "(See HARB for the board's rates)",  # a note in brackets
        "The board listed the following changes -",  # a line the story introduces
    ],
)
@pytest.mark.parametrize("around", PROSE_AROUND)
def test_a_line_of_the_story_between_paragraphs_stays(line, around):
    opening, closing = PROSE_AROUND[around]
    story = parse(HEAD + opening + line + "\n\n" + closing)
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "title",
    [
        "Bergen film festival battles on",  # its own words are no proof that the story uses them
        "NORTH FERRIES TO RESIST CURRENCY REVALUATION",  # "North" opens it, the rest is new to the story
    ],
)
def test_a_title_about_something_else_among_the_rows_goes(title):
    head = "North Harbour Bank <NHB> 4th qtr net\n\nReuters Nov 15, 1987\n\n"
    rows = ["OSLO, Nov 15 (Reuters) - Shr 28 cts vs 22 cts", "Net 1,200,000 vs 950,000", "Revs 14.1 mln vs 12.9 mln"]
    story = parse(head + "\n\n".join([rows[0], rows[1], title, rows[2]]) + "\n")
    assert related(story) == [title]


DIVIDEND = ["OSLO, Nov 15 (Reuters) - Qtly div 12 cts vs 10 cts previously", "Pay Dec 11", "Record Nov 30"]
FOLLOWS = [
    "OSLO, Nov 15 (Reuters) - The harbour board adjusted the rates on its short-term notes as follows:",
    "MATURITY NEW RATE OLD RATE MATURITY",
    "30-89 days 5.50 pct 5.45 pct",
]


@pytest.mark.parametrize(
    "title",
    [
        "Ferry Traffic Falls 600 Mln Crowns",  # the wire's "Mln" capitalised: a headline in Title Case
        "Nordic Shipowners Cut Stake to 3.8 Pct",
        "Harbour Insurer Halves Dividend to 12-1/2 Cts",
        "Fjordline Warns Trade Situation Is Explosive (Rpt)",  # a headline's verb after its subject, capitalised
    ],
)
@pytest.mark.parametrize("rows", [DIVIDEND, FOLLOWS], ids=["dividend", "under-a-colon"])
def test_a_title_case_headline_capitalising_the_wires_words_goes_among_rows(title, rows):
    story = parse(TABLE_HEAD + "\n\n".join([rows[0], title, *rows[1:]]) + "\n")
    assert related(story) == [title]
    assert story.paragraphs[1:] == rows[1:]


@pytest.mark.parametrize(
    "line",
    [
        "Qtr ended Jan 31",  # the wire writes its own rows in lower case
        "Year to end-December Shr 76.7p vs 67.7p",
        "Shr 3.25 H.K. Dlrs vs 1.40",
        "Net Profit 78 Mln N.Z. Dlrs",  # a row whose label opens it, though in Title Case
    ],
)
def test_the_storys_own_title_case_rows_and_heads_stay_among_rows(line):
    story = parse(table_with(line))
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "links",
    [
        [  # a title in the story's own words, then a heading of links and more titles
            "Harbour board to hold press conference later today",
            "More from the wire:",
            "OSLO PORT REOPENS",
            "Bergen Ferries Sets Timetable",
            "Brewers' profits lose their fizz",
            "FJORD LINES HAS NO PLANS FOR NEW ROUTES",
        ],
        ["Harbour board to hold press conference later today", "Bergen Ferries Sets Timetable", "Fjord lines concern at bid?"],
        # a title as long as a short paragraph, but unfinished: still one of the run
        ["Harbour board to hold press conference later today", "Krone opens sharply higher in Tokyo at 17.55 yen (Monday close 17.35)"],
    ],
    ids=["under-a-heading", "run", "long-title"],
)
def test_a_short_title_between_two_long_paragraphs_goes_even_in_the_storys_words(links):
    story = parse(HEAD + LONG_OPEN + "\n\n".join(links) + "\n\n" + LONG_NEXT)
    assert related(story) == links
    assert len(story.paragraphs) == 2


@pytest.mark.parametrize(
    "following",
    [
        # breaking off to run on into the next paragraph
        'Ferries will run a reduced timetable until Tuesday, the board said, to "keep the quays clear for the divers,"\n',
        # longer than any headline, though its full stop is lost
        "Ferries will run a reduced timetable until Tuesday while the board's divers inspect the damage to the "
        "piers and the breakwater, a spokeswoman told Reuters\n",
    ],
    ids=["running-on", "unstopped"],
)
def test_a_title_between_two_long_paragraphs_goes_whatever_the_second_ends_with(following):
    opening = (
        "OSLO, Nov 15 (Reuters) - The harbour board will hold a press conference later today on the storm "
        "that closed the port for two days, the board said.\n\n"
    )
    title = "HARBOUR BOARD TO HOLD PRESS CONFERENCE LATER TODAY"  # in the story's own words
    story = parse(HEAD + opening + title + "\n\n" + following)
    assert related(story) == [title]
    assert story.paragraphs[-1] == following.strip()


def test_a_capitals_row_of_figures_between_two_long_paragraphs_stays():
    row = "EAST          WEST U.S. 1-2 210-250 LB 49.50-50.50   49.50-50.50"
    story = parse(HEAD + LONG_OPEN + row + "\n\n" + LONG_NEXT)
    assert related(story) == []
    assert len(story.paragraphs) == 3


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["SHIPMENT BASIS CBT MONTH PREV", "Fob Bergen", "Bergen Ferries Sets Timetable"], True),
        (["SHIPMENT BASIS CBT MONTH PREV", "Fob Bergen", "May 2/1 D May unch"], False),  # a row: the lines head a table
    ],
)
def test_short_lines_under_a_long_paragraph_are_titles_only_up_to_the_next_long_paragraph(lines, title):
    texts = [LONG_OPEN.strip(), *lines, LONG_NEXT.strip()]
    items = [(text, [text]) for text in texts]
    shapes = [headline_shape(text, raw) or shouted_headline(text, raw) for text, raw in items]
    words = story_words((), items, shapes)
    assert lone_line_in_prose(items, 1, texts[0], shapes, words) is title


@pytest.mark.parametrize(
    "title",
    [
        "U.S. M-1 MONEY SUPPLY RISES 1.9 BILLION DLRS",  # a headline's verb
        "U.S. COMPANY EARNINGS HIGHLIGHTS",  # about something else
    ],
)
def test_a_capitals_title_right_between_two_rows_goes(title):
    head = "HARBOUR INDUSTRIES INC <HBI> 3RD QTR JAN 31 NET\n\nReuters Nov 15, 1987\n\n"
    rows = [
        "OSLO, Nov 15 (Reuters) - Shr profit 13 cts vs loss one ct",
        "Net profit 853,000 vs loss 22,000",
        title,
        "Sales 41.1 mln vs 20.3 mln",
        "Avg shrs 6,349,753 vs 4,403,852",
    ]
    story = parse(head + "\n\n".join(rows) + "\n")
    assert related(story) == [title]
    assert story.paragraphs[1:] == [rows[1], *rows[3:]]


def test_a_tables_capitals_sub_head_between_rows_stays():
    head = "Harbour ferry fares\n\nReuters Nov 15, 1987\n\n"
    rows = [
        "OSLO, Nov 15 (Reuters) - The harbour board set these fares, in crowns:",
        "HARBOUR FERRY FARES",
        "Adult day 42.5 vs 40.0",
        "Child day 21.0 vs 20.0",
        "BERGEN HARBOUR FERRY FARES",
        "Adult day 44.5 vs 41.0",
    ]
    story = parse(head + "\n\n".join(rows) + "\n")
    assert related(story) == []
    assert story.paragraphs[1:] == rows[1:]


@pytest.mark.parametrize("dates", [("Dec 11", "Nov 30"), ("11 Dec", "30 Nov")], ids=["month-first", "day-first"])
def test_a_title_between_a_dividends_dated_rows_goes_whichever_way_the_dates_are_written(dates):
    title = "Microsoft gets the blogging bug"
    rows = ["OSLO, Nov 15 (Reuters) - Qtly div 12 cts vs 12 cts prior", f"Pay {dates[0]}", title, f"Record {dates[1]}"]
    story = parse(TABLE_HEAD + "\n\n".join(rows) + "\n")
    assert related(story) == [title]
    assert story.paragraphs[1:] == [rows[1], rows[3]]


RESULTS = [
    "OSLO, Nov 15 (Reuters) - Shr profit 34 cts vs profit 34 cts",
    "Net profit 4,908,000 vs profit 4,487,000",
    "Revs 216.8 mln vs 117.7 mln",
    "Avg shrs 14.6 mln vs 13.1 mln",
]


@pytest.mark.parametrize(
    "title",
    ["Millions to miss out on the net", "Streets have 'album of the year'", "Campbell: E-mail row 'silly fuss'"],
)
def test_a_title_not_in_capitals_right_between_two_rows_goes(title):
    rows = [*RESULTS[:2], title, *RESULTS[2:]]
    story = parse(TABLE_HEAD + "\n\n".join(rows) + "\n")
    assert related(story) == [title]
    assert story.paragraphs[1:] == RESULTS[1:]


@pytest.mark.parametrize(
    "line, rows",
    [
        ("Shareholders annual meeting May 13, dividend date May 14", RESULTS),
        ("One ADR represents 0.75 pct of one B Free share in Pharmacia.", RESULTS),  # a sentence
        ("Nine month divisional net earnings before minorities were.", RESULTS),
        (  # between figures carried on from the line before, a row of the same table
            "US Northern Spring 14 pct protein Apl/May 139.50 up one",
            ["OSLO, Nov 15 (Reuters) - WHEAT: No Two Soft Red Winter Jne 129.50 up 1.50 Jly", "124.50 up 1.50 Aug 126.50 up 1.50",
             "Jne 139 up 0.50 Jly 138 down 0.50 Aug 134.50 up 0.50"],
        ),
    ],
)
def test_a_tables_own_line_right_between_two_rows_stays(line, rows):
    story = parse(TABLE_HEAD + "\n\n".join([*rows[:2], line, *rows[2:]]) + "\n")
    assert line in story.paragraphs
    assert related(story) == []


STOCKS_HEAD = "Harbour grain stocks\n\nReuters Nov 15, 1987\n\n"
STOCKS = ["OSLO, Nov 15 (Reuters) - The port reported the following grain stocks, in tonnes -", "DEL GRADES 1625 1747 5338", "NON-DEL GRADES 294 238 242", "CCC STOCKS 1085 1085 329"]


@pytest.mark.parametrize("title", ["Microsoft gets the blogging bug", "Duran Duran show set for US TV", "Mellon says suit is without merit"])
def test_a_headline_among_the_rows_of_a_table_of_figures_goes(title):
    """A table of figures with no 'vs' and no row labels: a sentence-case headline in words the story never uses goes."""
    story = parse(STOCKS_HEAD + "\n\n".join([*STOCKS[:3], title, *STOCKS[3:]]) + "\n")
    assert related(story) == [title]
    assert story.paragraphs == ["The port reported the following grain stocks, in tonnes -", *STOCKS[1:]]


@pytest.mark.parametrize(
    "line",
    [
        "Note: figures exclude stocks held afloat",
        "Barley (in thousand tonnes)",
        "stocks held by the intervention board",  # carried on from the row before
        "Grain stocks held at the port",  # in the story's words
    ],
)
def test_a_tables_own_lines_without_figures_stay(line):
    story = parse(STOCKS_HEAD + "\n\n".join([*STOCKS[:3], line, *STOCKS[3:]]) + "\n")
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "title",
    [
        "U.S. M-1 MONEY SUPPLY RISES 1.9 BILLION DLRS",
        "BELGIUM TO SIMPLIFY BOURSE TAX SYSTEM",
        "NORTH KOREA AGREES TO TOP LEVEL TALKS WITH SOUTH",
        "Bank of Japan to Sell 500 Billion in Bills",  # Title Case, its infinitive
        "G-7 Officials to Decide on Summit Agenda",
    ],
)
@pytest.mark.parametrize("rows", [ROWS, STOCKS], ids=["results", "figures"])
def test_a_headline_in_capitals_among_the_rows_goes(title, rows):
    """Its verb or its infinitive makes it a headline, whatever its words."""
    story = parse((TABLE_HEAD if rows is ROWS else STOCKS_HEAD) + "\n\n".join([*rows[:2], title, *rows[2:]]) + "\n")
    assert related(story) == [title]
    assert title not in story.paragraphs and len(story.paragraphs) == len(rows)


@pytest.mark.parametrize(
    "line",
    [
        "SOFT RED WINTER WHEAT",
        "HRW HRS SRW SWW DURUM",
        "LORD ABBETT TAX FREE INCOME FUND",  # a fund's name, in new words: what the table lists
        "YEAR TO END-DEC 1986",
        "Year to Jan 3 1987",
        "GRAIN STOCKS HELD AT THE PORT TODAY",  # five words, but the story's
        "WHEAT AND BARLEY IN THOUSAND TONNES",  # a table's word
        "STOCKS HELD IN 12 NORDIC PORTS",  # a figure
        "SOFT WHITE WINTER WHEAT",  # four words
    ],
)
def test_a_tables_own_lines_in_capitals_stay(line):
    story = parse(STOCKS_HEAD + "\n\n".join([*STOCKS[:2], line, *STOCKS[2:]]) + "\n")
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "title",
    ["FJORD PILOTS STAGE LIGHTNING WALKOUT", "ALPINE POLICE ARREST FORMER POSTAL CLERK", "CUSTOMS LEVIES BOND ON NORDIC SHIPMENTS"],
)
def test_a_headline_in_capitals_in_new_words_beside_rows_in_capitals_goes(title):
    """Its verb is in no list, but five words and more, no figure and every word new to the story make it no heading of the table."""
    story = parse(STOCKS_HEAD + "\n\n".join([*STOCKS[:2], title, *STOCKS[2:]]) + "\n")
    assert related(story) == [title]
    assert story.paragraphs == ["The port reported the following grain stocks, in tonnes -", *STOCKS[1:]]


def test_headlines_in_capitals_one_under_another_among_the_rows_go():
    """A run of capitals headlines does not make the story one set in capitals."""
    titles = ["SOUTHWEST REALTY HAS LIQUIDITY PROBLEMS", "U.S. M-1 MONEY SUPPLY RISES 1.9 BILLION DLRS", "U.S. SEC MULLS REQUIRING ACCOUNTING FIRM REVIEWS"]
    story = parse(table_with("\n\n".join(titles)))
    assert related(story) == titles
    assert story.paragraphs == ["Shr 28 cts vs 22 cts", *ROWS[1:]]


@pytest.mark.parametrize(
    "title",
    ["Investment firms have 5.9 pct of Purolator", "World zinc stocks fall 7,700 tonnes in february", "Second pakistan bombing kills 22"],
)
def test_a_sentence_case_headline_with_its_verb_among_the_rows_goes(title):
    """A headline's present-tense verb, in lower case, among a table's rows: figures or none, its words or not."""
    story = parse(table_with(title))
    assert related(story) == [title]
    assert story.paragraphs == ["Shr 28 cts vs 22 cts", *ROWS[1:]]


@pytest.mark.parametrize(
    "line",
    [
        "Company has 5.1 mln shares outstanding",  # a note opens with the table's words
        "Net includes gain of 1.2 mln dlrs.",
        "NOTE: Season begins June 1",
    ],
)
def test_a_tables_notes_with_a_verb_stay(line):
    story = parse(table_with(line))
    assert line in story.paragraphs


@pytest.mark.parametrize(
    "title",
    [
        "Kiosk games enter the classroom",
        "Fjordbank mandated for IEL U.S. Note.",  # its full stop
        "After g-6, round one goes to central banks",  # its comma
        "Norwegian tax imputation system by 1988/89",  # its figure
        "Trawler talks slow at crucial stage (Sep 3)",  # its date in brackets
    ],
)
def test_a_title_about_something_else_right_between_two_results_rows_goes(title):
    goes_among_rows(title)


@pytest.mark.parametrize(
    "line",
    [
        "Deposits 35.9 mln",  # a label and its figure
        "Pay Apirl 10",  # a dated row, its month misspelt
        "Shareholders annual meeting May 13, dividend date May 14",
        "Nine month divisional net earnings before minorities were.",
    ],
)
def test_a_results_tables_own_line_right_between_two_rows_stays(line):
    story = parse(table_with(line))
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize("period", ["Nine mths", "Year", "1st half", "12 months"])
def test_a_title_between_a_period_head_and_its_rows_goes(period):
    title = "Running around the fjords"
    rows = [*ROWS, period, title, "Shr 70 cts vs 1.06 dlrs", "Net 3,100,000 vs 2,900,000"]
    story = parse(TABLE_HEAD + "\n\n".join(rows) + "\n")
    assert related(story) == [title]
    assert story.paragraphs == ["Shr 28 cts vs 22 cts", *ROWS[1:], period, *rows[-2:]]
    # the rule itself, told a period head from a row
    items = [(period, [period]), (title, [title]), (rows[-2], [rows[-2]])]
    words = story_words(("Harbour Ferries Inc 4th qtr net",), items, [False, True, False])
    assert title_between_results_rows(items, 1, period, [False, True, False], words)
    assert not title_between_results_rows(items, 1, "Harbour Ferries said its profit rose.", [False, True, False], words)


def test_a_link_pasted_twice_goes_both_times():
    """Its copies do not make its words the story's."""
    rows = [ROWS[0], "Clyde 0-5 Celtic", *ROWS[1:], "Six mths", "Shr 1.35 dlrs vs 44 cts", "Clyde 0-5 Celtic"]
    story = parse(TABLE_HEAD + "\n\n".join(rows) + "\n")
    assert related(story) == ["Clyde 0-5 Celtic"] * 2
    assert story.paragraphs == ["Shr 28 cts vs 22 cts", *ROWS[1:], "Six mths", "Shr 1.35 dlrs vs 44 cts"]


def test_a_lede_the_standfirst_repeats_stays():
    lede = "slaughter cattle rose 0.50 to 1.00 dlr in active trade, the usda said."
    rows = ["steers - choice 2-3 1100-1300 lbs 66.50-68.00.", "heifers - choice 3 near 1100 lbs 66.75."]
    page = ["(Photo: AFP)", "ALSO READ: Plan to give elderly care control"]
    story = parse("Fjord City Cattle up 0.50/1.00 Dlr - USDA\n\n" + lede + "\n\nReuters Apr 7, 1987\n\n" + "\n\n".join([lede, *page, *rows]) + "\n")
    assert story.standfirst == lede
    assert story.paragraphs == [lede, *rows]


# A market report set in capitals: its heads are labels in capitals with no figure ("HAMS", "CHOICE STEERS").
CUTS_HEAD = "Harbour meat cuts at noon\n\nReuters Nov 15, 1987\n\n"
CUTS = ["OSLO, Nov 15 (Reuters) - CENTS PER LB CHANGE", "CHOICE STEERS", "14-16 60 up 1", "HAMS", "16-18 57 unch", "LOINS", "14-17 78-1/2 unch"]


@pytest.mark.parametrize(
    "title",
    [
        "FJORDLINE BANK OUTLINES LOSSES",
        "SKAGEN FERRY INCREASES SHARES",
        "WINTER WEATHER HURTS NORDIC BARLEY - USDA",
        "HARBOUR BOARD CLARIFIES CURRENT DEBT OFFERING STATUS",
        "PORT AUTHORITY OPPOSES NEW TAX ON FERRY TICKETS",
        "FJORDLINE INCREASING SAILINGS ABROAD",  # a participle
        "HARBOUR FERRY MERGER COULD INVOLVE U.K. FIRMS",  # a modal
        "NORDIC BARLEY CROP SEEN RECORD 7.6 MLN TONNES",
    ],
)
@pytest.mark.parametrize("at", [2, 4, 6], ids=["after-a-label", "between-rows", "before-a-label"])
def test_a_headline_in_capitals_among_the_rows_of_a_table_set_in_capitals_goes(title, at):
    """Its verb makes a line in capitals a headline even where the story's own heads are in capitals."""
    story = parse(CUTS_HEAD + "\n\n".join([*CUTS[:at], title, *CUTS[at:]]) + "\n")
    assert related(story) == [title]
    assert story.paragraphs == ["CENTS PER LB CHANGE", *CUTS[1:]]


@pytest.mark.parametrize(
    "line",
    [
        "BEST BASIS BIDS POSTED BY FERRY AGENTS AT THE CLOSE -",  # a head, its dash leading to the rows
        "HARBOUR FIRMS HAVE ARGUED THAT THE STORM HAS MADE FURTHER REPAIRS NECESSARY.",  # a sentence
    ],
)
def test_a_story_set_in_capitals_keeps_its_heads_and_sentences_with_verbs(line):
    story = parse(CUTS_HEAD + "\n\n".join([*CUTS[:4], line, *CUTS[4:]]) + "\n")
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "title",
    [
        "Fjordvik Year 1986",
        "Skagerrak half year dec 31",
        "Nordkapp yr ended Dec 31 1986",
        "Lofoten shipping Inc 2nd qtr March five",  # the day in words
        "Bergen Cargo Inc 1sr qtr Jan 31 loss",  # the ordinal mistyped
    ],
)
def test_another_names_results_period_among_the_rows_goes_without_a_company_suffix(title):
    goes_among_rows(title)


@pytest.mark.parametrize(
    "line",
    [
        "Period ended December 31, 1986",
        "Pay May One, 1987",
        "Prior yr ended Nov. 30",
        "CURRENT WEEK YEAR",
        "Harbour Ferries year 1986",  # the story's own company
        "4thh qtr Feb 28",  # the period, mistyped
        "DEL GRADES 871 1296 2046",  # a row whose last figure reads as a year
    ],
)
def test_a_results_tables_own_period_heads_and_notes_stay(line):
    story = parse(table_with(line))
    assert line in story.paragraphs
    assert related(story) == []


# A market report in the words of the headlines below, its first paragraph lacking its full stop.
MARKETS_HEAD = "Nordic markets at midday\n\nReuters Nov 15, 1987\n\n"
MARKETS = [
    "Nordic shares moved from Oslo to London as harbour gold closed off its lows and the ferry tender result was awaited, dealers said",
    "Fjord oil output was seen dropping sharply and Bergen was joining the international ferry agreement, they said.",
]


@pytest.mark.parametrize(
    "title",
    [
        "Nordic Shares Move from Oslo to London",  # a base form after a plural
        "Skagen Ferry Tender Result Awaited",  # ending on a participle
        "Fjord Oil Output Seen Dropping Sharply - Oil World",
        "Bergen Joining International Ferry Agreement",
        "Harbour Gold Closes Off Lows",
    ],
)
def test_a_headline_in_title_case_goes_by_a_wider_set_of_verbs_even_in_the_storys_words(title):
    story = parse(MARKETS_HEAD + "OSLO, Nov 15 (Reuters) - " + MARKETS[0] + "\n\n" + title + "\n\n" + MARKETS[1] + "\n")
    assert related(story) == [title]
    assert story.paragraphs == MARKETS


@pytest.mark.parametrize(
    "line",
    [
        "Sam & Jo (Sam & Jo's Friday Show/ I'm A Sailor, Get Me Off This Ferry!, TV2)",  # a credit in brackets
    ],
)
def test_a_line_in_title_case_with_such_a_word_that_is_no_headline_stays(line):
    story = parse(table_with(line))
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "title",
    ["Harbour grain stocks seen falling", "Port grain stocks seen in 1988", "Port grain stocks seeking buyers", "Port grain stocks shortfall seen in 1988"],
)
def test_a_sentence_case_headline_with_a_participle_among_a_tables_rows_goes_in_the_storys_words(title):
    story = parse(STOCKS_HEAD + "\n\n".join([*STOCKS[:2], title, *STOCKS[2:]]) + "\n")
    assert related(story) == [title]
    assert len(story.paragraphs) == len(STOCKS)


@pytest.mark.parametrize(
    "line",
    ["Grain stocks will be received next week for 2.50 billion tonnes of", "Extraordinary charges and credits include -"],
)
def test_a_tables_cut_notes_with_a_modal_or_a_noun_like_verb_stay(line):
    story = parse(STOCKS_HEAD + "\n\n".join([*STOCKS[:2], line, *STOCKS[2:]]) + "\n")
    assert line in story.paragraphs
    assert related(story) == []


FARES = ["Fares were fixed as follows,", "Route Crowns", "Bergen 120", "Skagen 95"]


@pytest.mark.parametrize(
    "title",
    ["Bergen grains see further nearby gains", "Harbour fares seen rising"],
)
def test_a_headline_between_a_finished_paragraph_and_a_tables_first_line_goes(title):
    story = parse(HEAD + OPEN + title + "\n\n" + "\n\n".join(FARES) + "\n")
    assert related(story) == [title]
    assert story.paragraphs == [OPEN.split(" - ", 1)[1].strip(), *FARES]


@pytest.mark.parametrize(
    "line",
    [
        "Fare rises for the routes, in crowns a ticket -",  # introduces its table
        "The board fixed the new fares for its routes",  # a sentence that lost its full stop
        "Nordic lines warns shippers against delays on",  # cut short
    ],
)
def test_the_storys_own_line_over_its_table_stays(line):
    story = parse(HEAD + OPEN + line + "\n\n" + "\n\n".join(FARES) + "\n")
    assert line in story.paragraphs
    assert related(story) == []


DIGEST = [
    "BERGEN - Ferry traffic rose 4 pct in October, the harbour board said.",
    "---",
    "SKAGEN - Fishing boats stayed in port for a second day as the storm went on.",
]


def test_a_headline_before_a_rule_between_a_digests_sections_goes():
    title = "Fjordline to acquire Skagen ferry routes"
    story = parse(HEAD + OPEN + "\n\n".join([DIGEST[0], title, *DIGEST[1:]]) + "\n")
    assert related(story) == [title]
    assert story.paragraphs == [OPEN.split(" - ", 1)[1].strip(), *DIGEST]


TRAFFIC = "The Harbour Board said ferry traffic on the Fjordline routes rose in October, as the table shows.\n\n"
TRAFFIC_ROWS = ["Route Oct Sept", "Bergen 120 115", "Skagen 95 90"]


def over_traffic_rows(line: str):
    return parse(HEAD + OPEN + TRAFFIC + line + "\n\n" + "\n\n".join(TRAFFIC_ROWS) + "\n")


@pytest.mark.parametrize(
    "title",
    ["Fjordline chairman praises Harbour Board ferry plans", "Harbour Board won't pursue Fjordline ferry bid", "Fjordline ferry routes initial offer under way"],
)
def test_a_headline_in_the_storys_words_over_its_table_goes(title):
    story = over_traffic_rows(title)
    assert related(story) == [title]
    assert story.paragraphs == [OPEN.split(" - ", 1)[1].strip(), TRAFFIC.strip(), *TRAFFIC_ROWS]


@pytest.mark.parametrize(
    "heading",
    ["Fjordline Harbour Board Routes", "Ferry traffic by Fjordline route, in thousand passengers", "Fjordline ferry traffic on the routes (thousands)"],
)
def test_a_tables_heading_in_the_storys_words_stays(heading):
    story = over_traffic_rows(heading)
    assert heading in story.paragraphs
    assert related(story) == []
