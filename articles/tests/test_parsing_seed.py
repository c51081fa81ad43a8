"""The scraped wire-story (seed) layout, field by field."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from articles.parsing import parse_story_file
from articles.parsing.cleanup import clean_inline
from articles.parsing.seed import read_agency_line, split_caption
from articles.parsing.body import looks_like_related_headline, split_dateline

from .shared_data import REPO, seed_file


def parse_one(text, name="story.txt", encoding="utf-8"):
    [story] = parse_story_file(text.encode(encoding) if isinstance(text, str) else text, name)
    return story


def test_seed_file_field_by_field():
    path = seed_file()
    story = parse_one(path.read_bytes(), path.name)
    assert story.layout == "seed"
    assert story.key == "1"
    assert story.headline == "US, France agree on 'concrete steps' against IS: Pentagon"
    assert story.standfirst == "The recent statement has provided no details on the measures to be taken"
    assert story.agency == "Afp"
    assert story.published_at == datetime(2015, 11, 15, 12, tzinfo=timezone.utc)
    assert story.dateline == "WASHINGTON"
    assert story.caption.startswith("In this October 27, 20115 file photo, US Secretary of Defense Ashton Carter")
    assert story.caption.endswith("killed at least 129 people.")
    assert story.photo_credit == "AFP"
    assert len(story.paragraphs) == 7
    assert story.paragraphs[0].startswith("The defense ministers of France and the United States agreed on Sunday")
    assert story.paragraphs[-1].startswith("The US deputy national security adviser, Ben Rhodes")
    body = story.body
    for noise in ("Islamic State video threatens", "Jihadi John", "COMMENTS", "Replying to", "Comments FAQ", "PHOTO:"):
        assert noise not in body
    reasons = {(r.reason, r.text) for r in story.removed}
    assert ("related-story", "Islamic State video threatens France day after Paris bloodshed") in reasons
    assert ("related-story", "US air strike targets 'Jihadi John' in Syria: Pentagon") in reasons
    assert ("footer", "Replying to X") in reasons
    assert story.warnings == []
    assert story.source_text == path.read_bytes().decode("utf-8").replace("\r\n", "\n")


SEED = """Minister opens bridge

Reuters Nov. 15, 2015

PARIS, Nov 15 (Reuters) - Transport Minister Anne Roux opened the bridge on Sunday.

