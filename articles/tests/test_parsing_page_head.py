"""Pages from sites with their own head and foot: chrome over the headline, date lines in
parts or on two lines, captions with a wire's credit before the date line or inside the body,
notices about cookies and syndicated copy, and boxes of links that count or dash their titles."""

from datetime import datetime, timezone

import pytest

from articles.parsing.seed import read_agency_line, split_caption
from articles.tests.test_parsing_related import HEAD, OPEN, PROSE, parse, related
from articles.tests.test_parsing_site_chrome import CLOSE, removed

TITLE = "Harbour reopens after storm\n\n"


@pytest.mark.parametrize(
    "top",
    [
        "Home \u203a Business \u203a Shipping",
        "News | World",
        "We use cookies to give you the best possible experience on our site. By continuing to browse you agree to our use of cookies.\nAccept and close",
        "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies.\nOK, got it",
    ],
)
def test_chrome_over_the_headline_is_not_the_headline(top):
    story = parse(f"{top}\n\n" + HEAD + OPEN + PROSE)
    assert story.headline == "Harbour reopens after storm"
    assert story.agency == "Reuters"
    assert removed(story, "site") == top.split("\n")


def test_a_headline_about_cookies_is_the_headline():
    story = parse("Cookies sales rise 5 pct at Oslo bakeries\n\nReuters Nov 15, 2015\n\n" + OPEN + PROSE)
    assert story.headline == "Cookies sales rise 5 pct at Oslo bakeries"


@pytest.mark.parametrize(
    "line, published",
    [
        ("Posted: 5 Nov 2015 | Updated: 8 Nov 2015 | Source: AFP", datetime(2015, 11, 5, 12, tzinfo=timezone.utc)),
        ("Updated: 8 Nov 2015 | Posted: 5 Nov 2015 | Source: AFP", datetime(2015, 11, 5, 12, tzinfo=timezone.utc)),
        (
            "Updated Sunday 8 November 2015 18:03 \u00b7 First published Thursday 5 November 2015 15:54 \u00b7 AFP",
            datetime(2015, 11, 5, 12, tzinfo=timezone.utc),
        ),
        ("5 Nov 2015 / 15:54 / AFP", datetime(2015, 11, 5, 12, tzinfo=timezone.utc)),
        ("AFP | Published: Nov 5, 2015, 15:16 GMT | 2 min read", datetime(2015, 11, 5, 15, 16, tzinfo=timezone.utc)),
        ("By AFP | Thursday, November 5, 2015 3:45 a.m.", datetime(2015, 11, 5, 12, tzinfo=timezone.utc)),
    ],
)
def test_a_date_line_in_parts_gives_the_first_published_date(line, published):
    found = read_agency_line(line)
    assert found.agency == "AFP"
    assert found.published_at == published


@pytest.mark.parametrize(
    "line",
    ["5 Nov 2015 / Oslo harbour / AFP", "Posted: 5 Nov 2015 | Updated: 8 Nov 2015", "Posted: 5 Nov 2015 | AFP | Reuters"],
)
def test_a_date_line_in_parts_needs_one_agency_and_nothing_else(line):
    found = read_agency_line(line)
    assert found is None or found.agency != "AFP" or found.published_at is None


@pytest.mark.parametrize(
    "head, published",
    [
        ("Source: AFP\nNovember 15, 2015", datetime(2015, 11, 15, 12, tzinfo=timezone.utc)),
        ("AFP\nPublished: Nov 15, 2015, 10:32 GMT", datetime(2015, 11, 15, 10, 32, tzinfo=timezone.utc)),
        ("November 15, 2015\nBy AFP", datetime(2015, 11, 15, 12, tzinfo=timezone.utc)),
    ],
)
def test_a_date_line_on_two_lines(head, published):
    story = parse(TITLE + "Ferries return to Oslo after two days in port\n\n" + head + "\n\n" + OPEN + PROSE)
    assert (story.agency, story.published_at) == ("AFP", published)
    assert story.standfirst == "Ferries return to Oslo after two days in port"
    assert story.dateline == "OSLO"
    assert story.paragraphs[1] == PROSE.strip()
    assert len(story.paragraphs) == 2


