"""Article files to stories: parse_story_file(bytes, name) -> list[ParsedStory].

parse_story_text(text, name) does the same for text that is already decoded (a
stored source_text, re-parsed when an editor hands fields back to the importer):
the same layout detection and parsers, without decoding bytes a second time.

Pure Python, no Django. One module per layout (seed, plain, reuters_sgml, nitf),
with decode, detect, body, cleanup and dates doing the shared work.
"""

from __future__ import annotations

from .decode import decode_bytes, decode_latin1, normalise_newlines, refuse_control_chars
from .detect import detect_layout, sniff_bytes
from .nitf import parse_nitf
from .plain import parse_plain
from .reuters_sgml import parse_reuters_sgml
from .seed import parse_seed
from .story import ParsedStory, RemovedLine, StoryParseError

__all__ = ["MAX_FILE_BYTES", "ParsedStory", "RemovedLine", "StoryParseError", "parse_story_file", "parse_story_text"]

# Larger files are refused before anything is decoded. The biggest legitimate input,
# a Reuters-21578 SGML file, is under 1.5 MB.
MAX_FILE_BYTES = 20 * 1024 * 1024


def parse_story_file(data: bytes, name: str) -> list[ParsedStory]:
    """Every story in one article file. Raises StoryParseError, and nothing else, for bad input."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise StoryParseError(name, f"expected bytes, got {type(data).__name__}")
    if len(data) > MAX_FILE_BYTES:
        raise StoryParseError(name, f"too large: {len(data):,} bytes (limit {MAX_FILE_BYTES:,})")
    data = bytes(data)
    if not data.strip(b" \t\r\n\x0b\x0c\xef\xbb\xbf"):
        raise StoryParseError(name, "empty file")
    return _guarded(_parse_bytes, data, name)


def parse_story_text(text: str, name: str) -> list[ParsedStory]:
    """Every story in already-decoded text, e.g. a story's stored source_text.

    The same layout detection and parsers as parse_story_file, but the text is
    taken as it is: no charset guessing, no latin-1 reading of Reuters SGML, no
    mojibake repair, and an XML encoding declaration is ignored (the text is
    decoded already). Raises StoryParseError, and nothing else, for bad input.
    """
    if not isinstance(text, str):
        raise StoryParseError(name, f"expected text, got {type(text).__name__}")
    if len(text) > MAX_FILE_BYTES:
        raise StoryParseError(name, f"too large: {len(text):,} characters (limit {MAX_FILE_BYTES:,})")
    text = normalise_newlines(text).lstrip("\ufeff")
    if not text.strip():
        raise StoryParseError(name, "empty file")
    if "\x00" in text[:65536]:
        raise StoryParseError(name, "binary file (contains NUL bytes), not an article")
    refuse_control_chars(text, name)
    return _guarded(_parse_text, text, name)


def _guarded(parse, source, name: str) -> list[ParsedStory]:
    try:
        return parse(source, name)
    except StoryParseError:
        raise
    except (ValueError, LookupError, TypeError, RecursionError, MemoryError) as exc:
        # A parser bug must still surface as "this file could not be read", never a traceback.
        raise StoryParseError(name, f"could not be parsed ({type(exc).__name__}: {exc})") from exc


def _parse_bytes(data: bytes, name: str) -> list[ParsedStory]:
    """Decode the file's bytes, then parse the text (keeping the raw bytes for the XML reader)."""
    if sniff_bytes(data) == "reuters-sgml":
        return _parse_text(decode_latin1(data, name), name, layout="reuters-sgml")
    return _parse_text(decode_bytes(data, name), name, xml_data=data)


def _parse_text(text: str, name: str, *, layout: str | None = None, xml_data: bytes | None = None) -> list[ParsedStory]:
    """The one dispatch for both entry points.

    ``layout`` forces a layout already known from the bytes; ``xml_data`` is the
    raw file for the NITF reader, which then honours the file's own XML encoding
    declaration. Without it NITF is parsed from ``text``.
    """
    if layout is None:
        if not text.strip():
            raise StoryParseError(name, "empty file")
        layout = detect_layout(text, name)
    if layout == "reuters-sgml":
        return parse_reuters_sgml(text, name)
    if layout == "nitf":
        return [parse_nitf(xml_data, text, name)]
    if layout == "seed":
        return [parse_seed(text, name)]
    return [parse_plain(text, name)]
