"""Other stories' titles in forms the earlier rules missed: a results title giving its figures right
after the period or with no period ("Skagen shipping inc 1st qtr 1.74 dlrs vs 1.89 dlrs"), a change
with its size spelled out ("... sales up five pct in February") or with only its time ("... lower in
1986"), a dividend or stake title ("... quarterly div", "Group has 6.4 pct of ..."), a market column's slug ("Oslo
stocks/fjord Shipping Ltd"), a headline after a table's last row, a headline before the wire's
"more", a short headline in a sentence's grammar that opens on a name the story uses ("... chairman
and cfo are optimistic"), and one among a table's rows in words the story never uses ("Puppets take over
the school stage")."""

import pytest

from articles.parsing.body import StoryWords, headline_after_row
from articles.tests.test_parsing_related import HEAD, OPEN, parse, related

ROWS_HEAD = "Bergen ferry bank 1st qtr net\n\nReuters Nov 15, 1987\n\n"
ROWS = ["OSLO, Nov 15 (Reuters) - Shr 28 cts vs 22 cts", "Net 1,200,000 vs 950,000", "Loans 14.1 mln vs 12.9 mln"]


def among_rows(line: str):
    return parse(ROWS_HEAD + "\n\n".join([ROWS[0], ROWS[1], line, ROWS[2]]) + "\n")


@pytest.mark.parametrize(
    "title",
    [
        "Skagen shipping inc 1st qtr 1.74 dlrs vs 1.89 dlrs",  # a results title: the figure right after the period
        "FJORD LINES CORP 3RD QTR PER SHARE 95 CTS VS 87 CTS",  # "per share"
        "Nordic fish co ltd net profit 603.0 mln crowns vs 813.0 mln",  # no period before the measure
        "Oslo post co 3rd qtr shr 4.77 dlrs vs 1.65 dlrs",  # "Oslo" is the story's, "Oslo post" is not
        "Bergen savings bank quarterly div",  # a dividend title: "Bergen" is the story's, "Bergen savings bank" is not
        "BERGEN FISH INC REGULAR DIVIDEND",
        "Bergen lines corp qtly dividend",
        "Group has 6.4 pct of Fjord Fisheries",  # a filing's title
        "Bergen ferry loans lower in 1986",  # a change and when
        "BERGEN FERRY STOCKS UP IN YEAR, DOWN IN MONTH",
    ],
)
def test_a_results_dividend_stake_or_change_title_among_rows_goes(title):
    story = among_rows(title)
    assert related(story) == [title]
    assert story.paragraphs == ["Shr 28 cts vs 22 cts", *ROWS[1:]]


@pytest.mark.parametrize(
    "line",
    [
        "Bergen ferry bank 1st qtr 1.74 dlrs vs 1.89 dlrs",  # the story's own company, written whole in the headline
        "Final div 13 cents vs 11, making yr 24 vs 22",  # a row: its "name" holds figures
        "Note: 1986 payout includes two dlrs a share extra dividend",  # a note, figures in the "name"
        "The group said it has 6.4 pct of Fjord Fisheries.",  # the story's sentence
        "Bergen ferry bank owns 100 pct of Bergen Ferry Canada common shares",  # a note of what its company owns
        "Loans 14.1 mln up in 1986",  # a figure before the change: a row
        "The bank said its loans were higher in 1986.",  # a sentence
    ],
)
def test_the_storys_own_results_note_row_or_sentence_stays(line):
    story = among_rows(line)
    assert line in story.paragraphs
    assert related(story) == []


def test_a_digest_of_companies_results_stays_whole():
    rows = ["Skagen Lines Corp shr 49 cts vs 36", "Fjord Fish Inc shr 31 cts vs 31", "Nordic Salmon Co shr 3.55 dlrs vs 1.66"]
    story = parse("Company earnings digest\n\nReuters Nov 15, 1987\n\nOSLO, Nov 15 (Reuters) - First quarter\n\n" + "\n\n".join(rows) + "\n")
    assert story.paragraphs == ["First quarter", *rows]
    assert related(story) == []


