"""The exchanges permission matrix: every role × every URL, form, export, feed and API endpoint.

Each case names the route it covers, how to request it, and the exact set of roles allowed.
A denied role gets the case's denial: a login redirect for visitors where signing in could
help, 404 where the object must not even be known to exist, 403 where it is known but not
theirs to change. `test_matrix_covers_every_exchanges_url` fails when a route is added
without a case here.
"""

from dataclasses import dataclass
from http import HTTPStatus

import pytest
from django.urls import reverse

from exchanges.models import AdviceUpdate, ExchangesIndexPage, Profile
from exchanges.viewsets import ProgrammeViewSetGroup

from .conftest import ANONYMOUS, ROLES, client_for

EVERYONE = set(ROLES)
SIGNED_IN = EVERYONE - {ANONYMOUS}
PAIR_A = {"mentor", "mentee", "coordinator"}
PAIR_B = {"other_mentor", "other_member", "coordinator"}
MANAGE_A = {"mentor", "coordinator"}
REGION_A = {"region_here", "coordinator"}

LOGIN, FORBIDDEN, NOT_FOUND, ALLOWED = "login", "forbidden", "not found", "allowed"


@dataclass
class Case:
    route: str  # the page route or URL name this case covers
    url: object  # world -> url
    allowed: set
    method: str = "get"
    data: object = None  # world -> POST data
    marker: str | None = None  # text only the allowed roles may see; everyone gets a 200
    members: set = frozenset()  # roles that see the object but may not change it: 403
    anonymous_as: str | None = None  # default: hidden for marker cases, else a login redirect
    denied_as: str = NOT_FOUND  # other signed-in roles outside `allowed`


def page_url(name, *args, **kwargs):
    return lambda w: w.url(name, *args(w) if callable(args) else args, **kwargs)


def obj(key):
    return lambda w: w.objects[key].pk