def test_two_lines_need_a_known_agency_alone_on_one():
    story = parse(TITLE + "Harbour Board\nNovember 15, 2015\n\nReuters Nov 16, 2015\n\n" + OPEN + PROSE)
    assert story.agency == "Reuters"
    assert story.published_at.day == 16


def test_reading_time_and_share_row_under_the_date_line_go_and_the_caption_is_read():
    page = HEAD.rstrip("\n") + "\n1 min read\nShare: Facebook | Twitter | Email\nEnlarge image\n"
    page += "Ferries in Oslo harbour, Nov 14, 2015. REUTERS/Kari Nordmann/File Photo\n\n"
    story = parse(page + OPEN + PROSE)
    assert (story.caption, story.photo_credit) == ("Ferries in Oslo harbour, Nov 14, 2015.", "REUTERS/Kari Nordmann/File Photo")
    assert removed(story, "site") == ["1 min read", "Share: Facebook | Twitter | Email", "Enlarge image"]
    assert story.paragraphs[0].startswith("The harbour reopened")


@pytest.mark.parametrize(
    "text, caption, credit",
    [
        ("Ferries in Oslo harbour. REUTERS/Kari Nordmann/File Photo", "Ferries in Oslo harbour.", "REUTERS/Kari Nordmann/File Photo"),
        ("Ferries in Oslo harbour. (REUTERS/Kari Nordmann)", "Ferries in Oslo harbour.", "REUTERS/Kari Nordmann"),
        ("Ferries in Oslo harbour. \u00a9 AP", "Ferries in Oslo harbour.", "AP"),
        ("Ferries in Oslo harbour. Credit: REUTERS/Staff", "Ferries in Oslo harbour.", "REUTERS/Staff"),
        ("Image 1 of 3 Ferries in Oslo harbour. (Photo credit: AFP/Getty Images)", "Ferries in Oslo harbour.", "AFP/Getty Images"),
    ],
)
def test_credit_styles(text, caption, credit):
    assert split_caption(text) == (caption, credit)


@pytest.mark.parametrize("text", ["REUTERS/Staff", "Credit: Reuters", "He said the AP reported it.", "Polls by Reuters/Ipsos show support."])
def test_no_caption_without_both_a_picture_and_a_credit(text):
    assert split_caption(text) is None


def test_a_caption_over_the_date_line_is_not_the_standfirst():
    page = TITLE + "Image 1 of 1\nFerries in Oslo harbour, Nov 14, 2015. | Photo: AFP\n\nAFP Nov 15, 2015\n\n" + OPEN + PROSE
    story = parse(page)
    assert (story.caption, story.photo_credit) == ("Ferries in Oslo harbour, Nov 14, 2015.", "AFP")
    assert story.standfirst == ""
    assert removed(story, "site") == ["Image 1 of 1"]


def test_a_caption_after_the_first_paragraph_goes_to_the_caption():
    page = HEAD + OPEN + "Ferries in Oslo harbour, Nov 14, 2015. (Photo credit: AFP/Getty Images)\n\n" + PROSE
    story = parse(page)
    assert (story.caption, story.photo_credit) == ("Ferries in Oslo harbour, Nov 14, 2015.", "AFP/Getty Images")
    assert story.paragraphs == [OPEN.strip().split(" - ", 1)[1], PROSE.strip()]


def test_a_second_picture_further_down_goes_too():
    tail = "\n\n".join(f"Paragraph {n} of the harbour story went on, the port said." for n in range(4))
    first, later = "Ferries in Oslo harbour. | Photo: AFP", "Crowds on the quay. (Photo credit: AFP/Getty Images)"
    story = parse(HEAD + first + "\n\n" + OPEN + tail + "\n\n" + later + "\n\n" + PROSE)
    assert (story.caption, story.photo_credit) == ("Ferries in Oslo harbour.", "AFP")
    assert removed(story, "caption") == [first, later]
    assert len(story.paragraphs) == 6


@pytest.mark.parametrize(
    "notice",
    [
        "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. Find out more.",
        "Disclaimer: This article is published from a wire agency feed without modifications to the text.",
        "(This story has not been edited by Harbour Times staff and is auto-generated from a syndicated feed.)",
        "\u2014 Reuters",
        "- AFP",
    ],
)
def test_notices_at_the_foot_go(notice):
    story = parse(HEAD + OPEN + PROSE + notice + "\n\n" + "Tags: Norway, Shipping\n")
    assert story.paragraphs[-1] == PROSE.strip()
    assert notice in [r.text for r in story.removed]


