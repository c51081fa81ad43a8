"""Text cleanup shared by the layouts: blocks, paragraphs, whitespace, stray HTML, headline case."""

from __future__ import annotations

import html
import re

# Real HTML markup only: lower-case known tag names, or any tag carrying attributes.
# Upper-case "<BP>" or "<I>" in wire copy are ticker symbols, not markup.
_HTML_TAG_NAMES = (
    "a|abbr|b|blockquote|br|cite|code|div|em|figcaption|figure|font|h[1-6]|hr|i|img|li|ol|p|"
    "pre|q|s|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul|iframe|script|style|"
    "section|article|header|footer|nav|aside|time|picture|source|video|audio|noscript"
)
_HTML_TAG = re.compile(
    rf"</?(?:{_HTML_TAG_NAMES})(?:\s[^<>]*)?/?>|<[A-Za-z][\w-]*\s+[\w-]+\s*=\s*[\"'][^<>]*>|<!--.*?-->",
    re.S,
)
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WHITESPACE = re.compile(r"\s+")
# Zero-width and other invisible characters that scraped text carries.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])\s+\S")


_VOID_TAGS = frozenset({"br", "hr", "img", "source"})


def _markup_or_ticker(match: re.Match, text: str) -> str:
    """" " for markup; the tag itself when it is a ticker symbol that lost its capitals:
    "Navistar<nav>, Dina in pact", "Sears<s> agreement" (glued to a name, never closed)."""
    tag = match.group(0)
    name = tag[1:-1]
    start, end = match.span()
    if (
        name.isalpha()
        and name.lower() not in _VOID_TAGS
        and start > 0
        and text[start - 1].isalpha()
        and (end == len(text) or not text[end].isalnum())
        and f"</{name}" not in text
    ):
        return tag
    return " "


def strip_html(text: str) -> str:
    if "<" in text:
        text = _SCRIPT.sub(" ", text)
        text = _HTML_TAG.sub(lambda m: _markup_or_ticker(m, text), text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return text


def clean_inline(text: str) -> str:
    """One line or paragraph of text: no markup, single spaces, no edge whitespace."""
    text = _INVISIBLE.sub("", strip_html(text)).replace("\u00a0", " ")
    return _WHITESPACE.sub(" ", text).strip()


def split_blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks, each a list of its non-blank raw lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if clean_inline(line):
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def block_paragraphs(lines: list[str]) -> list[str]:
    """A block's paragraphs: hard-wrapped lines rejoined, but each list item kept apart."""
    paragraphs: list[list[str]] = []
    for line in lines:
        if not paragraphs or _LIST_ITEM.match(line):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return [p for p in (clean_inline(" ".join(lines)) for lines in paragraphs) if p]


_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "off", "on",
    "or", "over", "per", "the", "to", "up", "via", "vs", "with",
}
# A word in Latin letters, accented ones too ("CRÈME"), with its inner marks ("O'Neill",
# "U.S."); a full stop after it ends the sentence unless the word is initials ("U.S.",
# "Arthur D. Little"). Explicit ranges: a Unicode class makes the SGML corpus 15% slower.
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_WORD = re.compile(rf"[{_LETTER}][{_LETTER}'&-]*(?:\.[{_LETTER}][{_LETTER}'&-]*)*(?:(?<![{_LETTER}'&-][{_LETTER}])(?<=[{_LETTER}])\.)?")


def readable_headline(title: str, body: str = "") -> str:
    """Sentence case for an ALL-CAPS wire title, taking each word's casing from the body.

    "BAHIA COCOA REVIEW" with a body mentioning "Bahia" becomes "Bahia cocoa review".
    Words the body never writes in lower case keep their capitals (names, "U.S.",
    tickers such as "<SRD>"). Titles that are not shouting are returned unchanged.
    """
    letters = [c for c in title if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) / len(letters) < 0.8:
        return title
    seen: dict[str, dict[str, int]] = {}
    for word in _WORD.findall(body):
        forms = seen.setdefault(word.lower(), {})
        forms[word] = forms.get(word, 0) + 1

    def recase(match: re.Match, first: bool) -> str:
        word = match.group(0)
        forms = seen.get(word.lower())
        if forms:
            best = max(forms.items(), key=lambda item: (item[1], item[0].islower()))[0]
            if best.isupper() and len(best) > 1:
                return best
            if first:
                return best[:1].upper() + best[1:]
            return best
        if "." in word:
            return word
        if first:
            return word[:1] + word[1:].lower()
        if word.lower() in _SMALL_WORDS or len(word) > 4:
            return word.lower()
        # Short unknown words in a wire title are mostly abbreviations: "QTR", "NET", "U.K.".
        return word.lower()

    out = []
    pos = 0
    first = True
    for match in _WORD.finditer(title):
        out.append(title[pos:match.start()])
        inside_ticker = title.rfind("<", 0, match.start()) > title.rfind(">", 0, match.start())
        out.append(match.group(0) if inside_ticker else recase(match, first))
        first = False
        pos = match.end()
    out.append(title[pos:])
    return "".join(out)
