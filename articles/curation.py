"""Editors' curation of extracted entities: merging, aliases, "not a person", field ownership.

Plain functions, each one transaction: the admin's actions and the tests call the same code.
"""

from django.db import transaction

# The key an alias is looked up by is the extractor's, so imports and editors agree.
from .entities import normalise_key
from .models import Article, ArticlePerson, Person, TaggedArticle


class MergeRefused(ValueError):
    """A merge that would undo an editor's decision; the message says which and what to do."""


def _alias_model(owner):
    """The alias model of a Person, Tag or Agency, and the name of its foreign key to it."""
    manager = owner.aliases
    return manager.model, manager.field.name


def add_alias(owner, name):
    """Make ``name`` resolve to ``owner`` (a Person, Tag or Agency). Returns the alias, or None.

    An alias with the same key that already belongs to ``owner`` is left as is. One that
    belongs to someone else is not taken over (None is returned): an editor moves it by hand.
    """
    key = normalise_key(name)
    if not key:
        return None
    model, fk = _alias_model(owner)
    with transaction.atomic():
        alias = model.objects.select_for_update().filter(key=key).first()
        if alias is None:
            return model.objects.create(**{fk: owner}, name=name, key=key)
        if getattr(alias, f"{fk}_id") == owner.pk:
            return alias
        return None


def merge_people(keep, others):
    """Fold ``others`` into ``keep``: their story links, their aliases and their names.

    A story that named both keeps one link; a role missing on the kept link is taken from
    the merged one. Returns the number of people merged. Raises MergeRefused when some are
    marked "not a person" and others are not.
    """
    others = [person for person in others if person.pk != keep.pk]
    if not others:
        return 0
    mixed = [person for person in others if person.not_a_person != keep.not_a_person]
    if mixed:
        # Folding an entry marked "not a person" into a person (or the reverse) would move its
        # aliases, so later imports would link the junk name to the person, or drop the person.
        flagged = keep if keep.not_a_person else mixed[0]
        raise MergeRefused(
            f"“{flagged}” is marked as not a person and the others are not. Clear the mark first, "
            f"or merge entries of one kind."
        )
    with transaction.atomic():
        links = {link.article_id: link for link in ArticlePerson.objects.filter(person=keep)}
        for link in ArticlePerson.objects.filter(person__in=others).order_by("pk"):
            kept = links.get(link.article_id)
            if kept is None:
                link.person = keep
                link.save(update_fields=["person"])
                links[link.article_id] = link
                continue
            if link.role and not kept.role:
                kept.role = link.role
                kept.save(update_fields=["role"])
            link.delete()
        keep.aliases.model.objects.filter(person__in=others).update(person=keep)
        add_alias(keep, keep.name)
        for person in others:
            add_alias(keep, person.name)
        Person.objects.filter(pk__in=[person.pk for person in others]).delete()
    return len(others)


def mark_not_a_person(people):
    """Flag wrongly extracted names and unlink them from every story (imports honour the flag).

    Returns the number of story links removed.
    """
    pks = [person.pk for person in people]
    with transaction.atomic():
        Person.objects.filter(pk__in=pks).update(not_a_person=True)
        removed, _ = ArticlePerson.objects.filter(person_id__in=pks).delete()
    return removed


def merge_tags(keep, others):
    """Fold ``others`` into ``keep``: their stories (no duplicate links), aliases and names.

    Returns the number of tags merged.
    """
    others = [tag for tag in others if tag.pk != keep.pk]
    if not others:
        return 0
    with transaction.atomic():
        tagged = set(TaggedArticle.objects.filter(tag=keep).values_list("content_object_id", flat=True))
        for row in TaggedArticle.objects.filter(tag__in=others).order_by("pk"):
            if row.content_object_id in tagged:
                row.delete()
            else:
                row.tag = keep
                row.save(update_fields=["tag"])
                tagged.add(row.content_object_id)
        keep.aliases.model.objects.filter(tag__in=others).update(tag=keep)
        for tag in others:
            add_alias(keep, tag.name)
        type(keep).objects.filter(pk__in=[tag.pk for tag in others]).delete()
    return len(others)


def take_over_fields(article, fields):
    """Record that an editor changed ``fields``: imports leave them alone from now on."""
    fields = set(fields) & set(Article.IMPORTER_FIELDS)
    owned = sorted(set(article.editor_fields or []) | fields)
    if owned != list(article.editor_fields or []):
        article.editor_fields = owned
        article.save(update_fields=["editor_fields"])
    return owned


def hand_back_fields(article, fields):
    """Give ``fields`` back to the importer and restore its values from the story's source text."""
    from articles.ingest import restore_importer_fields

    fields = sorted(set(fields) & set(article.editor_fields or []))
    if not fields:
        return []
    owned = list(article.editor_fields)
    try:
        with transaction.atomic():
            article.editor_fields = sorted(set(owned) - set(fields))
            article.save(update_fields=["editor_fields"])
            restore_importer_fields(article, fields)
    except Exception:
        article.editor_fields = owned  # rolled back in the database: say so in memory too
        raise
    return fields