def test_more_figures_title_needs_a_name_the_story_does_not_use():
    words = StoryWords(["Skagen Lines Corp said its traffic rose.", "Net 1,200,000 vs 950,000"])
    assert words.more_figures_title("Skagen lines corp 1st qtr 1.74 dlrs vs 1.89 dlrs") is False
    assert words.more_figures_title("Fjord fish corp 1st qtr 1.74 dlrs vs 1.89 dlrs") is True


TABLE_INTRO = "The Harbour Board gave these figures for ferry traffic on the Bergen and Skagen routes, in thousands."
TABLE = ["ROUTE OCT SEPT", "Bergen 120 115", "Skagen 95 90"]


def over_table(line: str):
    return parse(HEAD + OPEN + TABLE_INTRO + "\n\n" + line + "\n\n" + "\n\n".join(TABLE) + "\n")


@pytest.mark.parametrize("title", ["Fjordline sales up five pct in February", "Oslo stocks/fjord Shipping Ltd"])
def test_a_change_spelled_out_or_a_columns_slug_over_a_table_goes(title):
    story = over_table(title)
    assert related(story) == [title]
    assert story.paragraphs == [OPEN.split(" - ", 1)[1].strip(), TABLE_INTRO, *TABLE]


@pytest.mark.parametrize("line", ["Ferry stocks - in thousands", "Traffic was up five pct in October."])
def test_a_tables_heading_or_a_sentence_over_the_table_stays(line):
    story = over_table(line)
    assert line in story.paragraphs
    assert related(story) == []


NOTE = "NOTE - Final div deferred until after July 1 for tax reasons, the company said, but it will be no less than nine cents."


def test_a_headline_after_a_tables_last_row_and_before_prose_goes():
    title = "Bergen bank defers dividend payments"
    story = parse(ROWS_HEAD + "\n\n".join([ROWS[0], ROWS[1], "Shrs 238.99 vs same.", title, NOTE]) + "\n")
    assert related(story) == [title]
    assert story.paragraphs == ["Shr 28 cts vs 22 cts", ROWS[1], "Shrs 238.99 vs same.", NOTE]


@pytest.mark.parametrize(
    ("line", "following", "expected"),
    [
        ("Skagen lines defers interest payments", NOTE, True),
        ("Skagen lines defers interest payments", None, True),  # the end of the body
        ("Skagen lines defers interest payments", "Net 1.2 mln vs 900,000", False),  # over rows: a heading
        ("Dividend payable on May 15", NOTE, False),  # a figure: a row or note
        ("SKAGEN LINES DEFERS PAYMENTS", NOTE, False),  # capitals: their own rules
        ("Interest payments", NOTE, False),  # too short to tell
    ],
)
def test_headline_after_row(line, following, expected):
    assert headline_after_row(line, following) is expected


def test_a_headline_before_the_wires_more_goes_and_more_stays():
    title = "Thousands of ferry passengers stranded in Bergen"
    prose = "Thousands of passengers waited for ferries in Bergen, where the harbour reopened late on Sunday."
    story = parse(HEAD + OPEN + prose + "\n\n" + title + "\n\nmore\n")
    assert related(story) == [title]
    assert story.paragraphs[-2:] == [prose, "more"]


@pytest.mark.parametrize("after", [[], ["Corrects Nov 14 item to exclude tax credit"]])
def test_a_period_head_with_no_rows_below_goes_and_the_desks_correction_stays(after):
    title = "2nd qtr dec 31 Net"
    note = "NOTE: 1986 net excludes 13,000 dlr tax credit."
    story = parse(ROWS_HEAD + "\n\n".join([ROWS[0], ROWS[1], note, title, *after]) + "\n")
    assert related(story) == [title]
    assert story.paragraphs[-1 - len(after) :] == [note, *after]