CASES = {
    "overview": Case("index_route", lambda w: w.page.url, EVERYONE),
    "municipality list": Case("municipalities", lambda w: w.url("municipalities"), EVERYONE),
    "municipality": Case("municipality", lambda w: w.url("municipality", "jurmala"), EVERYONE),
    "region page, link to its dashboard": Case(
        "region", lambda w: w.url("region", "riga"), REGION_A, marker="/riga/dashboard/"
    ),
    "region dashboard, this region": Case(
        "region-dashboard",
        lambda w: w.url("region-dashboard", "riga"),
        REGION_A,
        denied_as=FORBIDDEN,
    ),
    "region dashboard, another region": Case(
        "region-dashboard",
        lambda w: w.url("region-dashboard", "vidzeme"),
        {"region_other", "coordinator"},
        denied_as=FORBIDDEN,
    ),
    "region dashboard export": Case(
        "region-dashboard",
        lambda w: w.url("region-dashboard", "riga") + "?format=csv",
        REGION_A,
        denied_as=FORBIDDEN,
    ),
    "measures list, Jūrmala's measure": Case(
        "exchanges:measures",
        lambda w: w.url("measures"),
        PAIR_A,
        marker="Measure A",
        anonymous_as=LOGIN,
    ),
    "measures list, Saldus' measure": Case(
        "exchanges:measures",
        lambda w: w.url("measures"),
        PAIR_B,
        marker="Measure B",
        anonymous_as=LOGIN,
    ),
    "measure A": Case(
        "exchanges:measure", lambda w: w.url("measure", w.objects["measure_a"].pk), PAIR_A
    ),
    "measure B": Case(
        "exchanges:measure", lambda w: w.url("measure", w.objects["measure_b"].pk), PAIR_B
    ),
    "edit measure A": Case(
        "exchanges:measure-edit",
        lambda w: w.url("measure-edit", w.objects["measure_a"].pk),
        {"mentee", "coordinator"},
        members={"mentor"},
    ),
    "update measure A's status": Case(
        "exchanges:measure",
        lambda w: w.url("measure", w.objects["measure_a"].pk),
        {"mentee", "coordinator"},
        method="post",
        data=lambda w: {"action": "update", "status": "ongoing", "note": "Sākts."},
        members={"mentor"},
    ),
    "comment on measure A": Case(
        "exchanges:measure",
        lambda w: w.url("measure", w.objects["measure_a"].pk),
        PAIR_A,
        method="post",
        data=lambda w: {"action": "comment", "text": "Labi!"},
    ),
    "add a measure to my plan": Case(
        "exchanges:measure-create",
        lambda w: w.url("measure-create"),
        {"mentor", "other_mentor", "mentee", "other_member"},  # people of a municipality
        denied_as=FORBIDDEN,
    ),
    "adopt a practice": Case(
        "exchanges:adopt",
        lambda w: reverse("exchanges:adopt", args=[w.objects["case"].pk]),
        {"mentor", "other_mentor", "mentee", "other_member"},
        denied_as=FORBIDDEN,
    ),
    "my self-assessment": Case(
        "exchanges:self-assessment",
        lambda w: w.url("self-assessment"),
        {"mentor", "other_mentor", "mentee", "other_member"},
        denied_as=FORBIDDEN,
    ),
    "new self-assessment": Case(
        "exchanges:self-assessment-create",
        lambda w: w.url("self-assessment-create"),
        {"mentor", "other_mentor", "mentee", "other_member"},
        denied_as=FORBIDDEN,
    ),
    "Jūrmala's unpublished self-assessment on its visit": Case(
        "visit",
        lambda w: w.url("visit", w.objects["public_visit_a"].pk),
        PAIR_A,
        marker="NOTE-A",
    ),
    "Jūrmala's unpublished self-assessment on its profile": Case(
        "municipality",
        lambda w: w.url("municipality", "jurmala"),
        set(),
        marker='class="assessment"',
    ),
    "my reminder settings": Case("exchanges:settings", lambda w: w.url("settings"), SIGNED_IN),
    "pair A goals": Case(
        "programme",
        lambda w: w.url("programme", kind="pairs", pk=w.objects["pair_a"].pk),
        PAIR_A,
        marker="GOALS-A",
    ),
    "pair B goals": Case(
        "programme",
        lambda w: w.url("programme", kind="pairs", pk=w.objects["pair_b"].pk),
        PAIR_B,
        marker="GOALS-B",
    ),
    "private visit A": Case(
        "visit",
        lambda w: w.url("visit", w.objects["visit_a"].pk),
        PAIR_A,
        anonymous_as=NOT_FOUND,
    ),
    "private visit B": Case(
        "visit",
        lambda w: w.url("visit", w.objects["visit_b"].pk),
        PAIR_B,
        anonymous_as=NOT_FOUND,
    ),
    "public visit A, its report": Case(
        "visit",
        lambda w: w.url("visit", w.objects["public_visit_a"].pk),
        PAIR_A,
        marker="REPORT-A",
    ),
    "public visit A, its summary": Case(
        "visit",
        lambda w: w.url("visit", w.objects["public_visit_a"].pk),
        EVERYONE,
        marker="SUMMARY-A",
    ),
    "public calendar": Case(
        "exchanges:calendar",
        lambda w: reverse("exchanges:calendar"),
        EVERYONE,
        marker="Public visit A",
    ),
    "personal calendar of the mentee": Case(
        "exchanges:personal-calendar",
        lambda w: reverse(
            "exchanges:personal-calendar",
            args=[Profile.objects.get(user=w.users["mentee"]).calendar_token],
        ),
        EVERYONE,  # the secret address is the credential
        marker="AGENDA-A",
    ),
    "workspace": Case("exchanges:workspace", lambda w: w.url("workspace"), SIGNED_IN),
    "workspace, advice A listed": Case(
        "exchanges:workspace",
        lambda w: w.url("workspace"),
        {"mentee", "mentor"},  # received by the one, given by the other
        marker="Advice A",
        anonymous_as=LOGIN,
    ),
    "schedule a visit for pair A": Case(
        "exchanges:visit-create",
        lambda w: w.url("visit-create", kind="pairs", pk=w.objects["pair_a"].pk),
        MANAGE_A,
        members=PAIR_A,
    ),
    "schedule a visit for pair B": Case(
        "exchanges:visit-create",
        lambda w: w.url("visit-create", kind="pairs", pk=w.objects["pair_b"].pk),
        {"other_mentor", "coordinator"},
        members=PAIR_B,
    ),
    "edit visit A": Case(
        "exchanges:visit-edit",
        lambda w: w.url("visit-edit", w.objects["visit_a"].pk),
        MANAGE_A,
        members=PAIR_A,
    ),
    "write the report of visit A": Case(
        "exchanges:report-edit",
        lambda w: w.url("report-edit", w.objects["public_visit_a"].pk),
        MANAGE_A,
        members=PAIR_A,
    ),
    "give advice in pair A": Case(
        "exchanges:advice-create",
        lambda w: w.url("advice-create", kind="pairs", pk=w.objects["pair_a"].pk),
        MANAGE_A,
        members=PAIR_A,
    ),
    "advice A": Case(
        "exchanges:advice", lambda w: w.url("advice", w.objects["advice_a"].pk), PAIR_A
    ),
    "advice B": Case(
        "exchanges:advice", lambda w: w.url("advice", w.objects["advice_b"].pk), PAIR_B
    ),
    "update advice A's status": Case(
        "exchanges:advice",
        lambda w: w.url("advice", w.objects["advice_a"].pk),
        {"mentee", "coordinator"},
        method="post",
        data=lambda w: {"status": "in_progress", "note": "Sākām."},
        members=PAIR_A,
    ),
    "edit advice A": Case(
        "exchanges:advice-edit",
        lambda w: w.url("advice-edit", w.objects["advice_a"].pk),
        MANAGE_A,
        members=PAIR_A,
    ),
    "advice export, pair A": Case(
        "exchanges:advice-export",
        lambda w: reverse("exchanges:advice-export"),
        PAIR_A,
        marker="ADVICE-A",
        anonymous_as=LOGIN,
    ),
    "advice export, pair B": Case(
        "exchanges:advice-export",
        lambda w: reverse("exchanges:advice-export"),
        PAIR_B,
        marker="ADVICE-B",
        anonymous_as=LOGIN,
    ),
    "renew my calendar address": Case(
        "exchanges:calendar-renew", lambda w: w.url("calendar-renew"), SIGNED_IN, method="post"
    ),
    "evidence of advice A": Case(
        "documents:evidence", lambda w: w.objects["evidence"].url, PAIR_A, anonymous_as=NOT_FOUND
    ),
    "API: public visits": Case(
        "api:visits", lambda w: "/api/v2/visits/", EVERYONE, marker="Public visit A"
    ),
    "API: private visits": Case("api:visits", lambda w: "/api/v2/visits/", set(), marker="AGENDA"),
}

