"""The good-practice library's page: filters, search, sorting, pages of cards and the export."""

from django.db.models import F
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.collation import latvian_order
from core.pages import IndexPage
from core.pagination import paginate

from .. import caching
from ..choices import Sort
from ..forms import CaseFilterForm
from ..library import (
    EXPORT_FORMATS,
    FILTERS,
    PER_PAGE,
    Listing,
    PagedByKey,
    export_response,
    filter_key,
    listed_countries,
    taxonomy_choices,
)
from .case import CaseStudyPage


class CaseStudyIndexPage(IndexPage):
    """The good-practice library: filters, search, sorting and export over its case studies."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    template = "casestudies/case_study_index_page.html"

    class Meta:
        verbose_name = _("case study index page")
        verbose_name_plural = _("case study index pages")

    def serve(self, request, *args, **kwargs):
        library = self.library_context(request)
        export = library.get("export_format")
        if export:
            return export_response(CaseStudyPage, library["all_results"], export, self, request)
        request.case_library = library
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(getattr(request, "case_library", None) or self.library_context(request))
        return context

    def library_context(self, request):
        """The filter form, one page of cards and the counts, most of them from the cache.

        Counting, sorting and paging thousands of cases, and the filter choices, are the same for
        every reader until the library changes (`caching`); only the reader's own page of cards
        is drawn on each request, its labels in the reader's language.
        """
        snapshot = caching.Snapshot()
        locale_id = self.locale_id
        sectors, steps = snapshot.cached("taxonomy", locale_id, lambda: taxonomy_choices(locale_id))

        # Built only when something is not in the cache: `public_searchable()` reads the private
        # sections when it is called.
        def cases():
            return CaseStudyPage.objects.child_of(self).live().public_searchable()

        countries = snapshot.cached("countries", self.pk, lambda: listed_countries(cases()))
        form = CaseFilterForm(request.GET, sectors=sectors, steps=steps, countries=countries)
        values, invalid = form.valid_values()
        notices = []
        if invalid:
            labels = ", ".join(str(form.fields[name].label) for name in invalid)
            notices.append(
                gettext("These filters had values we could not use and were ignored: %(names)s.")
                % {"names": labels}
            )
        unknown = form.unknown_parameters()
        if unknown:
            notices.append(
                gettext("Unknown parameters were ignored: %(names)s.")
                % {"names": ", ".join(unknown)}
            )

        filters = {name: values.get(name) for name in FILTERS if values.get(name)}
        sort = values.get("sort") or Sort.NEWEST
        export = request.GET.get("format", "").lower()
        if export and export not in EXPORT_FORMATS:
            notices.append(gettext("Export formats are CSV and XLSX; the list is shown instead."))
            export = ""
        if export:
            # Every row, read afresh: a download is rare and must match the database.
            return {"export_format": export, "all_results": self.found(cases(), filters, sort)}

        library_url = self.get_url(request)
        listing = Listing(
            snapshot,
            (self.pk, filter_key(filters), sort),
            lambda: self.found(cases(), filters, sort),
            library_url,
        )
        page_obj = paginate(request, listing, PER_PAGE)
        active = bool(filters)
        if active and not page_obj.paginator.count:
            unfiltered = Listing(
                snapshot, (self.pk, filter_key({}), Sort.NEWEST), cases, library_url
            )
            library_has_cases = unfiltered.count() > 0
        else:
            library_has_cases = page_obj.paginator.count > 0
        query = request.GET.copy()
        query.pop("page", None)
        query.pop("format", None)
        return {
            "filter_form": form,
            "filter_selects": form.selects(values),
            "filter_values": values,
            "filters_active": active,
            # Each sector ticked counts, as each one narrows the list.
            "filters_count": sum(
                len(v) if isinstance(v, list | tuple) else 1 for v in filters.values()
            ),
            "notices": notices,
            "results": page_obj,
            "export_format": "",
            "export_query": query.urlencode(),
            "library_url": library_url,
            "library_has_cases": library_has_cases,
        }

    def found(self, cases, filters, sort):
        """The listed cases that pass `filters`, in the `sort` order: a queryset, or search results.

        The filters run inside the list's query (`CaseStudyPageQuerySet.matching`), so search
        does too, and the paginator slices keys before whole rows are read (`PagedByKey`).
        """
        found = cases.matching(filters, self.locale_id)
        if sort == Sort.TITLE:
            order = [latvian_order("title").asc(), F("pk").asc()]
        elif sort == Sort.CO2:
            order = [F("co2_tonnes_per_year").desc(nulls_last=True), F("pk").asc()]
        else:
            order = [F("first_published_at").desc(nulls_last=True), F("pk").desc()]

        def with_rows(queryset):
            return queryset.order_by(*order).prefetch_related("sectors").defer_streamfields()

        if filters.get("q"):
            # In the reader's order, not by relevance; the match runs inside the list's query.
            return with_rows(found).search(filters["q"], order_by_relevance=False)
        return PagedByKey(
            found.order_by(*order),
            lambda kept: with_rows(CaseStudyPage.objects.filter(pk__in=kept)),
            every_row=with_rows(found),
        )
