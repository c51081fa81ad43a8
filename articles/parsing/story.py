"""The parse result: what one story in an article file turns into."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class RemovedLine:
    """A line the parser kept out of the story, and why (for the editors)."""

    text: str
    # One of: "related-story", "footer", "caption", "signoff", "blank", "junk" ...
    reason: str


@dataclass
class ParsedStory:
    """One story, as parsed from an article file. Pure data: no Django."""

    # Stable within its file: "1" for a one-story file, the NEWID for Reuters
    # SGML, the doc-id for NITF.
    key: str
    headline: str
    layout: str  # "seed", "plain", "reuters-sgml", "nitf"
    standfirst: str = ""
    agency: str = ""  # as written in the file ("Afp", "REUTERS"); "" if unknown
    published_at: datetime | None = None  # always timezone-aware when set
    dateline: str = ""  # place as written, e.g. "WASHINGTON"
    byline: str = ""
    caption: str = ""
    photo_credit: str = ""
    paragraphs: list[str] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Codes carried by the source, by kind: {"places": ["usa"], "topics": [...],
    # "people": [...], "orgs": [...], "exchanges": [...], "companies": [...]}.
    codes: dict[str, list[str]] = field(default_factory=dict)
    # The story's own slice of the source, decoded and with newlines
    # normalised: kept for provenance and re-parsing, hashed for identity.
    source_text: str = ""

    @property
    def body(self) -> str:
        """Plain-text body: paragraphs separated by exactly one blank line."""
        return "\n\n".join(self.paragraphs)

    def as_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        return data


class StoryParseError(ValueError):
    """A file that cannot become stories. Carries the file name and the reason."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")
