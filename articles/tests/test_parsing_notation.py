"""Titles the story's notation or the page's marks give away: a web headline's "4.75%", "£400" or 'single quotes' in wire
copy that writes "pct" and double quotes, and short titles the page cut short ("The comic book genius of...")."""

import pytest

from articles.parsing.body import StoryWords, foreign_marked_title, notation_marks
from articles.tests.test_parsing_related import HEAD, OPEN, PROSE, parse, related
from articles.tests.test_parsing_rows_titles import ROWS, table_with

MORE = "The port expects 40 pct more traffic next year, the authority said in its annual report.\n\n"


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("UK interest rates held at 4.75%", {"percent"}),
        ("Rivals of the \u00a3400 Apple", {"currency"}),
        ("$1m payoff for former Shell boss", {"currency"}),
        ("Goldsmith: 'I was not leant on'", {"single-quotes"}),
        ("\u2018No-one can define new hunt ban\u2019", {"single-quotes"}),
        ("Net profit rose 4.75 pct to 1.2 mln dlrs", set()),
        ("'87/88 max aver min 1986/87", set()),  # a year, no quotation
        ("The Joneses' boat and the Smiths' house", set()),  # possessives
        ("rock 'n' roll", set()),
        ('He said "we will not be leant on"', set()),
    ],
)
def test_notation_marks(text, marks):
    assert notation_marks(text) == marks


@pytest.mark.parametrize(
    "title",
    [
        "UK interest rates held at 4.75%",
        "Goldsmith: 'I was not leant on'",
        "Apple laptop is 'greatest gadget': police",
        "Rivals of the \u00a3400 Apple...",
        "Reagan says he is willing to...",  # cut short by the page, in the story's words or not
        "Second Pakistan bombing kills 22?",  # marked with a question mark, asking nothing
        "Ireland 21-19 Argentina?",
        "Group lifts stake in Suave Shoe to 11.5 pct: White House",  # its source after a colon
        "Hereford 1-1 Doncaster: study",
        "Proxmire says Volcker retirement a loss for U.S.",  # a headline's present tense, no full stop
    ],
)
@pytest.mark.parametrize("where", ["between prose", "among rows", "closing the body"])
def test_a_title_in_foreign_notation_goes_wherever_it_stands(title, where):
    if where == "between prose":
        story = parse(HEAD + OPEN + title + "\n\n" + MORE)
        kept = [OPEN.split(" - ", 1)[1].strip(), MORE.strip()]
    elif where == "among rows":
        story = parse(table_with(title))
        kept = ["Shr 28 cts vs 22 cts", *ROWS[1:]]
    else:
        story = parse(HEAD + OPEN + MORE + title + "\n")
        kept = [OPEN.split(" - ", 1)[1].strip(), MORE.strip()]
    assert related(story) == [title]
    assert story.paragraphs == kept


@pytest.mark.parametrize(
    "line",
    [
        "Inflation: 2.1%",  # a label with its figure
        "Note: unaudited",
        "Imports: nil",
        "The minister says the harbour will reopen on Monday.",  # copy in the present tense ends its sentence
        "Shr 28 cts vs 22 cts",
        "Growth slowed to 2.1% in the third quarter, the ministry said.",  # a sentence
        "Market talk and comment - The USDA said Turkey has been made eligible for the sale of up to 70,000 tonnes of rice...",
    ],
)
def test_content_in_any_notation_stays(line):
    story = parse(HEAD + OPEN + line + "\n\n" + MORE)
    assert line in story.paragraphs
    assert related(story) == []


def test_the_storys_own_notation_is_no_giveaway():
    """A story that writes "%" itself keeps its short line with a percentage."""
    own = "Turnover rose 12% to 4.1 billion crowns, the company said in a statement on Sunday.\n\n"
    line = "Turnover up 12% on the year"  # in its own words: only the notation could give it away
    story = parse(HEAD + own + line + "\n\n" + MORE)
    assert line in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize(
    "question",
    ["What would happen?", "Is the harbour safe for ferries?", '"Who pays for the quays?"', '"He says the market is flat for now', "Traders say the market is flat"],
)
def test_a_question_is_no_marked_title(question):
    """The story's own questions open with a question word or a verb, and its quotes with a quote mark;
    other rules judge them."""
    assert not foreign_marked_title(question, [question], StoryWords([question]), counted=True)
