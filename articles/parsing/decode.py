"""Turn an article file's bytes into clean text, or refuse them as binary or undecodable."""

from __future__ import annotations

import re

import ftfy
from charset_normalizer import from_bytes

from .story import StoryParseError

# Magic numbers of formats people rename to .txt by accident.
BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"RIFF", "a RIFF (audio/video) file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"),
)
BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Share of control characters above which text is taken for binary data.
MAX_CONTROL_RATIO = 0.01


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in BINARY_MAGIC:
        # "MZ"/"BZh"/"ID3" are short: only trust them together with a NUL nearby.
        if data.startswith(magic) and (len(magic) > 3 or b"\x00" in data[:512]):
            raise StoryParseError(name, f"binary file ({what}), not an article")
    if b"\x00" in data[:65536]:
        raise StoryParseError(name, "binary file (contains NUL bytes), not an article")


def refuse_control_chars(text: str, name: str) -> None:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_RATIO:
        raise StoryParseError(name, "binary file (too many control characters), not an article")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str, *, fix_mojibake: bool = True) -> str:
    """Decode an article file: BOM, UTF-8, then cp1252, then a detected charset.

    Newlines come back normalised to "\\n"; mojibake ("CafÃ©") is repaired with ftfy.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise StoryParseError(name, f"undecodable bytes after a {encoding} byte-order mark") from None
            return _finish(text, name, fix_mojibake)
    _refuse_binary(data, name)
    text = None
    for encoding in ("utf-8", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        best = from_bytes(data[:262144]).best()
        if best is None or best.encoding is None:
            raise StoryParseError(name, "undecodable bytes: not UTF-8, cp1252 or any charset detected")
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            raise StoryParseError(name, f"undecodable bytes (guessed {best.encoding})") from None
    return _finish(text, name, fix_mojibake)


def decode_latin1(data: bytes, name: str) -> str:
    """Reuters-21578 SGML is latin-1 by definition: every byte decodes."""
    _refuse_binary(data, name)
    text = normalise_newlines(data.decode("latin-1"))
    refuse_control_chars(text, name)
    return text


# With the options below, ftfy.fix_text leaves plain ASCII alone unless it has
# HTML entities ("&"), terminal escapes or control characters to deal with.
_ASCII_FTFY_WORK = re.compile(r"[&\x00-\x08\x0b-\x1f\x7f]")


def _finish(text: str, name: str, fix_mojibake: bool) -> str:
    text = normalise_newlines(text).lstrip("\ufeff")
    refuse_control_chars(text, name)
    # Most archive files are plain ASCII, where ftfy (half the parse time) has
    # nothing to do: skip it for them.
    if fix_mojibake and not (text.isascii() and not _ASCII_FTFY_WORK.search(text)):
        # Keep typographic quotes and ligatures: only undo encoding damage.
        text = ftfy.fix_text(
            text,
            uncurl_quotes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            fix_line_breaks=True,
            normalization="NFC",
        )
    return text
