"""Reuters-21578 SGML: one story per <REUTERS>, codes, unwrapping, sign-off."""

from datetime import datetime, timezone

import pytest

from articles.parsing import StoryParseError, parse_story_file
from articles.parsing.cleanup import readable_headline
from articles.parsing.reuters_sgml import dateline_place, unwrap_body

from .shared_data import require_shared

# Invented stories in the Reuters-21578 markup.
SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="101">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<PLACES><D>el-salvador</D><D>usa</D></PLACES>
<PEOPLE><D>ana-ruiz</D></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>&#5;&#5;C T</UNKNOWN>
<TEXT>&#2;
<TITLE>ACME COCOA &lt;ACM> SAYS CROP LOWER</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Acme Cocoa Co said its crop in the
Salvador zone will be lower this year, &amp; prices
would rise.
    Acme's Ana Ruiz said rains came late.
    Shr 28 cts vs 22 cts
    Net 1.2 mln vs 900,000
         Natl   Loan
 Wheat   2.55   2.40
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="102">
<DATE>27-FEB-1987 09:00:00.00</DATE>
<TOPICS></TOPICS><PLACES></PLACES><PEOPLE></PEOPLE><ORGS></ORGS><EXCHANGES></EXCHANGES><COMPANIES></COMPANIES>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>ACME TO CUT PRICES
</TITLE>Blah blah blah.
&#3;
</TEXT>
</REUTERS>
<REUTERS NEWID="103">
<DATE>27-FEB-1987 09:00:00.00</DATE>
<TEXT>&#2;
</TEXT>
</REUTERS>
"""


def parse(text=SGML, name="reut2-999.sgm"):
    return parse_story_file(text.encode("latin-1"), name)


def test_each_reuters_element_is_a_story():
    stories = parse()
    assert [s.key for s in stories] == ["101", "102"]
    first = stories[0]
    assert first.layout == "reuters-sgml"
    assert first.agency == "Reuters"
    assert first.headline == "Acme Cocoa <ACM> says crop lower"
    assert first.published_at == datetime(1987, 2, 26, 15, 1, 1, 790000, tzinfo=timezone.utc)
    assert first.dateline == "SALVADOR"
    assert first.codes == {"topics": ["cocoa"], "places": ["el-salvador", "usa"], "people": ["ana-ruiz"],
                           "orgs": [], "exchanges": [], "companies": []}
    assert first.paragraphs == [
        "Acme Cocoa Co said its crop in the Salvador zone will be lower this year, & prices would rise.",
        "Acme's Ana Ruiz said rains came late.",
        "Shr 28 cts vs 22 cts",
        "Net 1.2 mln vs 900,000",
        "Natl Loan",
        "Wheat 2.55 2.40",
    ]
    assert ("signoff", "Reuter") in {(r.reason, r.text) for r in first.removed}
    assert first.source_text.startswith('<REUTERS TOPICS="YES" NEWID="101">')
    assert first.source_text.endswith("</REUTERS>")


def test_body_less_story_is_kept_and_empty_one_skipped():
    brief = parse()[1]
    assert brief.headline == "Acme to cut prices"
    assert brief.paragraphs == []
    assert any("headline-only" in w for w in brief.warnings)
    assert ("junk", "Blah blah blah.") in {(r.reason, r.text) for r in brief.removed}
    assert any("skipped" in w for w in brief.warnings)


def test_truncated_sgml_is_refused():
    with pytest.raises(StoryParseError, match="truncated"):
        parse(SGML[: SGML.index("</REUTERS>") + 40])


@pytest.mark.parametrize(
    "dateline, place",
    [("    SALVADOR, Feb 26 - ", "SALVADOR"), ("SANTA CRUZ, Calif., Feb 26 -\n    ", "SANTA CRUZ, Calif."),
     ("AMSTERDAM, 2 March -", "AMSTERDAM"), ("CHICAGO, March 4, -", "CHICAGO"), ("NEW YORK, Narch 2 -", "NEW YORK")],
)
def test_dateline_place(dateline, place):
    assert dateline_place(dateline)[0] == place


def test_signoff_run_on_and_in_copy():
    paragraphs, removed = unwrap_body("Total 55.8 (33.7).        REUTER\n")
    assert paragraphs == ["Total 55.8 (33.7)."] and removed[0].text == "REUTER"
    paragraphs, removed = unwrap_body("The figures were compiled by Reuters\n")
    assert paragraphs == ["The figures were compiled by Reuters"] and removed == []


def test_garbled_time_keeps_the_day():
    stories = parse(SGML.replace("26-FEB-1987 15:01:01.79", "31-MAR-1987 605:12:19"))
    assert stories[0].published_at == datetime(1987, 3, 31, 12, tzinfo=timezone.utc)
    assert any("time" in w for w in stories[0].warnings)


def test_whole_corpus_file():
    path = require_shared("corpora", "reuters21578", "reut2-000.sgm")
    stories = parse_story_file(path.read_bytes(), path.name)
    assert len(stories) == 1000
    assert len({s.key for s in stories}) == 1000
    first = stories[0]
    assert first.key == "1" and first.dateline == "SALVADOR" and first.headline == "Bahia cocoa review"
    assert first.codes["places"] == ["el-salvador", "usa", "uruguay"]
    assert first.paragraphs[1] == "The dry period means the temporao will be late this year."
    for story in stories:
        assert story.headline
        assert all(p == p.strip() and p for p in story.paragraphs)
        assert not any(p.lower() in ("reuter", "reuters") for p in story.paragraphs)
        assert "&#" not in story.body and "&lt;" not in story.body
        assert story.published_at is not None and story.published_at.tzinfo is not None


@pytest.mark.parametrize(
    "title, body, headline",
    [
        ("CRÈME BRÛLÉE SALES RISE IN PARIS", "The dessert's sales rose in Paris.", "Crème brûlée sales rise in Paris"),
        ("ZÜRICH BANK SAYS RATES STEADY", "A Zürich bank said rates were steady.", "Zürich bank says rates steady"),
        ("U.S.-JAPAN TALKS TO RESUME IN JULY", "The U.S. and Japan will resume talks in July.", "U.S.-Japan talks to resume in July"),
        ("ARTHUR D. LITTLE INC SETS QUARTERLY", "Arthur D. Little Inc said it set a quarterly.", "Arthur D. Little Inc sets quarterly"),
    ],
)
def test_capital_titles_take_the_body_casing_of_whole_words(title, body, headline):
    assert readable_headline(title, body) == headline
