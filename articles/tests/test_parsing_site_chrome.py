"""Site chrome in a scraped page: a byline and reading time above the agency/date line,
advertising and share rows between paragraphs, comment forms and sign-offs after the story,
and links marked by brackets, dashes, numbers, sections and addresses."""

from datetime import date

import pytest

from articles.tests.test_parsing_related import HEAD, OPEN, PROSE, parse, related

CLOSE = "The storm cost the port about two days of traffic, it added.\n"


def removed(story, reason):
    return [r.text for r in story.removed if r.reason == reason]


@pytest.mark.parametrize("byline", ["By REUTERS", "By News Desk", "By Kari Nordmann and Ola Hansen"])
def test_a_byline_above_the_agency_line_is_not_the_agency(byline):
    story = parse(f"Harbour reopens after storm\n\n{byline}\n\nReuters Nov 15, 2015\n\n" + OPEN + PROSE)
    assert story.agency == "Reuters"
    assert story.published_at.date() == date(2015, 11, 15)
    assert story.byline == byline.removeprefix("By ")
    assert story.standfirst == ""


def test_reading_time_and_breadcrumb_are_not_the_standfirst():
    page = (
        "Harbour reopens after storm\n\nHome > Business > Shipping\n\n"
        "Ferries return to Oslo after two days in port\n\n3 min read\n\nReuters Nov 15, 2015\n\n" + OPEN + PROSE
    )
    story = parse(page)
    assert story.standfirst == "Ferries return to Oslo after two days in port"
    assert removed(story, "site") == ["Home > Business > Shipping", "3 min read"]


@pytest.mark.parametrize("chrome", ["From Reuters", "Reading time: 2 minutes", "World \u2022 Business", "Business | Markets", "Via AFP"])
def test_head_chrome_around_the_standfirst_is_not_the_standfirst(chrome):
    page = f"Harbour reopens after storm\n\n{chrome}\nFerries return to Oslo after two days in port\n\nReuters Nov 15, 2015\n\n"
    story = parse(page + OPEN + PROSE)
    assert story.standfirst == "Ferries return to Oslo after two days in port"
    assert removed(story, "site") == [chrome]


def test_a_byline_with_a_staff_credit_is_a_byline():
    story = parse("Harbour reopens after storm\n\nBy Reuters staff writers\n\nReuters Nov 15, 2015\n\n" + OPEN + PROSE)
    assert story.byline == "Reuters staff writers" and story.standfirst == ""


def test_a_standfirst_with_a_bar_or_from_in_it_stays():
    for line in ("From Monday, ferries will sail twice a day", "Oil prices | what the storm means for the port", "Analysis | Why Ferries Matter"):
        story = parse(f"Harbour reopens after storm\n\n{line}\n\nReuters Nov 15, 2015\n\n" + OPEN + PROSE)
        assert story.standfirst == line


def test_a_known_agency_without_a_date_is_still_read_when_no_line_has_one():
    story = parse("Harbour reopens after storm\n\nReuters\n\n" + OPEN + PROSE)
    assert story.agency == "Reuters" and story.published_at is None
    assert any("cannot read a date" in w for w in story.warnings)


@pytest.mark.parametrize(
    "chrome",
    [
        "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "SPONSORED",
        "Share this article", "Facebook | Twitter | LinkedIn | Email", "12 shares",
        "View gallery (5 photos)", "Photo: REUTERS", "(Photo: AFP)", "Listen to this article",
        "Sign up for our free daily newsletter", "All quotes delayed a minimum of 15 minutes.",
        "Advertisement - Scroll to continue", "Follow us on Twitter", "Loading...", "Copyright 2015 Reuters. All rights reserved.",
        "Tags: Norway, Shipping",
    ],
)
def test_site_chrome_between_paragraphs_goes_and_the_paragraphs_around_it_stay(chrome):
    story = parse(HEAD + OPEN + chrome + "\n\n" + PROSE + CLOSE)
    assert removed(story, "site") == [chrome]
    assert story.paragraphs == [OPEN.split(" - ", 1)[1].strip(), PROSE.strip(), CLOSE.strip()]


def test_a_share_row_on_consecutive_lines_goes_whole():
    story = parse(HEAD + OPEN + "Share this:\nFacebook\nTwitter\nEmail\n\n" + PROSE)
    assert removed(story, "site") == ["Share this:", "Facebook", "Twitter", "Email"]
    assert len(story.paragraphs) == 2


