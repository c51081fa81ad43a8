"""NITF XML."""

from datetime import datetime, timezone

import pytest

from articles.parsing import StoryParseError, parse_story_file

from .shared_data import REPO

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
 <head><docdata><doc-id id-string="X-1"/><date.issue norm="2015-11-15T08:30:00+01:00"/></docdata></head>
 <body>
  <body.head>
   <hedline><hl1>Harbour reopens</hl1></hedline>
   <byline>By Jan Mol, Staff</byline>
   <distributor>AFP</distributor>
   <dateline>ROTTERDAM, Nov 15</dateline>
  </body.head>
  <body.content><p> The harbour reopened <em>on Sunday</em>. </p><p></p><block><p>Ships moved again.</p></block></body.content>
 </body>
</nitf>"""


def test_nitf_fields():
    [story] = parse_story_file(NITF.encode(), "a.xml")
    assert story.layout == "nitf"
    assert story.key == "X-1"
    assert story.headline == "Harbour reopens"
    assert story.byline == "Jan Mol, Staff"
    assert story.agency == "AFP"
    assert story.dateline == "ROTTERDAM"
    assert story.published_at == datetime(2015, 11, 15, 7, 30, tzinfo=timezone.utc)
    assert story.paragraphs == ["The harbour reopened on Sunday.", "Ships moved again."]


def test_nitf_fixture():
    path = REPO / "fixtures" / "013_trade-deal.xml"
    [story] = parse_story_file(path.read_bytes(), path.name)
    assert story.key == "NR-2019-0412-001"
    assert story.standfirst.startswith("The agreement removes duties")
    assert story.caption == "Trade ministers pose after signing the pact in Marenza."
    assert story.photo_credit == "Newsroom Wire/Karl Jensen"
    assert story.published_at == datetime(2019, 4, 12, 9, 30, tzinfo=timezone.utc)
    assert story.dateline == "MARENZA"
    assert len(story.paragraphs) == 3


def test_compact_date_and_no_date():
    [story] = parse_story_file(NITF.replace("2015-11-15T08:30:00+01:00", "20151115T120000Z").encode(), "a.xml")
    assert story.published_at == datetime(2015, 11, 15, 12, tzinfo=timezone.utc)
    [story] = parse_story_file(NITF.replace('<date.issue norm="2015-11-15T08:30:00+01:00"/>', "").encode(), "a.xml")
    assert story.published_at is None and story.warnings


@pytest.mark.parametrize(
    "data, reason",
    [
        (NITF[: len(NITF) // 2], "truncated"),
        ('<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><nitf>&b;</nitf>', "entit"),
        ('<?xml version="1.0"?><rss><channel/></rss>', "not NITF"),
        (NITF.replace("<hl1>Harbour reopens</hl1>", ""), "headline"),
    ],
)
def test_bad_nitf(data, reason):
    with pytest.raises(StoryParseError, match=reason):
        parse_story_file(data.encode(), "bad.xml")
