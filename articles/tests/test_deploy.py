"""Settings and the start-up path shared by bin/serve and the Docker image."""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides, timeout=120):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.pop("DATABASE_URL", None)
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )


def production_env(**extra):
    return {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "news.example.org",
        "DJANGO_HTTPS": "1",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        **extra,
    }


def test_check_deploy_is_clean_with_production_values():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_without_https_switch():
    env = production_env()
    del env["DJANGO_HTTPS"]
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=env)
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stdout + result.stderr


def test_production_refuses_to_start_without_secret_key():
    env = production_env()
    del env["DJANGO_SECRET_KEY"]
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_debug_defaults_to_off_and_bad_boolean_is_rejected():
    from newsroom import settings

    assert settings.env_bool("NEWSROOM_TEST_UNSET_VARIABLE") is False
    os.environ["NEWSROOM_TEST_BOOL"] = "maybe"
    try:
        with pytest.raises(ImproperlyConfigured, match="must be a boolean"):
            settings.env_bool("NEWSROOM_TEST_BOOL")
    finally:
        del os.environ["NEWSROOM_TEST_BOOL"]


def test_database_url_selects_postgresql():
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'])"
    result = run_manage(
        "shell", "-c", code,
        env_overrides=production_env(DATABASE_URL="postgres://someone@db.example.org:5432/archive"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["django.db.backends.postgresql", "archive"]


def test_dockerfile_runs_the_same_steps_as_bin_serve():
    dockerfile = (ROOT / "Dockerfile").read_text()
    serve = (ROOT / "bin" / "serve").read_text()
    # Both collect static files the same way and hand over to bin/start with fixtures.
    assert "manage.py collectstatic --noinput" in dockerfile
    assert "manage.py collectstatic --noinput" in serve
    assert re.search(r'^CMD \["bin/start", "fixtures"\]$', dockerfile, re.M)
    assert re.search(r"^exec bin/start fixtures$", serve, re.M)
    # Non-root user, gunicorn via requirements, slim base.
    assert re.search(r"^USER newsroom$", dockerfile, re.M)
    assert "FROM python:3.11-slim" in dockerfile
    assert "gunicorn" in (ROOT / "requirements.txt").read_text()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.slow
def test_bin_start_migrates_imports_fixtures_and_serves_twice(tmp_path):
    """What the Docker CMD and bin/serve run: works from scratch, and again."""
    if not any((ROOT / "fixtures").iterdir()):
        pytest.skip("no fixtures yet")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        NEWSROOM_DATA_DIR=str(tmp_path),
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        VENV_PYTHON=sys.executable,
        DJANGO_SETTINGS_MODULE="newsroom.settings",
    )
    collect = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**env, "DJANGO_SECRET_KEY": "collectstatic-needs-no-real-secret-key-0123456789abcdef"},
    )
    assert collect.returncode == 0, collect.stderr
    # A file that cannot be imported is reported, and the site starts anyway.
    bad = tmp_path / "incoming" / "photo.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    for attempt in range(2):
        server = subprocess.Popen(
            ["bin/start", "fixtures", str(bad.parent)], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        try:
            deadline = time.monotonic() + 90
            status = None
            while time.monotonic() < deadline:
                if server.poll() is not None:
                    pytest.fail(f"bin/start exited (run {attempt + 1}):\n{server.stdout.read()}")
                try:
                    status, body = get(f"http://127.0.0.1:{port}/healthz")
                    break
                except (urllib.error.URLError, ConnectionError, socket.timeout):
                    time.sleep(0.3)
            assert status == 200, body
            status, home = get(f"http://127.0.0.1:{port}/")
            assert status == 200
            assert home.count("<article") >= 12 or home.count('class="story') >= 12, home[:2000]
            status, css_page = get(f"http://127.0.0.1:{port}/admin/login/")
            assert status == 200
            css = re.search(r'href="(/static/admin/css/base\.[0-9a-f]+\.css)"', css_page)
            assert css, "admin CSS is not served with a hashed name"
            assert get(f"http://127.0.0.1:{port}{css.group(1)}")[0] == 200
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert (tmp_path / ".secret_key").stat().st_mode & 0o077 == 0


def test_healthcheck_sends_an_allowed_host(tmp_path):
    """The Docker probe must pass ALLOWED_HOSTS in production, where 127.0.0.1 is not allowed."""
    import http.server
    import threading

    seen = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append((self.path, self.headers["Host"]))
            ok = self.headers["Host"] == "news.example.org"
            self.send_response(200 if ok else 400)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/healthz"
        env = {**os.environ, "HEALTHCHECK_URL": url}
        env["DJANGO_ALLOWED_HOSTS"] = " .news.example.org, 127.0.0.1"
        assert subprocess.run([sys.executable, "bin/healthcheck"], cwd=ROOT, env=env, timeout=30).returncode == 0
        env["DJANGO_ALLOWED_HOSTS"] = "other.example.org"
        assert subprocess.run([sys.executable, "bin/healthcheck"], cwd=ROOT, env=env, timeout=30).returncode == 1
    finally:
        server.shutdown()
    assert seen == [("/healthz", "news.example.org"), ("/healthz", "other.example.org")]
    assert 'HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "bin/healthcheck"]' in (ROOT / "Dockerfile").read_text()
