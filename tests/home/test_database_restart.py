"""The site keeps answering across a PostgreSQL restart.

Persistent connections (`CONN_MAX_AGE`) outlive a database restart only because
`CONN_HEALTH_CHECKS` is on: each request first checks its connection and opens a new one when
the old was closed by the server. Without it, the first request on every worker after the
restart would fail with a 500.
"""

from http import HTTPStatus

import pytest

from tests.servers import PostgresCluster, get, gunicorn, prepare, production_env

LOGIN = "/lv/accounts/login/"
URLS = ["/healthz", "/lv/", "/en/", LOGIN, "/lv/search/?q=pl%C4%81ns"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with PostgresCluster() as cluster:
        env = production_env(
            tmp_path_factory.mktemp("restart"),
            DATABASE_URL=cluster.url,
            CONN_MAX_AGE="600",
            PAGE_CACHE_SECONDS="0",  # every request reaches the database
        )
        prepare(env)
        with gunicorn(env, workers=2) as base:
            yield cluster, base


def answers(base, rounds):
    return [get(f"{base}{url}")[0] for _ in range(rounds) for url in URLS]


def test_restart__no_errors_once_the_database_is_back(served):
    cluster, base = served
    assert set(answers(base, 4)) == {HTTPStatus.OK}  # every worker holds a connection

    cluster.stop()
    cluster.start()

    assert set(answers(base, 4)) == {HTTPStatus.OK}


def test_outage__answers_503_with_retry_after_and_the_servers_recover(served):
    cluster, base = served
    answers(base, 1)  # the Site and the site shell are in the cache, as on a running site
    cluster.stop()
    try:
        down = {url: get(f"{base}{url}") for url in URLS}
    finally:
        cluster.start()

    needs_database = [url for url in URLS if url != LOGIN]
    assert {down[url][0] for url in needs_database} == {HTTPStatus.SERVICE_UNAVAILABLE}
    # The sign-in form needs nothing but the cached Site and shell, so it keeps answering.
    assert down[LOGIN][0] == HTTPStatus.OK
    page = down["/lv/"]
    assert page[1]["Retry-After"] == "30"
    assert "Vietne uz brīdi nav pieejama" in page[2]
    # Each address is answered in its own language, without the database.
    assert "The site is briefly unavailable" in down["/en/"][2]
    assert get(f"{base}/healthz")[0] == HTTPStatus.OK
    assert set(answers(base, 2)) == {HTTPStatus.OK}
