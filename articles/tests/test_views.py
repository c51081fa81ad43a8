"""Reader pages: status, content, constant query counts, bad input, feeds, sitemap, health."""

import json
import re
from datetime import datetime, timezone
from unittest import mock

import pytest
from django.db import DatabaseError
from django.urls import reverse

from articles.models import Person, Tag

from .factories import agency, make_agency, make_article, make_person, make_stories, make_tag, story  # noqa: F401

pytestmark = pytest.mark.django_db


def html(response):
    return response.content.decode()


# Home and search ------------------------------------------------------------

def test_home_lists_newest_first_with_details(client, story):
    older = make_article("An older story", published_at=datetime(2020, 1, 1, tzinfo=timezone.utc))
    undated = make_article("An undated story", published_at=None)
    response = client.get(reverse("articles:home"))
    assert response.status_code == 200
    page = html(response)
    assert page.index(story.headline) < page.index(older.headline) < page.index(undated.headline)
    assert f'href="{story.get_absolute_url()}"' in page
    assert "Negotiators return after a two-week break." in page
    assert "GENEVA" in page
    assert 'datetime="2024-03-15T' in page
    assert f'href="{story.agency.get_absolute_url()}"' in page
    assert '<html lang="en">' in page
    assert 'href="#main"' in page and 'id="main"' in page
    assert "/static/css/site.css" in page
    assert 'aria-current="page">Latest' in page


def test_home_paginates_by_25_and_keeps_the_query_string(client):
    make_stories(30)
    first = client.get("/", {"q": "story", "extra": "kept"})
    assert first.status_code == 200
    assert html(first).count('<article class="story">') == 25
    assert "page=2" in html(first) and "extra=kept" in html(first) and "q=story" in html(first)
    second = client.get("/", {"page": 2})
    assert html(second).count('<article class="story">') == 5
    assert 'aria-current="page">2<' in html(second)


@pytest.mark.parametrize("page", ["99", "abc", "-1", "0", "1.5", "9" * 40])
def test_home_bad_page_is_a_404_page_not_an_error(client, page):
    make_stories(3)
    response = client.get("/", {"page": page})
    assert response.status_code == 404
    assert "Page not found" in html(response)


def test_home_last_page_keyword(client):
    make_stories(30)
    response = client.get("/", {"page": "last"})
    assert response.status_code == 200
    assert html(response).count('<article class="story">') == 5


def test_search_finds_matching_stories(client, story):
    make_article("Harvest festival opens", body="Farmers gathered.")
    response = client.get("/", {"q": "negotiators"})
    assert response.status_code == 200
    assert story.headline in html(response)
    assert "Harvest festival" not in html(response)
    assert "1 story found" in html(response)


@pytest.mark.parametrize(
    "q", ['"', "AND OR NOT", "***", "(", "'; DROP TABLE articles_article; --", "NEAR(", "-", "\u00e9\u00e8", "  "]
)
def test_search_garbage_never_errors(client, story, q):
    response = client.get("/", {"q": q})
    assert response.status_code == 200


def test_search_without_matches_says_so(client, story):
    response = client.get("/", {"q": "zzyzxqq"})
    assert response.status_code == 200
    assert "No stories match" in html(response)
    assert '<article class="story">' not in html(response)


def test_search_too_long_or_nul_is_rejected_politely(client, story):
    for q in ["x" * 500, "abc\x00def"]:
        response = client.get("/", {"q": q})
        assert response.status_code == 200
        assert "could not be run" in html(response)
        assert '<article class="story">' not in html(response)