def test_a_period_head_over_its_rows_stays():
    lines = ["NOTE: 1986 net excludes 13,000 dlr tax credit.", "2nd qtr dec 31 Net", "Net 4.1 mln vs 3.6 mln."]
    story = parse(ROWS_HEAD + "\n\n".join([ROWS[0], ROWS[1], *lines]) + "\n")
    assert story.paragraphs[-3:] == lines
    assert related(story) == []


def test_a_headline_before_a_name_typed_in_lower_case_goes():
    title = "Bergen bank discount borrowings nil in week"
    paragraphs = [
        "OSLO, Nov 15 (Reuters) - Fjordline Inc said it entered a new term loan agreement with Bergen Bank.",
        "The new note for 1.9 mln crowns was the balloon portion of a loan agreement signed in 1985.",
        title,
        "fjordline also obtained a 500,000 crown revolving line of credit.",
    ]
    story = parse("Fjordline in term loan agreement\n\nReuters Nov 15, 1987\n\n" + "\n\n".join(paragraphs) + "\n")
    assert related(story) == [title]
    assert story.paragraphs[-1] == paragraphs[-1]


def test_a_paragraph_broken_before_a_lower_case_word_stays_whole():
    paragraphs = [
        "OSLO, Nov 15 (Reuters) - Fjordline Inc said it entered a new term loan agreement with Bergen Bank.",
        "The bank said the Bergen ferry loans",
        "were repaid in full in 1986.",
    ]
    story = parse("Fjordline in term loan agreement\n\nReuters Nov 15, 1987\n\n" + "\n\n".join(paragraphs) + "\n")
    assert related(story) == []


def test_a_headline_before_a_paragraph_opening_on_a_stray_key_goes():
    title = "Oslo soft futures adopt new clearing rules"
    paragraphs = [
        "OSLO, Nov 15 (Reuters) - Fjordline Inc said it entered a new term loan agreement with Bergen Bank.",
        "The new note for 1.9 mln crowns was the balloon portion of a loan agreement signed in 1985.",
        title,
        "v A Fjordline statement said the loan, arranged by the",
        "Bergen branch of Nordic Finance, carries a floating rate.",
    ]
    story = parse("Fjordline in term loan agreement\n\nReuters Nov 15, 1987\n\n" + "\n\n".join(paragraphs) + "\n")
    assert related(story) == [title]
    assert story.paragraphs[2:] == paragraphs[3:]


def test_a_headline_opening_on_correction_is_no_desk_note():
    title = "Correction agency plans dropped"
    prose = "Ferries will run a reduced timetable until Tuesday, a spokeswoman said."
    story = parse(HEAD + OPEN + title + "\n\n" + prose + "\n")
    assert related(story) == [title]
    assert story.paragraphs[-1] == prose


FERRY_HEAD = "Fjordline ferry traffic rises in October\n\nReuters Nov 15, 1987\n\n"
FERRY = [
    "OSLO, Nov 15 (Reuters) - Fjordline Inc said its ferry traffic rose 12 pct in October, helped by the new"
    " Skagen route and lower Norwegian fuel taxes.",
    "Fjordline chairman Per Olsen told reporters the company was optimistic about the winter timetable.",
    "Analysts at Bergen Bank said the traffic gains would lift fourth quarter earnings.",
]


def between_ferry_prose(line: str):
    return parse(FERRY_HEAD + "\n\n".join([FERRY[0], FERRY[1], line, FERRY[2]]) + "\n")


@pytest.mark.parametrize(
    "title",
    [
        "Fjordline chairman and cfo are optimistic",  # "are": no headline grammar, but it opens on the story's name
        "Norwegian ferry traffic called an important gain",  # an article, after a name the story writes inside a sentence
        "Skagen's ferry traffic highest of the year",
    ],
)
def test_a_short_headline_opening_on_the_storys_name_between_prose_goes(title):
    story = between_ferry_prose(title)
    assert related(story) == [title]
    assert story.paragraphs == ["Fjordline Inc said its ferry traffic rose 12 pct in October, helped by the new"
                                " Skagen route and lower Norwegian fuel taxes.", *FERRY[1:]]


