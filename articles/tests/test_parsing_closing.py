"""The body's last line, after a finished paragraph, with nothing or only links after it: another
story's headline in sentence case goes; the story's own last lines, sentences that lost their full
stop, the desk's notes and names, stay."""

import pytest

from articles.parsing.body import closing_headline
from articles.tests.test_parsing_related import HEAD, OPEN, PROSE, parse, related

LINKS = "Related stories\n\nPort strike talks resume\n\nFerry operator names new chief\n"


@pytest.mark.parametrize(
    "title",
    [
        "Bank of japan mulls other options to stop yen rise",
        "A November to remember",
        "Japanese banking battle at an end",
        "(corrected)-micropro international corp <MPRO> net",
        "New Gulf Fighting Not a Major Offensive - U.S.",  # Title Case ending on "U.S."
    ],
)
@pytest.mark.parametrize("after", ["", LINKS])
def test_a_headline_closing_the_body_goes(title, after):
    story = parse(HEAD + OPEN + PROSE + title + "\n\n" + after)
    assert title in related(story)
    assert story.paragraphs[-1].startswith("Ferries will run")


@pytest.mark.parametrize(
    "line",
    [
        "Circle K said the purchases would be made on the open market",
        "The Central Bank of Barbados gave no agenda for the meetings",
        "Blackman was executive vice president of the group",
        "(See ECRA for Spotlight Index)",
    ],
)
def test_the_storys_own_last_line_stays(line):
    """In its story's words (a line foreign to the story goes by older rules), it is kept."""
    own = f"The company said on Monday that {line.strip('().')} was settled, officials said.\n\n"
    story = parse(HEAD + OPEN + own + line + "\n")
    assert story.paragraphs[-1] == line
    assert related(story) == []


@pytest.mark.parametrize(
    "line",
    [
        "Holiday operates Harrah's Marina Hotel and Casino in Atlantic City, N.J.",  # a sentence's place
        "Corrects March 11 item to exclude tax credit",  # the desk's notes
        "Company corrects period in March 19 item",
        "Results in U.S. funds",
        "Operating net in latest quarter and year includes 750,000 dlrs charge for restructuring",
        "Note: figures are unaudited",
        "Shr 28 cts vs 22 cts",
        "The Central Bank of Barbados gave no agenda for the meetings",
        "Full name is Deerfield Federal Savings and Loan Association",
    ],
)
def test_no_closing_headline(line):
    """The story's own last lines are not read as a headline (whatever the other rules make of them)."""
    assert not closing_headline(line)
