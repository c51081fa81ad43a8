"""import_articles: import story files into the database; safe to run from cron, again and again."""

import contextlib
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from articles.ingest import BATCH_STORIES, PathNotFound, import_paths, missing_paths
from articles.locking import RunLockError, run_lock

LOCKED_MESSAGE = "another import_articles run holds the lock; exiting"


class Command(BaseCommand):
    help = (
        "Import wire-story files (files, directories searched recursively, globs). "
        "Unchanged files are skipped, editors' corrections are kept. "
        "Exit status 1 if any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or glob (quote globs)")
        parser.add_argument("--dry-run", action="store_true", help="parse and report; write nothing")
        parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_STORIES, help=f"stories per transaction (default {BATCH_STORIES})"
        )
        parser.add_argument(
            "--workers", type=int, default=None, help="processes that parse files (default: one per CPU; 1: none)"
        )

    def handle(self, *args, **options):
        paths, dry_run, batch_size = options["paths"], options["dry_run"], options["batch_size"]
        as_json, verbosity = options["json"], options["verbosity"]
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        if as_json:
            verbosity = min(verbosity, 1)  # stdout carries the JSON object only
        missing = missing_paths(paths)
        if missing:
            raise CommandError(str(PathNotFound(missing)))
        with contextlib.ExitStack() as stack:
            try:
                held = stack.enter_context(run_lock("import_articles"))
            except RunLockError as exc:
                raise CommandError(str(exc)) from exc
            if not held:
                if as_json:
                    self._print_json({"locked": True, "message": LOCKED_MESSAGE})
                elif verbosity >= 1:
                    self.stdout.write(LOCKED_MESSAGE)
                return
            progress = self._progress_bar()
            try:
                report = import_paths(
                    paths,
                    dry_run=dry_run,
                    batch_size=batch_size,
                    workers=options["workers"],
                    on_file=self._file_printer(verbosity, progress),
                    on_progress=progress.update if progress is not None else None,
                )
            except PathNotFound as exc:
                raise CommandError(str(exc)) from exc
            finally:
                if progress is not None:
                    progress.close()

        for failure in report.failures:
            self.stderr.write(f"import_articles: failed: {failure.path}: {failure.reason}")
        if verbosity >= 2:
            for duplicate in report.duplicates:
                self.stdout.write(
                    f"duplicate: {duplicate.path} [{duplicate.key}] is the same story as "
                    f"{duplicate.duplicate_of} [{duplicate.duplicate_of_key}]"
                )
            for warning in report.warnings:
                self.stdout.write(f"warning: {warning.path}: {warning.message}")
        if as_json:
            self._print_json(report.as_dict())
        elif verbosity >= 1 or not report.ok:
            self.stdout.write(report.summary())
        if not report.ok:
            sys.exit(1)

    def _print_json(self, data):
        self.stdout.write(json.dumps(data, ensure_ascii=False))

    def _progress_bar(self):
        if not sys.stderr.isatty():
            return None
        from tqdm import tqdm

        return tqdm(desc="import_articles", unit=" files", file=sys.stderr, dynamic_ncols=True)

    def _file_printer(self, verbosity, progress):
        if verbosity < 2:
            return None

        def print_outcome(outcome):
            line = f"{outcome.status}: {outcome.path}" + (f" ({outcome.detail})" if outcome.detail else "")
            if progress is not None:
                progress.write(line, file=sys.stdout)
            else:
                self.stdout.write(line)

        return print_outcome
