"""Links marked as links: arrows and bullets before a title, headings over a block of
links, and links placed after the comment footer."""

import pytest

from articles.tests.test_parsing_related import HEAD, OPEN, PROSE, parse, related

FOOTER = (
    "COMMENTS\n\nReplying to X\n\n"
    "Comments are moderated and generally will be posted if they are on-topic and not abusive.\n\n"
)


@pytest.mark.parametrize("mark", ["\u00bb", "\u203a", "\u25ba", "\u25b6"])
def test_a_title_behind_a_link_arrow_goes(mark):
    line = f"{mark} Glassmakers plan coastal plant"
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE)
    assert related(story) == [line]
    assert story.paragraphs[-1].startswith("Ferries will run")


def test_a_bulleted_title_goes_but_a_bulleted_key_point_stays():
    story = parse(HEAD + OPEN + "\u2022 Glassmakers Plan Coastal Plant\n\n" + PROSE)
    assert related(story) == ["\u2022 Glassmakers Plan Coastal Plant"]
    point = "\u2022 The ferries will run every two hours until Tuesday."
    story = parse(HEAD + OPEN + point + "\n\n" + PROSE)
    assert point in story.paragraphs
    assert related(story) == []


@pytest.mark.parametrize("heading", ["RELATED", "Read more", "More from World", "You may also like", "Related Stories:"])
def test_a_heading_over_links_goes_with_the_links_under_it(heading):
    # The second link shares the story's words, which alone would keep it: the heading decides.
    links = "Glassmakers plan coastal plant\n\nHarbour authority names new chief\n\n"
    story = parse(HEAD + OPEN + heading + "\n\n" + links + PROSE)
    assert related(story) == [heading, "Glassmakers plan coastal plant", "Harbour authority names new chief"]
    assert story.paragraphs[-1].startswith("Ferries will run")


def test_the_rows_of_a_table_after_a_block_of_links_stay():
    rows = "Semi div 7-1/2 cts vs 7-1/2 cts prior\n\nRELATED\n\nAlso Read: Glassmakers plan coastal plant\n\nPay April 30\n\nRecord March 31\n"
    story = parse(HEAD + rows)
    assert story.paragraphs == ["Semi div 7-1/2 cts vs 7-1/2 cts prior", "Pay April 30", "Record March 31"]
    assert related(story) == ["RELATED", "Also Read: Glassmakers plan coastal plant"]


def test_links_after_the_comment_footer_go_with_the_footer():
    links = "MORE FROM WORLD\n\n\u2022 Glassmakers Plan Coastal Plant\n\nRelated: HARBOUR FERRIES <HFY> 4TH QTR NET\n"
    story = parse(HEAD + OPEN + PROSE + FOOTER + links)
    assert story.paragraphs[-1].startswith("Ferries will run")
    reasons = [(r.reason, r.text) for r in story.removed]
    assert ("footer", "Replying to X") in reasons
    assert reasons[-3:] == [
        ("related-story", "MORE FROM WORLD"),
        ("related-story", "\u2022 Glassmakers Plan Coastal Plant"),
        ("related-story", "Related: HARBOUR FERRIES <HFY> 4TH QTR NET"),
    ]


def test_a_paragraph_after_the_comment_footer_stays_and_the_footer_goes():
    # Long prose after the footer is not a link, so it stays; the footer lines still go.
    tail = "The harbour master said the storm was the worst in a decade and that repairs to the outer wall would take weeks.\n"
    story = parse(HEAD + OPEN + PROSE + FOOTER + tail)
    assert story.paragraphs[-2:] == [PROSE.strip(), tail.strip()]
    assert [r.reason for r in story.removed] == ["footer"] * 3


