"""Requests per second and latency (p50, p99) of the public pages, and of Nexus pages for a
signed-in member, under gunicorn with DEBUG off, on PostgreSQL and Elasticsearch, measured
with wrk from a second process.

Run by `make bench`, which starts the services first. The benchmark uses a database of its
own (wego_bench), rebuilt each time: the initial content plus 2,000 synthetic members, and a
member with 10,000 messages in their inbox and a group of 10,000 posts (scripts/bench_nexus.py).
BENCH_ONLY=<words> measures only the pages whose name contains them ("BENCH_ONLY=Nexus").
"""

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "8")
SYNTHETIC_MEMBERS = 2000
PAGES = [
    ("home page", "/en/"),
    ("news index", "/en/news/"),
    ("article", "/en/news/kick-off-2022-press-release/"),
    ("member directory", "/en/members/"),
    (
        "member directory, filtered",
        "/en/members/?region=asia_pacific&type=local_government&sort=country",
    ),
    ("member map data", "/en/members/map-data/"),
    ("member map data, filtered", "/en/members/map-data/?region=africa"),
]
# Measured with the session of the member scripts/bench_nexus.py creates.
NEXUS_PAGES = [
    ("Nexus inbox, 10,000 messages", "/en/nexus/messages/"),
    ("Nexus group, 10,000 posts", "/en/nexus/groups/bench-group/"),
    # The registration bench_nexus.py creates (EVENT_REGISTRATION_ID).
    ("Nexus event, 1,000 attendees", "/en/nexus/events/900001/"),
]
ONLY = os.environ.get("BENCH_ONLY", "")


def services_environment():
    values = dict(
        line.split("=", 1) for line in (ROOT / ".services" / "env").read_text().splitlines() if line
    )
    database = urlsplit(values["DATABASE_URL"])
    return values, database


def run(*args, env):
    subprocess.run([str(PYTHON), "manage.py", *args], cwd=ROOT, env=env, check=True)


def nexus_script(env, command):
    return subprocess.run(
        [str(PYTHON), "scripts/bench_nexus.py", command],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (our own server)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"gunicorn did not answer {url} within {timeout} s")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def check_page(url, cookie):
    """The page itself answers, not a redirect (wrk counts redirects as successes): the
    signed-in member's page, not the sign-in form."""
    headers = {"Cookie": cookie} if cookie else {}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (our own server)
    try:
        with urllib.request.build_opener(NoRedirects).open(request, timeout=60) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    if status != 200:
        sys.exit(f"{url} answered {status}, not the page")


def wrk(url, cookie=""):
    headers = ["-H", f"Cookie: {cookie}"] if cookie else []
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", *headers, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, percentiles["50"], percentiles["99"], int(errors.group(1)) if errors else 0


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: `make bench` installs Debian's wrk package.")
    services, database = services_environment()
    bench_url = urlunsplit(database._replace(path="/wego_bench"))
    static_root = tempfile.mkdtemp(prefix="wego-bench-static-")
    env = {
        **os.environ,
        "DATABASE_URL": bench_url,
        "ELASTICSEARCH_URL": services["ELASTICSEARCH_URL"],
        "ELASTICSEARCH_INDEX_PREFIX": "bench_wego_",
        "STATIC_ROOT": static_root,
        "DJANGO_SETTINGS_MODULE": "wego_site.settings.dev",
    }
    admin_url = urlunsplit(database._replace(path="/postgres"))
    drop = "DROP DATABASE IF EXISTS wego_bench WITH (FORCE)"
    subprocess.run(["psql", admin_url, "-qc", drop], check=True)
    subprocess.run(["psql", admin_url, "-qc", "CREATE DATABASE wego_bench"], check=True)

    print("Preparing the benchmark database (initial content and synthetic members)…", flush=True)
    run("migrate", "--no-input", "-v0", env=env)
    run("load_initial_content", "--skip-locate", env={**env, "PYTHONUNBUFFERED": "1"})
    run("create_synthetic_members", str(SYNTHETIC_MEMBERS), env=env)
    nexus_script(env, "data")
    run(
        "collectstatic",
        "--no-input",
        "-v0",
        env={
            **env,
            "DJANGO_SETTINGS_MODULE": "wego_site.settings.production",
            "SECRET_KEY": "collectstatic",
            "ALLOWED_HOSTS": "127.0.0.1",
        },
    )

    try:
        for title, cache_seconds in (("page cache off", "0"), ("page cache on", "600")):
            measure(env, title, cache_seconds)
    finally:
        shutil.rmtree(static_root, ignore_errors=True)


def measure(env, title, cache_seconds):
    port = free_port()
    production = {
        **env,
        "DJANGO_SETTINGS_MODULE": "wego_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "ERROR",
        "PUBLIC_PAGE_CACHE_SECONDS": cache_seconds,
        "CACHE_LOCATION": tempfile.mkdtemp(prefix="wego-bench-cache-"),
    }
    workers = str(max(2, (os.cpu_count() or 1)))
    gunicorn = str(ROOT / ".venv" / "bin" / "gunicorn")
    server = subprocess.Popen(
        [gunicorn, "wego_site.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", workers],
        cwd=ROOT,
        env=production,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/en/")
        load = f"wrk -t2 -c{CONNECTIONS} -d{DURATION}"
        print(f"\n{title}: gunicorn, {workers} workers, DEBUG off, PostgreSQL; {load}")
        print(f"{'page':<30} {'requests/s':>11} {'p50':>10} {'p99':>10} {'errors':>7}")
        cookie = nexus_script(production, "session")
        pages = [(name, path, "") for name, path in PAGES]
        pages += [(name, path, cookie) for name, path in NEXUS_PAGES]
        for name, path, with_cookie in pages:
            if ONLY not in name:
                continue
            check_page(base + path, with_cookie)
            wrk(base + path, with_cookie)  # warm-up run, not reported
            rate, p50, p99, errors = wrk(base + path, with_cookie)
            print(f"{name:<30} {rate:>11.1f} {p50:>10} {p99:>10} {errors:>7}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(production["CACHE_LOCATION"], ignore_errors=True)


if __name__ == "__main__":
    main()
