"""Plain factory functions for tests: real rows, valid by construction."""

import hashlib
import itertools
from datetime import datetime, timedelta, timezone

import pytest

from articles.models import Agency, Article, ArticlePerson, Person, PersonAlias, Tag, TagAlias

_counter = itertools.count(1)
BASE_TIME = datetime(2024, 3, 15, 12, 0, tzinfo=timezone.utc)


def make_agency(name="AFP", **fields):
    return Agency.objects.create(name=name, **fields)


def make_person(name=None, **fields):
    return Person.objects.create(name=name or f"Person {next(_counter)}", **fields)


def make_tag(name=None, kind=Tag.TOPIC, **fields):
    return Tag.objects.create(name=name or f"Tag {next(_counter)}", kind=kind, **fields)


def make_article(headline=None, *, people=(), tags=(), **fields):
    """An article; ``people`` are Person objects or (Person, role) pairs."""
    n = next(_counter)
    fields.setdefault("published_at", BASE_TIME - timedelta(seconds=n))
    fields.setdefault("source_path", f"wire/{n}.txt")
    fields.setdefault("body", f"First paragraph of story {n}.\n\nSecond paragraph.")
    headline = headline or f"Story number {n}"
    fields.setdefault("source_hash", hashlib.sha256(f"{headline}-{n}".encode()).hexdigest())
    article = Article.objects.create(headline=headline, **fields)
    for person in people:
        person, role = person if isinstance(person, tuple) else (person, "")
        ArticlePerson.objects.create(article=article, person=person, role=role)
    if tags:
        article.tags.add(*tags)
    return article


def make_stories(count, agency=None):
    """``count`` stories, each with two people and two tags: what list pages must not N+1 on."""
    agency = agency or make_agency(f"Agency {next(_counter)}")
    shared_tag = make_tag(kind=Tag.PLACE)
    return [
        make_article(
            agency=agency,
            people=[(make_person(), "minister"), make_person()],
            tags=[shared_tag, make_tag()],
        )
        for _ in range(count)
    ]


@pytest.fixture
def agency(db):
    return make_agency("AFP", full_name="Agence France-Presse")


@pytest.fixture
def story(db, agency):
    person = make_person("Jane Doe")
    return make_article(
        "Talks resume in Geneva",
        agency=agency,
        standfirst="Negotiators return after a two-week break.",
        byline="By John Smith",
        dateline="GENEVA",
        caption="Delegates arrive at the Palais des Nations.",
        photo_credit="Jean Dupont / AFP",
        body="Negotiators met on Monday.\n\nThey said <b>nothing</b> & left.",
        people=[(person, "chief negotiator")],
        tags=[make_tag("Switzerland", Tag.PLACE), make_tag("United Nations", Tag.ORGANISATION), make_tag("Diplomacy")],
    )


__all__ = [
    "Agency", "Article", "ArticlePerson", "Person", "PersonAlias", "Tag", "TagAlias",
    "make_agency", "make_person", "make_tag", "make_article", "make_stories", "agency", "story", "BASE_TIME",
]
