"""Links pasted as a list with no blank lines between them, and other stories' headlines among a table's rows."""

import pytest

from articles.tests.test_parsing_related import parse, related

HEAD = "Harbour Ferries Inc 4th qtr net\n\nReuters Nov 15, 2015\n\n"
OPEN = "OSLO, Nov 15 (Reuters) - Harbour Ferries Inc said its fourth quarter profit rose on busier routes.\n\n"
PROSE = "Ferries will run a reduced timetable until Tuesday, a spokeswoman said.\n\n"
ROWS = "Shr 28 cts vs 22 cts\n\n{line}\n\nNet 1,234,000 vs 987,000\n\nRevs 12.1 mln vs 10.4 mln\n\n"


def test_links_on_consecutive_lines_go_one_by_one():
    links = "Glassmakers Plan Coastal Plant\nNORDIC BANK RAISES PRIME RATE\nWheat Exports Seen Lower\n\n"
    story = parse(HEAD + OPEN + links + PROSE)
    assert related(story) == ["Glassmakers Plan Coastal Plant", "NORDIC BANK RAISES PRIME RATE", "Wheat Exports Seen Lower"]
    assert story.paragraphs[-1].startswith("Ferries will run")
    assert not any("Glassmakers" in p for p in story.paragraphs)


@pytest.mark.parametrize(
    "block",
    [
        # a paragraph wrapped at a margin: its lines run on into each other
        "Harbour Ferries said the new routes\nwould open in the spring.",
        # a block where one line is the story's own: it stays whole, nothing is dropped
        "Harbour Ferries Inc routes\nShr 28 cts vs 22 cts",
    ],
)
def test_a_block_that_is_not_all_links_stays_one_paragraph(block):
    story = parse(HEAD + OPEN + block + "\n\n" + PROSE)
    assert " ".join(block.split()) in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "line",
    [
        "Apple laptop is 'greatest gadget'",  # sentence grammar
        "Tevez - an Argentine in Brazil",
        "Sun offers processing by the hour",
        "REAGAN HOPES TO LIFT JAPAN SANCTIONS SOON",
        "ITALIAN BANKS RAISE PRIME LENDING RATE",  # capitals between lines that are not
        "OHIO EDISON <OEC> SELLS NUCLEAR STAKE",
        "FIRST PHILADELPHIA UNIT FILES FOR CHAPTER 11",
        "IBM frees 500 software patents",  # a short headline with a figure
        "Gazprom faces 36 mln dlr back-tax claim",
    ],
)
def test_another_storys_headline_among_results_rows_goes(line):
    story = parse(HEAD + OPEN + ROWS.format(line=line) + PROSE)
    assert related(story) == [line]
    assert "Net 1,234,000 vs 987,000" in story.paragraphs and "Shr 28 cts vs 22 cts" in story.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Company's full name is Harbour Ferries Holdings Inc",  # a note under the table
        "Figures restated for the Baltic Routes purchase",  # a note's opening word
        "Prior year results exclude Baltic Routes",
        "Operating profit by division -",  # a label introducing rows
        "Includes Baltic Routes (acquired in May)",  # a note with a bracket
    ],
)
def test_notes_and_labels_among_results_rows_stay(line):
    story = parse(HEAD + OPEN + ROWS.format(line=line) + PROSE)
    assert line in story.paragraphs
    assert related(story) == []


def test_a_table_heading_over_column_heads_stays():
    table = "X - 1986 Rates.\n\nNatl Loan Release Call\n\nAvge Rate-X Level Price Price\n\nWheat 2.64 2.40 IV 4.65\n\n"
    intro = "The Agriculture Department set loan release and call prices for grain as follows.\n\n"
    story = parse(HEAD + intro + table + PROSE)
    assert "Natl Loan Release Call" in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "line",
    [
        "Rubbermaid inc 1st qtr shr 28 cts vs 22 cts",
        "DOW CHEMICAL CO 3RD QTR SHR 1.72 DLRS VS 87 CTS",
        "Burmah Oil 1986 Pre-Tax Profit 105.9 Mln Stg vs 79.6 Mln.",
    ],
)
def test_another_companys_results_title_with_figures_goes_between_prose_and_among_rows(line):
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE)
    assert related(story) == [line]
    story = parse(HEAD + OPEN + ROWS.format(line=line) + PROSE)
    assert related(story) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Ferries Inc 4th qtr shr 28 cts vs 22 cts",  # the story's own company
        "Parent company 1986 net profit 202.55 mln crowns vs 171.31 mln",  # a row of the story's table
        "Fiscal 1987 nonrecurring income items totaled 4,322,342 vs 1,393,187 in 1986.",
    ],
)
def test_the_storys_own_results_with_figures_stay(line):
    story = parse(HEAD + OPEN + ROWS.format(line=line) + PROSE)
    assert line in story.paragraphs
    assert related(story) == []


