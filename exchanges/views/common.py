"""What the workspace views share: the section page, programmes, profiles, counts in one query."""

from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail import hooks

from .. import permissions as perms
from ..models import (
    ExchangesIndexPage,
    MentoringPair,
    PeerGroup,
    Profile,
)
from ..names import set_municipality_labels

PER_PAGE = 10


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


def get_programme(kind, pk):
    querysets = {
        "pairs": MentoringPair.objects.with_municipalities,
        "groups": PeerGroup.objects.with_members,
    }
    if kind not in querysets:
        raise Http404
    return get_object_or_404(querysets[kind](), pk=pk)


def label_programme(programme):
    if isinstance(programme, MentoringPair):
        set_municipality_labels([programme], "mentor_municipality", "mentee_municipality")
    else:
        set_municipality_labels([programme], "members")


def label_programmes(pairs, groups):
    set_municipality_labels(pairs, "mentor_municipality", "mentee_municipality")
    set_municipality_labels(groups, "members")


def section_page():
    """The live exchanges section in the active language, for the URLs outside the page."""
    page = ExchangesIndexPage.for_language()
    if page is None:
        raise Http404
    return page


class SectionPageMixin:
    """A view of the exchanges section that is not the section page itself.

    The workspace's addresses sit under the section (`/lv/exchanges/workspace/...`) and show
    it as the first breadcrumb, so the section must be live in the reader's language: without
    it the address answers 404 before anything else is asked. What Wagtail does before serving
    a page is done for the section before the view runs, so a view restriction an editor puts
    on the section (or above it) covers these addresses too. Templates get the section as
    `page`, as page templates do. Wagtail's userbar edits pages, and these views show records
    kept outside the page tree, so it is left out (`hide_userbar`): its permission queries
    would buy nothing.
    """

    page = None

    def dispatch(self, request, *args, **kwargs):
        self.page = section_page()
        view_dispatch = super().dispatch

        def serve(page, request, serve_args, serve_kwargs):
            return view_dispatch(request, *serve_args, **serve_kwargs)

        # As wagtail.views.serve wraps page.serve: `on_serve_page` checks view restrictions.
        chain = serve
        for hook in reversed(hooks.get_hooks("on_serve_page")):
            chain = hook(chain)
        for hook in hooks.get_hooks("before_serve_page"):
            result = hook(self.page, request, args, kwargs)
            if isinstance(result, HttpResponse):
                return result
        return chain(self.page, request, args, kwargs)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("page", self.page)
        kwargs.setdefault("hide_userbar", True)
        return super().get_context_data(**kwargs)


def profile_of(user):
    """The user's profile, made on first need; `scope_of` has usually loaded it already."""
    profile = perms.loaded_profile(user)
    if profile is None:
        profile = Profile.objects.select_related("municipality").filter(user=user).first()
        profile = profile or Profile.objects.create(user=user)
    user.exchanges_profile = profile  # templates reading user.exchanges_profile reuse it
    return profile
