"""What every endpoint of the project's API shares: Wagtail API v2's own error answers.

Wagtail answers a bad parameter with 400 and a missing object with 404, both as
`{"message": ...}`, but only for the errors it checks itself. A number too large for the
database (`?offset=` with 30 digits, an id, `child_of`, any integer field filter) reached the
database and failed there: SQLite raises `OverflowError` (for LIMIT/OFFSET an `IntegrityError`,
"datatype mismatch"; the API writes nothing, so nothing else raises one), PostgreSQL `DataError`,
and the reader got a 500 page. Those are the reader's bad parameters, so they get the same
400 as the ones Wagtail checks. Nothing else is caught: an outage stays a 503.
"""

from django.db import DataError, IntegrityError
from django.http import Http404, JsonResponse
from django.urls import NoReverseMatch
from django.utils import translation
from rest_framework import status
from rest_framework.fields import SkipField
from rest_framework.response import Response
from wagtail.api.v2.serializers import (
    BaseSerializer,
    DetailUrlField,
    PageAliasOfField,
    PageHtmlUrlField,
    PageParentField,
    PageSerializer,
    get_serializer_class,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import Site

from .absolute import absolute_url


# Wagtail's fields build addresses from WAGTAILAPI_BASE_URL or the Site record; these use the
# address the reader asked on (core/absolute.py).
class SiteDetailUrlField(DetailUrlField):
    def get_attribute(self, instance):
        path = self.context["router"].get_object_detail_urlpath(type(instance), instance.pk)
        if not path:
            raise SkipField
        return absolute_url(self.context["request"], path)


class SiteHtmlUrlField(PageHtmlUrlField):
    def to_representation(self, page):
        try:
            request = self.context["request"]
            path = page.get_url(request)
        except NoReverseMatch:
            return None
        return absolute_url(request, path) if path else None


class SummaryMixin:
    """Parent and alias summaries drawn with the project's page serializer."""

    def to_representation(self, value):
        serializer_class = get_serializer_class(
            value.__class__,
            ["id", "type", "detail_url", "html_url", "title"],
            meta_fields=["type", "detail_url", "html_url"],
            base=ProjectPageSerializer,
        )
        return serializer_class(context=self.context).to_representation(value)


class SiteParentField(SummaryMixin, PageParentField):
    pass


class SiteAliasOfField(SummaryMixin, PageAliasOfField):
    pass


class ProjectSerializer(BaseSerializer):
    detail_url = SiteDetailUrlField(read_only=True)


class ProjectPageSerializer(PageSerializer):
    detail_url = SiteDetailUrlField(read_only=True)
    html_url = SiteHtmlUrlField(read_only=True)
    parent = SiteParentField(read_only=True)
    alias_of = SiteAliasOfField(read_only=True)


class APIErrorsMixin:
    def check_query_parameters(self, queryset):
        """Wagtail passes `search_operator` to the search backend unchecked, which raises."""
        super().check_query_parameters(queryset)
        operator = self.request.GET.get("search_operator")
        if operator is not None and operator not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")

    def handle_exception(self, exc):
        if isinstance(exc, DataError | IntegrityError | OverflowError):
            return Response(
                {"message": "a parameter is out of range"}, status=status.HTTP_400_BAD_REQUEST
            )
        return super().handle_exception(exc)


class ProjectAPIViewSet(APIErrorsMixin, BaseAPIViewSet):
    """The base of the project's own endpoints (visits)."""

    base_serializer_class = ProjectSerializer


class ProjectPagesAPIViewSet(APIErrorsMixin, PagesAPIViewSet):
    base_serializer_class = ProjectPageSerializer

    def find_object(self, queryset, request):
        """`html_path` as the site writes it: `/lv/…` or `/en/…`, routed in that language.

        Wagtail routes the path from the site's root page, which knows no language prefix;
        the pages of a language hang below that language's home page.
        """
        site = Site.find_for_request(request)
        path = request.GET.get("html_path")
        if path is None or site is None:
            return super().find_object(queryset, request)
        components = [component for component in path.split("/") if component]
        language = translation.get_language_from_path(path)
        if language:
            components = components[1:]
        with translation.override(language or translation.get_language()):
            root = site.root_page.localized.specific
            try:
                page, _args, _kwargs = root.route(request, components)
            except Http404:
                return None
        if queryset.filter(id=page.id).exists():
            return page
        return None


def not_found(request, *args, **kwargs):
    """An address under /api/ that names no endpoint: Wagtail API v2's JSON 404."""
    return JsonResponse({"message": "not found"}, status=404)
