"""The one place that writes parsed stories to the database.

``import_paths(paths)`` walks files, directories and globs, skips files whose
size and mtime match their ``SourceFile`` row without reading them, parses the
rest and writes their stories in batches: each batch of whole files is one
transaction holding its articles, their people/tag/agency links and the files'
``SourceFile`` rows, so a crash leaves either all of a file or none of it, and
the next run simply redoes what is missing. Fields an editor took over
(``Article.editor_fields``) are never overwritten; ``restore_importer_fields``
hands them back. Returns an ``ImportReport``.

Test-only hook: with ``NEWSROOM_IMPORT_BATCH_DELAY`` set (seconds), the importer
sleeps after each committed batch, so a test can kill it mid-run.
"""

from __future__ import annotations

import glob
import hashlib
import os
import time
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connections, models, reset_queries, router, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify

from .entities import canonical_agency, extract_entities, normalise_key
from .models import Agency, AgencyAlias, Article, ArticlePerson, Person, PersonAlias, SourceFile, Tag, TagAlias, TaggedArticle
from .parsing import StoryParseError, parse_story_file, parse_story_text

BATCH_STORIES = 500  # stories per transaction (whole files, so a batch may be larger)
CHUNK_FILES = 500  # files whose SourceFile rows are looked up in one query
MAX_FILE_BYTES = 64 * 1024 * 1024  # never read a runaway file into memory
BATCH_DELAY_ENV = "NEWSROOM_IMPORT_BATCH_DELAY"

TEMPORARY_SUFFIXES = ("~", ".tmp", ".swp", ".part")
TEMPORARY_NAMES = frozenset({".DS_Store", "Thumbs.db"})

# Importer values that are plain columns; "agency", "people" and "tags" are links.
SCALAR_FIELDS = ("headline", "standfirst", "body", "dateline", "published_at", "caption", "photo_credit", "byline")
PROVENANCE_FIELDS = ("source_path", "source_key", "source_hash", "source_text", "layout", "removed_lines", "parse_warnings")


# -- The report ---------------------------------------------------------------


@dataclass
class Failure:
    path: str
    reason: str


@dataclass
class Duplicate:
    path: str
    key: str
    duplicate_of: str  # the source path of the article this story duplicates
    duplicate_of_key: str


@dataclass
class ImportWarning:
    path: str
    message: str


@dataclass
class ImportReport:
    """What a run did. Story counts, except ``failed`` and ``files`` which count files."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    files: int = 0
    elapsed: float = 0.0
    dry_run: bool = False
    failures: list[Failure] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self, prog: str = "import_articles") -> str:
        line = (
            f"{prog}: {self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.duplicate} duplicate, {self.failed} failed (files: {self.files}) in {self.elapsed:.1f}s"
        )
        if self.warnings:
            line += f"; {len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}"
        if self.dry_run:
            line += " [dry run: nothing written]"
        return line

    def as_dict(self) -> dict:
        data = asdict(self)
        data["elapsed"] = round(self.elapsed, 3)
        data["ok"] = self.ok
        return data


@dataclass
class FileOutcome:
    """One file's result, for per-file output (verbosity 2)."""

    path: str
    status: str  # "unchanged", "imported", "moved", "failed"
    detail: str = ""


class PathNotFound(FileNotFoundError):
    """Paths given to the importer that do not exist."""

    def __init__(self, paths):
        self.paths = list(paths)
        super().__init__("no such file or directory: " + ", ".join(self.paths))


# -- Finding files ------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    path: str
    size: int
    mtime_ns: int


def is_ignored(name: str) -> bool:
    """Hidden and editor/transfer temporary files are never imported."""
    return (
        name.startswith(".")
        or name in TEMPORARY_NAMES
        or name.endswith(TEMPORARY_SUFFIXES)
        or (name.startswith("#") and name.endswith("#"))
    )


def missing_paths(paths) -> list[str]:
    """The non-glob paths that do not exist (globs may match nothing yet)."""
    return [p for p in paths if not glob.has_magic(p) and not os.path.lexists(p)]


def _iter_candidates(paths, report: ImportReport):
    seen = set() if len(paths) > 1 else None
    for given in paths:
        if glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                report.warnings.append(ImportWarning(given, "no files match this pattern"))
            for match in matches:
                # glob itself skips hidden names; temporary files it would match are dropped here.
                if not is_ignored(os.path.basename(match.rstrip(os.sep))):
                    yield from _dedupe(_iter_path(match, report), seen)
        else:
            yield from _dedupe(_iter_path(given, report), seen)


