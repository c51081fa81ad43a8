"""Full-text search over articles: SQLite FTS5 by default, PostgreSQL FTS at scale.

The index itself is created by migration 0002 (an FTS5 table kept in step by
triggers on SQLite; a GIN expression index on PostgreSQL). This module builds
the matching queries; the two must stay in step.
"""

import re

from django.db import connections
from django.db.models import BooleanField, FloatField
from django.db.models.expressions import RawSQL

FTS_TABLE = "articles_article_fts"
PG_CONFIG = "english"
# Must match the expression of the GIN index created in migration 0002.
PG_DOCUMENT = (
    "to_tsvector('english'::regconfig, "
    "COALESCE(\"articles_article\".\"headline\", '') || ' ' || "
    "COALESCE(\"articles_article\".\"standfirst\", '') || ' ' || "
    "COALESCE(\"articles_article\".\"body\", ''))"
)

MAX_QUERY_LENGTH = 200
_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(text):
    """Turn what a reader typed into a safe FTS5 query.

    Every word is quoted, so FTS5 operators and punctuation typed by a reader
    cannot make the query invalid; words must all match ("a b" is a AND b),
    "quoted phrases" match as phrases and the last word also matches as a prefix.
    """
    parts = []
    for phrase, bare in re.findall(r'"([^"]*)"|(\S+)', text):
        words = _WORD.findall(phrase or bare)
        if not words:
            continue
        if phrase:
            parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{word}"' for word in words)
    if not parts:
        return ""
    if parts[-1].count(" ") == 0:
        parts[-1] = parts[-1] + "*"
    return " ".join(parts)


def search_queryset(queryset, text):
    """Filter ``queryset`` to articles matching ``text``, best match first."""
    text = (text or "").strip()[:MAX_QUERY_LENGTH]
    vendor = connections[queryset.db].vendor
    if vendor == "postgresql":
        if not _WORD.search(text):
            return queryset.none()
        query = f"websearch_to_tsquery('{PG_CONFIG}'::regconfig, %s)"
        return (
            queryset.filter(RawSQL(f"{PG_DOCUMENT} @@ {query}", [text], output_field=BooleanField()))
            .annotate(rank=RawSQL(f"ts_rank({PG_DOCUMENT}, {query})", [text], output_field=FloatField()))
            .order_by("-rank", "-published_at", "-id")
        )
    match = fts5_query(text)
    if not match:
        return queryset.none()
    # bm25() is smaller for better matches.
    rank_sql = (
        f"SELECT bm25({FTS_TABLE}, 10.0, 4.0, 1.0) FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH %s AND {FTS_TABLE}.rowid = articles_article.id"
    )
    return (
        queryset.filter(id__in=RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match]))
        .annotate(rank=RawSQL(rank_sql, [match], output_field=FloatField()))
        .order_by("rank", "-published_at", "-id")
    )
