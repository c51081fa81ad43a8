"""parse_story_text: already-decoded text goes through the same layout detection and
parsers as parse_story_file, without a second decoding (no latin-1 SGML reading, no
XML encoding declaration honoured)."""

import pytest

from articles.parsing import StoryParseError, parse_story_file, parse_story_text

SEED = (
    "Café owners in Lyon protest new crème tax\n\n"
    "The standfirst says what happened in one line\n\n\n"
    "Afp November 15, 2015\n\n"
    "LYON: Owners of the Café Noir said the crème tax would ruin them.\n\n"
    "Mayor Gérard Collomb said he would meet them on Monday.\n"
)

PLAIN = (
    "Zürich bankers say the franc is too strong\n\n"
    "Bankers in Zürich said on Tuesday that the franc's rise was hurting exporters.\n\n"
    "Economists at Crédit Suisse agreed.\n"
)

SGML = (
    '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
    '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5001" NEWID="1">\n'
    "<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
    "<TOPICS><D>cocoa</D></TOPICS><PLACES><D>france</D></PLACES><PEOPLE></PEOPLE><ORGS></ORGS>"
    "<EXCHANGES></EXCHANGES><COMPANIES></COMPANIES>\n"
    "<TEXT>&#2;\n<TITLE>CAFE NOIR SAYS CREME PRICES RISE</TITLE>\n"
    "<DATELINE>    PARIS, Feb 26 - </DATELINE><BODY>Café Noir said crème prices rose this week.\n"
    "    The café's owner, Hélène Dupré, blamed the drought.\n"
    " Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    '<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5002" NEWID="2">\n'
    "<DATE>27-FEB-1987 10:00:00.00</DATE>\n"
    "<TOPICS></TOPICS><PLACES><D>usa</D></PLACES><PEOPLE></PEOPLE><ORGS></ORGS>"
    "<EXCHANGES></EXCHANGES><COMPANIES></COMPANIES>\n"
    "<TEXT>&#2;\n<TITLE>PLAIN ASCII SECOND STORY</TITLE>\n"
    "<DATELINE>    NEW YORK, Feb 27 - </DATELINE><BODY>Nothing accented here at all.\n"
    " Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
)

NITF = (
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
    '<nitf version="-//IPTC//DTD NITF 3.4//EN">\n'
    "<head><title>Señora Várga wins the Zürich prize</title>\n"
    '<docdata><doc-id id-string="nitf-0042" regsrc="AFP"/>'
    '<date.issue norm="20151115T120000Z"/></docdata></head>\n'
    "<body><body.head><hedline><hl1>Señora Várga wins the Zürich prize</hl1>"
    "<hl2>The jury praised her “crème brûlée” essay</hl2></hedline>\n"
    "<byline>By <person>Eléna Várga</person></byline>\n"
    "<dateline><location><city>Zürich</city></location></dateline>\n"
    "<distributor>Agence France-Presse</distributor></body.head>\n"
    "<body.content><p>Eléna Várga won the prize on Sunday.</p>\n"
    "<p>The café where she wrote it was full.</p></body.content>\n"
    "<body.end><tagline>AFP</tagline></body.end></body>\n</nitf>\n"
)

# (layout, decoded text, the file's bytes in its own encoding)
SAMPLES = [
    ("seed", SEED, SEED.encode("utf-8")),
    ("plain", PLAIN, PLAIN.encode("utf-8")),
    ("reuters-sgml", SGML, SGML.encode("latin-1")),
    ("nitf", NITF, NITF.replace("“", '"').replace("”", '"').encode("latin-1")),
]


def _fields(story):
    data = story.as_dict()
    data.pop("source_text")
    return data


@pytest.mark.parametrize(("layout", "text", "data"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_text_entry_point_matches_the_file_entry_point(layout, text, data):
    if layout == "nitf":
        text = data.decode("latin-1")  # the latin-1 file, decoded correctly
    from_file = parse_story_file(data, f"sample.{layout}")
    from_text = parse_story_text(text, f"sample.{layout}")
    assert [s.layout for s in from_file] == [layout] * len(from_file)
    assert [_fields(s) for s in from_text] == [_fields(s) for s in from_file]
    assert [s.source_text for s in from_text] == [s.source_text for s in from_file]


@pytest.mark.parametrize(("layout", "text", "data"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_each_stored_source_text_reparses_to_the_same_story(layout, text, data):
    """What the importer stores (source_text) comes back as the same story, key included."""
    for story in parse_story_file(data, f"sample.{layout}"):
        [again] = parse_story_text(story.source_text, f"sample.{layout}")
        assert again.key == story.key
        assert _fields(again) == _fields(story)
        assert again.source_text == story.source_text


def test_non_ascii_survives_in_each_layout():
    [seed] = parse_story_text(SEED, "a.txt")
    assert "Café Noir" in seed.body and seed.headline.startswith("Café")
    [plain] = parse_story_text(PLAIN, "b.txt")
    assert plain.headline.startswith("Zürich")
    sgml = parse_story_text(SGML, "c.sgm")
    assert "Café Noir said crème" in sgml[0].body and "Hélène Dupré" in sgml[0].body
    [nitf] = parse_story_text(NITF, "d.xml")
    assert nitf.byline == "Eléna Várga" and nitf.dateline == "Zürich"
    assert nitf.standfirst == "The jury praised her “crème brûlée” essay"  # not latin-1, so not in the file


def test_reencoding_text_as_a_file_is_what_went_wrong():
    """The old restore path: text re-encoded as UTF-8 bytes, then decoded as a file."""
    sgml = parse_story_file(SGML.encode("utf-8"), "c.sgm")
    assert "CafÃ©" in sgml[0].body  # SGML bytes are latin-1 by definition
    assert "Café Noir" in parse_story_text(SGML, "c.sgm")[0].body


def test_nitf_encoding_declaration_is_ignored_for_text():
    utf16_declared = NITF.replace('encoding="ISO-8859-1"', "encoding='UTF-16'")
    [story] = parse_story_text(utf16_declared, "d.xml")
    assert story.byline == "Eléna Várga"


def test_nitf_entities_are_still_refused_for_text():
    bomb = '<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY a "aaaa">]>\n<nitf><head/></nitf>\n'
    with pytest.raises(StoryParseError, match="entit"):
        parse_story_text(bomb, "bomb.xml")


@pytest.mark.parametrize("bad", ["", "  \n\t ", "\ufeff\n"])
def test_empty_text_is_refused(bad):
    with pytest.raises(StoryParseError, match="empty"):
        parse_story_text(bad, "empty.txt")


def test_bytes_are_refused_by_the_text_entry_point():
    with pytest.raises(StoryParseError, match="expected text"):
        parse_story_text(SEED.encode("utf-8"), "a.txt")


def test_crlf_text_is_normalised_like_a_file():
    assert [_fields(s) for s in parse_story_text(SEED.replace("\n", "\r\n"), "a.txt")] == [
        _fields(s) for s in parse_story_text(SEED, "a.txt")
    ]