def _dedupe(candidates, seen):
    for candidate in candidates:
        if seen is not None:
            if candidate.path in seen:
                continue
            seen.add(candidate.path)
        yield candidate


def _iter_path(path, report):
    path = os.path.abspath(path)
    if os.path.isdir(path):
        yield from _walk(path, report)
        return
    try:
        st = os.stat(path)
    except OSError as exc:
        _walk_failure(report, path, exc)
        return
    yield _Candidate(path, st.st_size, st.st_mtime_ns)


def _walk(directory, report):
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda entry: entry.name)
    except OSError as exc:
        _walk_failure(report, directory, exc)
        return
    for entry in entries:
        if is_ignored(entry.name):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path, report)
            elif entry.is_file():
                st = entry.stat()
                yield _Candidate(entry.path, st.st_size, st.st_mtime_ns)
        except OSError as exc:
            _walk_failure(report, entry.path, exc)


def _walk_failure(report, path, exc):
    report.files += 1
    report.failed += 1
    report.failures.append(Failure(path, _os_reason(exc)))


def _os_reason(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or exc}"


# -- Small helpers ------------------------------------------------------------


def _clip(text, max_length):
    text = text or ""
    return text if len(text) <= max_length else text[:max_length]


def _field_max(model, name):
    return model._meta.get_field(name).max_length


def story_hash(story) -> str:
    return hashlib.sha256(story.source_text.encode("utf-8")).hexdigest()


def _chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class SlugAllocator:
    """Unique slugs for many new rows at once: "name", "name-2", ... in a few queries.

    Remembers what it has handed out and what it found taken, so names that
    repeat across batches (Reuters reuses headlines) cost no extra queries.
    """

    PROBE = 32

    def __init__(self, model, max_length=80, fallback="item"):
        self.model = model
        self.max_length = max_length
        self.fallback = fallback
        self.clear()

    def clear(self):
        self.taken: set[str] = set()
        self.next_n: dict[str, int] = {}

    def committed(self):
        """The batch is in the database now: forget what the database can tell us, to keep memory flat."""
        self.taken.clear()
        if len(self.next_n) > 50_000:
            self.next_n = {base: n for base, n in self.next_n.items() if n > 2}

    def base(self, text):
        return slugify(text or "")[: self.max_length].strip("-") or self.fallback

    def allocate(self, texts) -> list[str]:
        bases = [self.base(text) for text in texts]
        result = [""] * len(bases)
        pending = list(range(len(bases)))
        width = 1
        while pending:
            chosen: dict[int, list[str]] = {}
            claimed = set()
            for i in pending:
                base, n, cands = bases[i], self.next_n.get(bases[i], 1), []
                while len(cands) < width:
                    slug = base if n == 1 else f"{base}-{n}"
                    if slug not in self.taken and slug not in claimed:
                        cands.append(slug)
                        claimed.add(slug)
                    n += 1
                chosen[i] = cands
            probe = [slug for cands in chosen.values() for slug in cands]
            in_db = set()
            for part in _chunks(probe, 500):
                in_db.update(self.model._default_manager.filter(slug__in=part).values_list("slug", flat=True))
            self.taken |= in_db
            still = []
            for i in pending:
                free = next((slug for slug in chosen[i] if slug not in in_db and slug not in self.taken), None)
                if free is None:
                    still.append(i)
                    continue
                result[i] = free
                self.taken.add(free)
                base = bases[i]
                n = 1 if free == base else int(free.rsplit("-", 1)[1])
                self.next_n[base] = max(self.next_n.get(base, 1), n + 1)
            pending = still
            width = self.PROBE
        return result


# -- Linking through the entity layer -----------------------------------------


