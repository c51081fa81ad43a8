"""articles.ingest: idempotent, editor-safe imports of real story files (real parser, real files)."""

import os

import pytest

from articles import ingest
from articles.ingest import import_paths, restore_importer_fields
from articles.models import (
    Agency,
    AgencyAlias,
    Article,
    ArticlePerson,
    Person,
    PersonAlias,
    SourceFile,
    Tag,
    TagAlias,
)

from .ingest_helpers import reuters_sgml, seed_story, snapshot, table_counts, write

pytestmark = pytest.mark.django_db

CARTER = seed_story(
    "US, France agree on 'concrete steps' against IS: Pentagon",
    [
        'The defense ministers of France and the United States agreed on Sunday on "concrete steps" '
        "to intensify cooperation against the Islamic State group, the Pentagon said.",
        "US Defense Secretary Ashton Carter and French Defense Minister Jean-Yves le Drian discussed "
        "the actions they are taking in response to Friday's attacks in Paris.",
        '"They agreed on concrete steps," Pentagon press secretary Peter Cook said.',
    ],
)

TRADE = seed_story(
    "Japan and Germany discuss trade surplus in Tokyo talks",
    [
        "Japanese and West German officials met in Tokyo to discuss their trade surpluses with the United States.",
        "Finance Minister Kiichi Miyazawa said Japan would do its best to stimulate domestic demand.",
    ],
    agency="Reuters",
    dateline="TOKYO",
)


def reuters_file(*newids, extra=""):
    stories = {
        1: dict(
            newid=1, title="BAHIA COCOA REVIEW", places=["brazil"], topics=["cocoa"],
            body="Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought.\n"
            "    Comissaria Smith said spot bean prices rose to 340 to 350 cruzados per arroba." + extra,
            dateline="SALVADOR, Feb 26",
        ),
        2: dict(
            newid=2, title="BALDRIGE SAYS U.S. TRADE DEFICIT TO NARROW", places=["usa"], people=["baldrige"],
            body="Commerce Secretary Malcolm Baldrige said the U.S. trade deficit would narrow this year.\n"
            "    He told reporters the dollar's fall would help exports.",
            dateline="WASHINGTON, Feb 26",
        ),
        3: dict(
            newid=3, title="STANDARD OIL TO FORM FINANCIAL UNIT", places=["usa"], topics=["acq"],
            body="Standard Oil Co said it would form a financial unit to manage its investments.\n"
            "    The company said the unit would be based in Cleveland.",
            dateline="CLEVELAND, Feb 26",
        ),
    }
    return reuters_sgml([stories[n] for n in newids])


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "archive"
    write(folder, "2015/carter.txt", CARTER)
    write(folder, "1987/trade.txt", TRADE)
    write(folder, "1987/reut2-000.sgm", reuters_file(1, 2, 3))
    return folder


def test_first_import_creates_articles_links_and_file_rows(archive):
    report = import_paths([archive])

    assert (report.created, report.updated, report.duplicate, report.failed, report.files) == (5, 0, 0, 0, 3)
    assert Article.objects.count() == 5
    assert SourceFile.objects.count() == 3
    carter = Article.objects.get(source_path=str(archive / "2015/carter.txt"))
    assert carter.source_key and carter.slug.startswith("us-france-agree")
    assert carter.body == "\n\n".join(carter.paragraphs) and "Ashton Carter" in carter.body
    assert carter.agency.name == "AFP"
    assert carter.published_at is not None and carter.published_at.year == 2015 and carter.published_at.tzinfo
    assert isinstance(carter.removed_lines, list) and isinstance(carter.parse_warnings, list)
    assert carter.editor_fields == [] and carter.layout == "seed" and carter.created_at and carter.updated_at
    assert Article.objects.search("Pentagon").filter(pk=carter.pk).exists()  # the search index saw the insert
    assert "Ashton Carter" in {p.name for p in carter.people.all()}
    assert AgencyAlias.objects.filter(key="afp", agency=carter.agency).exists()
    assert all(PersonAlias.objects.filter(person=p).exists() for p in Person.objects.all())
    assert all(TagAlias.objects.filter(tag=t).exists() for t in Tag.objects.all())
    sgml = SourceFile.objects.get(path=str(archive / "1987/reut2-000.sgm"))
    assert sgml.story_count == 3 and not sgml.error and len(sgml.content_hash) == 64
    assert set(Article.objects.filter(source_path=sgml.path).values_list("source_key", flat=True)) == {"1", "2", "3"}
    assert Article.objects.get(source_path=sgml.path, source_key="2").tags.filter(name__iexact="usa").exists() or (
        Article.objects.get(source_path=sgml.path, source_key="2").tags.exists()
    )


