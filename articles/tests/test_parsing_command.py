"""manage.py parse_article: JSON out, errors to stderr with exit status 1, no database."""

import io
import json
import os

import pytest

from .shared_data import REPO


@pytest.fixture
def call():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.test_settings")
    import django
    from django.conf import settings

    if not settings.configured or not django.apps.apps.ready:
        django.setup()
    from django.core.management import call_command

    def run(*args):
        out, err = io.StringIO(), io.StringIO()
        code = 0
        try:
            call_command("parse_article", *args, stdout=out, stderr=err)
        except SystemExit as exc:
            code = exc.code
        return code, out.getvalue(), err.getvalue()

    return run


def test_prints_json(call):
    path = str(REPO / "fixtures" / "001_finance-minister-budget.txt")
    code, out, err = call(path)
    assert code == 0 and err == ""
    [story] = json.loads(out)[path]
    assert story["headline"] == "Finance minister vows to shield pensions in leaner budget"
    assert story["published_at"] == "2019-03-04T12:00:00+00:00"


def test_bad_file_exits_1(call, tmp_path):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, out, err = call(str(bad))
    assert code == 1
    assert "image.txt" in err and "binary" in err


def test_missing_file_is_a_usage_error(call):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="no such file"):
        call("/nonexistent/file.txt")