def test_a_heading_and_bulleted_links_on_consecutive_lines_go_but_a_bulleted_list_stays():
    links = "You may also like\n\u2022 Glassmakers Plan Coastal Plant\n\u2022 Harbour Ferries <HFY> 4th Qtr Net\n\n"
    story = parse(HEAD + OPEN + PROSE + links + "COMMENTS\n")
    assert story.paragraphs[-1].startswith("Ferries will run")
    assert related(story) == ["You may also like", "\u2022 Glassmakers Plan Coastal Plant", "\u2022 Harbour Ferries <HFY> 4th Qtr Net"]
    points = "\u2022 Ferries resume on Monday.\n\u2022 Freight waits until Tuesday.\n\n"
    story = parse(HEAD + OPEN + points + PROSE)
    assert story.paragraphs[1:3] == ["\u2022 Ferries resume on Monday.", "\u2022 Freight waits until Tuesday."]


def test_arrowed_links_on_consecutive_lines_go():
    links = "\u25ba Glassmakers plan coastal plant\n\u25ba Brown outlines third term vision\n\n"
    story = parse(HEAD + OPEN + PROSE + links)
    assert related(story) == ["\u25ba Glassmakers plan coastal plant", "\u25ba Brown outlines third term vision"]


def test_a_heading_over_six_links_on_consecutive_lines_goes_whole():
    titles = [f"Harbour Town {name} Plans New Ferry Terminal" for name in ("North", "South", "East", "West", "Upper", "Lower")]
    story = parse(HEAD + OPEN + "Related Stories\n" + "\n".join(titles) + "\n\n" + PROSE)
    assert related(story) == ["Related Stories", *titles]
    assert story.paragraphs[-1].startswith("Ferries will run")
    # Seven title lines with no heading or labels are more than a run of links: they stay.
    story = parse(HEAD + OPEN + "\n".join(titles + ["Harbour Town Central Plans New Ferry Terminal"]) + "\n\n" + PROSE)
    assert related(story) == []


def test_a_bulleted_score_between_paragraphs_goes():
    story = parse(HEAD + OPEN + "\u2022 Ireland 19-13 England\n\n" + PROSE)
    assert related(story) == ["\u2022 Ireland 19-13 England"]


def test_a_body_of_title_shaped_rows_keeps_its_rows_and_loses_the_links_under_a_heading():
    rows = "Wilcox/Gibbs - New York\n\nSarich Technologies Trust - New York\n\n"
    story = parse("U.S. FINANCIAL ANALYSTS - March 3\n\nReuters March 3, 1987\n\n" + rows + "Related Stories\n\nLacroix label bought by US firm\n")
    assert story.paragraphs == ["Wilcox/Gibbs - New York", "Sarich Technologies Trust - New York"]
    assert related(story) == ["Related Stories", "Lacroix label bought by US firm"]


def test_seven_title_lines_closing_the_body_go():
    titles = [f"HARBOUR TOWN {name} <HT> PLANS NEW FERRY TERMINAL" for name in ("NORTH", "SOUTH", "EAST", "WEST", "UPPER", "LOWER", "CENTRAL")]
    story = parse(HEAD + OPEN + PROSE + "\n".join(titles) + "\n\nCOMMENTS\n")
    assert related(story) == titles
    assert story.paragraphs[-1].startswith("Ferries will run")


@pytest.mark.parametrize(
    "line",
    [
        "Ferry fares up as fuel costs climb,...",
        "Storm damage put at 5 mln crowns -...",
        "Also on the site: Harbour reopened after two-day storm",  # in the story's own words
        "Harbour reopened after two-day storm | Ferries run reduced timetable",
        "Harbour expected to reopen after storm | Date is set for ferry inquiry",
        "* Shipyard rebate 'unjustified' - union",
        "- Glassmakers plan coastal plant - sources",
    ],
)
def test_a_cut_labelled_barred_or_lone_starred_title_between_paragraphs_goes(line):
    story = parse(HEAD + OPEN + line + "\n\n" + PROSE)
    assert related(story) == [line]
    assert story.paragraphs[-1].startswith("Ferries will run")


