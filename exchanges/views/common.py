"""Helpers shared by the exchanges views: labels in the reader's language, common querysets."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import connections
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    When,
)
from django.http import Http404
from django.shortcuts import get_object_or_404

from .. import permissions as perms
from ..choices import AdviceStatus
from ..models import (
    ExchangesIndexPage,
    MentoringPair,
    Municipality,
    PeerGroup,
    Profile,
)
from ..names import label_municipalities

PER_PAGE = 10
PUBLIC_LIMIT = 6


def with_default_pk(queryset):
    """Each translatable row with `default_pk`, the pk of its default-language row.

    Exchanges records point at the default-language rows; reading it in the same query saves
    every page in every language a second lookup.
    """
    default = queryset.model.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    )
    return queryset.annotate(default_pk=Subquery(default.values("pk")[:1]))


def count_each(**querysets):
    """How many rows each queryset holds, in one query rather than one a list.

    A page with several paginated lists reads every total at once, one scalar subquery each,
    and hands each paginator its own (`paginate(..., count=)`): a list then costs one query
    for its rows, and an empty list none.
    """
    parts, params, database = [], [], None
    for queryset in querysets.values():
        sql, values = queryset.order_by().values("pk").query.sql_with_params()
        # The SQL is what Django compiled from the queryset; its values stay parameters.
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) counted)")  # noqa: S608 # nosec B608
        params.extend(values)
        database = queryset.db
    if not parts:
        return {}
    with connections[database].cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        row = cursor.fetchone()
    return dict(zip(querysets, row, strict=True))


def fill_pages(ordered, **pages):
    """Read the rows of several pages, each cut from `ordered` narrowed down, in one query.

    Lists of one model shown in one order (the workspace's advice received and given) need
    not cost a query each: the rows of every page come at once, in that order, and each page
    keeps those that were its own (a row may be on more than one). Empty lists cost nothing,
    and a page alone with rows reads them itself, as cheaply.
    """
    cuts = {
        name: page.object_list.values("pk")
        for name, page in pages.items()
        if page.paginator.count  # not `if page`, which would read the page's rows
    }
    if len(cuts) < 2:
        return
    condition = Q()
    for cut in cuts.values():
        condition |= Q(pk__in=cut)
    flags = {
        f"on_{name}": ExpressionWrapper(Q(pk__in=cut), output_field=BooleanField())
        for name, cut in cuts.items()
    }
    rows = list(ordered.filter(condition).annotate(**flags))
    for name in cuts:
        pages[name].object_list = [row for row in rows if getattr(row, f"on_{name}")]


def label(records, *attributes):
    """Give every municipality on these records a `label` in the reader's language."""
    municipalities = []
    for record in records:
        for attribute in attributes:
            value = getattr(record, attribute)
            if hasattr(value, "all"):
                municipalities.extend(value.all())
            elif value is not None:
                municipalities.append(value)
    label_municipalities(municipalities)
    return records


def with_visit_relations(queryset):
    return queryset.select_related(
        "host", "pair__mentor_municipality", "pair__mentee_municipality", "group"
    ).prefetch_related("visiting")


def with_list_relations(queryset):
    """What a visit in a list (components/visit_item.html) or a calendar feed shows: its host.

    The visiting municipalities and the pair or group appear on the visit's own page only, so
    lists skip the joins and the extra query for them.
    """
    return queryset.select_related("host")


def advice_order(queryset):
    """Advice still waiting for action first, soonest (or most overdue) due date first."""
    waiting = Case(When(status__in=AdviceStatus.active(), then=0), default=1)
    return queryset.annotate(done=waiting).order_by("done", "due_on", "pk")


def with_pair_relations(queryset):
    return queryset.select_related("mentor_municipality", "mentee_municipality")


def with_group_members(queryset):
    return queryset.prefetch_related(Prefetch("members", queryset=Municipality.objects.all()))


def get_programme(kind, pk):
    querysets = {
        "pairs": lambda: with_pair_relations(MentoringPair.objects.all()),
        "groups": lambda: with_group_members(PeerGroup.objects.all()),
    }
    if kind not in querysets:
        raise Http404
    return get_object_or_404(querysets[kind](), pk=pk)


def login_redirect(request):
    return redirect_to_login(request.get_full_path())


def label_programme(programme):
    if isinstance(programme, MentoringPair):
        label([programme], "mentor_municipality", "mentee_municipality")
    else:
        label([programme], "members")


def label_programmes(pairs, groups):
    label(pairs, "mentor_municipality", "mentee_municipality")
    label(groups, "members")


def render_form(page, request, template, context, status=200):
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def section_page():
    """The live exchanges section in the active language, for the URLs outside the page."""
    page = ExchangesIndexPage.for_language()
    if page is None:
        raise Http404
    return page


def profile_of(user):
    """The user's profile, made on first need; `scope_of` has usually loaded it already."""
    profile = perms.loaded_profile(user)
    if profile is None:
        profile = Profile.objects.select_related("municipality").filter(user=user).first()
        profile = profile or Profile.objects.create(user=user)
    user.exchanges_profile = profile  # templates reading user.exchanges_profile reuse it
    return profile
