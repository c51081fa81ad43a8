"""Bad input: always StoryParseError naming the file, never another exception."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.parsing import MAX_FILE_BYTES, ParsedStory, StoryParseError, parse_story_file

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \r\n\n\t ", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (PNG + b"\x00" * 100, "binary"),
        (b"%PDF-1.4\n%\xe2\xe3", "binary"),
        (b"Headline\n\nSome \x00 text", "binary"),
        (b"Headline\n\n" + bytes(range(1, 9)) * 50, "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 20, "undecodable|binary|headline"),
        (b"12345\n\n67890", "headline"),
        (b"Just a headline\n", "no story text"),
        ("x" * 400 + "\n\nbody".encode().decode(), "headline"),
        (b"<REUTERS NEWID=\"1\"><DATE>1-JAN-1987 00:00:00.00</DATE><TEXT><TITLE>A", "truncated"),
        (b"<html><body><p>Hi</p></body></html>", "HTML"),
    ],
)
def test_bad_input(data, reason):
    if isinstance(data, str):
        data = data.encode()
    with pytest.raises(StoryParseError, match=reason) as error:
        parse_story_file(data, "bad.txt")
    assert error.value.name == "bad.txt"


def test_too_large_is_refused_quickly():
    data = b"a" * (50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(StoryParseError, match="too large"):
        parse_story_file(data, "huge.txt")
    assert time.perf_counter() - started < 0.5
    assert MAX_FILE_BYTES == 20 * 1024 * 1024


def _check(data: bytes) -> None:
    try:
        stories = parse_story_file(data, "fuzz.txt")
    except StoryParseError as exc:
        assert exc.name == "fuzz.txt" and exc.reason
        return
    assert stories and all(isinstance(s, ParsedStory) and s.headline for s in stories)
    for story in stories:
        assert all(p and p == p.strip() for p in story.paragraphs)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_fuzz_any_bytes(data):
    _check(data)


_lines = st.sampled_from([
    "Headline here", "", "AFP Nov. 15, 2015", "Reuters", "PHOTO: AFP", "WASHINGTON: text.", "COMMENTS",
    "Shr 28 cts vs 22 cts", "<REUTERS NEWID=\"1\">", "</REUTERS>", "<TITLE>X</TITLE>", "<BODY>b</BODY>",
    "<?xml version=\"1.0\"?>", "<nitf>", "</nitf>", "<hl1>H</hl1>", "<p>para</p>", "\u00e9\u00e8 caf\u00e9",
    "Related headline about something", "    indented line", "&#3;", "&lt;ABC>", "\r", "\t",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_lines, max_size=30), st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"]))
def test_fuzz_structured_text(lines, encoding):
    _check("\n".join(lines).encode(encoding, errors="replace"))
