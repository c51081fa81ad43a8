"""Handing fields back to the importer re-parses the stored source_text as text:
non-ASCII Reuters SGML and latin-1 NITF come back exactly as first imported."""

import pytest

from articles.ingest import import_paths, restore_importer_fields
from articles.models import Article

from .ingest_helpers import reuters_sgml, write

pytestmark = pytest.mark.django_db

SGML = reuters_sgml(
    [
        dict(
            newid=7, title="CAFE NOIR SAYS CREME PRICES RISE", places=["france"], topics=["cocoa"],
            body="Café Noir said crème prices rose sharply this week.\n"
            "    The café's owner, Hélène Dupré, blamed the drought in Côte d'Ivoire.",
            dateline="PARIS, Feb 26",
        ),
        dict(
            newid=8, title="ZURICH BANKS SAY FRANC TOO STRONG", places=["switzerland"],
            body="Bankers in Zürich said the franc's rise was hurting exporters.",
            dateline="ZÜRICH, Feb 27",
        ),
    ]
)  # latin-1 bytes, as Reuters-21578 files are

NITF = (
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
    '<nitf version="-//IPTC//DTD NITF 3.4//EN">\n'
    '<head><title>Señora Várga wins the Zürich prize</title>\n'
    '<docdata><doc-id id-string="nitf-0042" regsrc="AFP"/><date.issue norm="20151115T120000Z"/></docdata></head>\n'
    "<body><body.head><hedline><hl1>Señora Várga wins the Zürich prize</hl1>"
    "<hl2>The jury praised her crème brûlée essay</hl2></hedline>\n"
    "<byline>By <person>Eléna Várga</person></byline>\n"
    "<dateline><location><city>Zürich</city></location></dateline>\n"
    "<distributor>AFP</distributor></body.head>\n"
    "<body.content><p>Eléna Várga won the prize on Sunday in Zürich.</p>\n"
    "<p>The café where she wrote the essay was full, said Señor Muñoz.</p></body.content>\n"
    "</body>\n</nitf>\n"
).encode("latin-1")

SCALARS = ("headline", "standfirst", "body", "dateline", "published_at", "caption", "photo_credit", "byline")


def _state(article):
    article.refresh_from_db()
    return {
        **{name: getattr(article, name) for name in SCALARS},
        "agency": article.agency_id,
        "people": sorted(article.people.values_list("pk", flat=True)),
        "tags": sorted(article.tags.values_list("pk", flat=True)),
        "source_text": article.source_text,
        "source_hash": article.source_hash,
    }


def _edit_everything(article):
    for name in ("headline", "standfirst", "body", "dateline", "caption", "photo_credit", "byline"):
        setattr(article, name, f"edited {name}")
    article.people.set([])
    article.tags.set([])
    article.editor_fields = list(Article.IMPORTER_FIELDS)
    article.save()


@pytest.fixture
def imported(tmp_path):
    write(tmp_path, "1987/reut2-cafe.sgm", SGML)
    write(tmp_path, "2015/prize.xml", NITF)
    import_paths([tmp_path])
    return tmp_path


def test_sgml_body_handed_back_is_the_imported_body_not_mojibake(imported):
    article = Article.objects.get(source_path=str(imported / "1987/reut2-cafe.sgm"), source_key="7")
    assert "Café Noir said crème" in article.body
    original = _state(article)
    article.body = "An editor rewrote this."
    article.editor_fields = ["body"]
    article.save()

    restore_importer_fields(article, ["body"])

    restored = _state(article)
    assert restored == original
    assert "Ã" not in restored["body"] and "Hélène Dupré" in restored["body"]
    assert article.editor_fields == []


@pytest.mark.parametrize(("path", "key"), [("1987/reut2-cafe.sgm", "7"), ("1987/reut2-cafe.sgm", "8"), ("2015/prize.xml", "nitf-0042")])
def test_every_importer_field_handed_back_equals_the_first_import(imported, path, key):
    article = Article.objects.get(source_path=str(imported / path), source_key=key)
    original = _state(article)
    _edit_everything(article)

    restore_importer_fields(article, list(Article.IMPORTER_FIELDS))

    assert _state(article) == original
    assert article.editor_fields == []


def test_latin1_nitf_byline_handed_back_is_not_mis_decoded(imported):
    article = Article.objects.get(source_path=str(imported / "2015/prize.xml"))
    assert article.layout == "nitf" and article.byline == "Eléna Várga"
    original = _state(article)
    article.byline = "Someone Else"
    article.editor_fields = ["byline", "headline"]
    article.save()

    restore_importer_fields(article, ["byline"])

    restored = _state(article)
    assert restored["byline"] == "Eléna Várga" == original["byline"]
    assert restored["headline"] == original["headline"] == "Señora Várga wins the Zürich prize"
    assert article.editor_fields == ["headline"]


def test_a_later_import_after_hand_back_changes_nothing(imported):
    article = Article.objects.get(source_path=str(imported / "1987/reut2-cafe.sgm"), source_key="7")
    _edit_everything(article)
    restore_importer_fields(article, list(Article.IMPORTER_FIELDS))
    after_handback = _state(article)

    import_paths([imported])

    assert _state(article) == after_handback
