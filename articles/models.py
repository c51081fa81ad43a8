"""Article, Agency and Person: the data contract read by the site, the admin and outside tools."""

from django.db import models
from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils.text import slugify
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from . import search


def unique_slug(model, text, *, max_length=80, fallback="item", exclude_pk=None):
    """A slug for ``text`` that no other row of ``model`` has: "name", "name-2", ..."""
    base = slugify(text)[:max_length].strip("-") or fallback
    taken = set(
        model._default_manager.filter(slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug


class Agency(models.Model):
    name = models.CharField(max_length=100, help_text='Canonical short name: "AFP", "Reuters", "AP".')
    full_name = models.CharField(max_length=200, blank=True, help_text='e.g. "Agence France-Presse".')
    slug = models.SlugField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:agency", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Agency, self.name, fallback="agency")
        super().save(*args, **kwargs)


class AliasBase(models.Model):
    """Another name for a row. ``key`` is normalise_key(name): what imports look up.

    Unique, so one alias names one agency, person or tag.
    """

    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, unique=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class AgencyAlias(AliasBase):
    """Another way a file writes an agency ("Afp", "Agence France-Presse")."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="aliases")

    class Meta(AliasBase.Meta):
        verbose_name_plural = "agency aliases"


class PersonQuerySet(models.QuerySet):
    def listed(self):
        """People a reader sees: not those an editor marked "not a person"."""
        return self.filter(not_a_person=False)

    def with_article_counts(self):
        return self.annotate(article_count=Count("articles", distinct=True))


class Person(models.Model):
    name = models.CharField(max_length=200, help_text="The full name as first written.")
    slug = models.SlugField(max_length=200, unique=True)
    # Set by an editor: the importer never links this name (or its aliases) again.
    not_a_person = models.BooleanField(
        default=False, help_text="Wrongly extracted: future imports will not link this name."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        indexes = [models.Index(fields=["name"])]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:person", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Person, self.name, fallback="person")
        super().save(*args, **kwargs)


class PersonAlias(AliasBase):
    """A name that resolves to a person: its own name, merged names, editors' aliases."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")

    class Meta(AliasBase.Meta):
        verbose_name_plural = "person aliases"


class Tag(TagBase):
    """A django-taggit tag that knows its kind, so pages can group tags."""

    PLACE = "place"
    ORGANISATION = "organisation"
    TOPIC = "topic"
    OTHER = "other"
    KIND_CHOICES = [(PLACE, "Place"), (ORGANISATION, "Organisation"), (TOPIC, "Topic"), (OTHER, "Other")]

    kind = models.CharField(max_length=20, choices=KIND_CHOICES, default=OTHER, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "tag"
        verbose_name_plural = "tags"

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})

    def slugify(self, tag, i=None):
        """ASCII slugs, like every other slug here ("Zürich" -> "zurich"), never empty.

        taggit's default keeps Unicode and gives "!!!" an empty slug.
        """
        slug = slugify(tag)[:90].strip("-") or "tag"
        return slug if i is None else f"{slug}-{i}"


class TagAlias(AliasBase):
    """Another name for a tag (IS, ISIL, ISIS for Islamic State); imports honour it."""

    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="aliases")

    class Meta(AliasBase.Meta):
        verbose_name_plural = "tag aliases"


