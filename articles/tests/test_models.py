"""The data contract: constraints, names, URLs, published() order and search."""

from datetime import datetime, timezone

import pytest
from django.db import IntegrityError, transaction

from articles.models import (
    Agency, AgencyAlias, Article, ArticlePerson, Person, PersonAlias, SourceFile, Tag, TagAlias, TaggedArticle,
)

from .factories import make_agency, make_article, make_person, make_tag

pytestmark = pytest.mark.django_db


def raises_integrity_error(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_article_slug_is_unique_and_generated_without_clashes():
    first = make_article("Same headline")
    second = make_article("Same headline")
    assert (first.slug, second.slug) == ("same-headline", "same-headline-2")
    raises_integrity_error(lambda: make_article("Other", slug="same-headline"))


def test_article_source_identity_is_unique():
    article = make_article(source_path="wire/a.sgm", source_key="7")
    raises_integrity_error(lambda: make_article(source_path="wire/a.sgm", source_key="7"))
    raises_integrity_error(lambda: make_article(source_hash=article.source_hash))
    assert make_article(source_path="wire/a.sgm", source_key="8").pk


@pytest.mark.parametrize("alias_model,owner", [(PersonAlias, "person"), (TagAlias, "tag"), (AgencyAlias, "agency")])
def test_alias_keys_are_unique(alias_model, owner):
    make = {"person": make_person, "tag": make_tag, "agency": make_agency}[owner]
    first, second = make("First"), make("Second")
    alias_model.objects.create(**{owner: first}, name="X", key="x")
    raises_integrity_error(lambda: alias_model.objects.create(**{owner: second}, name="x", key="x"))


def test_article_person_and_tag_links_are_unique():
    person, tag = make_person(), make_tag()
    article = make_article(people=[person], tags=[tag])
    raises_integrity_error(lambda: ArticlePerson.objects.create(article=article, person=person, role="again"))
    raises_integrity_error(lambda: TaggedArticle.objects.create(content_object=article, tag=tag))


def test_names_and_urls():
    agency = make_agency("AFP")
    person = make_person("Jane Doe")
    tag = make_tag("Geneva", kind=Tag.PLACE)
    article = make_article("Talks resume", agency=agency, people=[person])
    assert [str(agency), str(person), str(tag), str(article)] == ["AFP", "Jane Doe", "Geneva", "Talks resume"]
    assert str(ArticlePerson.objects.get()) == "Jane Doe in Talks resume"
    assert str(SourceFile(path="a/b.txt", size=1, mtime_ns=1, content_hash="x")) == "a/b.txt"
    assert agency.get_absolute_url() == "/agencies/afp/"
    assert person.get_absolute_url() == "/people/jane-doe/"
    assert tag.get_absolute_url() == "/tags/geneva/"
    assert article.get_absolute_url() == "/stories/talks-resume/"


def test_published_is_newest_first_with_undated_last():
    undated = make_article(published_at=None)
    old = make_article(published_at=datetime(2001, 1, 1, tzinfo=timezone.utc))
    new = make_article(published_at=datetime(2020, 1, 1, tzinfo=timezone.utc))
    undated_later = make_article(published_at=None)
    assert list(Article.objects.published()) == [new, old, undated_later, undated]


def test_paragraphs_split_on_blank_lines():
    article = make_article(body="One.\n\n\n\nTwo,\nstill two.\n\n  \n\nThree.")
    assert article.paragraphs == ["One.", "Two,\nstill two.", "Three."]


def test_with_related_and_person_roles_hide_not_a_person():
    real, junk = make_person("Real"), make_person("Junk", not_a_person=True)
    make_article(people=[(real, "minister"), junk])
    article = Article.objects.with_related().with_person_roles().get()
    assert list(article.people.all()) == [real]
    assert [(link.person, link.role) for link in article.listed_person_links] == [(real, "minister")]
    assert Person.objects.listed().with_article_counts().get().article_count == 1


def test_month_counts():
    make_article(published_at=datetime(2015, 11, 15, tzinfo=timezone.utc))
    make_article(published_at=datetime(2015, 11, 16, tzinfo=timezone.utc))
    make_article(published_at=datetime(1987, 2, 26, tzinfo=timezone.utc))
    make_article(published_at=None)
    rows = [(row["month"].year, row["month"].month, row["count"]) for row in Article.objects.month_counts()]
    assert rows == [(2015, 11, 2), (1987, 2, 1)]


# Search: runs on SQLite (FTS5) and on PostgreSQL (DATABASE_URL=postgres://...) -------------

@pytest.fixture
def searchable():
    return {
        "budget": make_article("Senate passes budget", body="The senators voted for the spending plan."),
        "cocoa": make_article("Cocoa prices rise", standfirst="Showers in Bahia", body="Growers were pleased."),
        "talks": make_article("Trade talks", body="Officials discussed the budget surplus in Tokyo."),
    }


def search(text):
    return set(Article.objects.search(text).values_list("headline", flat=True))


def test_search_matches_headline_standfirst_and_body(searchable):
    assert search("cocoa") == {"Cocoa prices rise"}
    assert search("bahia") == {"Cocoa prices rise"}
    assert search("growers") == {"Cocoa prices rise"}
    assert search("budget") == {"Senate passes budget", "Trade talks"}


def test_search_requires_every_word_and_stems(searchable):
    assert search("budget tokyo") == {"Trade talks"}
    assert search("voting senator") == {"Senate passes budget"}


def test_search_ranks_headline_matches_first(searchable):
    assert Article.objects.search("budget").first().headline == "Senate passes budget"


@pytest.mark.parametrize("garbage", ["", "   ", '"', "***", "AND", "(", "-", "NEAR(", "'", "x" * 1000])
def test_search_garbage_returns_a_queryset_not_an_error(searchable, garbage):
    assert isinstance(len(Article.objects.search(garbage)), int)


def test_search_stays_in_sync_with_edits(searchable):
    article = searchable["cocoa"]
    article.headline = "Coffee prices rise"
    article.save()
    assert search("coffee") == {"Coffee prices rise"}
    article.delete()
    assert search("coffee") == set()