@pytest.mark.parametrize(
    "line",
    [
        '"With this storm the harbour has made a big mistake and has definitely increased its problems...',
        "- The harbour will open at six",  # one of a list of the story's own points
        "Fares 1.20 | 1.35 | 1.50",
    ],
)
def test_a_cut_quote_a_listed_point_and_a_table_row_with_bars_stay(line):
    page = HEAD + OPEN + line + "\n\n"
    if line.startswith("- "):
        page += "- Ferries will run every hour\n\n"
    story = parse(page + PROSE)
    assert line in story.paragraphs


def test_a_heading_of_links_takes_the_lines_among_its_titles_that_read_less_like_titles():
    block = [
        "Most read",
        "Glassmakers plan coastal plant",
        "Harbour authority names new chief",
        "g-7 Officials Discuss Ferry Debt, Currencies",
        "Storm damage put at 5 mln crowns by insurers...",
    ]
    story = parse(HEAD + OPEN + "\n".join(block) + "\n\n" + PROSE)
    assert related(story) == block
    assert story.paragraphs[-1].startswith("Ferries will run")



# Paragraphs each on one line, as scraped pages give them, some running past any wire's margin.
RUN_ON = (
    "OSLO, Nov 15 (Reuters) - The harbour reopened on Sunday after a two-day storm that kept every ferry "
    "in port and cut the islands off from the mainland, the port authority said.\n\n"
)
RUN_ON_NEXT = (
    "Ferries will run a reduced timetable until Tuesday while divers inspect the quays for damage, "
    "a spokeswoman for the harbour said in a statement on its website.\n\n"
)


@pytest.mark.parametrize(
    "titles, around",
    [
        # short lines: the first words of the next would have fitted under any margin
        (["Rio Coffee Trade Prefers No Pact to Quota Cut", "Coffee Talks Failure Seen Pressuring U.S."], (OPEN, PROSE)),
        # longer ones, in a story whose paragraphs run on one line each
        (
            ["Dollar opens sharply higher in tokyo at 143.55 yen (monday close 141.35)", "Bank of france buys dollars, sells yen - dealers"],
            (RUN_ON, RUN_ON_NEXT),
        ),
        (["Talking point/conrail <CRR>", "Bell canada <BCE> unit details rate reductions"], (RUN_ON, RUN_ON_NEXT)),
        # a title opening with a quote mark
        (["House prices rebound says Halifax", "'Brainwave' cap controls computer"], (OPEN, PROSE)),
    ],
    ids=["short", "long", "tickers", "quoted"],
)
def test_titles_on_consecutive_lines_that_were_never_one_paragraph_go(titles, around):
    opening, prose = around
    story = parse(HEAD + opening + "\n".join(titles) + "\n\n" + prose)
    assert related(story) == titles
    assert story.paragraphs[-1] == prose.strip()


@pytest.mark.parametrize(
    "block, around",
    [
        # a paragraph wrapped at the story's margin, whatever its lines' shape
        (
            "Lim earlier met European Community farm commissioner Frans\nAndriessen and industry commissioner Karl-Heinz Narjes.",
            (
                "BRUSSELS - Malaysia is to urge fellow tin producing countries to\ncontribute more money towards research into new uses for the\nmetal, its minister told Reuters.\n\n",
                "He said though it now appeared likely Commission proposals for a\ntax on vegetable and marine oils would be defeated, he feared\nthe Commission would revive the idea.\n\n",
            ),
        ),
        # lines set apart that are not all titles: a note broken before its figures, a title over a sentence
        ("NOTE: Net excludes gains from sale of investments of 887,000 dlrs vs\n304,000 dlrs.", (RUN_ON, RUN_ON_NEXT)),
        ("Glassmakers Plan Coastal Plant\nThe ferries will run every two hours.", (OPEN, PROSE)),
    ],
    ids=["wrapped", "note", "title-over-sentence"],
)
def test_lines_of_one_paragraph_stay_together(block, around):
    opening, prose = around
    story = parse(HEAD + opening + block + "\n\n" + prose)
    assert " ".join(block.split()) in story.paragraphs
    assert related(story) == []