class TaggedArticle(TaggedItemBase):
    content_object = models.ForeignKey("Article", on_delete=models.CASCADE)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_articles")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_article_tag"),
        ]


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What readers see: every imported story, newest first (undated last)."""
        return self.order_by(F("published_at").desc(nulls_last=True), "-id")

    def with_related(self):
        """Everything a list or a story page shows, in a fixed number of queries."""
        return self.select_related("agency").prefetch_related(
            Prefetch("people", queryset=Person.objects.listed().order_by("name")),
            # taggit refuses a custom prefetch queryset for tags ("Custom querysets
            # can't be used for this lookup"): templates sort them (tags_by_kind).
            "tags",
        )

    def search(self, text):
        return search.search_queryset(self, text)

    def with_person_roles(self):
        """Adds ``listed_person_links`` to each story: its listed people with their roles."""
        return self.prefetch_related(
            Prefetch(
                "person_links",
                queryset=ArticlePerson.objects.filter(person__not_a_person=False)
                .select_related("person")
                .order_by("person__name"),
                to_attr="listed_person_links",
            )
        )

    def month_counts(self):
        """One row per month with dated stories, newest first: {"month": datetime, "count": n}."""
        return (
            self.filter(published_at__isnull=False)
            .annotate(month=TruncMonth("published_at"))
            .values("month")
            .annotate(count=Count("id"))
            .order_by("-month")
        )


class Article(models.Model):
    # The fields the importer fills and an editor may take over. Once an
    # editor changes one in the admin, its name goes into ``editor_fields``
    # and imports leave it alone until the editor hands it back.
    IMPORTER_FIELDS = (
        "headline", "standfirst", "body", "dateline", "published_at", "agency",
        "people", "tags", "caption", "photo_credit", "byline",
    )

    headline = models.CharField(max_length=500)
    slug = models.SlugField(max_length=255, unique=True)
    standfirst = models.TextField(blank=True, help_text="The dek; blank if none.")
    body = models.TextField(
        blank=True, help_text="Plain text, paragraphs separated by one blank line. No HTML."
    )
    dateline = models.CharField(max_length=200, blank=True, help_text='The place as written, e.g. "WASHINGTON".')
    published_at = models.DateTimeField(null=True, blank=True)
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    people = models.ManyToManyField(Person, through="ArticlePerson", related_name="articles", blank=True)
    tags = TaggableManager(through=TaggedArticle, blank=True)
    caption = models.TextField(blank=True)
    photo_credit = models.CharField(max_length=200, blank=True)
    byline = models.CharField(max_length=300, blank=True)

    # Provenance: where the story came from, and its original text.
    source_path = models.CharField(max_length=1000, help_text="The file path as given to the importer.")
    source_key = models.CharField(max_length=200, default="1", help_text="The story's key within its file.")
    source_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the story's source text.")
    source_text = models.TextField(blank=True)
    layout = models.CharField(max_length=20, blank=True)
    removed_lines = models.JSONField(default=list, blank=True, help_text="What the parser kept out, and why.")
    parse_warnings = models.JSONField(default=list, blank=True)
    # Fields an editor changed in the admin: the importer leaves them alone.
    editor_fields = models.JSONField(default=list, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = [F("published_at").desc(nulls_last=True), "-id"]
        constraints = [
            models.UniqueConstraint(fields=["source_path", "source_key"], name="unique_article_source"),
        ]
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="article_newest_idx"),
            models.Index(fields=["agency", "-published_at"], name="article_agency_newest_idx"),
        ]

    def __str__(self):
        return self.headline

    def get_absolute_url(self):
        return reverse("articles:article", kwargs={"slug": self.slug})

    @property
    def paragraphs(self):
        return [p for p in self.body.split("\n\n") if p.strip()]

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Article, self.headline, fallback="story")
        super().save(*args, **kwargs)


class ArticlePerson(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="person_links")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="article_links")
    role = models.CharField(max_length=200, blank=True, help_text='As written, e.g. "US Defense Secretary".')

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="unique_article_person"),
        ]

    def __str__(self):
        return f"{self.person} in {self.article}"


class SourceFile(models.Model):
    """One file the importer has seen: lets a re-run skip unchanged files before parsing."""

    path = models.CharField(max_length=1000, unique=True)
    size = models.BigIntegerField()
    mtime_ns = models.BigIntegerField()
    content_hash = models.CharField(max_length=64, db_index=True, help_text="SHA-256 of the file's bytes.")
    story_count = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True, help_text="Why the last import of this file failed; blank if it did not.")
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["path"]

    def __str__(self):
        return self.path
