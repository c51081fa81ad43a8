"""The ASCII fast path in decode: skipping ftfy must never change what it would return."""

import ftfy
import pytest

from articles.parsing.decode import decode_bytes


def full_ftfy(text):
    return ftfy.fix_text(
        text, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
        fix_line_breaks=True, normalization="NFC",
    )


@pytest.mark.parametrize("data", [
    b"Plain headline\n\nA plain ASCII body, with quotes \"like this\".",
    b"Tom &amp; Jerry\n\nA &lt;b&gt; test",            # HTML entities: ftfy decides
    b"Coloured\n\nA \x1b[31mred\x1b[0m word " + b"in a long enough paragraph " * 20,  # terminal escapes
    b"Form\n\nA form\x0cfeed " + b"in a long enough paragraph " * 20,  # a control character
    "Caf\u00e9 society\n\nMojibake: Caf\u00c3\u00a9".encode("utf-8"),  # not ASCII: ftfy repairs
])
def test_decode_matches_ftfy_with_or_without_the_fast_path(data):
    text = decode_bytes(data, "story.txt")
    assert text == full_ftfy(decode_bytes(data, "story.txt", fix_mojibake=False))


def test_mojibake_is_still_repaired():
    assert "Caf\u00e9" in decode_bytes("Mojibake: Caf\u00c3\u00a9 au lait".encode("utf-8"), "story.txt")
