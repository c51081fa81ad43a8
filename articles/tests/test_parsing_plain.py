"""Plain-text stories (the BBC layout)."""

from articles.parsing import parse_story_file

from .shared_data import require_shared


def test_plain_story():
    data = "Ad sales lift profit\n\nProfits rose 7%.\n\n- first item\n- second item\n".encode()
    [story] = parse_story_file(data, "001.txt")
    assert story.layout == "plain"
    assert story.headline == "Ad sales lift profit"
    assert story.paragraphs == ["Profits rose 7%.", "- first item", "- second item"]
    assert story.agency == "" and story.published_at is None and story.dateline == ""
    assert story.warnings


def test_plain_keeps_short_lines():
    data = b"Cup draw\n\nThe draw was made on Monday.\n\nChelsea v Birmingham\n\nArsenal v Wolverhampton\n"
    [story] = parse_story_file(data, "192.txt")
    assert story.paragraphs[1:] == ["Chelsea v Birmingham", "Arsenal v Wolverhampton"]


def test_bbc_files():
    folder = require_shared("corpora", "bbc")
    for path in sorted(folder.glob("business/00*.txt")):
        [story] = parse_story_file(path.read_bytes(), path.name)
        lines = path.read_text("utf-8").split("\n")
        assert story.headline == lines[0].strip()
        assert story.paragraphs and story.layout == "plain"


def test_bbc_file_that_is_not_utf8():
    path = require_shared("corpora", "bbc", "sport", "199.txt")
    [story] = parse_story_file(path.read_bytes(), path.name)
    assert story.headline and story.paragraphs
    assert "\ufffd" not in story.body
