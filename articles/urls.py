from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from . import feeds, views
from .models import Agency, Person, Tag
from .sitemaps import SITEMAPS

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("stories/<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
    path("agencies/", views.AgencyListView.as_view(), name="agency_list"),
    path(
        "agencies/<slug:slug>/",
        views.SubjectStoriesView.as_view(
            subject_queryset=Agency.objects.all(), story_lookup="agency",
            template_name="articles/agency_detail.html",
            extra_context={"section": "agencies"},
        ),
        name="agency",
    ),
    path("people/", views.PersonListView.as_view(), name="person_list"),
    path(
        "people/<slug:slug>/",
        views.SubjectStoriesView.as_view(
            subject_queryset=Person.objects.listed(), story_lookup="people",
            template_name="articles/person_detail.html",
            extra_context={"section": "people"},
        ),
        name="person",
    ),
    path("tags/", views.TagListView.as_view(), name="tag_list"),
    path(
        "tags/<str:slug>/",  # taggit lets editors save non-ASCII slugs
        views.SubjectStoriesView.as_view(
            subject_queryset=Tag.objects.all(), story_lookup="tags",
            template_name="articles/tag_detail.html",
            extra_context={"section": "tags"},
        ),
        name="tag",
    ),
    path("archive/", views.ArchiveIndexView.as_view(), name="archive"),
    path("archive/<int:year>/", views.YearArchive.as_view(), name="archive_year"),
    path("archive/<int:year>/<int:month>/", views.MonthArchive.as_view(), name="archive_month"),
    path("feed/", feeds.LatestStoriesFeed(), name="feed"),
    path("feed/atom/", feeds.LatestStoriesAtomFeed(), name="feed_atom"),
    path(
        "sitemap.xml", sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "articles:sitemap_section"}, name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("healthz", views.healthz, name="healthz"),
]
