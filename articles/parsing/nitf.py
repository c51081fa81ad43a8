"""NITF 3.x (IPTC News Industry Text Format) XML: one story per document."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .cleanup import clean_inline
from .dates import parse_iso_or_compact
from .reuters_sgml import dateline_place
from .story import ParsedStory, RemovedLine, StoryParseError

# xml.etree expands internal entities; refuse any DTD that declares them
# ("billion laughs"), and external ones too.
_DANGEROUS_DTD = re.compile(r"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.I)
# The encoding pseudo-attribute of a leading XML declaration: meaningless once the
# document is already text, so dropped before text is handed to the XML parser.
_ENCODING_DECL = re.compile(r"""\A(\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2""")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _find(root: ET.Element, *path: str) -> ET.Element | None:
    """First descendant along `path`, ignoring namespaces; "" steps match any depth."""
    nodes = [root]
    for step in path:
        nodes = [n for node in nodes for n in node.iter() if n is not node and _local(n.tag) == step]
        if not nodes:
            return None
    return nodes[0]


def _text(node: ET.Element | None) -> str:
    return clean_inline("".join(node.itertext())) if node is not None else ""


def parse_nitf(data: bytes | None, text: str, name: str) -> ParsedStory:
    """One NITF story. ``data`` is the raw file when there is one (the XML reader then
    honours its encoding declaration); None parses the decoded ``text`` instead."""
    if _DANGEROUS_DTD.search(text[:65536]):
        raise StoryParseError(name, "XML declares entities in its DTD: refused (entity expansion)")
    source = data if data is not None else _ENCODING_DECL.sub(r"\1", text, count=1)
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise StoryParseError(name, f"malformed or truncated XML: {exc}") from None
    if _local(root.tag) != "nitf":
        raise StoryParseError(name, f"XML root is <{_local(root.tag)}>, not <nitf>")

    doc_id = _find(root, "docdata", "doc-id")
    key = (doc_id.get("id-string") if doc_id is not None else "") or "1"
    story = ParsedStory(key=key.strip(), headline="", layout="nitf", source_text=text)

    story.headline = _text(_find(root, "hedline", "hl1")) or _text(_find(root, "head", "title"))
    if not story.headline:
        raise StoryParseError(name, "NITF document has no headline (hl1 or title)")
    story.standfirst = _text(_find(root, "hedline", "hl2"))

    byline = _find(root, "body.head", "byline")
    if byline is not None:
        person = _find(byline, "person")
        story.byline = re.sub(r"^by\s+", "", _text(person) or _text(byline), flags=re.I)

    dateline = _find(root, "body.head", "dateline")
    if dateline is not None:
        location = _find(dateline, "location")
        city = _find(dateline, "city")
        story.dateline = _text(city) or _text(location) or dateline_place(_text(dateline))[0]

    story.agency = (
        _text(_find(root, "body.head", "distributor"))
        or _attr(_find(root, "docdata", "doc.copyright"), "holder")
        or _attr(doc_id, "regsrc")
    )

    issue = _find(root, "docdata", "date.issue")
    raw_date = _attr(issue, "norm") or _text(issue)
    if not raw_date and dateline is not None:
        raw_date = _attr(_find(dateline, "story.date"), "norm")
    story.published_at = parse_iso_or_compact(raw_date) if raw_date else None
    if story.published_at is None:
        story.warnings.append(
            f"cannot read the issue date {raw_date!r}; published_at left empty" if raw_date else "no issue date: published_at left empty"
        )

    content = _find(root, "body.content")
    if content is not None:
        for node in content.iter():
            tag = _local(node.tag)
            if tag == "p" and not _inside(content, node, "media"):
                paragraph = _text(node)
                if paragraph:
                    story.paragraphs.append(paragraph)
    for media in root.iter():
        if _local(media.tag) != "media":
            continue
        caption = _text(_find(media, "media-caption"))
        credit = _text(_find(media, "media-producer")) or _attr(_find(media, "media-metadata"), "value")
        if caption or credit:
            story.caption, story.photo_credit = caption, credit
            if caption:
                story.removed.append(RemovedLine(caption, "caption"))
            break
    tagline = _text(_find(root, "body.end", "tagline"))
    if tagline:
        story.removed.append(RemovedLine(tagline, "signoff"))
    if not story.paragraphs:
        raise StoryParseError(name, "NITF document has no body.content paragraphs")
    return story


def _attr(node: ET.Element | None, name: str) -> str:
    return (node.get(name) or "").strip() if node is not None else ""


def _inside(ancestor: ET.Element, node: ET.Element, tag: str) -> bool:
    parents = {child: parent for parent in ancestor.iter() for child in parent}
    while node in parents:
        node = parents[node]
        if _local(node.tag) == tag:
            return True
    return False
