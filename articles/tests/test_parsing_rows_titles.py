"""Another story's title among a results table's rows: names the wire marks as names (a ticker, an
unlisted company in brackets, a brand opening with a figure), and match results."""

import pytest

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
    ],
)
def test_a_title_about_something_else_between_paragraphs_goes_whatever_its_ending(title):
    story = parse(HEAD + OPEN + title + "\n\n" + PROSE_NEXT)
    assert related(story) == [title]
    assert story.paragraphs[-1] == PROSE_NEXT.strip()


@pytest.mark.parametrize(
    "line",
    [
        "The harbour authority had warned of a storm on the northern routes",  # a sentence that lost its full stop
        "Underwriters are (Nordic Securities AS), and (Fjord Capital Ltd).",
        "The port authority said the storm was the worst in years",  # in the story's words
    ],
)
def test_a_line_of_the_story_between_paragraphs_stays(line):
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE_NEXT)
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
