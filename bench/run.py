"""Benchmark the main pages: SQL queries, median server render time, and requests/s under
gunicorn (2 workers) beside a static file served by whitenoise in the same run.

    python bench/run.py                 # the database DATABASE_URL (or db.sqlite3) points at
    python bench/run.py --no-load       # queries and render times only
    python bench/run.py --requests 50 --duration 10
    REDIS_URL=redis://127.0.0.1:6379/3 python bench/run.py   # the load test on a Redis cache

Run `manage.py load_demo` first, and `manage.py generate_scale_data` for scale figures. The
table is printed and written to bench/results/<date-time>.md (figures only).
"""

import argparse
import http.client
import os
import secrets
import socket
import statistics
import subprocess  # noqa: S404 - starts gunicorn from this checkout
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")


def pages():
    """(label, url, username or None) for every page type the benchmarks cover."""
    from django.contrib.auth import get_user_model

    from casestudies.models import CaseStudyPage
    from core.choices import Role
    from exchanges.models import Municipality, PlanningRegion, Profile
    from learning.models import LessonPage

    lesson = LessonPage.objects.live().filter(locale__language_code="lv").first()
    case = CaseStudyPage.objects.live().filter(locale__language_code="lv").first()
    municipality = Municipality.objects.filter(locale__language_code="lv").first()
    region = PlanningRegion.objects.filter(locale__language_code="lv").first()
    member = (
        Profile.objects.filter(municipality__isnull=False, user__is_active=True)
        .order_by("pk")
        .values_list("user__username", flat=True)
        .first()
    )
    coordinator = (
        get_user_model()
        .objects.filter(groups__name=Role.COORDINATOR)
        .values_list("username", flat=True)
        .first()
    )
    rows = [
        ("home", "/lv/", None),
        ("learning index", "/lv/learning/", None),
        ("lesson", lesson.url if lesson else None, None),
        ("case library", "/lv/case-studies/", None),
        ("case library, filtered", "/lv/case-studies/?kind=mitigation&status=ongoing", None),
        ("case library, search", "/lv/case-studies/?q=energ", None),
        ("case page", case.url if case else None, None),
        (
            "municipality page",
            f"/lv/exchanges/municipalities/{municipality.slug}/" if municipality else None,
            None,
        ),
        ("workspace", "/lv/exchanges/workspace/", member),
        (
            "region dashboard",
            f"/lv/exchanges/regions/{region.slug}/dashboard/" if region else None,
            coordinator,
        ),
        ("calendar feed", "/lv/exchanges/calendar.ics", None),
    ]
    return [row for row in rows if row[1]]


def measure_in_process(rows, requests):
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    results = []
    for label, url, username in rows:
        client = Client(HTTP_HOST="localhost")
        if username:
            client.force_login(get_user_model().objects.get(username=username))
        client.get(url)  # warm caches
        executed = []

        def count(execute, sql, params, many, context, executed=executed):
            executed.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            response = client.get(url)
        timings = []
        for _ in range(requests):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        results.append(
            {
                "page": label,
                "status": response.status_code,
                "queries": len(executed),
                "median_ms": statistics.median(timings),
            }
        )
    return results


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load(port, path, duration, concurrency=4):
    """Requests/s for `path` with `concurrency` keep-alive connections for `duration` seconds."""
    done = [0] * concurrency
    stop = time.monotonic() + duration

    def worker(slot):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop:
            try:
                connection.request("GET", path, headers={"Host": "127.0.0.1"})
                response = connection.getresponse()
                response.read()
            except OSError:  # a timeout or a dropped connection counts as a failed request
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            if response.status == 200:
                done[slot] += 1
        connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / duration


def wait_until_ready(port):
    """Until both workers have booted: the first requests would otherwise wait for imports."""
    for _ in range(300):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/healthz", headers={"Host": "127.0.0.1"})
            if connection.getresponse().status == 200:
                break
        except OSError:
            pass
        time.sleep(0.1)
    load(port, "/healthz", 1.0)  # every worker answers before the clock starts


def measure_under_gunicorn(rows, duration, page_cache_seconds):
    from django.conf import settings

    database = settings.DATABASES["default"]
    if "sqlite" in database["ENGINE"]:
        database_url = f"sqlite:///{database['NAME']}"
    else:
        database_url = os.environ["DATABASE_URL"]
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": static_root,
        "CACHE_DIR": tempfile.mkdtemp(prefix="bench-cache-"),
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
    }
    python = sys.executable
    subprocess.run(  # noqa: S603 - fixed command
        [python, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=environment,
        check=True,
    )
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed command
        [python, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_ready(port)
        static = load(port, "/static/css/site.css", duration)
        rates = {label: load(port, url, duration) for label, url, user in rows if user is None}
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    return static, rates


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20, help="renders per page (median)")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds of load per page")
    parser.add_argument("--no-load", action="store_true", help="skip the gunicorn load test")
    options = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from casestudies.models import CaseStudyPage
    from exchanges.models import Municipality, Visit

    rows = pages()
    cache_backend = "Redis" if os.environ.get("REDIS_URL") else "file cache"
    size = (
        f"{Municipality.objects.count():,} municipality rows, "
        f"{CaseStudyPage.objects.count():,} case pages, {Visit.objects.count():,} visits"
    )
    results = measure_in_process(rows, options.requests)
    static, rates, cached_rates = None, {}, {}
    if not options.no_load:
        static, rates = measure_under_gunicorn(rows, options.duration, 0)
        _, cached_rates = measure_under_gunicorn(rows, options.duration, 300)

    lines = [
        f"# Benchmark {datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"Database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}; {size}.",
        f"Queries and median of {options.requests} renders in process, page cache off; "
        f"requests/s: gunicorn, 2 workers, 4 keep-alive connections for {options.duration:g} s "
        f"each, with the anonymous page cache off and on ({cache_backend}).",
        "",
        "| page | status | queries | median render (ms) | requests/s | requests/s cached "
        "| cached share of static |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]

    def figure(rate):
        return f"{rate:.0f}" if rate else "–"

    for row in results:
        rate, cached = rates.get(row["page"]), cached_rates.get(row["page"])
        share = f"{100 * cached / static:.0f} %" if cached and static else "–"
        lines.append(
            f"| {row['page']} | {row['status']} | {row['queries']} | {row['median_ms']:.1f} | "
            f"{figure(rate)} | {figure(cached)} | {share} |"
        )
    if static:
        lines.append(f"| static file (whitenoise) | 200 | 0 | – | {static:.0f} | – | 100 % |")
    table = "\n".join(lines) + "\n"
    print(table)  # noqa: T201 - a command-line report
    output = ROOT / "bench" / "results" / f"{datetime.now():%Y%m%d-%H%M%S}.md"
    output.write_text(table, encoding="utf-8")
    print(f"Written to {output.relative_to(ROOT)}")  # noqa: T201


if __name__ == "__main__":
    main()