It cost 40 million euros, her spokesman Luc Garnier said.
"""


@pytest.mark.parametrize(
    "line, agency, day",
    [
        ("Afp November 15, 2015", "Afp", (2015, 11, 15)),
        ("AFP Nov. 15, 2015", "AFP", (2015, 11, 15)),
        ("REUTERS Nov 15, 2015", "REUTERS", (2015, 11, 15)),
        ("Associated Press Sept. 3, 2015", "Associated Press", (2015, 9, 3)),
        ("Agence France-Presse 15 November 2015", "Agence France-Presse", (2015, 11, 15)),
        ("Xinhua, Sunday, November 15, 2015", "Xinhua", (2015, 11, 15)),
        ("dpa 2015-11-15", "dpa", (2015, 11, 15)),
    ],
)
def test_agency_date_line_variants(line, agency, day):
    found = read_agency_line(line)
    assert found.agency == agency
    assert found.published_at == datetime(*day, 12, tzinfo=timezone.utc)


def test_a_standfirst_ending_in_a_date_is_not_the_date_line():
    story = parse_one(SEED.replace("Minister opens bridge\n", "Minister opens bridge\n\nThe first opening date was April 15, 2015\n"))
    assert story.standfirst == "The first opening date was April 15, 2015"
    assert story.agency == "Reuters"
    assert story.published_at == datetime(2015, 11, 15, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("line", ["Afp Nov 15, 20115", "AFP 31 February 2015", "Reuters", "Afp Jule 15, 2015"])
def test_unreadable_date_is_never_invented(line):
    story = parse_one(SEED.replace("Reuters Nov. 15, 2015", line))
    assert story.published_at is None
    assert story.agency in ("Afp", "AFP", "Reuters")
    assert any("published_at left empty" in w for w in story.warnings)


@pytest.mark.parametrize(
    "paragraph, place, rest",
    [
        ("WASHINGTON: The ministers met.", "WASHINGTON", "The ministers met."),
        ("WASHINGTON (AFP) - The ministers met.", "WASHINGTON", "The ministers met."),
        ("PARIS, Nov 15 (Reuters) - The ministers met.", "PARIS", "The ministers met."),
        ("SALVADOR, Feb 26 - Showers continued.", "SALVADOR", "Showers continued."),
        ("PORTLAND, Ore., Feb 26 - Red Lion said.", "PORTLAND, Ore.", "Red Lion said."),
        ("NEW YORK (AP) \u2014 Stocks rose.", "NEW YORK", "Stocks rose."),
        ("NOTE: Full name is Acme Corp.", "", "NOTE: Full name is Acme Corp."),
        ("WASHINGTON - The ministers met.", "WASHINGTON", "The ministers met."),
        ("STAMFORD, Conn. - Acme said.", "STAMFORD, Conn.", "Acme said."),
        ("Washington - The ministers met.", "Washington", "The ministers met."),
        ("Los Angeles: Shr 80 cts vs 72 cts", "Los Angeles", "Shr 80 cts vs 72 cts"),
        ("Copper - 0.20 higher", "", "Copper - 0.20 higher"),
        # Other spellings of known cities, in title case: "St" written for Saint, older English names.
        ("Rio De Janeiro - Coffee rose.", "Rio De Janeiro", "Coffee rose."),
        ("St Paul: The mill said.", "St Paul", "The mill said."),
        ("Berne: The ministers met.", "Berne", "The ministers met."),
        ("Duesseldorf - The bank said.", "Duesseldorf", "The bank said."),
        ("Liestal, Switzerland - The firm said.", "Liestal, Switzerland", "The firm said."),
        ("Bale - 65 pct or better", "", "Bale - 65 pct or better"),
        # A town the gazetteer does not know, before a whole sentence or a results table's first row.
        ("Bellport: Integrated Widgets Inc said it opened a second plant in the county.", "Bellport",
         "Integrated Widgets Inc said it opened a second plant in the county."),
        ("Falls Church - Shr 10 cts vs 10 cts", "Falls Church", "Shr 10 cts vs 10 cts"),
        ("OAK BROOK - BCI Holdings Corp said it named a new president for its unit.", "OAK BROOK",
         "BCI Holdings Corp said it named a new president for its unit."),
        ("Pep Boys - Manny, Moe and Jack Inc said its board declared a stock split.", "",
         "Pep Boys - Manny, Moe and Jack Inc said its board declared a stock split."),
        ("Vote For Me - Harbour TV's contest for would-be politicians hits screens this week.", "",
         "Vote For Me - Harbour TV's contest for would-be politicians hits screens this week."),
        ("Analysts: The market will stay weak for some weeks yet, they said.", "",
         "Analysts: The market will stay weak for some weeks yet, they said."),
        ("Malting Barley - 65 pct or better", "", "Malting Barley - 65 pct or better"),
        ("Quotes: Wheat 2.55", "", "Quotes: Wheat 2.55"),
        ("Nabisco Brands Ltd, 80 pct-owned by RJR, said.", "", "Nabisco Brands Ltd, 80 pct-owned by RJR, said."),
        # Copy in lower case: a place the gazetteer knows, written as the copy writes it.
        ("sioux falls: slaughter cattle rose 0.50 dlr, the usda said.", "sioux falls", "slaughter cattle rose 0.50 dlr, the usda said."),
        ("La paz: about 1,000 bank employees accepted terms.", "La paz", "about 1,000 bank employees accepted terms."),
        ("note: the figures are unaudited.", "", "note: the figures are unaudited."),
        ("sows - up 1.00 dlr.", "", "sows - up 1.00 dlr."),
    ],
)
def test_dateline_split(paragraph, place, rest):
    assert split_dateline(paragraph) == (place, rest)


def test_caption_and_credit():
    assert split_caption("Ministers meet in Paris on March 3, 20115. PHOTO: AFP") == (
        "Ministers meet in Paris on March 3, 20115.", "AFP")
    assert split_caption("A crowd gathers. (AP Photo/Jane Roe)") == ("A crowd gathers.", "AP Photo/Jane Roe")
    assert split_caption("The ministers met on Sunday.") is None


@pytest.mark.parametrize("separator", [" | ", " - ", " \u2014 ", " \u2022 "])
def test_the_separator_before_the_credit_is_neither_caption_nor_credit(separator):
    assert split_caption(f"A ferry leaves Oslo.{separator}PHOTO: AFP/Getty Images") == ("A ferry leaves Oslo.", "AFP/Getty Images")


def test_a_caption_that_opens_with_file_photo_keeps_it_and_the_credit_is_the_last_label():
    line = "FILE PHOTO: Ferries queue at the harbour mouth on March 3, 20115. PHOTO: REUTERS"
    assert split_caption(line) == ("FILE PHOTO: Ferries queue at the harbour mouth on March 3, 20115.", "REUTERS")
    assert split_caption("Ferries queue at the harbour mouth. FILE PHOTO: AFP") == ("Ferries queue at the harbour mouth.", "AFP")
    assert split_caption("FILE PHOTO: Ferries queue. PHOTO: REUTERS/File Photo") == ("FILE PHOTO: Ferries queue.", "REUTERS/File Photo")


@pytest.mark.parametrize(
    "line",
    ["Shr 28 cts vs 22 cts", "Pay April 15", "Record March 23", "Net 1.2 mln vs 900,000",
     "- inflation seen at 1.6 percent", "SUBPRODUCTS", "Terms were not disclosed.", "Sorghum nil (nil)",
     "Circle K said the purchases would be made on the open market", "The minister said the plan was fair and"],
)
def test_short_content_lines_stay(line):
    assert not looks_like_related_headline(line, [line], "The company said profits rose.")


@pytest.mark.parametrize(
    "line",
    ["Islamic State video threatens France day after Paris bloodshed",
     "US air strike targets 'Jihadi John' in Syria: Pentagon",
     "Will world recession follow stock market plunge?",
     "Soviets said to see new floor for grain output"],
)
def test_related_story_lines_go(line):
    assert looks_like_related_headline(line, [line], "The ministers met on Sunday.")


def test_related_line_needs_finished_paragraph_before_it():
    assert not looks_like_related_headline("Exporters warn of losses", ["Exporters warn of losses"], "Figures are as follows:")


def test_table_rows_between_paragraphs_stay():
    story = parse_one(SEED + "\nShr 28 cts vs 22 cts\n\nNet 1.2 mln vs 900,000\n\nPay April 15\n\nRecord March 23\n\nThe board met on Monday.\n")
    assert story.paragraphs[2:6] == ["Shr 28 cts vs 22 cts", "Net 1.2 mln vs 900,000", "Pay April 15", "Record March 23"]
    assert story.removed == []


def test_crlf_bom_cp1252_and_whitespace():
    text = SEED.replace("Roux", "Rou\u00e9x").replace("\n", "\r\n").replace("It cost", "  It   cost")
    for data in (text.encode("cp1252"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("latin-1")):
        story = parse_one(data)
        assert story.headline == "Minister opens bridge"
        assert "Transport Minister Anne Rou\u00e9x opened the bridge on Sunday." == story.paragraphs[0]
        assert story.paragraphs[1] == "It cost 40 million euros, her spokesman Luc Garnier said."
        assert "\r" not in story.source_text


def test_mojibake_is_repaired():
    story = parse_one(SEED.replace("Roux", "Rou\u00e9x").encode("utf-8").decode("cp1252").encode("utf-8"))
    assert "Rou\u00e9x" in story.paragraphs[0]


def test_html_is_stripped_but_tickers_stay():
    story = parse_one(SEED.replace("It cost", "<p>It <b>cost</b> &amp; Acme Corp &lt;ACM></p>"))
    assert story.paragraphs[1].startswith("It cost & Acme Corp <ACM>")


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Navistar<nav>, Dina in technical pact", "Navistar<nav>, Dina in technical pact"),  # a ticker sentence-cased
        ("Dahlberg completes Sears<s> agreement", "Dahlberg completes Sears<s> agreement"),
        ("a <s>struck</s> word", "a struck word"),  # markup: closed, or not glued to a name
        ("line<br>next", "line next"),
        ("end.<p>Next", "end. Next"),
    ],
)
def test_a_lower_case_ticker_glued_to_a_name_is_not_markup(raw, clean):
    assert clean_inline(raw) == clean


FIXTURES = sorted((REPO / "fixtures").glob("[0-9][0-9][0-9]_*.*"))


def test_there_are_enough_fixtures():
    assert len(FIXTURES) >= 12


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_parses_cleanly(path: Path):
    [story] = parse_story_file(path.read_bytes(), path.name)
    assert story.headline and story.paragraphs
    assert all(p == p.strip() and p and "<p>" not in p for p in story.paragraphs)
    text = story.body
    for noise in ("COMMENTS", "Replying to", "PHOTO:", "Published in"):
        assert noise not in text
    if story.layout == "plain":
        assert story.agency == "" and story.published_at is None
    else:
        assert story.agency and story.published_at is not None
        assert story.warnings == []
