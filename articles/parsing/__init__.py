"""Article files to stories: parse_story_file(bytes, name) -> list[ParsedStory].

Pure Python, no Django. One module per layout (seed, plain, reuters_sgml, nitf),
with decode, detect, body, cleanup and dates doing the shared work.
"""

from __future__ import annotations

from .decode import decode_bytes, decode_latin1
from .detect import detect_layout, sniff_bytes
from .nitf import parse_nitf
from .plain import parse_plain
from .reuters_sgml import parse_reuters_sgml
from .seed import parse_seed
from .story import ParsedStory, RemovedLine, StoryParseError

__all__ = ["MAX_FILE_BYTES", "ParsedStory", "RemovedLine", "StoryParseError", "parse_story_file"]

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
    try:
        return _parse(data, name)
    except StoryParseError:
        raise
    except (ValueError, LookupError, TypeError, RecursionError, MemoryError) as exc:
        # A parser bug must still surface as "this file could not be read", never a traceback.
        raise StoryParseError(name, f"could not be parsed ({type(exc).__name__}: {exc})") from exc


def _parse(data: bytes, name: str) -> list[ParsedStory]:
    if sniff_bytes(data) == "reuters-sgml":
        return parse_reuters_sgml(decode_latin1(data, name), name)
    text = decode_bytes(data, name)
    if not text.strip():
        raise StoryParseError(name, "empty file")
    layout = detect_layout(text, name)
    if layout == "reuters-sgml":
        return parse_reuters_sgml(text, name)
    if layout == "nitf":
        return [parse_nitf(data, text, name)]
    if layout == "seed":
        return [parse_seed(text, name)]
    return [parse_plain(text, name)]
