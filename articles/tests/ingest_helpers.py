"""Helpers for the import tests: story files in real layouts, row counts, command runs."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import dj_database_url
from django.conf import settings
from django.core.management import call_command

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
    TaggedArticle,
)

PROJECT_DIR = Path(__file__).resolve().parents[2]
ALL_MODELS = (Article, Person, PersonAlias, Tag, TagAlias, TaggedArticle, ArticlePerson, Agency, AgencyAlias, SourceFile)


def seed_story(
    headline,
    paragraphs,
    *,
    standfirst="The standfirst says what happened in one line",
    agency="Afp",
    date="November 15, 2015",
    dateline="WASHINGTON",
    caption="",
):
    """A story file in the "seed" layout (see /work/shared/seed/*.txt)."""
    lines = [headline, "", standfirst, "", "", f"{agency} {date}"]
    if caption:
        lines.append(caption)
    lines.append("")
    body = [f"{dateline}: {paragraphs[0]}", *paragraphs[1:]]
    return ("\n".join(lines) + "\n" + "\n\n".join(body) + "\n").encode("utf-8")


def reuters_sgml(stories):
    """A Reuters-21578 SGML file holding ``stories``: dicts with newid, title, body, places, people..."""
    out = ['<!DOCTYPE lewis SYSTEM "lewis.dtd">']
    for story in stories:
        codes = "".join(
            f"<{tag.upper()}>" + "".join(f"<D>{code}</D>" for code in story.get(tag, [])) + f"</{tag.upper()}>"
            for tag in ("topics", "places", "people", "orgs", "exchanges", "companies")
        )
        out.append(
            f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="{story["newid"] + 5000}" '
            f'NEWID="{story["newid"]}">\n'
            f"<DATE>{story.get('date', '26-FEB-1987 15:01:01.79')}</DATE>\n{codes}\n"
            f"<TEXT>&#2;\n<TITLE>{story['title']}</TITLE>\n"
            f"<DATELINE>    {story.get('dateline', 'NEW YORK, Feb 26')} - </DATELINE><BODY>{story['body']}\n"
            f" Reuter\n&#3;</BODY></TEXT>\n</REUTERS>"
        )
    return ("\n".join(out) + "\n").encode("latin-1")


def write(folder, name, data):
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def table_counts():
    return {model.__name__: model.objects.count() for model in ALL_MODELS}


def snapshot():
    """Everything a re-run must leave alone: row counts, and each article's and file's stamps."""
    return {
        "counts": table_counts(),
        "articles": sorted(Article.objects.values_list("pk", "updated_at", "source_hash", "source_path")),
        "files": sorted(SourceFile.objects.values_list("pk", "path", "size", "mtime_ns", "imported_at")),
        "people": sorted(ArticlePerson.objects.values_list("article_id", "person_id", "role")),
        "tags": sorted(TaggedArticle.objects.values_list("content_object_id", "tag_id")),
    }


class CommandResult:
    def __init__(self, status, stdout, stderr):
        self.status, self.stdout, self.stderr = status, stdout, stderr

    def __repr__(self):
        return f"CommandResult(status={self.status}, stdout={self.stdout!r}, stderr={self.stderr!r})"


def run_command(*args, **options):
    """call_command("import_articles", ...) capturing output and the exit status."""
    stdout, stderr = io.StringIO(), io.StringIO()
    status = 0
    try:
        call_command("import_articles", *[str(a) for a in args], stdout=stdout, stderr=stderr, **options)
    except SystemExit as exc:
        status = exc.code
    return CommandResult(status, stdout.getvalue(), stderr.getvalue())


# -- A real on-disk database for subprocess tests ------------------------------


def using_postgres():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


@contextmanager
def throwaway_database(tmp_path):
    """A DATABASE_URL for a fresh migrated database that subprocesses can share; dropped afterwards."""
    if using_postgres():
        import psycopg

        base = os.environ["DATABASE_URL"]
        parsed = dj_database_url.parse(base)
        name = f"newsroom_ingest_{uuid.uuid4().hex[:10]}"
        admin = psycopg.connect(
            host=parsed["HOST"], port=parsed["PORT"] or 5432, user=parsed["USER"],
            password=parsed["PASSWORD"] or None, dbname="postgres", autocommit=True,
        )
        admin.execute(f'CREATE DATABASE "{name}"')
        url = base.rsplit("/", 1)[0] + "/" + name
        try:
            manage("migrate", "--noinput", database_url=url)
            yield url
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()
    else:
        url = f"sqlite:///{tmp_path / 'ingest.sqlite3'}"
        manage("migrate", "--noinput", database_url=url)
        yield url


def manage_env(database_url, **extra):
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="newsroom.test_settings",
        PYTHONUNBUFFERED="1",
        **{k: str(v) for k, v in extra.items()},
    )
    return env


def manage(*args, database_url, env=None, check=True):
    result = subprocess.run(
        [sys.executable, str(PROJECT_DIR / "manage.py"), *map(str, args)],
        cwd=PROJECT_DIR, env=env or manage_env(database_url), capture_output=True, text=True, timeout=120,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(map(str, args))} failed:\n{result.stdout}\n{result.stderr}")
    return result


def start_manage(*args, database_url, **extra_env):
    return subprocess.Popen(
        [sys.executable, str(PROJECT_DIR / "manage.py"), *map(str, args)],
        cwd=PROJECT_DIR, env=manage_env(database_url, **extra_env),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def query(database_url, sql):
    """Run one read-only query on the throwaway database, from this process."""
    config = dj_database_url.parse(database_url)
    if config["ENGINE"].endswith("sqlite3"):
        import sqlite3

        with sqlite3.connect(config["NAME"], timeout=20) as conn:
            return conn.execute(sql).fetchall()
    import psycopg

    with psycopg.connect(
        host=config["HOST"], port=config["PORT"] or 5432, user=config["USER"],
        password=config["PASSWORD"] or None, dbname=config["NAME"],
    ) as conn:
        return conn.execute(sql).fetchall()