def test_copy_about_cookies_stays():
    line = "Regulators said the site uses cookies to follow readers across other sites, which breaks the law."
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE)
    assert line in story.paragraphs


def test_dashed_links_under_a_heading_across_blank_lines_go():
    links = ["- Ferry strike ends in Bergen", "- Wind farm approved off Stavanger", "- Bank of Norway said it raised its deposit rate to 0.75 pct."]
    story = parse(HEAD + OPEN + PROSE + "Most read\n\n" + "\n\n".join(links) + "\n\n" + CLOSE)
    assert related(story) == ["Most read", *links]
    assert story.paragraphs[-1] == CLOSE.strip()


def test_a_counted_box_of_links_takes_titles_with_figures():
    links = ["1. Ferry strike ends in Bergen", "2. Statoil 3rd Qtr Shr 1.20 Crowns vs 1.05 Crowns", "3. Wind farm approved off Stavanger"]
    story = parse(HEAD + OPEN + PROSE + "Trending now\n\n" + "\n\n".join(links) + "\n\n\u00a9 Harbour Times 2015\n")
    assert related(story) == ["Trending now", *links]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_box_of_links_goes_whole_though_its_first_title_has_figures(gap):
    links = ["1. Statoil 3rd Qtr Shr 1.20 Crowns vs 1.05 Crowns", "2. Ferry strike ends in Bergen", "3. Oslo Fish Prices Up 1.00-1.50 Crowns - Exchange"]
    story = parse(HEAD + OPEN + PROSE + "MOST READ" + gap + gap.join(links) + "\n\n" + CLOSE)
    assert related(story) == ["MOST READ", *links]
    assert story.paragraphs[-1] == CLOSE.strip()


def test_a_dashed_block_under_a_heading_of_links_goes_whole():
    links = ["- Statoil 3RD QTR SHR 1.20 crowns VS 1.05 crowns", "- FERRY STRIKE ENDS IN BERGEN"]
    story = parse(HEAD + OPEN + "Related coverage\n" + "\n".join(links) + "\n\n" + PROSE)
    assert related(story) == ["Related coverage", *links]
    assert story.paragraphs[-1] == PROSE.strip()


def test_a_heading_inside_the_storys_own_list_takes_no_sentences():
    own = ["- The aim was not superiority, but balance", "- Deployment would be a matter for talks"]
    later = "- East-West talks should aim at security with fewer offensive weapons on both sides."
    page = HEAD + OPEN + "\n\n".join(own) + "\n\nMost shared\n\n" + later + "\n\n" + PROSE
    story = parse(page)
    assert later in story.paragraphs
    assert all(line in story.paragraphs for line in own)


def test_a_block_of_dashed_titles_goes_and_a_dashed_list_of_points_stays():
    links = "- WIND FARM <WND> SEES HIGHER 2015 PROFITS\n- FERRY STRIKE ENDS IN BERGEN\n- STATOIL 3RD QTR SHR 1.20 CROWNS VS 1.05 CROWNS"
    points = "- The harbour will open at six.\n- Ferries will run every hour."
    story = parse(HEAD + OPEN + links + "\n\n" + PROSE + points + "\n\n" + CLOSE)
    assert related(story) == links.split("\n")
    assert "- The harbour will open at six." in story.paragraphs
    assert "- Ferries will run every hour." in story.paragraphs


def test_a_misspelt_month_on_the_second_line_is_read_and_reported():
    story = parse(TITLE + "Source: AFP\nNovmber 15, 2015\n\n" + OPEN + PROSE)
    assert story.published_at.date().isoformat() == "2015-11-15"
    assert any("'Novmber' as November" in warning for warning in story.warnings)


def test_a_copyright_line_is_no_caption():
    assert split_caption("Reprints & Permissions \u00a9 Copyright Reuters 2015. All rights reserved") is None
    story = parse(HEAD + OPEN + PROSE + "All quotes delayed a minimum of 15 minutes. \u00a9 Copyright Reuters 2015. All rights reserved\n")
    assert story.caption == ""