@pytest.mark.parametrize(
    "line",
    [
        "Traffic was not disclosed",  # a sentence that lost its full stop opens on a common word
        "The traffic gains were higher than expected",  # or on an article
        "Fjordline, the operator, was optimistic",  # commas set a clause apart
        "Fjordline said its chairman and finance officer were optimistic about the new route",  # too long for a title
        "Analysts and bankers are optimistic",  # "Analysts" is written only where a sentence opens
    ],
)
def test_a_sentence_that_lost_its_full_stop_between_prose_stays(line):
    story = between_ferry_prose(line)
    assert line in story.paragraphs
    assert related(story) == []


def test_a_title_in_the_storys_words_before_the_wires_more_goes():
    title = "Fjordline year 1986"
    story = parse(FERRY_HEAD + "\n\n".join([*FERRY, title, "More"]) + "\n")
    assert related(story) == [title]
    assert story.paragraphs[-2:] == [FERRY[2], "More"]


LOSS_ROWS = ["OSLO, Nov 15 (Reuters) - Shr loss nine cts", "Net loss 1.4 mln", "Revs 630,118 dlrs", "Nine mths", "Shr loss 20 cts"]


def beside_loss_rows(line: str):
    return parse(ROWS_HEAD + "\n\n".join([LOSS_ROWS[0], line, *LOSS_ROWS[1:]]) + "\n")


def after_unfinished_sentence(line: str):
    return parse(FERRY_HEAD + "\n\n".join([FERRY[0].rstrip("."), line, *FERRY[1:]]) + "\n")


NEW_WORDS_TITLES = [
    "Puppets take over the school stage",  # "the": no headline grammar, but no word of it is the story's
    "A question of taste and timing",
    "Choir song is a hit in Vienna",  # "is"
]


@pytest.mark.parametrize("title", NEW_WORDS_TITLES)
def test_a_headline_in_a_sentences_grammar_in_new_words_between_rows_goes(title):
    story = beside_loss_rows(title)
    assert related(story) == [title]
    assert story.paragraphs == ["Shr loss nine cts", *LOSS_ROWS[1:]]


@pytest.mark.parametrize("title", NEW_WORDS_TITLES)
def test_a_headline_in_a_sentences_grammar_in_new_words_after_an_unfinished_sentence_goes(title):
    story = after_unfinished_sentence(title)
    assert related(story) == [title]
    assert story.paragraphs[1:] == FERRY[1:]


@pytest.mark.parametrize(
    "line",
    [
        "The ferry bank is in Bergen",  # the story's words
        "Company name is Bergen Fjord Finance ASA",  # a note naming the company
        "Figures are in thousands of crowns",  # a note on the figures
        "The second quarter was restated",  # one word that says something: too little to tell
        "Results are after a one-off tax credit",  # "Results": a note's opening
        "Holders get 12 new shares",  # a figure: a row or note of the table
        "The loans, like the bank, are Bergen's",  # commas: a clause
    ],
)
@pytest.mark.parametrize("place", [beside_loss_rows, after_unfinished_sentence])
def test_a_note_row_or_sentence_in_a_sentences_grammar_beside_rows_or_a_broken_line_stays(line, place):
    story = place(line)
    assert line in story.paragraphs
    assert related(story) == []


def test_a_line_the_next_one_runs_on_from_is_no_title():
    lines = [LOSS_ROWS[0], "The following information", "was given by the Oslo exchange", *LOSS_ROWS[1:]]
    story = parse(ROWS_HEAD + "\n\n".join(lines) + "\n")
    assert related(story) == []
    assert "The following information" in " ".join(story.paragraphs)
