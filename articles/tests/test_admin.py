"""The editors' desk: access, changelists, editor-owned fields, hand-back, merges, aliases."""

from datetime import datetime, timezone
from unittest import mock

import pytest
from django.urls import reverse
from taggit.utils import edit_string_for_tags

from articles.models import Article, ArticlePerson, Person, PersonAlias, Tag, TagAlias

from .factories import make_agency, make_article, make_person, make_stories, make_tag

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:articles_{obj._meta.model_name}_change", args=[obj.pk])


def changelist_url(model):
    return reverse(f"admin:articles_{model._meta.model_name}_changelist")


def article_form_data(article, **changes):
    """What the browser posts for an unchanged article change form, with ``changes`` applied."""
    links = list(article.person_links.order_by("person__name"))
    data = {
        "headline": article.headline,
        "slug": article.slug,
        "standfirst": article.standfirst,
        "byline": article.byline,
        "body": article.body.replace("\n", "\r\n"),  # as browsers send textareas
        "dateline": article.dateline,
        "published_at_0": article.published_at.strftime("%Y-%m-%d") if article.published_at else "",
        "published_at_1": article.published_at.strftime("%H:%M:%S") if article.published_at else "",
        "agency": article.agency_id or "",
        "caption": article.caption,
        "photo_credit": article.photo_credit,
        "tags": edit_string_for_tags(list(article.tags.all())),
        "opened_updated_at": article.updated_at.isoformat(),  # the edit-conflict stamp, as rendered
        "person_links-TOTAL_FORMS": len(links),
        "person_links-INITIAL_FORMS": len(links),
        "person_links-MIN_NUM_FORMS": 0,
        "person_links-MAX_NUM_FORMS": 1000,
    }
    for n, link in enumerate(links):
        data.update({
            f"person_links-{n}-id": link.pk,
            f"person_links-{n}-article": article.pk,
            f"person_links-{n}-person": link.person_id,
            f"person_links-{n}-role": link.role,
        })
    data.update(changes)
    return data


@pytest.fixture
def article(db):
    return make_article(
        "Talks resume",
        agency=make_agency("AFP"),
        standfirst="A standfirst.",
        body="One.\n\nTwo.",
        dateline="GENEVA",
        people=[(make_person("Jane Doe"), "negotiator")],
        tags=[make_tag("Diplomacy")],
    )


# Access ---------------------------------------------------------------------------

