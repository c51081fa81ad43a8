"""Print how article files parse, as JSON. Touches no database."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.parsing import StoryParseError, parse_story_file


class Command(BaseCommand):
    help = "Parse article files and print their stories as JSON (a list of stories per file)."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")

    def handle(self, *args, files, **options):
        results, failed = {}, False
        for name in files:
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"{name}: no such file")
            try:
                results[name] = [story.as_dict() for story in parse_story_file(path.read_bytes(), name)]
            except StoryParseError as exc:
                self.stderr.write(f"error: {exc}")
                failed = True
        self.stdout.write(json.dumps(results, indent=2, ensure_ascii=False))
        if failed:
            raise SystemExit(1)
