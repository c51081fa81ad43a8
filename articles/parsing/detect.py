"""Tell the layout of an article file from its content (the extension is only a hint)."""

from __future__ import annotations

import re

from .seed import find_agency_line
from .story import StoryParseError

_XML_PROLOGUE = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?", re.S)


def sniff_bytes(data: bytes) -> str | None:
    """"reuters-sgml" when the raw bytes are plainly Reuters-21578 SGML (read as latin-1)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if re.match(rb"\s*(?:<!DOCTYPE lewis[^>]*>\s*)?<REUTERS\b", head):
        return "reuters-sgml"
    return None


def detect_layout(text: str, name: str) -> str:
    """One of "nitf", "seed", "plain" for decoded text (SGML is recognised from bytes)."""
    head = text[:8192]
    if head.lstrip().startswith("<"):
        rest = head[_XML_PROLOGUE.match(head).end():]
        if re.match(r"<nitf\b|<[\w-]+:nitf\b", rest) or re.search(r"<!DOCTYPE\s+nitf\b|<!ENTITY", head, re.I):
            return "nitf"  # the NITF reader refuses entity declarations itself
        if re.match(r"<REUTERS\b", rest):
            return "reuters-sgml"
        if re.match(r"<html\b|<!doctype html", rest, re.I):
            raise StoryParseError(name, "an HTML page, not an article file")
        tag = re.match(r"<([\w:.-]+)[^<>]*>", rest)
        # Markup, not a headline that happens to open with a ticker like "<TRACTORS>":
        # an XML declaration, or a root element that is closed again.
        if head.lstrip().startswith("<?xml") or (tag and f"</{tag.group(1)}>" in text):
            raise StoryParseError(name, f"XML document <{tag.group(1) if tag else '?'}> is not NITF")
    lines = head.split("\n")
    if find_agency_line(lines) is not None:
        return "seed"
    return "plain"
