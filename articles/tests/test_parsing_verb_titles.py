"""Another story's headline told by its verb or by a name the story never writes whole: a headline
with a verb after a sentence or a row ending in a full stop ("... coal shipments fell in latest week"),
and a results title whose name is new though its first word is the story's ("Bergen ferry savings 2nd
qtr net" in a story on Bergen)."""

import pytest

from articles.parsing.body import StoryWords, headline_after_sentence
from articles.tests.test_parsing_related import HEAD, OPEN, parse, related

# The titles share their first word with the story, so the story's vocabulary does not tell them apart.
DOTTED_HEAD = "Harbour Coal Plc year ended dec 31\n\nReuters Nov 15, 1987\n\n"
DOTTED_ROWS = ["OSLO (Reuters) - Shr 37.4p vs 30p.", "Final div 7p, making 12p vs 10p.", "Skagen coal sales 40 mln crowns vs 38 mln."]
INTRO = "The Harbour Board gave these figures for Norway's ferry traffic on the Bergen and Skagen routes, in thousands."
TABLE = ["ROUTE OCT SEPT", "Bergen 120 115", "Skagen 95 90"]


def among_dotted_rows(line: str):
    return parse(DOTTED_HEAD + "\n\n".join([DOTTED_ROWS[0], DOTTED_ROWS[1], line, DOTTED_ROWS[2]]) + "\n")


def over_table(line: str):
    return parse(HEAD + OPEN + INTRO + "\n\n" + line + "\n\n" + "\n\n".join(TABLE) + "\n")


@pytest.mark.parametrize(
    "title",
    [
        "Harbour coal shipments fell in latest week",
        "Skagen one billion crown bond tranche exhausted",
        "Skagen requested route revision",
    ],
)
def test_a_headline_with_its_verb_between_rows_ending_in_full_stops_goes(title):
    story = among_dotted_rows(title)
    assert related(story) == [title]
    assert story.paragraphs == ["Shr 37.4p vs 30p.", *DOTTED_ROWS[1:]]


@pytest.mark.parametrize(
    "title",
    [
        "Norway to monitor ferry imports, Exports",
        "Skagen requested route revision",
        "Norway ferry chief shot, injured",
    ],
)
def test_a_headline_with_its_verb_over_a_table_goes(title):
    story = over_table(title)
    assert related(story) == [title]
    assert story.paragraphs == [OPEN.split(" - ", 1)[1].strip(), INTRO, *TABLE]


@pytest.mark.parametrize(
    "heading",
    [
        "Nine months ended January 15",  # a period
        "Ferry traffic by route",  # a noun phrase
        "Note: shr after preferred dividends",  # a note
        "Figures to date include Skagen",  # "to" that is no verb's
    ],
)
def test_a_tables_heading_or_note_over_its_table_stays(heading):
    story = over_table(heading)
    assert heading in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    ("line", "previous", "following", "expected"),
    [
        ("Harbour coal shipments fell in latest week", "Net 1.2 mln vs 900,000.", "Revs 14 mln vs 12 mln.", True),
        ("Harbour coal shipments fell in latest week", "Net 1.2 mln vs 900,000", "Revs 14 mln vs 12 mln.", False),  # no full stop before
        ("Tenders will be received next week for", "The bills were priced at 92.9.", "91-day bills, 1.4 billion dlrs", False),  # cut short
        ("Skagen holdings sold by Bergen", "The bank said so.", "of its unit in 1986.", False),  # goes on below
        ("Harbour coal shipments fell 12 pct to 4.5 mln", "The bank said so.", "Revs 14 mln vs 12 mln.", False),  # figures
        ("HARBOUR COAL SHIPMENTS FELL", "The bank said so.", "Revs 14 mln vs 12 mln.", False),  # capitals: their own rules
        ("Seasonal oilseed stocks in hundred tonnes", "The bank said so.", "Revs 14 mln vs 12 mln.", False),  # "-eed", "hundred": no verbs
        ('"We are opposed to fare rises.... We will fight fare', "He said so.", "Rises are off.", False),  # a quotation
        ("Corrects March 11 item to exclude tax credit", "NOTE: 1985 net excludes tax credit.", "Further reading:", False),  # the desk's
    ],
)
def test_headline_after_sentence(line, previous, following, expected):
    assert headline_after_sentence(line, [line], previous, following) is expected


ROWS_HEAD = "Bergen ferry bank 1st qtr net\n\nReuters Nov 15, 1987\n\n"
ROWS = ["BERGEN, Nov 15 (Reuters) - Shr 28 cts vs 22 cts", "Net 1,200,000 vs 950,000", "Loans 14.1 mln vs 12.9 mln"]


@pytest.mark.parametrize("title", ["Bergen ferry savings 2nd qtr net", "The one bancorp 1st qtr Net"])
def test_a_results_title_naming_a_company_the_story_never_writes_whole_goes(title):
    text = ROWS_HEAD + "\n\n".join([ROWS[0], ROWS[1], title, ROWS[2]]) + "\n"
    story = parse(text.replace("Bergen ferry bank", "Bergen ferry bancorp") if "bancorp" in title else text)
    assert related(story) == [title]
    assert len(story.paragraphs) == 3


def test_a_name_the_story_writes_whole_is_its_own():
    words = StoryWords(["Bergen Ferry Savings said its loans rose.", "Net 1,200,000 vs 950,000"])
    assert words.unwritten_name("Bergen ferry savings", "Bergen ferry savings 2nd qtr net") is False
    assert words.unwritten_name("Skagen ferry savings", "Skagen ferry savings 2nd qtr net") is True
    assert words.unwritten_name("The Bergen", "The Bergen 2nd qtr net") is False  # one word: new_name decides



def test_a_results_title_with_the_wires_yr_goes_though_the_next_line_runs_on():
    title = "Bergen ferry pacers yr loss"
    text = ROWS_HEAD + "\n\n".join([ROWS[0], ROWS[1], "NOTE: net excludes a gain of 125,047 for the qtr.", title, "excludes tax carryforward of 150,000."]) + "\n"
    story = parse(text)
    assert related(story) == [title]
    assert "excludes tax carryforward of 150,000." in story.paragraphs