def test_anonymous_is_sent_to_the_login_page(client, article):
    for url in [reverse("admin:index"), changelist_url(Article), change_url(article)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_non_staff_user_cannot_enter(client, django_user_model, article):
    client.force_login(django_user_model.objects.create_user(username="reader", password="x" * 20))
    assert client.get(changelist_url(Article)).status_code == 302


def test_login_page_renders_with_admin_css_and_our_header(client, db):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "admin/css/base.css" in page
    assert "Newsroom editors&#x27; desk" in page


# Stories ---------------------------------------------------------------------------

@pytest.mark.parametrize("count", [3, 30])
def test_article_changelist_runs_a_constant_number_of_queries(staff_client, django_assert_max_num_queries, count):
    stories = make_stories(count)
    with django_assert_max_num_queries(9):
        response = staff_client.get(changelist_url(Article))
    assert response.status_code == 200
    assert stories[0].headline in response.content.decode()
    assert response.context["cl"].result_count == count


def test_article_changelist_filters_by_tag_and_agency_and_searches(staff_client, article):
    other = make_article("Harvest festival", body="Farmers.", agency=make_agency("Reuters"), tags=[make_tag("Farming")])
    url = changelist_url(Article)
    assert list(staff_client.get(url, {"tag": "diplomacy"}).context["cl"].result_list) == [article]
    assert list(staff_client.get(url, {"agency__id__exact": other.agency_id}).context["cl"].result_list) == [other]
    assert list(staff_client.get(url, {"q": "farmers"}).context["cl"].result_list) == [other]


def test_article_change_form_shows_fieldsets_provenance_and_view_on_site(staff_client, article):
    article.editor_fields = ["headline"]
    article.save()
    response = staff_client.get(change_url(article))
    assert response.status_code == 200
    page = response.content.decode()
    for text in ["Place and time", "Provenance", "Owned by editors", "<strong>headline</strong>",
                 "Hand back to the importer", 'value="headline"', "Jane Doe", "negotiator"]:
        assert text in page, text
    assert "/admin/r/" in page  # "view on site"


def test_stories_are_not_added_by_hand(staff_client, db):
    assert staff_client.get(reverse("admin:articles_article_add")).status_code == 403


def test_saving_unchanged_form_takes_over_nothing(staff_client, article):
    response = staff_client.post(change_url(article), article_form_data(article))
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.editor_fields == []


def test_saving_unchanged_form_keeps_the_importers_exact_values(staff_client, db):
    published_at = datetime(1987, 3, 2, 1, 28, 24, 650000, tzinfo=timezone.utc)
    article = make_article("Cocoa exports up ", body="One.\n\nTwo.\n", published_at=published_at)
    response = staff_client.post(change_url(article), article_form_data(article))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.editor_fields == []
    assert (article.headline, article.body, article.published_at) == ("Cocoa exports up ", "One.\n\nTwo.\n", published_at)


def test_changing_the_date_takes_over_published_at(staff_client, article):
    data = article_form_data(article, published_at_0="2001-09-11", published_at_1="13:00:00")
    assert staff_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.editor_fields == ["published_at"]
    assert article.published_at == datetime(2001, 9, 11, 13, 0, tzinfo=timezone.utc)


def test_saving_records_changed_importer_fields(staff_client, article):
    article.editor_fields = ["caption"]
    article.save()
    data = article_form_data(
        article, headline="Talks resume in Geneva", slug="talks-resumed", tags="Diplomacy, Switzerland",
        **{"person_links-0-role": "chief negotiator"},
    )
    response = staff_client.post(change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.headline == "Talks resume in Geneva"
    assert article.editor_fields == ["caption", "headline", "people", "tags"]
    assert sorted(article.tags.names()) == ["Diplomacy", "Switzerland"]


def test_removing_a_person_in_the_inline_takes_over_people(staff_client, article):
    data = article_form_data(article, **{"person_links-0-DELETE": "on"})
    assert staff_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.editor_fields == ["people"]
    assert not article.person_links.exists()


def test_hand_back_restores_the_importers_value(staff_client, tmp_path):
    from articles.ingest import import_paths

    from .ingest_helpers import seed_story, write

    path = write(tmp_path / "archive", "2015/senate.txt", seed_story(
        "Senate passes the budget",
        ["The Senate voted on Friday to pass the budget after a long debate.", "The House votes next week."],
    ))
    report = import_paths([str(path)])
    assert report.created == 1, report.failures
    article = Article.objects.get()
    data = article_form_data(article, headline="Edited headline")
    assert staff_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert (article.headline, article.editor_fields) == ("Edited headline", ["headline"])

    response = staff_client.post(change_url(article), article_form_data(article, hand_back=["headline"]), follow=True)
    article.refresh_from_db()
    assert article.headline == "Senate passes the budget"
    assert article.editor_fields == []
    assert "Handed back to the importer: headline" in response.content.decode()


def test_hand_back_calls_the_importer_with_the_ticked_fields(staff_client, article):
    article.editor_fields = ["body", "headline", "tags"]
    article.save()
    calls = []

    def restore(target, fields):
        calls.append((target.pk, list(fields), list(target.editor_fields)))

    with mock.patch("articles.ingest.restore_importer_fields", side_effect=restore):
        data = article_form_data(article, hand_back=["headline", "tags"])
        assert staff_client.post(change_url(article), data).status_code == 302
    assert calls == [(article.pk, ["headline", "tags"], ["body"])]
    article.refresh_from_db()
    assert article.editor_fields == ["body"]


def test_failed_hand_back_is_reported_not_a_500(staff_client, article):
    article.editor_fields = ["headline"]
    article.save()  # no source text: the importer cannot restore anything
    response = staff_client.post(change_url(article), article_form_data(article, hand_back=["headline"]), follow=True)
    assert response.status_code == 200
    assert "Could not hand headline back" in response.content.decode()
    article.refresh_from_db()
    assert article.editor_fields == ["headline"]


def test_change_form_renders_the_edit_conflict_stamp_at_full_precision(staff_client, db):
    article = make_article("Stamped", published_at=datetime(1987, 3, 2, 1, 28, 24, 650000, tzinfo=timezone.utc))
    Article.objects.filter(pk=article.pk).update(updated_at=datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=timezone.utc))
    response = staff_client.get(change_url(article))
    form = response.context["adminform"].form
    assert form["opened_updated_at"].value() == "2024-05-06T07:08:09.123456+00:00"
    page = response.content.decode()
    assert page.count('name="opened_updated_at"') == 1
    assert 'type="hidden" name="opened_updated_at" value="2024-05-06T07:08:09.123456+00:00"' in page


def rendered_form_data(client, article, **changes):
    """What the browser would post back for the change form as rendered now, with ``changes`` applied."""
    form = client.get(change_url(article)).context["adminform"].form
    return article_form_data(article, opened_updated_at=form["opened_updated_at"].value(), **changes)


def stale_form_error(response):
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "updated (by an import or another editor) since you opened it" in " ".join(form.non_field_errors())
    assert "updated (by an import or another editor) since you opened it" in response.content.decode()
    return form


def test_stale_form_saved_unchanged_after_an_import_reverts_nothing(staff_client, tmp_path):
    from articles.ingest import import_paths

    from .ingest_helpers import seed_story, write

    paragraphs = ["The Senate voted on Friday to pass the budget after a long debate.", "The House votes next week."]
    path = write(tmp_path / "archive", "2015/senate.txt", seed_story("Senate passes the budget", paragraphs))
    assert import_paths([str(path)]).created == 1
    article = Article.objects.get()
    data = rendered_form_data(staff_client, article)  # the editor opens the story

    # cron re-imports a corrected file while the form is open
    write(tmp_path / "archive", "2015/senate.txt", seed_story("Senate passes the 2016 budget", paragraphs))
    report = import_paths([str(path)])
    assert report.updated == 1, report.failures
    fresh = Article.objects.get()
    assert fresh.headline == "Senate passes the 2016 budget"

    form = stale_form_error(staff_client.post(change_url(article), data))  # the editor presses Save
    assert form["headline"].value() == "Senate passes the budget"  # what was posted stays in the form
    assert form["opened_updated_at"].value() == data["opened_updated_at"]  # still stale: only a reload clears it
    now = Article.objects.get()
    assert (now.headline, now.body, now.editor_fields, now.updated_at) == (
        fresh.headline, fresh.body, [], fresh.updated_at,
    )


def test_stale_form_with_typed_changes_is_refused_and_keeps_them(staff_client, article):
    data = rendered_form_data(staff_client, article, headline="My better headline", standfirst="Typed.")
    later = datetime(2030, 1, 1, 12, 0, 0, 1, tzinfo=timezone.utc)
    Article.objects.filter(pk=article.pk).update(headline="Corrected by the wire", updated_at=later)

    form = stale_form_error(staff_client.post(change_url(article), data))
    assert (form["headline"].value(), form["standfirst"].value()) == ("My better headline", "Typed.")
    article.refresh_from_db()
    assert (article.headline, article.standfirst, article.editor_fields) == ("Corrected by the wire", "A standfirst.", [])
    assert article.updated_at == later

    # after a reload, the same edit goes through
    data = rendered_form_data(staff_client, article, headline="My better headline")
    assert staff_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert (article.headline, article.editor_fields) == ("My better headline", ["headline"])


def test_stale_hand_back_is_refused_too(staff_client, article):
    article.editor_fields = ["headline"]
    article.save()
    data = rendered_form_data(staff_client, article, hand_back=["headline"])
    Article.objects.filter(pk=article.pk).update(updated_at=datetime(2030, 1, 1, tzinfo=timezone.utc))
    with mock.patch("articles.ingest.restore_importer_fields") as restore:
        stale_form_error(staff_client.post(change_url(article), data))
    restore.assert_not_called()
    article.refresh_from_db()
    assert article.editor_fields == ["headline"]


@pytest.mark.parametrize("stamp", [None, "", "not a date"])
def test_missing_or_garbled_stamp_is_refused(staff_client, article, stamp):
    data = article_form_data(article, headline="Sneaky")
    if stamp is None:
        del data["opened_updated_at"]
    else:
        data["opened_updated_at"] = stamp
    stale_form_error(staff_client.post(change_url(article), data))
    article.refresh_from_db()
    assert (article.headline, article.editor_fields) == ("Talks resume", [])


def test_two_saves_in_a_row_from_freshly_rendered_forms_both_work(staff_client, article):
    assert staff_client.post(change_url(article), rendered_form_data(staff_client, article)).status_code == 302
    data = rendered_form_data(staff_client, article, caption="A caption.")
    assert staff_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert (article.caption, article.editor_fields) == ("A caption.", ["caption"])


# Action permissions ------------------------------------------------------------------

@pytest.fixture
def limited_client(client, django_user_model):
    """A staff user given exactly the permissions the test asks for."""
    from django.contrib.auth.models import Permission

    def login(*codenames):
        user = django_user_model.objects.create_user(username="viewer", password="a-long-test-password", is_staff=True)
        user.user_permissions.set(Permission.objects.filter(content_type__app_label="articles", codename__in=codenames))
        client.force_login(user)
        return client

    return login


def offered_actions(client, model):
    response = client.get(changelist_url(model))
    assert response.status_code == 200
    action_form = response.context["action_form"]
    return {name for name, _ in action_form.fields["action"].choices} if action_form else set()


def test_view_only_staff_sees_no_curation_actions(limited_client, db):
    client = limited_client("view_person", "view_tag")
    make_person("Jacques Delors"), make_tag("Islamic State")
    assert not offered_actions(client, Person) & {"merge_people", "mark_not_a_person"}
    assert "merge_tags" not in offered_actions(client, Tag)


def test_view_only_staff_cannot_run_curation_actions_by_a_forged_post(limited_client, db):
    client = limited_client("view_person", "view_tag")
    keep, dup = make_person("Jacques Delors"), make_person("J. Delors")
    make_article(people=[keep, dup])
    tag, dup_tag = make_tag("Islamic State"), make_tag("ISIS")
    people = {"_selected_action": [keep.pk, dup.pk]}
    tags = {"_selected_action": [tag.pk, dup_tag.pk]}
    for url, data in [
        (changelist_url(Person), {**people, "action": "merge_people", "confirm": "yes", "keep": keep.pk}),
        (changelist_url(Person), {**people, "action": "mark_not_a_person"}),
        (changelist_url(Tag), {**tags, "action": "merge_tags", "confirm": "yes", "keep": tag.pk}),
    ]:
        response = client.post(url, data)
        assert response.status_code in (200, 302, 403), (data["action"], response.status_code)
    assert Person.objects.count() == 2
    assert not Person.objects.filter(not_a_person=True).exists()
    assert ArticlePerson.objects.count() == 2
    assert Tag.objects.count() == 2


@pytest.mark.parametrize("extra", ["change", "delete"])
def test_merging_needs_both_change_and_delete(limited_client, db, extra):
    client = limited_client("view_person", f"{extra}_person", "view_tag", f"{extra}_tag")
    expected = {"mark_not_a_person"} if extra == "change" else set()
    assert offered_actions(client, Person) & {"merge_people", "mark_not_a_person"} == expected
    assert "merge_tags" not in offered_actions(client, Tag)
    keep, dup = make_person("Jacques Delors"), make_person("J. Delors")
    client.post(changelist_url(Person), {
        "action": "merge_people", "_selected_action": [keep.pk, dup.pk], "confirm": "yes", "keep": keep.pk,
    })
    assert Person.objects.count() == 2


def test_staff_with_change_and_delete_can_run_the_curation_actions(limited_client, db):
    client = limited_client("view_person", "change_person", "delete_person", "view_tag", "change_tag", "delete_tag")
    assert {"merge_people", "mark_not_a_person"} <= offered_actions(client, Person)
    assert "merge_tags" in offered_actions(client, Tag)

    keep, dup, junk = make_person("Jacques Delors"), make_person("J. Delors"), make_person("Monday Morning")
    make_article(people=[keep, dup, junk])
    selected = {"action": "merge_people", "_selected_action": [keep.pk, dup.pk]}
    assert "Keep this one" in client.post(changelist_url(Person), selected).content.decode()
    assert client.post(changelist_url(Person), {**selected, "confirm": "yes", "keep": keep.pk}).status_code == 302
    assert set(Person.objects.all()) == {keep, junk}
    response = client.post(changelist_url(Person), {"action": "mark_not_a_person", "_selected_action": [junk.pk]})
    assert response.status_code == 302
    junk.refresh_from_db()
    assert junk.not_a_person and not junk.article_links.exists()

    tag, dup_tag = make_tag("Islamic State"), make_tag("ISIS")
    tags = {"action": "merge_tags", "_selected_action": [tag.pk, dup_tag.pk], "confirm": "yes", "keep": tag.pk}
    assert client.post(changelist_url(Tag), tags).status_code == 302
    assert list(Tag.objects.all()) == [tag]


# People ----------------------------------------------------------------------------

@pytest.mark.parametrize("count", [3, 30])
def test_person_changelist_counts_stories_in_constant_queries(staff_client, django_assert_max_num_queries, count):
    make_stories(count)
    with django_assert_max_num_queries(5):
        response = staff_client.get(changelist_url(Person))
    assert response.status_code == 200
    assert response.context["cl"].result_count == count * 2


def test_person_search_finds_aliases(staff_client, db):
    person = make_person("Jacques Delors")
    PersonAlias.objects.create(person=person, name="M. Delors", key="m delors")
    assert list(staff_client.get(changelist_url(Person), {"q": "M. Delors"}).context["cl"].result_list) == [person]


def test_merge_people_action_confirms_then_merges(staff_client, db):
    keep, dup = make_person("Jacques Delors"), make_person("J. Delors")
    story = make_article(people=[keep, (dup, "president")])
    other = make_article(people=[(dup, "minister")])
    selected = {"action": "merge_people", "_selected_action": [keep.pk, dup.pk]}

    confirm = staff_client.post(changelist_url(Person), selected)
    assert confirm.status_code == 200
    page = confirm.content.decode()
    assert "Keep this one" in page and "J. Delors" in page and "Jacques Delors" in page
    assert Person.objects.count() == 2

    done = staff_client.post(changelist_url(Person), {**selected, "confirm": "yes", "keep": keep.pk})
    assert done.status_code == 302
    assert list(Person.objects.all()) == [keep]
    assert set(ArticlePerson.objects.values_list("article_id", "person_id", "role")) == {
        (story.pk, keep.pk, "president"), (other.pk, keep.pk, "minister"),
    }
    assert keep.aliases.filter(name="J. Delors").exists()


def test_merge_people_action_refuses_a_not_a_person_entry_with_a_message(staff_client, db):
    real, junk = make_person("Jacques Delors"), make_person("Delors Plan")
    junk.not_a_person = True
    junk.save()
    selected = {"action": "merge_people", "_selected_action": [real.pk, junk.pk]}
    response = staff_client.post(changelist_url(Person), {**selected, "confirm": "yes", "keep": real.pk}, follow=True)
    assert response.status_code == 200
    assert "Nothing was merged" in response.content.decode() and "not a person" in response.content.decode()
    assert Person.objects.count() == 2


def test_merge_needs_two_people(staff_client, db):
    person = make_person("Alone")
    response = staff_client.post(
        changelist_url(Person), {"action": "merge_people", "_selected_action": [person.pk]}, follow=True
    )
    assert "Select at least two people" in response.content.decode()


def test_mark_not_a_person_action(staff_client, db):
    junk = make_person("Monday Morning")
    make_article(people=[junk])
    response = staff_client.post(
        changelist_url(Person), {"action": "mark_not_a_person", "_selected_action": [junk.pk]}
    )
    assert response.status_code == 302
    junk.refresh_from_db()
    assert junk.not_a_person and not junk.article_links.exists()


def test_ticking_not_a_person_in_the_form_unlinks_too(staff_client, db):
    junk = make_person("Tuesday")
    make_article(people=[junk])
    data = {
        "name": "Tuesday", "slug": junk.slug, "not_a_person": "on",
        "aliases-TOTAL_FORMS": 0, "aliases-INITIAL_FORMS": 0, "aliases-MIN_NUM_FORMS": 0, "aliases-MAX_NUM_FORMS": 1000,
    }
    assert staff_client.post(change_url(junk), data).status_code == 302
    assert not junk.article_links.exists()


def alias_data(obj, *names, **extra):
    data = {
        "aliases-TOTAL_FORMS": len(names), "aliases-INITIAL_FORMS": 0,
        "aliases-MIN_NUM_FORMS": 0, "aliases-MAX_NUM_FORMS": 1000,
    }
    for n, name in enumerate(names):
        data[f"aliases-{n}-name"] = name
    data.update(extra)
    return data


def test_editor_adds_a_person_alias_with_a_normalised_key(staff_client, db):
    person = make_person("Jacques Delors")
    data = alias_data(person, "Mr Jacques  DELORS", name=person.name, slug=person.slug)
    assert staff_client.post(change_url(person), data).status_code == 302
    assert person.aliases.get().key == "jacques delors"


def test_an_alias_taken_by_someone_else_is_a_form_error(staff_client, db):
    person, other = make_person("Jacques Delors"), make_person("Someone Else")
    PersonAlias.objects.create(person=other, name="JD", key="jd")
    response = staff_client.post(change_url(person), alias_data(person, "jd", name=person.name, slug=person.slug))
    assert response.status_code == 200
    assert "already makes this name resolve to Someone Else" in response.content.decode()
    response = staff_client.post(change_url(person), alias_data(person, "X Y", "x  y", name=person.name, slug=person.slug))
    assert response.status_code == 200 and not person.aliases.exists()


# Tags and agencies ------------------------------------------------------------------------

def test_tag_changelist_and_merge(staff_client, db):
    keep, dup = make_tag("Islamic State"), make_tag("ISIS")
    both = make_article(tags=[keep, dup])
    only_dup = make_article(tags=[dup])
    changelist = staff_client.get(changelist_url(Tag))
    assert changelist.status_code == 200
    selected = {"action": "merge_tags", "_selected_action": [keep.pk, dup.pk]}
    assert "Keep this one" in staff_client.post(changelist_url(Tag), selected).content.decode()
    assert staff_client.post(changelist_url(Tag), {**selected, "confirm": "yes", "keep": keep.pk}).status_code == 302
    assert list(Tag.objects.all()) == [keep]
    assert set(keep.tagged_articles.values_list("content_object_id", flat=True)) == {both.pk, only_dup.pk}
    assert TagAlias.objects.filter(tag=keep, key="isis").exists()


def test_renaming_a_tag_keeps_the_old_name_as_an_alias(staff_client, db):
    tag = make_tag("Isis", kind=Tag.ORGANISATION)
    data = alias_data(tag, name="Islamic State", slug=tag.slug, kind=Tag.ORGANISATION)
    assert staff_client.post(change_url(tag), data).status_code == 302
    tag.refresh_from_db()
    assert tag.name == "Islamic State"
    assert tag.aliases.filter(name="Isis", key="isis").exists()


def test_agency_changelist_counts_and_alias_inline(staff_client, db):
    agency = make_agency("AFP", full_name="Agence France-Presse")
    make_article(agency=agency)
    response = staff_client.get(changelist_url(type(agency)))
    assert response.status_code == 200
    assert response.context["cl"].result_list[0].article_count == 1
    data = alias_data(agency, "Agence France Presse", name="AFP", full_name=agency.full_name, slug=agency.slug)
    assert staff_client.post(change_url(agency), data).status_code == 302
    assert agency.aliases.get().name == "Agence France Presse"


def test_person_autocomplete_for_the_inline(staff_client, db):
    make_person("Jacques Delors")
    response = staff_client.get(
        reverse("admin:autocomplete"),
        {"term": "delo", "app_label": "articles", "model_name": "articleperson", "field_name": "person"},
    )
    assert response.status_code == 200
    assert "Jacques Delors" in response.content.decode()


def test_article_changelist_search_uses_the_full_text_index(staff_client, db):
    drought = make_article("Rain returns to the cocoa zone", body="Showers eased the drought for farmers.")
    make_article("Harvest festival", body="Music and dancing.")
    url = changelist_url(Article)
    # Stemmed full-text match in the body ("farmer" finds "farmers"), as readers' search does.
    assert list(staff_client.get(url, {"q": "farmer"}).context["cl"].result_list) == [drought]
    # A fragment of a headline still finds it.
    assert list(staff_client.get(url, {"q": "arvest fest"}).context["cl"].result_list)[0].headline == "Harvest festival"
    # Operators and punctuation typed by an editor are no error.
    assert staff_client.get(url, {"q": '"unclosed OR -'}).status_code == 200


def test_tags_typed_in_the_article_form_follow_tag_aliases(staff_client, article):
    islamic_state = make_tag("Islamic State", kind=Tag.ORGANISATION)
    TagAlias.objects.create(tag=islamic_state, name="ISIL", key="isil")
    existing = {tag.name for tag in article.tags.all()}
    typed = ", ".join(sorted(existing | {"ISIL", "isil"}))
    response = staff_client.post(change_url(article), article_form_data(article, tags=typed))
    assert response.status_code == 302
    assert {tag.name for tag in article.tags.all()} == existing | {"Islamic State"}
    assert not Tag.objects.filter(name__iexact="ISIL").exists()
    article.refresh_from_db()
    assert "tags" in article.editor_fields


def test_source_files_show_failed_imports_read_only(staff_client, db):
    from articles.models import SourceFile

    SourceFile.objects.create(path="/archive/good.txt", size=10, mtime_ns=1, content_hash="a" * 64, story_count=1)
    bad = SourceFile.objects.create(
        path="/archive/photo.txt", size=10, mtime_ns=1, content_hash="b" * 64, error="binary file (PNG image)"
    )
    url = changelist_url(SourceFile)
    response = staff_client.get(url, {"status": "failed"})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [bad]
    page = staff_client.get(reverse("admin:articles_sourcefile_change", args=[bad.pk])).content.decode()
    assert "binary file (PNG image)" in page
    assert 'name="error"' not in page  # read-only
    assert staff_client.get(reverse("admin:articles_sourcefile_add")).status_code == 403


def test_view_only_staff_can_still_read_a_story(limited_client, article):
    response = limited_client("view_article").get(change_url(article))
    assert response.status_code == 200
    assert "Talks resume" in response.content.decode()
