"""The editors' desk: stories, people, tags and agencies. Curation logic lives in curation.py."""

import logging

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.utils.html import format_html_join

from . import curation
from .forms import AliasForm, AliasInlineFormSet, ArticleAdminForm, MergeForm
from .models import Agency, AgencyAlias, Article, ArticlePerson, Person, PersonAlias, SourceFile, Tag, TagAlias

logger = logging.getLogger(__name__)

admin.site.site_header = "Newsroom editors' desk"
admin.site.site_title = "Newsroom editors' desk"
admin.site.index_title = "Stories, people, tags and agencies"


# Inlines ---------------------------------------------------------------------

class AliasInline(admin.TabularInline):
    form = AliasForm
    formset = AliasInlineFormSet
    fields = ["name", "key"]
    readonly_fields = ["key"]
    extra = 1


class PersonAliasInline(AliasInline):
    model = PersonAlias


class TagAliasInline(AliasInline):
    model = TagAlias


class AgencyAliasInline(AliasInline):
    model = AgencyAlias


class ArticlePersonInline(admin.TabularInline):
    model = ArticlePerson
    fields = ["person", "role"]
    autocomplete_fields = ["person"]
    extra = 0
    verbose_name = "person in this story"
    verbose_name_plural = "people in this story"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person").order_by("person__name")


# Shared behaviour ------------------------------------------------------------------