class EntityLinker:
    """Resolves agency, people and tag names to rows, honouring editors' aliases and merges.

    Lookups are cached for the run; unknown names are created in bulk.
    """

    def __init__(self):
        self.person_slugs = SlugAllocator(Person, 80, "person")
        self.tag_slugs = SlugAllocator(Tag, _field_max(Tag, "slug"), "tag")
        self.agency_slugs = SlugAllocator(Agency, 80, "agency")
        self.clear()

    def clear(self):
        self.agency_by_key: dict[str, int] | None = None
        self.person_by_key: dict[str, int | None] = {}  # None: an editor said "not a person"
        self.tag_by_key: dict[str, int] = {}
        self.keys: dict[str, str] = {}  # name as written -> normalise_key(name)
        for allocator in (self.person_slugs, self.tag_slugs, self.agency_slugs):
            allocator.clear()

    # Agencies are few: all aliases are loaded once.
    def agency_id(self, raw: str, path: str, warnings: list) -> int | None:
        key = normalise_key(raw or "")
        if not key:
            return None
        if self.agency_by_key is None:
            self.agency_by_key = dict(AgencyAlias.objects.values_list("key", "agency_id"))
        if key in self.agency_by_key:
            return self.agency_by_key[key]
        info = canonical_agency(raw)
        if info is not None:
            names, full_name = [info.name, info.full_name, raw], info.full_name
        else:
            tidy = _clip(" ".join(raw.split()), _field_max(Agency, "name"))
            names, full_name = [tidy, raw], ""
        agency = Agency.objects.filter(name__iexact=names[0]).first()
        if agency is None:
            agency = Agency(name=names[0], full_name=full_name)
            agency.slug = self.agency_slugs.allocate([agency.name])[0]
            agency.save()
            if info is None:
                warnings.append(ImportWarning(path, f"unknown agency {raw!r}: created agency {agency.name!r}"))
        for name in names:
            alias_key = normalise_key(name)
            if alias_key and alias_key not in self.agency_by_key:
                alias, _ = AgencyAlias.objects.get_or_create(
                    key=alias_key, defaults={"agency": agency, "name": _clip(name, _field_max(AgencyAlias, "name"))}
                )
                self.agency_by_key[alias_key] = alias.agency_id
        return self.agency_by_key[key]

    def committed(self):
        """Keep memory flat on huge archives: the caches are only a speed-up."""
        for allocator in (self.person_slugs, self.tag_slugs, self.agency_slugs):
            allocator.committed()
        if len(self.person_by_key) > 200_000:
            self.person_by_key.clear()
        if len(self.tag_by_key) > 200_000:
            self.tag_by_key.clear()

    def key(self, name: str) -> str:
        key = self.keys.get(name)
        if key is None:
            if len(self.keys) > 200_000:  # bound the memo on huge archives
                self.keys.clear()
            key = self.keys[name] = normalise_key(name)
        return key

    def resolve_people(self, names):
        wanted: dict[str, str] = {}
        for name in names:
            key = self.key(name)
            if key and key not in self.person_by_key and key not in wanted:
                wanted[key] = name
        if not wanted:
            return
        for part in _chunks(list(wanted), 500):
            for key, person_id, not_a_person in PersonAlias.objects.filter(key__in=part).values_list(
                "key", "person_id", "person__not_a_person"
            ):
                self.person_by_key[key] = None if not_a_person else person_id
        missing = [key for key in wanted if key not in self.person_by_key]
        if not missing:
            return
        name_max, alias_max = _field_max(Person, "name"), _field_max(PersonAlias, "name")
        slugs = self.person_slugs.allocate([wanted[key] for key in missing])
        people = [Person(name=_clip(wanted[key], name_max), slug=slug) for key, slug in zip(missing, slugs)]
        _insert_objects(Person, people, timezone.now())
        _insert_rows(
            PersonAlias,
            ["person_id", "name", "key"],
            [(person.pk, _clip(wanted[key], alias_max), key) for key, person in zip(missing, people)],
        )
        for key, person in zip(missing, people):
            self.person_by_key[key] = person.pk

    def person_id(self, name: str) -> int | None:
        return self.person_by_key.get(self.key(name))

    def resolve_tags(self, specs):
        wanted: dict[str, object] = {}
        for spec in specs:
            key = self.key(spec.name)
            if key and key not in self.tag_by_key and key not in wanted:
                wanted[key] = spec
        if not wanted:
            return
        for part in _chunks(list(wanted), 500):
            self.tag_by_key.update(TagAlias.objects.filter(key__in=part).values_list("key", "tag_id"))
        missing = [key for key in wanted if key not in self.tag_by_key]
        if not missing:
            return
        name_max, alias_max = _field_max(Tag, "name"), _field_max(TagAlias, "name")
        names = {key: _clip(wanted[key].name, name_max) for key in missing}
        by_lower = {}
        for part in _chunks(sorted({name.lower() for name in names.values()}), 500):
            by_lower.update(
                Tag.objects.annotate(lname=Lower("name")).filter(lname__in=part).values_list("lname", "id")
            )
        to_create: dict[str, Tag] = {}  # lower name -> new tag
        for key in missing:
            lower = names[key].lower()
            if lower not in by_lower and lower not in to_create:
                to_create[lower] = Tag(name=names[key], kind=wanted[key].kind)
        if to_create:
            new_tags = list(to_create.values())
            for tag, slug in zip(new_tags, self.tag_slugs.allocate([tag.name for tag in new_tags])):
                tag.slug = slug
            _insert_objects(Tag, new_tags, timezone.now())
            by_lower.update({lower: tag.pk for lower, tag in to_create.items()})
        _insert_rows(
            TagAlias,
            ["tag_id", "name", "key"],
            [(by_lower[names[key].lower()], _clip(wanted[key].name, alias_max), key) for key in missing],
        )
        for key in missing:
            self.tag_by_key[key] = by_lower[names[key].lower()]

    def tag_id(self, name: str) -> int | None:
        return self.tag_by_key.get(self.key(name))