def test_copy_that_only_mentions_a_share_or_a_photo_stays():
    lines = ["Share prices rose 5 pct on the news.", "Photo: the company declined to release pictures of the hull."]
    story = parse(HEAD + OPEN + "\n\n".join(lines) + "\n\n" + PROSE)
    assert removed(story, "site") == []
    assert story.paragraphs[1:3] == lines


@pytest.mark.parametrize(
    "footer",
    [
        "Leave a Reply\n\nCancel reply\n\nYour email address will not be published. Required fields are marked *\n\n"
        "Comment\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment\n",
        "Comments (35)\nComments are moderated and generally will be posted if they are on topic and not abusive.\n"
        "For more information, please see our Comments FAQ page\n",
        "0 Comments\n\nSort by Oldest\n\nFacebook Comments Plugin\n",
        "5 Comments\nSort by\nNewest\nOldest\nTop\nAdd a comment...\nFacebook Comments Plugin\nLoading...\n",
        "Comments are closed.\n\nTags: Norway, Shipping\n",
        # log-in prompts and a closed thread, the page's rights notice last
        "12 comments\nJoin the conversation\nYou must be logged in to post a comment.\nSort by: Newest | Oldest\n",
        "COMMENTS (3)\nAdd your comment\nPlease log in or register to comment.\n",
        "Comments on this story are now closed.\n\nCommenting has been disabled for this article.\n",
        "\u00a9 The Harbour Gazette 2015. All rights reserved.\n\n"
        "Republication or redistribution of Reuters content is expressly prohibited without the prior written consent of Reuters.\n",
        "SHARE\nShare on Facebook  Share on Twitter  Email\n",
        "Facebook Twitter Email Print\n",
    ],
)
def test_comment_forms_and_widgets_after_the_story_go(footer):
    story = parse(HEAD + OPEN + PROSE + footer)
    assert story.paragraphs[-1] == PROSE.strip()
    assert len(story.paragraphs) == 2


@pytest.mark.parametrize("signoff", ["REUTER", "Reuter", "(Reuters)"])
def test_the_wire_sign_off_after_the_story_goes(signoff):
    story = parse(HEAD + OPEN + PROSE + signoff + "\n\nCOMMENTS\n\nReplying to X\n")
    assert story.paragraphs[-1] == PROSE.strip()
    assert removed(story, "signoff") == [signoff]
    # Links between the sign-off and the footer do not keep it in the story.
    story = parse(HEAD + OPEN + PROSE + signoff + "\n\nPopular on the site:\nGlassmakers plan coastal plant\nHarbour chief quits\n")
    assert story.paragraphs[-1] == PROSE.strip()
    assert removed(story, "signoff") == [signoff]


@pytest.mark.parametrize(
    "line",
    [
        "[Glassmakers plan coastal plant]",
        "Glassmakers plan coastal plant \u00bb",
        "Glassmakers plan coastal plant (video)",
        "Glassmakers plan coastal plant | Business",
        "- Glassmakers plan coastal plant",
        "1. GLASSMAKERS PLAN COASTAL PLANT",
        "MORE: Glassmakers plan coastal plant",
        "https://www.example-courier.com/business/glassmakers-plan-coastal-plant-1234",
        "Glassmakers plan coastal...",
        "Glassmakers Plan Coastal Plant (Dec 14)",
        "3. \u2022 Glassmakers plan coastal plant",
    ],
)
def test_a_title_marked_as_a_link_goes(line):
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE)
    assert related(story) == [line]
    assert story.paragraphs[-1] == PROSE.strip()


def test_the_story_s_own_list_items_stay_whatever_their_mark():
    items = [
        "- The precise terms of the issue",
        "- Details of the company performance if it is more than six months since the last report",
        "- Naming of all guarantors",
    ]
    story = parse(HEAD + OPEN + "The rules require:\n\n" + "\n\n".join(items) + "\n\n" + PROSE)
    assert related(story) == []
    assert story.paragraphs[2:5] == items


@pytest.mark.parametrize("item", ["The company said...", "Record March 23 (Dec 14)", "- Sales rose 5 pct.", "- Complete colour television sets (1986 imports 90 mln dlrs);", "1. Wheat 2,300 3,400"])
def test_a_dash_or_number_before_copy_or_a_row_is_no_link_mark(item):
    story = parse(HEAD + OPEN + item + "\n\n" + PROSE)
    assert item in story.paragraphs


