"""People, places, organisations and topics from a ParsedStory: pure Python, no Django."""

from __future__ import annotations

from .agencies import canonical_agency
from .normalise import normalise_key
from .people import extract_people
from .reuters_codes import reuters_code_tag, reuters_person_name
from .specs import AgencyInfo, PersonMention, StoryEntities, TagSpec

__all__ = [
    "AgencyInfo",
    "PersonMention",
    "StoryEntities",
    "TagSpec",
    "canonical_agency",
    "extract_entities",
    "extract_people",
    "normalise_key",
    "reuters_code_tag",
    "reuters_person_name",
]


def extract_entities(story) -> StoryEntities:
    from .story_entities import extract_entities as _extract

    return _extract(story)