def test_second_run_changes_nothing_and_does_not_parse(archive, monkeypatch, django_assert_max_num_queries):
    import_paths([archive])
    before = snapshot()

    def no_parsing(*args, **kwargs):
        raise AssertionError("an unchanged file was parsed")

    monkeypatch.setattr(ingest, "parse_story_file", no_parsing)
    with django_assert_max_num_queries(3):
        report = import_paths([archive])

    assert (report.created, report.updated, report.unchanged, report.failed) == (0, 0, 5, 0)
    assert snapshot() == before


def test_touched_file_with_same_bytes_updates_only_its_stat(archive, monkeypatch):
    import_paths([archive])
    path = archive / "2015/carter.txt"
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = snapshot()
    monkeypatch.setattr(ingest, "parse_story_file", lambda *a: pytest.fail("parsed an unchanged file"))

    report = import_paths([archive])

    assert (report.created, report.updated, report.unchanged) == (0, 0, 5)
    after = snapshot()
    assert after["articles"] == before["articles"] and after["counts"] == before["counts"]
    assert SourceFile.objects.get(path=str(path)).mtime_ns == 1_000_000_000
    assert import_paths([archive]).unchanged == 5


def test_changed_file_keeps_the_editors_fields_people_and_tags(archive):
    import_paths([archive])
    path = archive / "2015/carter.txt"
    article = Article.objects.get(source_path=str(path))
    editor_person = Person.objects.create(name="Editor's Choice")
    editor_tag = Tag.objects.create(name="Editors' tag", slug="editors-tag")
    article.headline = "Edited headline"
    article.people.set([editor_person])
    article.tags.set([editor_tag])
    article.editor_fields = ["headline", "people", "tags"]
    article.save()

    write(archive, "2015/carter.txt", CARTER.replace(b"Peter Cook said.", b"Peter Cook said.\n\nJohn Kirby agreed."))
    report = import_paths([archive])

    assert (report.created, report.updated, report.unchanged) == (0, 1, 4)
    article.refresh_from_db()
    assert article.headline == "Edited headline"
    assert "John Kirby agreed." in article.body
    assert list(article.people.all()) == [editor_person]
    assert list(article.tags.all()) == [editor_tag]
    assert article.editor_fields == ["headline", "people", "tags"]
    assert "John Kirby agreed." in article.source_text


def test_changed_file_updates_unlocked_people_and_tags(archive):
    import_paths([archive])
    path = archive / "2015/carter.txt"
    write(archive, "2015/carter.txt", CARTER.replace(b"Peter Cook said.", b"Peter Cook said.\n\nJohn Kirby agreed."))
    import_paths([archive])
    article = Article.objects.get(source_path=str(path))
    assert "John Kirby" in {p.name for p in article.people.all()}
    assert ArticlePerson.objects.filter(article=article).count() == article.people.count()


def test_restore_importer_fields_hands_fields_back(archive):
    import_paths([archive])
    article = Article.objects.get(source_path=str(archive / "2015/carter.txt"))
    original = {"headline": article.headline, "people": set(article.people.all()), "tags": set(article.tags.all())}
    other_agency = Agency.objects.create(name="Someone")
    article.headline, article.agency, article.byline = "Edited", other_agency, "Edited byline"
    article.people.set([])
    article.tags.set([])
    article.editor_fields = ["headline", "agency", "people", "tags", "byline"]
    article.save()

    restore_importer_fields(article, ["headline", "people", "tags", "agency"])

    article.refresh_from_db()
    assert article.headline == original["headline"]
    assert article.agency.name == "AFP"
    assert set(article.people.all()) == original["people"]
    assert set(article.tags.all()) == original["tags"]
    assert article.editor_fields == ["byline"] and article.byline == "Edited byline"
    with pytest.raises(ValueError):
        restore_importer_fields(article, ["slug"])