def test_a_run_of_links_goes_whole_when_most_of_its_lines_are_links():
    links = "Glassmakers Plan Coastal Plant\nRubbermaid inc 1st qtr shr 28 cts vs 22 cts\nNORDIC BANK RAISES PRIME RATE\n\n"
    story = parse(HEAD + OPEN + links + PROSE)
    assert len(related(story)) == 3
    assert [p[:8] for p in story.paragraphs] == ["Harbour ", "Ferries "]


@pytest.mark.parametrize(
    "table",
    [
        "The board set these rates:\n\nMATURITY NEW RATE OLD RATE MATURITY\n\n30-69 days 5.00 pct 5.00 pct 30-124 days\n\n",
        "Closing prices were as follows.\n\nZINC - HIGH GRADE 49.50/56.00\n\nLead 34.00/34.50\n\n",
        "Prices were as follows.\n\n16.00 89pn unch 89pn unch\n\nNC-NO COMPARISON unch-UNCHANGED dn-DOWN\n\n",
    ],
)
def test_capital_heads_rows_and_legends_of_a_table_stay(table):
    story = parse(HEAD + OPEN + table + PROSE)
    assert related(story) == []


@pytest.mark.parametrize(
    "row",
    [
        "Canadian One Western Red Spring 13.5 pct Apl/May 148.50",
        "MAIZE - US Three Yellow Afloat 94 Apl 86",
        "Amber Durum Apl/May 168 unch",
    ],
)
def test_price_rows_with_few_figures_stay(row):
    rows = "Jne 160 unch Jly 160 unch Aug 155 unch\n\n{row}\n\nunch Jne 146.50 unch Jly 146.50 unch\n\n".format(row=row)
    story = parse(HEAD + "Grain traders quoted these prices for wheat and maize.\n\n" + rows + PROSE)
    assert row in story.paragraphs


@pytest.mark.parametrize("line", ["Middlesbrough 2-2 Charlton", "$1m payoff for former Shell boss"])
def test_a_line_above_the_dateline_paragraph_goes(line):
    story = parse(HEAD + line + "\n\n" + OPEN + PROSE)
    assert related(story) == [line]
    assert story.dateline == "OSLO"


@pytest.mark.parametrize(
    "line",
    [
        "Range Rover of North America Inc March Sales.",
        "MERRILL MANDATED FOR IEL U.S. NOTE.",
        "Sun Alliance Pretax Profit 180.4 Mln Stg vs 37.7 Mln for 1986",
    ],
)
def test_a_title_marked_by_its_case_or_figures_between_paragraphs_goes(line):
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE)
    assert related(story) == [line]


def test_a_sentence_in_title_case_between_paragraphs_stays():
    line = "Underwriters are (Levesque, Beaubien Inc), and (McLeod Young Weir Ltd)."
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE)
    assert line in story.paragraphs


def test_a_comparison_among_rows_of_figures_between_paragraphs_stays():
    rows = "Surplus on commission 208.8 mln marks 188.1 mln.\n\nOrdinary expenditure 969.7 mln marks vs 909.7 mln.\n\n"
    story = parse(HEAD + OPEN + rows + PROSE)
    assert "Ordinary expenditure 969.7 mln marks vs 909.7 mln." in story.paragraphs


def test_marked_titles_in_a_run_go_when_prose_follows_the_run():
    links = "Delta Group <DLTL.L> Year to Jan 3.\n\nMarcus <MRCS> Votes 50 Pct Stock Dividend\n\n"
    story = parse(HEAD + OPEN + PROSE + links + "The ferries carried 1.2 mln passengers last year, it said.\n\n")
    assert related(story) == ["Delta Group <DLTL.L> Year to Jan 3.", "Marcus <MRCS> Votes 50 Pct Stock Dividend"]


@pytest.mark.parametrize(
    "ending",
    ["Net includes tax credits of 860,000 dlrs vs 285,000 dlrs.", "(See ECRA for Spotlight Index)"],
)
def test_a_note_closing_the_story_stays(ending):
    story = parse(HEAD + OPEN + PROSE + ending + "\n")
    assert story.paragraphs[-1] == ending


