"""The result types of entity extraction: plain frozen dataclasses, no Django."""

from __future__ import annotations

from dataclasses import dataclass, field

TAG_KINDS = ("place", "organisation", "topic")


@dataclass(frozen=True)
class PersonMention:
    """A person a story names: fullest name as written, role as written ("" if none)."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class TagSpec:
    """A canonical tag: name as shown on the site, kind one of TAG_KINDS."""

    name: str
    kind: str

    def __post_init__(self) -> None:
        if self.kind not in TAG_KINDS:
            raise ValueError(f"unknown tag kind {self.kind!r}; expected one of {TAG_KINDS}")


@dataclass(frozen=True)
class AgencyInfo:
    """A news agency: short name used as its identity, and its full name."""

    name: str
    full_name: str


@dataclass
class StoryEntities:
    people: list[PersonMention] = field(default_factory=list)
    tags: list[TagSpec] = field(default_factory=list)