def test_same_story_in_two_files_is_one_article_and_reported(archive):
    write(archive, "copies/carter-copy.txt", CARTER)
    report = import_paths([archive])

    assert Article.objects.filter(source_hash=Article.objects.get(headline__startswith="US, France").source_hash).count() == 1
    assert report.duplicate == 1
    (dup,) = report.duplicates
    assert {dup.path, dup.duplicate_of} == {str(archive / "2015/carter.txt"), str(archive / "copies/carter-copy.txt")}
    assert import_paths([archive]).duplicate == 0  # reported once; the copy is now a known file


def test_moved_file_is_not_a_new_story(archive, monkeypatch):
    import_paths([archive])
    before = table_counts()
    old, new = archive / "2015/carter.txt", archive / "moved/carter-renamed.txt"
    new.parent.mkdir()
    os.rename(old, new)
    monkeypatch.setattr(ingest, "parse_story_file", lambda *a: pytest.fail("a moved file was parsed"))

    report = import_paths([archive])

    assert (report.created, report.duplicate, report.failed) == (0, 0, 0)
    assert report.updated == 1
    assert table_counts() == before
    assert Article.objects.filter(source_path=str(new)).count() == 1
    assert not SourceFile.objects.filter(path=str(old)).exists()
    assert SourceFile.objects.filter(path=str(new)).exists()


def test_bad_files_are_reported_and_recorded_while_good_ones_land(archive):
    write(archive, "bad/empty.txt", b"")
    write(archive, "bad/binary.txt", b"\x00\x01\x02\xff" * 100)
    report = import_paths([archive])

    assert report.created == 5 and report.failed == 2 and not report.ok
    failed = {f.path: f.reason for f in report.failures}
    assert set(failed) == {str(archive / "bad/empty.txt"), str(archive / "bad/binary.txt")}
    assert all(failed.values())
    assert SourceFile.objects.get(path=str(archive / "bad/empty.txt")).error == failed[str(archive / "bad/empty.txt")]

    # A failed file is retried until it is fixed; then its error is cleared.
    assert import_paths([archive]).failed == 2
    write(archive, "bad/empty.txt", TRADE.replace(b"Tokyo talks", b"Bonn talks").replace(b"in Tokyo", b"in Bonn"))
    report = import_paths([archive])
    assert report.failed == 1 and report.created == 1
    assert SourceFile.objects.get(path=str(archive / "bad/empty.txt")).error == ""