class MergeActionMixin:
    """An action that folds the selected rows into one, chosen on a confirmation page."""

    def has_merge_permission(self, request):
        """A merge edits the kept row and deletes the others: it needs both permissions.

        (``@admin.action(permissions=["change", "delete"])`` would offer it to
        users with either one: Django requires any, not all, of the listed permissions.)
        """
        return self.has_change_permission(request) and self.has_delete_permission(request)

    def merge_selected(self, request, queryset, merge, noun):
        if queryset.count() < 2:
            self.message_user(request, f"Select at least two {noun} to merge.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "confirm" in request.POST else None, queryset=queryset)
        if form.is_bound and form.is_valid():
            keep = form.cleaned_data["keep"]
            try:
                merged = merge(keep, [obj for obj in queryset if obj.pk != keep.pk])
            except curation.MergeRefused as refusal:
                self.message_user(request, f"Nothing was merged: {refusal}", messages.ERROR)
                return None
            self.message_user(request, f"Merged {merged} {noun} into “{keep}”.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {noun}",
            "noun": noun,
            "form": form,
            "objects": queryset,
            "opts": self.model._meta,
            "action": request.POST.get("action"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/articles/merge_confirm.html", context)


class KeepOldNameMixin:
    """Renaming keeps the old name as an alias, so imports still land on the row."""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and "name" in form.changed_data and form.initial.get("name"):
            curation.add_alias(form.instance, form.initial["name"])


# Stories ------------------------------------------------------------------------------

class TagListFilter(admin.SimpleListFilter):
    """The most used tags (there can be thousands); any tag by ?tag=<slug>."""

    title = "tag"
    parameter_name = "tag"
    shown = 40

    def lookups(self, request, model_admin):
        tags = Tag.objects.annotate(n=Count("tagged_articles")).filter(n__gt=0).order_by("-n", "name")
        return [(tag.slug, f"{tag.name} ({tag.n})") for tag in tags[: self.shown]]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(tags__slug=self.value())
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = ["headline", "agency", "published_at", "dateline"]
    list_filter = ["agency", TagListFilter]
    list_select_related = ["agency"]
    date_hierarchy = "published_at"
    search_fields = ["headline", "standfirst", "body"]
    autocomplete_fields = ["agency"]
    inlines = [ArticlePersonInline]
    readonly_fields = [
        "editor_owned", "source_path", "source_key", "source_hash", "layout", "removed_lines",
        "parse_warnings", "source_text", "created_at", "updated_at",
    ]
    fieldsets = [
        ("Story", {"fields": ["headline", "slug", "standfirst", "byline", "body"]}),
        ("Place and time", {"fields": ["dateline", "published_at", "agency"]}),
        ("Photo", {"fields": ["caption", "photo_credit"]}),
        ("Tags", {"fields": ["tags"]}),
        ("Editor-owned fields", {
            "fields": ["editor_owned", "hand_back", "opened_updated_at"],
            "description": "Fields you change here are yours: imports leave them alone until you hand them back.",
        }),
        ("Provenance", {
            "classes": ["collapse"],
            "fields": [
                "source_path", "source_key", "source_hash", "layout", "removed_lines",
                "parse_warnings", "source_text", "created_at", "updated_at",
            ],
        }),
    ]

    def get_search_results(self, request, queryset, search_term):
        """The full-text index readers use, not a scan of every body; headlines also match by substring."""
        if not search_term.strip():
            return queryset, False
        matches = Article.objects.search(search_term).values("pk")
        return queryset.filter(Q(pk__in=matches) | Q(headline__icontains=search_term.strip())), False

    def has_add_permission(self, request):
        return False  # stories come from the importer, with their source

    @admin.display(description="Owned by editors")
    def editor_owned(self, article):
        if not article.editor_fields:
            return "None: the importer owns every field."
        return format_html_join(", ", "<strong>{}</strong>", ((name,) for name in article.editor_fields))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        changed = set(form.changed_data) & set(Article.IMPORTER_FIELDS)
        if any(formset.model is ArticlePerson and formset.has_changed() for formset in formsets):
            changed.add("people")
        curation.take_over_fields(article, changed)
        hand_back = form.cleaned_data.get("hand_back") or []
        if not hand_back:
            return
        try:
            curation.hand_back_fields(article, hand_back)
        except Exception as exc:
            logger.exception("Hand-back of %s on article %s failed", hand_back, article.pk)
            self.message_user(
                request, f"Could not hand {', '.join(hand_back)} back to the importer: {exc}", messages.ERROR
            )
        else:
            self.message_user(request, f"Handed back to the importer: {', '.join(hand_back)}.", messages.SUCCESS)


# People, tags, agencies -----------------------------------------------------------------

@admin.register(Person)
class PersonAdmin(KeepOldNameMixin, MergeActionMixin, admin.ModelAdmin):
    list_display = ["name", "article_count", "not_a_person"]
    ordering = ["name", "pk"]  # also orders the people autocomplete, which paginates
    list_filter = ["not_a_person"]
    search_fields = ["name", "aliases__name"]
    fields = ["name", "slug", "not_a_person"]
    inlines = [PersonAliasInline]
    actions = ["merge_people", "mark_not_a_person"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_article_counts()

    @admin.display(description="stories", ordering="article_count")
    def article_count(self, person):
        return person.article_count

    @admin.action(description="Merge selected people into one", permissions=["merge"])
    def merge_people(self, request, queryset):
        return self.merge_selected(request, queryset, curation.merge_people, "people")

    @admin.action(description="Mark as not a person", permissions=["change"])
    def mark_not_a_person(self, request, queryset):
        removed = curation.mark_not_a_person(list(queryset))
        self.message_user(
            request, f"Marked {queryset.count()} as not a person; removed {removed} story links.", messages.SUCCESS
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.not_a_person and "not_a_person" in form.changed_data:
            curation.mark_not_a_person([obj])


@admin.register(Tag)
class TagAdmin(KeepOldNameMixin, MergeActionMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "article_count"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    fields = ["name", "slug", "kind"]
    inlines = [TagAliasInline]
    actions = ["merge_tags"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("tagged_articles"))

    @admin.display(description="stories", ordering="article_count")
    def article_count(self, tag):
        return tag.article_count

    @admin.action(description="Merge selected tags into one", permissions=["merge"])
    def merge_tags(self, request, queryset):
        return self.merge_selected(request, queryset, curation.merge_tags, "tags")


@admin.register(Agency)
class AgencyAdmin(KeepOldNameMixin, admin.ModelAdmin):
    list_display = ["name", "full_name", "article_count"]
    search_fields = ["name", "full_name", "aliases__name"]
    fields = ["name", "full_name", "slug"]
    inlines = [AgencyAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="stories", ordering="article_count")
    def article_count(self, agency):
        return agency.article_count


# Import bookkeeping ----------------------------------------------------------------------

class ImportStatusFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("failed", "Failed"), ("ok", "Imported")]

    def queryset(self, request, queryset):
        if self.value() == "failed":
            return queryset.exclude(error="")
        if self.value() == "ok":
            return queryset.filter(error="")
        return queryset


@admin.register(SourceFile)
class SourceFileAdmin(admin.ModelAdmin):
    """What the importer has seen, and why a file failed: read-only, the importer owns it."""

    list_display = ["path", "story_count", "failed", "imported_at"]
    list_filter = [ImportStatusFilter]
    search_fields = ["path", "error"]
    date_hierarchy = "imported_at"

    @admin.display(boolean=True, description="failed", ordering="error")
    def failed(self, source_file):
        return bool(source_file.error)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
