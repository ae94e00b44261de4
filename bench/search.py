"""Search relevance on the shipped content: recall@5 and MRR, per kind of query.

    DATABASE_URL=… .venv/bin/python bench/search.py

Loads the demo content into the database it is given (`load_demo`, which leaves loaded
content as it is), asks site search every query of bench/search_relevance.yaml through HTTP
as a reader does, and prints for each kind of query the share of pairs whose page is in the
first five results (recall@5) and the mean reciprocal rank of that page (MRR, 0 when it is
not in the first ten). tests/home/test_search_relevance.py asserts the same pairs.
"""

import os
import sys
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


def main():
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