def test_unreadable_file_is_a_failure(archive, monkeypatch):
    path = write(archive, "secret.txt", TRADE)
    path.chmod(0)
    if os.access(path, os.R_OK):  # running as root: make the read fail another way
        real_open = open

        def deny(file, *args, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(ingest, "open", deny, raising=False)
    try:
        report = import_paths([archive])
    finally:
        path.chmod(0o644)
    assert report.created == 5 and report.failed == 1
    assert report.failures[0].path == str(path) and "Permission denied" in report.failures[0].reason
    assert "Permission denied" in SourceFile.objects.get(path=str(path)).error


def test_hidden_and_temporary_files_are_ignored(tmp_path):
    for name in ("story.txt~", "story.tmp", ".story.txt.swp", ".#story.txt", "#story.txt#", "story.part",
                 ".DS_Store", "Thumbs.db", ".hidden.txt", ".git/story.txt"):
        write(tmp_path, name, CARTER)
    write(tmp_path, "real.txt", TRADE)
    report = import_paths([tmp_path])
    assert report.files == 1 and report.created == 1
    assert list(SourceFile.objects.values_list("path", flat=True)) == [str(tmp_path / "real.txt")]


def test_globs_select_files(archive):
    report = import_paths([str(archive / "*" / "*.txt")])
    assert report.files == 2 and report.created == 2
    report = import_paths([str(archive / "**" / "*.sgm")])
    assert report.files == 1 and report.created == 3
    write(archive, "2015/draft.txt~", TRADE)
    write(archive, "2015/.hidden.txt", TRADE)
    assert import_paths([str(archive / "2015" / "*")]).files == 1  # the temporary and hidden files are skipped
    report = import_paths([str(archive / "nothing-*.txt")])
    assert report.files == 0 and report.warnings


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(ingest.PathNotFound):
        import_paths([tmp_path / "nope"])


def test_later_imports_respect_merges_aliases_and_not_a_person(tmp_path):
    # An editor merged "Ash Carter" into Ashton Carter, marked "Peter Cook" as not a
    # person, and said "Islamic State" is the same tag as "IS".
    ashton = Person.objects.create(name="Ashton Carter (merged)")
    PersonAlias.objects.create(person=ashton, name="Ashton Carter", key="ashton carter")
    junk = Person.objects.create(name="Peter Cook", not_a_person=True)
    PersonAlias.objects.create(person=junk, name="Peter Cook", key="peter cook")
    state = Tag.objects.create(name="IS group", slug="is-group", kind=Tag.ORGANISATION)
    write(tmp_path, "carter.txt", CARTER)

    import_paths([tmp_path])

    article = Article.objects.get()
    assert article.tags.exists()
    people = set(article.people.all())
    assert ashton in people and junk not in people
    assert not Person.objects.filter(name="Ashton Carter").exists()
    # Tag aliases: give every imported tag's alias to "IS group", re-import, all go there.
    TagAlias.objects.update(tag=state)
    write(tmp_path, "carter.txt", CARTER + b"\nOne more paragraph.\n")
    import_paths([tmp_path])
    article.refresh_from_db()
    assert {t.pk for t in article.tags.all()} == {state.pk}


def test_unknown_agency_creates_an_agency_with_a_warning(tmp_path):
    write(tmp_path, "odd.txt", seed_story("Something happened in the harbour today", ["A boat sank."], agency="Zzyzx"))
    report = import_paths([tmp_path])
    assert report.created == 1 and report.ok
    article = Article.objects.get()
    assert article.agency is not None and article.agency.name.lower() == "zzyzx"
    assert any("Zzyzx" in w.message for w in report.warnings)
    assert not import_paths([tmp_path]).warnings


def test_story_gone_from_a_multi_story_file_is_kept_with_a_warning(tmp_path):
    write(tmp_path, "reut.sgm", reuters_file(1, 2, 3))
    import_paths([tmp_path])
    write(tmp_path, "reut.sgm", reuters_file(1, 3, extra="\n    Arrivals were higher."))
    report = import_paths([tmp_path])
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    assert Article.objects.count() == 3
    assert any("'2'" in w.message for w in report.warnings)


def test_dry_run_writes_nothing(archive):
    before = snapshot()
    report = import_paths([archive], dry_run=True)
    assert report.created == 5 and report.dry_run
    assert snapshot() == before


def test_slugs_are_unique_within_a_batch_and_across_runs(tmp_path):
    for n in range(3):
        write(tmp_path, f"a{n}.txt", seed_story("Same headline every time", [f"Story number {n} says something."]))
    import_paths([tmp_path], batch_size=2)
    write(tmp_path, "b.txt", seed_story("Same headline every time", ["Yet another story."]))
    import_paths([tmp_path])
    slugs = sorted(Article.objects.values_list("slug", flat=True))
    assert slugs == ["same-headline-every-time", "same-headline-every-time-2", "same-headline-every-time-3",
                     "same-headline-every-time-4"]


def test_small_batches_give_the_same_result(archive):
    report = import_paths([archive], batch_size=1)
    assert report.created == 5 and Article.objects.count() == 5


def test_parsing_in_worker_processes_gives_the_same_result(tmp_path):
    for n in range(ingest.PARALLEL_MIN_FILES + 6):
        write(tmp_path, f"many/{n:03}.txt", seed_story(f"Harbour story {n}", [f"Ship {n} docked, Jane Doe said."]))
    write(tmp_path, "many/empty.txt", b"")
    report = import_paths([tmp_path], workers=2)
    assert report.created == ingest.PARALLEL_MIN_FILES + 6 and report.failed == 1
    assert report.failures[0].path == str(tmp_path / "many/empty.txt")
    assert Article.objects.count() == report.created and ArticlePerson.objects.exists()
    assert import_paths([tmp_path], workers=2).unchanged == report.created