# -- Story -> article ---------------------------------------------------------

_MAX = {name: _field_max(Article, name) for name in ("headline", "dateline", "photo_credit", "byline", "layout", "source_key", "source_path")}


def importer_values(story) -> dict:
    """The importer's value for each scalar field of ``Article.IMPORTER_FIELDS``."""
    return {
        "headline": _clip(story.headline, _MAX["headline"]),
        "standfirst": story.standfirst or "",
        "body": story.body,
        "dateline": _clip(story.dateline, _MAX["dateline"]),
        "published_at": story.published_at,
        "caption": story.caption or "",
        "photo_credit": _clip(story.photo_credit, _MAX["photo_credit"]),
        "byline": _clip(story.byline, _MAX["byline"]),
    }


def _apply_story(article, story, digest, agency_id, locked=()):
    """Copy the story onto the article, leaving the editor's fields alone."""
    for name, value in importer_values(story).items():
        if name not in locked:
            setattr(article, name, value)
    if "agency" not in locked:
        article.agency_id = agency_id
    article.source_hash = digest
    article.source_text = story.source_text
    article.layout = _clip(story.layout, _MAX["layout"])
    article.removed_lines = [{"text": line.text, "reason": line.reason} for line in story.removed]
    article.parse_warnings = list(story.warnings)


def _person_links(article_id, entities, linker):
    """(article_id, person_id, role) rows for the story's people, one per person."""
    links, seen = [], {}
    role_max = _field_max(ArticlePerson, "role")
    for mention in entities.people:
        person_id = linker.person_id(mention.name)
        if person_id is None:
            continue
        if person_id in seen:
            if mention.role and not links[seen[person_id]][2]:
                links[seen[person_id]] = (article_id, person_id, _clip(mention.role, role_max))
            continue
        seen[person_id] = len(links)
        links.append((article_id, person_id, _clip(mention.role, role_max)))
    return links


def _tag_links(article_id, entities, linker):
    tag_ids = []
    for spec in entities.tags:
        tag_id = linker.tag_id(spec.name)
        if tag_id is not None and tag_id not in tag_ids:
            tag_ids.append(tag_id)
    return [(article_id, tag_id) for tag_id in tag_ids]


_PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.BooleanField, models.ForeignKey)


def _insert_objects(model, objs, now):
    """bulk_create for the hot tables, without the ORM's per-value overhead; sets the pks.

    Text, integer and foreign-key values go to the database as they are; other
    fields (dates, JSON) go through their field's own conversion. Like
    bulk_create on SQLite and PostgreSQL, relies on RETURNING giving the ids in
    insertion order.
    """
    if not objs:
        return
    connection = connections[router.db_for_write(model)]
    meta = model._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    for f in fields:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            for obj in objs:
                setattr(obj, f.attname, now)
    converters = [
        (f.attname, None if isinstance(f, _PLAIN_FIELDS) else f) for f in fields
    ]
    quote = connection.ops.quote_name
    head = (
        f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) VALUES "
    )
    tail = f" RETURNING {quote(meta.pk.column)}"
    one = "(" + ", ".join(["%s"] * len(fields)) + ")"
    per = max(1, connection.ops.bulk_batch_size(fields, objs))
    with connection.cursor() as cursor:
        for start in range(0, len(objs), per):
            part = objs[start : start + per]
            params = []
            for obj in part:
                for attname, field in converters:
                    value = getattr(obj, attname)
                    params.append(value if field is None else field.get_db_prep_save(value, connection))
            cursor.execute(head + ", ".join([one] * len(part)) + tail, params)
            for obj, (pk,) in zip(part, cursor.fetchall()):
                obj.pk = pk
                obj._state.adding, obj._state.db = False, connection.alias


