"""The sitemap (an index of sections): every story, plus the agency, person and tag pages."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Count, Max

from .models import Agency, Article, Person, Tag


class ArticleSitemap(Sitemap):
    limit = 5000

    def items(self):
        return Article.objects.published().only("slug", "updated_at", "published_at")

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # The default walks every item; the index only needs the newest.
        return Article.objects.aggregate(latest=Max("updated_at"))["latest"]


class SubjectSitemap(Sitemap):
    """The listing pages of agencies, people or tags with at least one story."""

    limit = 5000

    def __init__(self, queryset, relation):
        self.queryset, self.relation = queryset, relation

    def items(self):
        return (
            self.queryset.annotate(story_count=Count(self.relation))
            .filter(story_count__gt=0)
            .only("slug")
            .order_by("pk")
        )


SITEMAPS = {
    "stories": ArticleSitemap,
    "agencies": SubjectSitemap(Agency.objects.all(), "articles"),
    "people": SubjectSitemap(Person.objects.listed(), "articles"),
    "tags": SubjectSitemap(Tag.objects.all(), "tagged_articles"),
}