ADMIN_VIEWSETS = [viewset.url_prefix for viewset in ProgrammeViewSetGroup().registerables]
ADMIN_VIEWSETS += ["snippets/exchanges/municipality", "snippets/exchanges/planningregion"]
for prefix in ADMIN_VIEWSETS:
    for suffix in ("", "?export=csv"):
        CASES[f"admin: /admin/{prefix}/{suffix}"] = Case(
            f"admin:{prefix}",
            lambda w, p=prefix, s=suffix: f"/admin/{p}/{s}",
            {"coordinator"},
            denied_as=LOGIN,  # the admin sends everyone without access to its login page
        )


def request(client, world, case):
    url = case.url(world)
    if case.method == "post":
        return client.post(url, case.data(world) if case.data else {})
    return client.get(url)


def expected(case, role):
    if role in case.allowed:
        return ALLOWED
    if role == ANONYMOUS:
        return case.anonymous_as or ("hidden" if case.marker else LOGIN)
    if case.marker:
        return "hidden"
    if role in case.members:
        return FORBIDDEN
    return case.denied_as


def outcome(case, response, body):
    if case.marker and response.status_code == HTTPStatus.OK:
        return ALLOWED if case.marker in body else "hidden"
    if response.status_code in (HTTPStatus.OK,):
        return ALLOWED
    if response.status_code == HTTPStatus.FOUND:
        location = response["Location"]
        if "/login/" in location:
            return LOGIN
        return ALLOWED  # a successful POST redirects to the result
    return {HTTPStatus.FORBIDDEN: FORBIDDEN, HTTPStatus.NOT_FOUND: NOT_FOUND}.get(
        response.status_code, f"status {response.status_code}"
    )


@pytest.mark.parametrize("name", CASES)
def test_permission_matrix(client, world, name):
    case = CASES[name]
    results, wanted = {}, {}
    for role in ROLES:
        client.logout()
        response = request(client_for(client, world, role), world, case)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        body = content.decode(errors="replace")
        results[role] = outcome(case, response, body)
        wanted[role] = expected(case, role)

    assert results == wanted


def test_advice_update__only_allowed_roles_change_anything(client, world):
    advice = world.objects["advice_a"]
    url = world.url("advice", advice.pk)
    for role in ROLES:
        client.logout()
        before = AdviceUpdate.objects.count()
        client_for(client, world, role).post(url, {"status": "in_progress", "note": "x"})
        changed = AdviceUpdate.objects.count() - before

        assert changed == (1 if role in {"mentee", "coordinator"} else 0), role


def _covered_routes():
    return {case.route for case in CASES.values()}


def exchanges_admin_prefixes():
    """Every admin viewset of an exchanges model, snippets included."""
    from wagtail import hooks
    from wagtail.snippets.models import get_snippet_models

    prefixes = set()
    for hook in hooks.get_hooks("register_admin_viewset"):
        registered = hook()
        for viewset in getattr(registered, "registerables", [registered]):
            model = getattr(viewset, "model", None)
            if isinstance(model, type) and model._meta.app_label == "exchanges":
                prefixes.add(viewset.url_prefix)
    for model in get_snippet_models():
        if model._meta.app_label == "exchanges":
            prefixes.add(model.snippet_viewset.url_prefix)
    return prefixes


def test_matrix_covers_every_exchanges_url():
    from config.api import api_router
    from exchanges import urls as exchanges_urls

    page_routes = {pattern.name or "" for pattern in ExchangesIndexPage.get_subpage_urls()}
    url_names = {f"exchanges:{pattern.name}" for pattern in exchanges_urls.urlpatterns}
    admin_routes = {f"admin:{prefix}" for prefix in exchanges_admin_prefixes()}
    api_routes = {
        f"api:{name}"
        for name, endpoint in api_router._endpoints.items()
        if endpoint.__module__.startswith("exchanges")
    }
    everything = page_routes | url_names | admin_routes | api_routes | {"documents:evidence"}

    assert everything - _covered_routes() == set()