def test_search_escapes_the_query(client, story):
    response = client.get("/", {"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)" not in html(response)
    assert "&lt;script&gt;" in html(response)


# Query counts: the same for 3 stories as for 30 -------------------------------

LIST_PAGES = [
    ("home", lambda stories: reverse("articles:home")),
    ("search", lambda stories: reverse("articles:home") + "?q=story"),
    ("agency", lambda stories: stories[0].agency.get_absolute_url()),
    ("tag", lambda stories: stories[0].tags.get(kind=Tag.PLACE).get_absolute_url()),
    ("year", lambda stories: reverse("articles:archive_year", args=[2024])),
    ("month", lambda stories: reverse("articles:archive_month", args=[2024, "03"])),
    ("agencies", lambda stories: reverse("articles:agency_list")),
    ("people", lambda stories: reverse("articles:person_list")),
    ("tags", lambda stories: reverse("articles:tag_list")),
    ("archive", lambda stories: reverse("articles:archive")),
    ("story", lambda stories: stories[0].get_absolute_url()),
    ("feed", lambda stories: reverse("articles:feed")),
    ("sitemap", lambda stories: reverse("articles:sitemap")),
    ("sitemap-stories", lambda stories: reverse("articles:sitemap_section", args=["stories"])),
]
# count + page + people + tags (+ the subject, + the archive's date list and neighbours)
MAX_QUERIES = {
    "home": 4, "search": 4, "agency": 5, "tag": 5, "year": 8, "month": 8, "agencies": 1, "people": 2,
    "tags": 1, "archive": 1, "story": 4, "feed": 3, "sitemap": 8, "sitemap-stories": 2,
}


@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize("name,url", LIST_PAGES, ids=[name for name, _ in LIST_PAGES])
def test_list_pages_run_a_constant_number_of_queries(client, django_assert_max_num_queries, name, url, count):
    stories = make_stories(count)
    address = url(stories)
    with django_assert_max_num_queries(MAX_QUERIES[name]):
        response = client.get(address)
    assert response.status_code == 200
    if name in {"home", "agency", "tag", "year", "month"}:
        assert html(response).count('<article class="story">') == min(count, 25)


def test_person_page_queries_are_constant(client, django_assert_max_num_queries):
    person = make_person("Often Named")
    for count in (3, 30):
        for _ in range(count - (3 if count == 30 else 0)):
            make_article(people=[person], tags=[make_tag(), make_tag()])
        with django_assert_max_num_queries(5):
            response = client.get(person.get_absolute_url())
        assert html(response).count('<article class="story">') == min(count, 25)


# The story page ------------------------------------------------------------------

def test_story_page_shows_everything_escaped(client, story):
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    page = html(response)
    for text in ["Talks resume in Geneva", "Negotiators return", "By John Smith", "Agence France-Presse",
                 "GENEVA", "Delegates arrive", "Jean Dupont / AFP", "chief negotiator"]:
        assert text in page
    assert "<p>Negotiators met on Monday.</p>" in page
    assert "They said &lt;b&gt;nothing&lt;/b&gt; &amp; left." in page
    assert "<b>nothing</b>" not in page
    assert '<time datetime="2024-03-15T' in page
    assert reverse("articles:archive_month", args=[2024, "03"]) in page
    person = Person.objects.get(name="Jane Doe")
    assert f'href="{person.get_absolute_url()}"' in page
    assert page.index("Places") < page.index("Switzerland") < page.index("Organisations")
    assert page.index("Organisations") < page.index("United Nations") < page.index("Topics")
    assert f'href="{story.agency.get_absolute_url()}"' in page


def test_story_page_hides_people_marked_not_a_person(client, story):
    junk = make_person("Monday Morning", not_a_person=True)
    story.person_links.create(person=junk)
    assert "Monday Morning" not in html(client.get(story.get_absolute_url()))


def test_unknown_slugs_give_the_404_page(client, db):
    for url in ["/stories/nope/", "/agencies/nope/", "/people/nope/", "/tags/nope/", "/nowhere/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Page not found" in html(response)
        assert "Traceback" not in html(response)


def test_person_marked_not_a_person_has_no_page(client, db):
    person = make_person("Not Someone", not_a_person=True)
    assert client.get(person.get_absolute_url()).status_code == 404


# Listing and index pages -------------------------------------------------------------

def test_agency_page_lists_only_its_stories(client, story):
    other = make_article("Reuters story", agency=make_agency("Reuters"))
    response = client.get(story.agency.get_absolute_url())
    assert story.headline in html(response) and other.headline not in html(response)
    assert "Agence France-Presse" in html(response)


def test_tag_page_lists_only_its_stories(client, story):
    other = make_article("Untagged story")
    response = client.get(story.tags.get(name="Switzerland").get_absolute_url())
    assert story.headline in html(response) and other.headline not in html(response)


def test_agency_index_counts_stories_and_hides_empty_agencies(client, story):
    make_agency("Silent Agency")
    page = html(client.get(reverse("articles:agency_list")))
    assert "AFP" in page and "1 story" in page
    assert "Silent Agency" not in page


def test_people_index_filters_paginates_and_hides_non_people(client, story):
    make_article(people=[make_person("Not A Person", not_a_person=True)])
    make_person("Nobody Mentioned")
    page = html(client.get(reverse("articles:person_list")))
    assert "Jane Doe" in page
    assert "Not A Person" not in page and "Nobody Mentioned" not in page
    assert "Jane Doe" not in html(client.get(reverse("articles:person_list"), {"q": "smith"}))
    assert "Jane Doe" in html(client.get(reverse("articles:person_list"), {"q": "jane"}))
    assert client.get(reverse("articles:person_list"), {"q": "x" * 500}).status_code == 200


def test_people_index_has_100_a_page(client):
    people = [make_person(f"Person {n:03}") for n in range(105)]
    article = make_article()
    for person in people:
        article.person_links.create(person=person)
    first = html(client.get(reverse("articles:person_list")))
    assert "Person 099" in first and "Person 100" not in first
    assert "Person 100" in html(client.get(reverse("articles:person_list"), {"page": 2}))


def test_tags_index_groups_by_kind_and_hides_unused_tags(client, story):
    make_tag("Unused tag")
    page = html(client.get(reverse("articles:tag_list")))
    assert page.index("Places") < page.index("Switzerland") < page.index("Organisations") < page.index("Topics")
    assert "Unused tag" not in page


def test_archive_pages(client, story):
    make_article("From 2019", published_at=datetime(2019, 7, 4, tzinfo=timezone.utc))
    index = html(client.get(reverse("articles:archive")))
    assert reverse("articles:archive_month", args=[2024, "03"]) in index
    assert reverse("articles:archive_year", args=[2019]) in index
    year = client.get(reverse("articles:archive_year", args=[2024]))
    assert year.status_code == 200 and story.headline in html(year) and "From 2019" not in html(year)
    month = client.get(reverse("articles:archive_month", args=[2019, "07"]))
    assert "From 2019" in html(month) and story.headline not in html(month)
    assert client.get(reverse("articles:archive_year", args=[1990])).status_code == 404
    assert client.get("/archive/2024/13/").status_code == 404


# Feed, sitemap, health, errors ------------------------------------------------------------

def test_rss_and_atom_feeds(client, story):
    rss = client.get(reverse("articles:feed"))
    assert rss.status_code == 200
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert "<title>Talks resume in Geneva</title>" in html(rss)
    assert f"http://testserver{story.get_absolute_url()}" in html(rss)
    atom = client.get(reverse("articles:feed_atom"))
    assert atom.status_code == 200 and "http://www.w3.org/2005/Atom" in html(atom)


def test_sitemap_index_and_sections(client, story):
    make_agency("Silent Agency")
    index = html(client.get("/sitemap.xml"))
    for section in ["stories", "agencies", "people", "tags"]:
        assert f"http://testserver/sitemap-{section}.xml" in index
    assert "<lastmod>" in index
    page = "".join(html(client.get(f"/sitemap-{section}.xml")) for section in ["stories", "agencies"])
    assert f"http://testserver{story.get_absolute_url()}" in page
    assert f"http://testserver{story.agency.get_absolute_url()}" in page
    assert "silent-agency" not in page


def test_healthz_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_a_database_failure_as_503(client, db):
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "error"
    assert "Traceback" not in response.content.decode()


def test_500_page_renders_without_a_database_or_context(django_assert_num_queries):
    from django.template import Context
    from django.template.loader import get_template

    # How django.views.defaults.server_error renders it: no request, no context processors.
    with django_assert_num_queries(0):
        page = get_template("500.html").template.render(Context())
    assert "Something went wrong" in page and '<html lang="en">' in page
    assert "Traceback" not in page


def test_500_page_survives_a_broken_static_manifest(settings):
    from django.template import Context
    from django.template.loader import get_template

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    settings.STATIC_ROOT = "/nonexistent-static-root"
    assert "Something went wrong" in get_template("500.html").template.render(Context())


def test_server_error_response_is_the_friendly_page(client, settings):
    settings.DEBUG = False
    client.raise_request_exception = False
    with mock.patch("articles.views.HomeView.get", side_effect=RuntimeError("boom")):
        response = client.get("/")
    assert response.status_code == 500
    assert "Something went wrong" in html(response)
    assert "boom" not in html(response)


@pytest.mark.parametrize("name,text", [("400.html", "Bad request"), ("403.html", "Not allowed")])
def test_other_error_templates_render(client, name, text):
    from django.template.loader import render_to_string

    page = render_to_string(name)
    assert text in page and '<html lang="en">' in page


@pytest.mark.parametrize(
    "url", ["/archive/9999/", "/archive/1/", "/archive/0/", "/archive/99999/", "/archive/9999/12/", "/archive/2024/00/"]
)
def test_impossible_archive_dates_are_404(client, story, url):
    client.raise_request_exception = False
    assert client.get(url).status_code == 404


# Dates: a date-only story shows no invented time -------------------------------

def test_date_only_story_shows_the_day_without_a_time(client):
    # The parser stores a date with no time of day at exactly 12:00 UTC.
    article = make_article("A date-only story", published_at=datetime(2019, 4, 12, 12, 0, tzinfo=timezone.utc))
    for url in (reverse("articles:home"), article.get_absolute_url()):
        page = html(client.get(url))
        assert "12 April 2019" in page
        assert "12:00" not in page
        assert 'datetime="2019-04-12"' in page


def test_story_with_a_time_of_day_shows_it(client):
    article = make_article("A timed story", published_at=datetime(1987, 2, 26, 15, 1, 1, 790000, tzinfo=timezone.utc))
    for url in (reverse("articles:home"), article.get_absolute_url()):
        page = html(client.get(url))
        assert "26 February 1987, 15:01" in page
        assert 'datetime="1987-02-26T15:01:01' in page


def test_awkward_tags_with_non_ascii_or_no_letters_never_break_pages(client):
    article = make_article("A story with awkward tags")
    article.tags.add("Zürich", "Москва", "!!!")
    slugs = sorted(tag.slug for tag in article.tags.all())
    assert slugs == ["tag", "tag-1", "zurich"]
    # An editor may still save a Unicode slug in the Tag admin: its page works too.
    Tag.objects.filter(slug="zurich").update(slug="zürich")
    for url in [article.get_absolute_url(), reverse("articles:tag_list"), "/sitemap.xml"]:
        assert client.get(url).status_code == 200, url
    assert client.get(Tag.objects.get(name="Zürich").get_absolute_url()).status_code == 200
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>https?://[^/]+(/[^<]+)</loc>", index)
    assert any("tag" in section for section in sections), index
    for section in sections:
        assert client.get(section).status_code == 200, section
    for tag in Tag.objects.all():
        page = client.get(tag.get_absolute_url())
        assert page.status_code == 200 and article.headline in page.content.decode()