def _insert_rows(model, columns, rows, chunk=2000):
    """Plain multi-row INSERTs for link tables: no model instances, no per-value field preparation.

    The values are already database-ready (ids and strings); this is where the
    ORM's bulk_create spent most of an import's write time.
    """
    if not rows:
        return
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    head = f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(model._meta.get_field(c[:-3] if c.endswith('_id') else c).column) for c in columns)}) VALUES "
    one = "(" + ", ".join(["%s"] * len(columns)) + ")"
    per = max(1, min(chunk, 900 // len(columns)))  # stay under SQLite's variable limit
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per):
            part = rows[start : start + per]
            cursor.execute(head + ", ".join([one] * len(part)), [value for row in part for value in row])


# -- Parsing, possibly in worker processes ------------------------------------

PARALLEL_MIN_FILES = 64  # fewer files than this are parsed in-process


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def parse_file(job):
    """(path, bytes) -> ([(story, entities, story hash)], None) or (None, reason). Pure: no database."""
    path, data = job
    try:
        stories = parse_story_file(data, path)
        return [(story, extract_entities(story), story_hash(story)) for story in stories], None
    except StoryParseError as exc:
        return None, exc.reason
    except ImportError:
        raise  # a broken deployment, not a bad file
    except Exception as exc:  # a parser bug must not stop the archive's other files
        return None, f"parser error: {exc.__class__.__name__}: {exc}"


def _worker_init():
    # Die with the importer: a killed run must not leave workers holding its
    # inherited lock (file descriptor or database socket).
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


# A story that touches every lazily built table of the parser and the
# extractor (first names, gazetteers, alias tables).
_WARM_UP_FILE = (
    "/warm-up.txt",
    "Minister meets envoy in Paris\n\nAFP November 15, 2015\n\n"
    # A dateline the gazetteer does not know makes it build its table of all cities too.
    "PORT AMARA: Foreign Minister Anna Berg met US envoy John Smith of the United Nations in Paris.\n".encode(),
)


def _start_pool(workers):
    import multiprocessing

    # Build the parser's and the extractor's tables once, here, before the
    # fork: the workers then share them (copy-on-write) instead of each
    # spending a second or more building its own.
    parse_file(_WARM_UP_FILE)
    # fork: the workers only run parse_file (pure Python); they never touch the
    # database connection they inherit.
    return multiprocessing.get_context("fork").Pool(workers, initializer=_worker_init)


# -- The importer -------------------------------------------------------------


@dataclass
class _ParsedFile:
    candidate: _Candidate
    row: SourceFile | None
    content_hash: str
    stories: list  # [(ParsedStory, StoryEntities, story hash)]


@dataclass
class _Batch:
    parsed: list[_ParsedFile] = field(default_factory=list)
    touched: list[tuple[SourceFile, _Candidate]] = field(default_factory=list)  # same bytes, new stat
    moved: list[tuple[SourceFile, _Candidate]] = field(default_factory=list)
    failed: list[tuple[_Candidate, SourceFile | None, str, str]] = field(default_factory=list)  # (.., hash, reason)
    story_count: int = 0

    def __bool__(self):
        return bool(self.parsed or self.touched or self.moved or self.failed)


@dataclass
class _BatchResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    outcomes: list[FileOutcome] = field(default_factory=list)


class _Importer:
    def __init__(self, report, *, batch_size, on_file, on_progress, workers=None):
        self.report = report
        self.batch_size = batch_size
        self.on_file = on_file
        self.on_progress = on_progress
        self.linker = EntityLinker()
        self.article_slugs = SlugAllocator(Article, 80, "story")
        self.batch = _Batch()
        self.moved_rows: set[int] = set()
        self.delay = float(os.environ.get(BATCH_DELAY_ENV) or 0)
        self.workers = default_workers() if workers is None else workers
        self.pool = None

    def run(self, paths):
        # One chunk in flight: workers parse chunk N+1 while this process writes chunk N.
        in_flight = None
        try:
            for chunk in _chunks(_iter_candidates(paths, self.report), CHUNK_FILES):
                prepared = self._prepare_chunk(chunk)
                if in_flight is not None:
                    self._consume(in_flight)
                in_flight = prepared
            if in_flight is not None:
                self._consume(in_flight)
            self._flush()
        finally:
            if self.pool is not None:
                self.pool.terminate()
                self.pool.join()

    def _done(self, outcome, files=1):
        if self.on_file:
            self.on_file(outcome)
        if self.on_progress:
            self.on_progress(files)

    def _prepare_chunk(self, chunk):
        report = self.report
        report.files += len(chunk)
        rows = {}
        for part in _chunks([c.path for c in chunk], 500):
            rows.update((row.path, row) for row in SourceFile.objects.filter(path__in=part))
        to_read = []
        for candidate in chunk:
            row = rows.get(candidate.path)
            if row and not row.error and row.size == candidate.size and row.mtime_ns == candidate.mtime_ns:
                report.unchanged += row.story_count
                self._done(FileOutcome(candidate.path, "unchanged"))
            else:
                to_read.append((candidate, row))

        read = []
        for candidate, row in to_read:
            try:
                if candidate.size > MAX_FILE_BYTES:
                    raise StoryParseError(candidate.path, f"file too large ({candidate.size} bytes)")
                with open(candidate.path, "rb") as handle:
                    data = handle.read()
            except OSError as exc:
                self._fail(candidate, row, "", _os_reason(exc))
                continue
            except StoryParseError as exc:
                self._fail(candidate, row, "", exc.reason)
                continue
            digest = hashlib.sha256(data).hexdigest()
            if row and not row.error and row.content_hash == digest:
                # Touched but not changed: remember the new stat, do not parse.
                self.batch.touched.append((row, candidate))
                report.unchanged += row.story_count
                self._done(FileOutcome(candidate.path, "unchanged", "same content, new mtime"))
                continue
            read.append((candidate, row, data, digest))

        # A new path whose bytes match a file that is gone: the file was moved.
        movable: dict[str, list[SourceFile]] = {}
        new_hashes = [digest for _, row, _, digest in read if row is None]
        for part in _chunks(new_hashes, 500):
            for old in SourceFile.objects.filter(content_hash__in=part, error=""):
                movable.setdefault(old.content_hash, []).append(old)

        to_parse = []
        for candidate, row, data, digest in read:
            if row is None:
                old = next(
                    (o for o in movable.get(digest, ()) if o.pk not in self.moved_rows and not os.path.lexists(o.path)),
                    None,
                )
                if old is not None:
                    self.moved_rows.add(old.pk)
                    self.batch.moved.append((old, candidate))
                    continue
            to_parse.append((candidate, row, digest, data))
        jobs = [(candidate.path, data) for candidate, _, _, data in to_parse]
        if self.workers > 1 and len(jobs) >= PARALLEL_MIN_FILES:
            if self.pool is None:
                self.pool = _start_pool(self.workers)
            results = self.pool.imap(parse_file, jobs, chunksize=8)
        else:
            results = map(parse_file, jobs)
        return [(candidate, row, digest) for candidate, row, digest, _ in to_parse], results

    def _consume(self, prepared):
        files, results = prepared
        for (candidate, row, digest), (items, reason) in zip(files, results):
            if reason is not None:
                self._fail(candidate, row, digest, reason)
            else:
                self.batch.parsed.append(_ParsedFile(candidate, row, digest, items))
                self.batch.story_count += len(items)
                if self.batch.story_count >= self.batch_size:
                    self._flush()
        if len(self.batch.touched) + len(self.batch.moved) + len(self.batch.failed) >= CHUNK_FILES:
            self._flush()

    def _fail(self, candidate, row, digest, reason):
        self.report.failed += 1
        self.report.failures.append(Failure(candidate.path, reason))
        self.batch.failed.append((candidate, row, digest, reason))

    def _flush(self):
        batch, self.batch = self.batch, _Batch()
        if not batch:
            return
        for attempt in (1, 2):
            try:
                with transaction.atomic():
                    result = self._write(batch)
                break
            except IntegrityError:
                # Someone (an editor) changed rows under our caches: start afresh once.
                if attempt == 2:
                    raise
                self.linker.clear()
                self.article_slugs.clear()
        self.linker.committed()
        self.article_slugs.committed()
        if settings.DEBUG and not connections[DEFAULT_DB_ALIAS].force_debug_cursor:
            reset_queries()  # with DEBUG on, Django keeps every query's SQL: not for a whole archive
        report = self.report
        report.created += result.created
        report.updated += result.updated
        report.unchanged += result.unchanged
        report.duplicate += result.duplicate
        report.duplicates.extend(result.duplicates)
        report.warnings.extend(result.warnings)
        for outcome in result.outcomes:
            self._done(outcome)
        if self.delay:
            time.sleep(self.delay)

    def _write(self, batch: _Batch) -> _BatchResult:
        result = _BatchResult()
        now = timezone.now()
        linker = self.linker

        # Entities first: every name in the batch resolved in a few queries.
        agency_ids = {}
        for parsed in batch.parsed:
            for story, _, _ in parsed.stories:
                if story.agency not in agency_ids:
                    agency_ids[story.agency] = linker.agency_id(story.agency, parsed.candidate.path, result.warnings)
        linker.resolve_people(m.name for p in batch.parsed for _, ent, _ in p.stories for m in ent.people)
        linker.resolve_tags(t for p in batch.parsed for _, ent, _ in p.stories for t in ent.tags)

        # What exists already: by source identity, and by text.
        paths = [p.candidate.path for p in batch.parsed]
        existing: dict[str, dict[str, Article]] = {}
        for part in _chunks(paths, 500):
            for article in Article.objects.select_for_update().filter(source_path__in=part).order_by("pk"):
                existing.setdefault(article.source_path, {})[article.source_key] = article
        hashes = [digest for p in batch.parsed for _, _, digest in p.stories]
        owners = {}
        for part in _chunks(hashes, 500):
            for digest, pk, path, key in Article.objects.filter(source_hash__in=part).values_list(
                "source_hash", "pk", "source_path", "source_key"
            ):
                owners[digest] = (pk, path, key)

        seen: dict[str, tuple[str, str]] = {}  # story hash -> (path, key) written in this batch
        to_create: list[tuple[Article, object]] = []
        to_update: list[tuple[Article, object, bool, bool]] = []
        for parsed in batch.parsed:
            path = parsed.candidate.path
            in_file = existing.get(path, {})
            keys = set()
            counts = {"created": 0, "updated": 0, "unchanged": 0, "duplicate": 0}
            for story, entities, digest in parsed.stories:
                key = _clip(story.key, _MAX["source_key"]) or "1"
                if key in keys:
                    result.warnings.append(ImportWarning(path, f"story key {key!r} appears twice; kept the first"))
                    continue
                keys.add(key)
                article = in_file.get(key)
                if article is not None and article.source_hash == digest:
                    counts["unchanged"] += 1
                    seen[digest] = (path, key)
                    continue
                first = seen.get(digest)
                owner = owners.get(digest)
                if first is None and owner is not None and (article is None or owner[0] != article.pk):
                    if article is None and not os.path.lexists(owner[1]):
                        # The story's old file is gone: it moved here.
                        moved = Article.objects.select_for_update().get(pk=owner[0])
                        moved.source_path, moved.source_key, moved.updated_at = path, key, now
                        to_update.append((moved, None, False, False))
                        counts["updated"] += 1
                        seen[digest] = (path, key)
                        continue
                    first = owner[1:]
                if first is not None:
                    counts["duplicate"] += 1
                    result.duplicates.append(Duplicate(path, key, first[0], first[1]))
                    continue
                seen[digest] = (path, key)
                agency_id = agency_ids[story.agency]
                if article is None:
                    article = Article(source_path=path, source_key=key, editor_fields=[])
                    _apply_story(article, story, digest, agency_id)
                    to_create.append((article, entities))
                    counts["created"] += 1
                else:
                    locked = set(article.editor_fields or ())
                    _apply_story(article, story, digest, agency_id, locked)
                    article.updated_at = now
                    to_update.append((article, entities, "people" not in locked, "tags" not in locked))
                    counts["updated"] += 1
            for key in sorted(set(in_file) - keys):
                result.warnings.append(
                    ImportWarning(path, f"story {key!r} is no longer in the file; its article was kept")
                )
            for name in counts:
                setattr(result, name, getattr(result, name) + counts[name])
            detail = ", ".join(f"{n} {name}" for name, n in counts.items() if n) or "no stories"
            result.outcomes.append(FileOutcome(path, "imported", detail))

        # Articles, then their links.
        if to_create:
            new = [article for article, _ in to_create]
            for article, slug in zip(new, self.article_slugs.allocate([a.headline for a in new])):
                article.slug = slug
            _insert_objects(Article, new, now)
        if to_update:
            Article.objects.bulk_update(
                [article for article, *_ in to_update],
                [*SCALAR_FIELDS, "agency", *PROVENANCE_FIELDS, "updated_at"],
                batch_size=250,
            )
        relink_people = [a.pk for a, ent, people, _ in to_update if ent is not None and people]
        relink_tags = [a.pk for a, ent, _, tags in to_update if ent is not None and tags]
        for part in _chunks(relink_people, 500):
            ArticlePerson.objects.filter(article_id__in=part).delete()
        for part in _chunks(relink_tags, 500):
            TaggedArticle.objects.filter(content_object_id__in=part).delete()
        person_links, tag_links = [], []
        for article, entities in to_create:
            person_links += _person_links(article.pk, entities, linker)
            tag_links += _tag_links(article.pk, entities, linker)
        for article, entities, people, tags in to_update:
            if entities is not None and people:
                person_links += _person_links(article.pk, entities, linker)
            if entities is not None and tags:
                tag_links += _tag_links(article.pk, entities, linker)
        _insert_rows(ArticlePerson, ["article_id", "person_id", "role"], person_links)
        _insert_rows(TaggedArticle, ["content_object_id", "tag_id"], tag_links)

        # The files' rows, in the same transaction as their stories.
        self._write_source_files(batch, now, result)
        return result

    def _write_source_files(self, batch, now, result):
        new_rows, changed_rows = [], []

        def put(row, candidate, **values):
            if row is None:
                new_rows.append(SourceFile(path=candidate.path, size=candidate.size, mtime_ns=candidate.mtime_ns, **values))
            else:
                row.size, row.mtime_ns, row.imported_at = candidate.size, candidate.mtime_ns, now
                for name, value in values.items():
                    setattr(row, name, value)
                changed_rows.append(row)

        for parsed in batch.parsed:
            put(parsed.row, parsed.candidate, content_hash=parsed.content_hash, story_count=len(parsed.stories), error="")
        for row, candidate in batch.touched:
            put(row, candidate)
        for candidate, row, digest, reason in batch.failed:
            put(row, candidate, content_hash=digest, error=reason)
            result.outcomes.append(FileOutcome(candidate.path, "failed", reason))
        for row, candidate in batch.moved:
            old_path = row.path
            moved = Article.objects.filter(source_path=old_path).update(source_path=candidate.path, updated_at=now)
            row.path = candidate.path
            put(row, candidate)
            result.updated += moved
            result.outcomes.append(FileOutcome(candidate.path, "moved", f"from {old_path}"))
        _insert_objects(SourceFile, new_rows, now)
        if changed_rows:
            SourceFile.objects.bulk_update(
                changed_rows, ["path", "size", "mtime_ns", "content_hash", "story_count", "error", "imported_at"], batch_size=500
            )


class _DryRun(Exception):
    pass


def import_paths(
    paths, *, dry_run=False, batch_size=BATCH_STORIES, on_file=None, on_progress=None, workers=None
) -> ImportReport:
    """Import the stories in ``paths`` (files, directories, globs); see the module docstring.

    ``on_file(FileOutcome)`` is called once per file; ``on_progress(n)`` as files finish.
    With ``dry_run`` everything runs in one transaction that is rolled back.
    ``workers``: processes that parse (default: one per CPU; 0 or 1: parse in-process).
    """
    paths = [os.fspath(p) for p in paths]
    missing = missing_paths(paths)
    if missing:
        raise PathNotFound(missing)
    report = ImportReport(dry_run=dry_run)
    started = time.monotonic()
    importer = _Importer(report, batch_size=batch_size, on_file=on_file, on_progress=on_progress, workers=workers)
    if dry_run:
        try:
            with transaction.atomic():
                importer.run(paths)
                raise _DryRun
        except _DryRun:
            pass
    else:
        importer.run(paths)
    report.elapsed = time.monotonic() - started
    return report


# -- Handing fields back to the importer --------------------------------------


def restore_importer_fields(article: Article, fields) -> list[str]:
    """Give ``fields`` back to the importer: re-parse the stored source, apply its values.

    Used by the admin when an editor hands fields back. Links agency, people
    and tags through the entity layer like an import. Returns warnings.
    """
    fields = list(dict.fromkeys(fields))
    unknown = [name for name in fields if name not in Article.IMPORTER_FIELDS]
    if unknown:
        raise ValueError(f"not importer fields: {', '.join(unknown)}")
    # source_text is already decoded: re-encoding it and decoding again as a file
    # would read Reuters SGML as latin-1 and honour a NITF encoding declaration.
    stories = parse_story_text(article.source_text, article.source_path)
    story = next((s for s in stories if s.key == article.source_key), None)
    if story is None and len(stories) == 1:
        story = stories[0]
    if story is None:
        raise StoryParseError(article.source_path, f"story {article.source_key!r} not found in its source text")
    entities = extract_entities(story)
    warnings: list[ImportWarning] = []
    linker = EntityLinker()
    with transaction.atomic():
        values = importer_values(story)
        for name in fields:
            if name in values:
                setattr(article, name, values[name])
        if "agency" in fields:
            article.agency_id = linker.agency_id(story.agency, article.source_path, warnings)
        if "people" in fields:
            linker.resolve_people(m.name for m in entities.people)
            ArticlePerson.objects.filter(article=article).delete()
            _insert_rows(ArticlePerson, ["article_id", "person_id", "role"], _person_links(article.pk, entities, linker))
        if "tags" in fields:
            linker.resolve_tags(entities.tags)
            TaggedArticle.objects.filter(content_object=article).delete()
            _insert_rows(TaggedArticle, ["content_object_id", "tag_id"], _tag_links(article.pk, entities, linker))
        article.editor_fields = [name for name in (article.editor_fields or []) if name not in fields]
        update = [name for name in fields if name in values] + (["agency"] if "agency" in fields else [])
        article.save(update_fields=[*update, "editor_fields", "updated_at"])
    return [w.message for w in warnings]
