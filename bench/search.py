"""Search relevance on the shipped content: recall@5 and MRR, per kind of query; and speed.

    DATABASE_URL=… .venv/bin/python bench/search.py
    DATABASE_URL=… .venv/bin/python bench/search.py --speed    # after generate_scale_data

Loads the demo content into the database it is given (`load_demo`, which leaves loaded
content as it is), asks site search every query of bench/search_relevance.yaml through HTTP
as a reader does, and prints for each kind of query the share of pairs whose page is in the
first five results (recall@5) and the mean reciprocal rank of that page (MRR, 0 when it is
not in the first ten). tests/home/test_search_relevance.py asserts the same pairs.

`--speed` times site search and the suggestions for queries of every kind on whatever the
database holds (the demo content, or that and `generate_scale_data`'s): the SQL queries of
one request and the median of `--requests` requests each, the page cache off and the
other caches warm, as on a running server.
"""

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

RELEVANCE = Path(__file__).with_name("search_relevance.yaml")
TOP = 5


def pairs():
    with RELEVANCE.open(encoding="utf-8") as handle:
        return [tuple(row) for row in yaml.safe_load(handle)]


def ranks(client):
    """(kind, language, query, expected, rank or None, first five URLs) for every pair."""
    rows = []
    for kind, language, query, expected in pairs():
        response = client.get(f"/{language}/search/", {"q": query})
        urls = [result.url for result in response.context["results"].object_list]
        rank = urls.index(expected) + 1 if expected in urls else None
        rows.append((kind, language, query, expected, rank, urls[:TOP]))
    return rows


def summary(rows):
    by_kind = defaultdict(list)
    for row in rows:
        by_kind[row[0]].append(row[4])
    by_kind["all"] = [row[4] for row in rows]
    figures = {}
    for kind, found in by_kind.items():
        recall = sum(1 for rank in found if rank and rank <= TOP) / len(found)
        mrr = sum(1 / rank for rank in found if rank) / len(found)
        figures[kind] = (len(found), recall, mrr)
    return figures


SPEED_QUERIES = [
    ("inflection", "lv", "enerģijas"),
    ("inflection", "lv", "pašvaldībām"),
    ("prefix", "lv", "energ"),
    ("prefix", "lv", "klimat"),
    ("no-diacritics", "lv", "pasvaldiba"),
    ("typo", "lv", "enerģjas"),
    ("typo", "lv", "Salaspilss"),
    ("name", "lv", "Liepāja"),
    ("english", "en", "plans"),
    ("english", "en", "buildings"),
]
SUGGEST_QUERIES = [("lv", "ene"), ("lv", "Liep"), ("lv", "pašv"), ("lv", "klim"), ("en", "pla")]


def timed(client, url, params, requests):
    """(queries of one request, median ms of `requests` more) for one address."""
    from django.db import connection

    client.get(url, params)  # warm the caches a running server keeps
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url, params)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url, params)
        timings.append((time.perf_counter() - started) * 1000)
    return len(queries), statistics.median(timings)


def speed(client, requests):
    from casestudies.models import CaseStudyPage
    from exchanges.models import Municipality, Visit

    def write(text):
        sys.stdout.write(text)
        sys.stdout.flush()

    write(
        f"{CaseStudyPage.objects.count():,} case pages, {Municipality.objects.count():,}"
        f" municipality rows, {Visit.objects.count():,} visits; {requests} requests each\n"
    )
    write(f"{'':<12}{'kind':<15}{'query':<18}{'queries':>8}{'median ms':>11}\n")
    medians = {"search": [], "suggestions": []}
    for kind, language, query in SPEED_QUERIES:
        count, median = timed(client, f"/{language}/search/", {"q": query}, requests)
        medians["search"].append(median)
        write(f"{'search':<12}{kind:<15}{query:<18}{count:>8}{median:>11.1f}\n")
    for language, query in SUGGEST_QUERIES:
        url = f"/{language}/search/suggestions/"
        count, median = timed(client, url, {"q": query}, requests)
        medians["suggestions"].append(median)
        write(f"{'suggestions':<12}{'typing':<15}{query:<18}{count:>8}{median:>11.1f}\n")
    for name, figures in medians.items():
        write(f"median of the {name} medians: {statistics.median(figures):.1f} ms\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="time search instead of ranking")
    parser.add_argument("--requests", type=int, default=15)
    arguments = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment

    setup_test_environment()
    if arguments.speed:  # on the content there is, demo or scale: nothing is loaded
        with override_settings(PAGE_CACHE_SECONDS=0):
            speed(Client(), arguments.requests)
        return
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    with override_settings(PAGE_CACHE_SECONDS=0):
        rows = ranks(Client())
    sys.stdout.write(f"Search relevance on {connection.vendor}, {len(rows)} pairs" + "\n")
    sys.stdout.write(f"{'kind':<16}{'pairs':>6}{'recall@5':>10}{'MRR':>8}" + "\n")
    for kind, (count, recall, mrr) in sorted(summary(rows).items()):
        sys.stdout.write(f"{kind:<16}{count:>6}{recall:>10.3f}{mrr:>8.3f}" + "\n")
    for kind, language, query, expected, rank, urls in rows:
        if not rank or rank > TOP:
            sys.stdout.write(
                f"MISSED [{kind}] {language} {query!r}: {expected} not in {urls}" + "\n"
            )


if __name__ == "__main__":
    main()
