"""curation.py: merging people and tags, aliases, "not a person", field ownership."""

from unittest import mock

import pytest

from articles import curation
from articles.models import Article, ArticlePerson, Person, PersonAlias, Tag, TagAlias, TaggedArticle

from .factories import make_agency, make_article, make_person, make_tag

pytestmark = pytest.mark.django_db


def test_normalise_key_is_the_extractors():
    assert curation.normalise_key("  Mr  Jacques   DELORS ") == curation.normalise_key("jacques delors")
    assert curation.normalise_key("Jacques Delors") == "jacques delors"


def test_merge_people_moves_links_without_duplicates_and_keeps_roles():
    keep, dup, dup2 = make_person("Jacques Delors"), make_person("J. Delors"), make_person("Delors")
    both = make_article(people=[keep, (dup, "Commission president")])
    only_dup = make_article(people=[(dup, "former minister")])
    only_dup2 = make_article(people=[dup2])
    PersonAlias.objects.create(person=dup, name="Monsieur Delors", key="monsieur delors")

    assert curation.merge_people(keep, [dup, dup2]) == 2

    assert not Person.objects.filter(pk__in=[dup.pk, dup2.pk]).exists()
    links = {link.article_id: link.role for link in ArticlePerson.objects.filter(person=keep)}
    assert links == {both.pk: "Commission president", only_dup.pk: "former minister", only_dup2.pk: ""}
    assert ArticlePerson.objects.filter(article=both).count() == 1
    keys = set(keep.aliases.values_list("key", flat=True))
    assert {"monsieur delors", curation.normalise_key("J. Delors"), "delors", "jacques delors"} <= keys


def test_merge_people_keeps_the_kept_role_when_both_have_one():
    keep, dup = make_person("A Person"), make_person("A. Person")
    story = make_article(people=[(keep, "minister"), (dup, "spokesman")])
    curation.merge_people(keep, [dup])
    assert ArticlePerson.objects.get(article=story).role == "minister"


def test_merge_people_ignores_the_kept_person_among_others():
    keep = make_person("Only One")
    make_article(people=[keep])
    assert curation.merge_people(keep, [keep]) == 0
    assert Person.objects.filter(pk=keep.pk).exists()


def test_merge_people_does_not_steal_a_third_persons_alias():
    keep, dup, third = make_person("Kept"), make_person("John Smith"), make_person("Another")
    PersonAlias.objects.create(person=third, name="John Smith", key=curation.normalise_key("John Smith"))
    curation.merge_people(keep, [dup])
    assert PersonAlias.objects.get(key=curation.normalise_key("John Smith")).person == third


def test_mark_not_a_person_flags_and_unlinks():
    junk, real = make_person("Monday Morning"), make_person("Real Person")
    story = make_article(people=[junk, real])
    make_article(people=[junk])
    assert curation.mark_not_a_person([junk]) == 2
    junk.refresh_from_db()
    assert junk.not_a_person
    assert list(story.people.all()) == [real]
    assert not Person.objects.listed().filter(pk=junk.pk).exists()


@pytest.mark.parametrize("flag_kept", [False, True])
def test_merge_refuses_to_mix_people_and_entries_marked_not_a_person(flag_kept):
    real, junk = make_person("Wall Street Journal"), make_person("Wall Street")
    story = make_article(people=[real])
    PersonAlias.objects.create(person=junk, name="Wall St", key=curation.normalise_key("Wall St"))
    curation.mark_not_a_person([junk])
    junk.refresh_from_db()
    keep, other = (junk, real) if flag_kept else (real, junk)
    with pytest.raises(curation.MergeRefused, match="Wall Street.*not a person"):
        curation.merge_people(keep, [other])
    assert Person.objects.filter(pk__in=[real.pk, junk.pk]).count() == 2
    assert PersonAlias.objects.get(key=curation.normalise_key("Wall St")).person == junk
    assert list(story.people.all()) == [real]


def test_merge_of_entries_all_marked_not_a_person_goes_ahead():
    one, two = make_person("Monday Morning"), make_person("Monday Morn")
    curation.mark_not_a_person([one, two])
    assert curation.merge_people(one, [two]) == 1
    assert PersonAlias.objects.get(key=curation.normalise_key("Monday Morn")).person == one


def test_merge_tags_moves_rows_without_duplicates_and_keeps_names_as_aliases():
    keep, dup = make_tag("Islamic State"), make_tag("ISIS")
    TagAlias.objects.create(tag=dup, name="ISIL", key="isil")
    both = make_article(tags=[keep, dup])
    only_dup = make_article(tags=[dup])

    assert curation.merge_tags(keep, [dup]) == 1

    assert not Tag.objects.filter(pk=dup.pk).exists()
    assert set(TaggedArticle.objects.filter(tag=keep).values_list("content_object_id", flat=True)) == {
        both.pk, only_dup.pk,
    }
    assert TaggedArticle.objects.filter(content_object=both).count() == 1
    assert set(keep.aliases.values_list("key", flat=True)) == {"isil", "isis"}


def test_add_alias_is_idempotent_and_never_steals():
    agency, other = make_agency("AFP"), make_agency("Reuters")
    alias = curation.add_alias(agency, "Agence France-Presse")
    assert alias.key == curation.normalise_key("Agence France-Presse")
    assert curation.add_alias(agency, "agence france presse") == alias
    assert curation.add_alias(other, "Agence France Presse") is None
    assert agency.aliases.count() == 1 and other.aliases.count() == 0
    assert curation.add_alias(agency, "!!!") is None


def test_take_over_fields_keeps_a_sorted_unique_list_of_importer_fields():
    article = make_article(editor_fields=["headline"])
    curation.take_over_fields(article, {"tags", "headline", "body", "slug"})
    article.refresh_from_db()
    assert article.editor_fields == ["body", "headline", "tags"]


def test_hand_back_fields_releases_them_and_asks_the_importer_to_restore():
    article = make_article(editor_fields=["body", "headline", "tags"])
    with mock.patch("articles.ingest.restore_importer_fields") as restore:
        assert curation.hand_back_fields(article, ["headline", "tags", "slug"]) == ["headline", "tags"]
    restore.assert_called_once_with(article, ["headline", "tags"])
    article.refresh_from_db()
    assert article.editor_fields == ["body"]


def test_hand_back_is_undone_when_the_restore_fails():
    article = make_article(editor_fields=["body", "headline"])
    with mock.patch("articles.ingest.restore_importer_fields", side_effect=ValueError("no source")):
        with pytest.raises(ValueError):
            curation.hand_back_fields(article, ["headline"])
    assert article.editor_fields == ["body", "headline"]
    article.refresh_from_db()
    assert article.editor_fields == ["body", "headline"]
    assert Article.objects.get(pk=article.pk).editor_fields == ["body", "headline"]