def test_a_block_of_links_under_a_heading_goes_whole_when_one_of_them_carries_a_bullet():
    block = (
        "READ MORE\nGlassmakers plan coastal plant\nHarbour authority names new chief\n"
        "\u2022 Why ferries will get the hard sell\nSHIPYARD ORDERS SEEN UNABLE TO CURE DEFICIT\n\n"
    )
    story = parse(HEAD + OPEN + block + PROSE)
    assert related(story) == [
        "READ MORE", "Glassmakers plan coastal plant", "Harbour authority names new chief",
        "\u2022 Why ferries will get the hard sell", "SHIPYARD ORDERS SEEN UNABLE TO CURE DEFICIT",
    ]
    assert story.paragraphs[-1] == PROSE.strip()


def test_a_list_of_the_story_s_own_points_on_consecutive_lines_stays():
    points = "The plan calls for:\n\u2022 Two new berths by 2017;\n\u2022 A deeper channel for bulk carriers;\n\u2022 Night pilots for ferries.\n\n"
    story = parse(HEAD + OPEN + points + PROSE)
    assert related(story) == []
    assert "\u2022 A deeper channel for bulk carriers;" in story.paragraphs


def test_a_numbered_block_of_links_under_a_heading_goes_whole():
    block = "Trending now\n1. GLASSMAKERS <GLS> 3RD QTR NET\n2. Harbour authority names new...\n3. \u2022 Why ferries will get the hard sell\n\n"
    story = parse(HEAD + OPEN + PROSE + block + "COMMENTS\n\nReplying to X\n")
    assert related(story) == [
        "Trending now", "1. GLASSMAKERS <GLS> 3RD QTR NET", "2. Harbour authority names new...",
        "3. \u2022 Why ferries will get the hard sell",
    ]
    assert story.paragraphs[-1] == PROSE.strip()


@pytest.mark.parametrize(
    "box",
    [
        "Sign up for the Harbour Gazette business briefing\n\nThe week's shipping news, every Friday.\n\nSubscribe\n\n",
        "Get the Morning Briefing newsletter\nOur editors' pick of the news, every morning.\nSign up\n\n",
        "The day's top stories, delivered to your inbox.\nHand-picked by our editors.\nSign up now\n\n",
    ],
)
def test_a_sign_up_box_goes_with_its_blurb_wherever_it_stands(box):
    story = parse(HEAD + OPEN + box + PROSE + CLOSE)
    assert story.paragraphs == [OPEN.split(" - ", 1)[1].strip(), PROSE.strip(), CLOSE.strip()]
    assert removed(story, "site") == [line for line in box.split("\n") if line]


def test_copy_about_a_newsletter_is_not_a_sign_up_box():
    lines = [
        "Subscribers to the port's weekly newsletter were told of the closure on Friday.",
        "The port authority said shipping lines could sign up for updates by text message.",
    ]
    story = parse(HEAD + OPEN + "\n\n".join(lines) + "\n\nSubscribe\n\n" + PROSE + CLOSE)
    assert story.paragraphs[1:3] == lines
    assert removed(story, "site") == ["Subscribe"]
    # A button with no promotion before it does not take the paragraph above it.
    story = parse(HEAD + OPEN + PROSE + "Ferries will sail again on Monday.\n\nSubscribe\n")
    assert story.paragraphs[-1] == "Ferries will sail again on Monday."


@pytest.mark.parametrize("mark", ["- ", "\u2022 ", "* ", ""])
def test_titles_behind_dashes_right_under_a_heading_of_links_go(mark):
    titles = ["A year to remember for the islands", "Mitsubishi in ferry link talks", "CBT CORN FUTURES EXPECTED STEADY"]
    block = "You may also like\n" + "\n".join(mark + t for t in titles) + "\n\n"
    story = parse(HEAD + OPEN + PROSE + block + CLOSE)
    assert related(story) == ["You may also like", *(mark + t for t in titles)]
    assert story.paragraphs[-2:] == [PROSE.strip(), CLOSE.strip()]


def test_the_story_s_own_points_around_a_heading_of_links_stay():
    points = (
        "The authority set four conditions:\n\n- The aim was not profit, but safe passage\n\n"
        "Most Shared\n\n- The overall aim is to protect, not undercut, the ferry routes\n\n"
    )
    story = parse(HEAD + OPEN + points + PROSE)
    assert "- The overall aim is to protect, not undercut, the ferry routes" in story.paragraphs
    assert "- The aim was not profit, but safe passage" in story.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Reproduction of the painting without the museum's permission is prohibited under Norwegian law.",
        "Register for flood alerts and updates at the council website.",
        "Commenting was disabled on the ministry's YouTube channel after abuse.",
    ],
)
def test_copy_that_sounds_like_a_page_notice_stays(line):
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE + CLOSE)
    assert line in story.paragraphs
    assert story.paragraphs[-1] == CLOSE.strip()
