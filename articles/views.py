"""Reader pages: validate the input, call a QuerySet, render a template."""

import logging

from django.db import connection
from django.db.models import Case, Count, IntegerField, Value, When
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, MonthArchiveView, TemplateView, YearArchiveView

from .forms import NameFilterForm, SearchForm
from .models import Agency, Article, Person, Tag

logger = logging.getLogger(__name__)

# How tag groups are listed: places, organisations, topics, then the rest.
TAG_KIND_ORDER = Case(
    *[When(kind=kind, then=Value(n)) for n, (kind, _) in enumerate(Tag.KIND_CHOICES)],
    default=Value(len(Tag.KIND_CHOICES)),
    output_field=IntegerField(),
)


class StoryListMixin:
    """Stories as readers see them, 25 a page, with what each list item shows."""

    paginate_by = 25
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().with_related()


class HomeView(StoryListMixin, ListView):
    """Newest stories first, or the results of ?q= full-text search."""

    template_name = "articles/home.html"
    extra_context = {"section": "home"}

    def get_queryset(self):
        self.form = SearchForm(self.request.GET)
        queryset = super().get_queryset()
        if not self.form.is_valid():
            return queryset.none()
        query = self.form.cleaned_data["q"]
        return queryset.search(query) if query else queryset

    def get_context_data(self, **kwargs):
        query = self.form.cleaned_data.get("q", "") if self.form.is_valid() else None
        return super().get_context_data(form=self.form, query=query, **kwargs)


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"

    def get_queryset(self):
        return Article.objects.published().with_related().with_person_roles()


class SubjectStoriesView(StoryListMixin, ListView):
    """The stories of one agency, person or tag."""

    subject_queryset = None  # where the slug is looked up
    story_lookup = None  # how stories are filtered by the subject

    def get_queryset(self):
        self.subject = get_object_or_404(self.subject_queryset, slug=self.kwargs["slug"])
        return super().get_queryset().filter(**{self.story_lookup: self.subject})

    def get_context_data(self, **kwargs):
        return super().get_context_data(subject=self.subject, **kwargs)


class AgencyListView(ListView):
    template_name = "articles/agency_list.html"
    extra_context = {"section": "agencies"}
    context_object_name = "agencies"
    queryset = Agency.objects.annotate(article_count=Count("articles")).filter(article_count__gt=0)


class PersonListView(ListView):
    """Everyone named in a story, 100 a page, with a ?q= name filter."""

    template_name = "articles/person_list.html"
    extra_context = {"section": "people"}
    context_object_name = "people"
    paginate_by = 100

    def get_queryset(self):
        self.form = NameFilterForm(self.request.GET)
        people = Person.objects.listed().with_article_counts().filter(article_count__gt=0).order_by("name", "pk")
        if not self.form.is_valid():
            return people.none()
        if self.form.cleaned_data["q"]:
            people = people.filter(name__icontains=self.form.cleaned_data["q"])
        return people

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class TagListView(ListView):
    """Every tag with stories, grouped by kind."""

    template_name = "articles/tag_list.html"
    extra_context = {"section": "tags"}
    context_object_name = "tags"
    queryset = (
        Tag.objects.annotate(article_count=Count("tagged_articles"))
        .filter(article_count__gt=0)
        .order_by(TAG_KIND_ORDER, "name")
    )


class ArchiveIndexView(TemplateView):
    """Every month with stories, with counts, grouped by year."""

    template_name = "articles/archive_index.html"
    extra_context = {"section": "archive"}

    def get_context_data(self, **kwargs):
        return super().get_context_data(months=Article.objects.month_counts(), **kwargs)


class ArchiveMixin(StoryListMixin):
    date_field = "published_at"
    allow_future = True
    allow_empty = False
    extra_context = {"section": "archive"}


class YearArchive(ArchiveMixin, YearArchiveView):
    template_name = "articles/archive_year.html"
    make_object_list = True


class MonthArchive(ArchiveMixin, MonthArchiveView):
    template_name = "articles/archive_month.html"
    month_format = "%m"


@never_cache
def healthz(request):
    """For load balancers and the container's HEALTHCHECK: is the database answering?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any failure is "unhealthy", never a traceback
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
