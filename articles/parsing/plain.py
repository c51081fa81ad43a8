"""Plain-text stories: a headline line, a blank line, then paragraphs (the BBC corpus layout)."""

from __future__ import annotations

from .cleanup import clean_inline
from .seed import fill_body, first_line
from .story import ParsedStory


def parse_plain(text: str, name: str) -> ParsedStory:
    lines = text.split("\n")
    head = first_line(lines, name)
    story = ParsedStory(key="1", headline=clean_inline(lines[head]), layout="plain", source_text=text)
    # Clean copy: no related-story links to look for, so no short line is ever dropped.
    fill_body(story, "\n".join(lines[head + 1 :]), name, related_lines=False)
    story.warnings.append("no agency/date line: agency and published_at left empty")
    return story