def test_a_run_of_links_goes_whole_though_one_of_them_has_a_full_stop():
    links = "Glassmakers Plan Coastal Plant\nBARCLAYS BANK SAID ITS CUTTING BASE RATE TO 10 PCT.\nWheat Exports Seen Lower\n\n"
    story = parse(HEAD + OPEN + links + PROSE)
    assert len(related(story)) == 3
    assert [p[:8] for p in story.paragraphs] == ["Harbour ", "Ferries "]


@pytest.mark.parametrize("line", ["Millions to miss out on the net", "A November to remember"])
def test_a_headline_in_sentence_grammar_between_paragraphs_goes(line):
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE)
    assert related(story) == [line]


def test_a_body_of_one_headline_shaped_line_is_kept_not_refused():
    story = parse("U.S. Financial Analysts - April 7\n\nAfp April 7, 1987\n\nFederal Express Corp - New York\n\nCOMMENTS\n")
    assert story.paragraphs == ["Federal Express Corp - New York"]
    assert related(story) == []


def test_a_capitals_title_between_short_sentences_goes_but_a_capitals_intro_opening_the_body_stays():
    story = parse(HEAD + OPEN + "Terms were not disclosed.\n\nTHE ONE BANCORP <TONE> 1ST QTR NET\n\n" + PROSE)
    assert related(story) == ["THE ONE BANCORP <TONE> 1ST QTR NET"]
    intro = "THE FOLLOWING RAINFALL WAS RECORDED IN THE AREAS OVER PAST 72 HOURS"
    story = parse(HEAD + intro + "\n\nPARANA STATE: UMUARAMA NIL, PARANAVAI 1.5 MILLIMETRES.\n\n" + PROSE)
    assert intro in story.paragraphs


@pytest.mark.parametrize(
    "links",
    [
        # headlines in capitals, each on its line, more than a run of links usually holds
        [
            "KRONE VALUE APPROPRIATE, CENTRAL BANK OFFICIAL SAYS",
            "BANK OF NORWAY BUYS SMALL QUANTITY DOLLARS -DEALERS",
            "MINISTER STRESSES IMPORTANCE OF FERRY TALKS",
            "FJORD INDUSTRIES INC <FJII> 4TH QTR NET",
            "LARSEN SAYS NORWAY WANTS TO STABILIZE EXCHANGE RATES",
            "HALDOR'S <HAL> FEBRUARY SALES UP SEVEN PCT",
            "EUROPE ON SIDELINES IN SHIPPING ROW",
        ],
        # a title with its source after a dash, and a headline of a change and its size
        ["Nordic official reserves 420.50 billion crowns in may vs 420.24 billion april - official", "Swiss sight deposits fall by 416.9 mln francs"],
        # a title opening with a quotation mark
        ["PILLSBURY FERRIES <PSF> VOTES QUARTERLY DIVIDEND", "Poll explains free-kick decision", "'Best person' for top harbour job"],
    ],
    ids=["seven-in-capitals", "source-and-change", "opening-quote"],
)
def test_links_one_under_another_between_paragraphs_go(links):
    story = parse(HEAD + OPEN + "\n".join(links) + "\n\n" + PROSE)
    assert related(story) == links
    assert story.paragraphs[-1] == PROSE.strip()


def test_links_numbered_under_a_heading_go_whatever_their_endings():
    links = ["MOST READ", "1. FJORDBANK MANDATED FOR IEL U.S. NOTE.", "2. PREVIEW: NORWAY V SWEDEN (SUN)", "3. UK Feb Trade Deficit 224 MLN STG - Official."]
    story = parse(HEAD + OPEN + PROSE + "\n".join(links) + "\n")
    assert related(story) == links
    assert story.paragraphs[-1] == PROSE.strip()


def test_headlines_in_capitals_one_under_another_go_with_a_title_in_sentence_case_among_them():
    links = ["INVESTORS IN FERRIES ISSUES CROWN BOND", "NORWAY'S CNA ISSUES THREE BILLION CROWN BOND", "NORDIC BANKS PROPOSE NEW DEBT FACILITY", "Why Cell will get the hard sell"]
    story = parse(HEAD + OPEN + "\n".join(links) + "\n\n" + PROSE)
    assert related(story) == links

