"""Site search: every public kind of record in one ranked list, and the reader's own records.

Each kind is searched with Wagtail's search API on its own model (`search_fields`, reduced to
word forms by core.search) and the answers are merged here: a title that holds every word of
the query first (a municipality's profile for its name), then titles holding more of the
query's words, then the backend's relevance. Private records (advice, visits, measures) are
searched inside the reader's permission querysets and listed apart, never with the public ones.
"""

import re
from dataclasses import dataclass, field

from django.db import connection
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from core.locales import active_locale
from core.pages import all_pages
from core.search.fields import reduced_fields
from core.search.query import expand
from core.search.text import fold, plain
from exchanges import permissions as perms
from exchanges.models import (
    Advice,
    ExchangesIndexPage,
    Measure,
    Municipality,
    PlanningRegion,
    Visit,
)
from learning.models import SecapRoadmapPage, SecapStep

# How many of each kind are ranked: more than anyone pages through, few enough to rank here.
PAGE_LIMIT = 100
RECORD_LIMIT = 20
SNIPPET_WORDS = 28
TEXT_WORD = re.compile(r"\w+")


@dataclass
class Result:
    kind: str
    title: str
    record: object
    score: float
    language: str = ""
    url: str = ""
    snippet: str = ""
    rank: tuple = field(default=())


@dataclass
class Outcome:
    results: list
    private: list
    ignored: list


def relevance(score):
    """The backend's score, larger for better: SQLite's BM25 is negative, lower is better."""
    score = score or 0.0
    return -score if connection.vendor == "sqlite" else score


def searched(query, queryset, limit):
    backend = get_search_backend()
    found = backend.search(query, queryset).annotate_score("_score")
    return list(found[:limit])


def text_of(record):
    """The text a record is found by, beside its title, as written."""
    parts = []
    for search_field in reduced_fields(type(record)):
        if search_field.field_name != "title" and isinstance(search_field, index.SearchField):
            parts.append(plain(index.SearchField.get_value(search_field, record)))
    return " ".join(part for part in parts if part)


def highlighted(text, expansion, limit=SNIPPET_WORDS):
    """Up to `limit` words of `text` around its first match, matches in `<mark>`, escaped."""
    spans = [(match.start(), match.end()) for match in TEXT_WORD.finditer(text)]
    hits = [n for n, (start, end) in enumerate(spans) if expansion.matches(fold(text[start:end]))]
    if not spans:
        return ""
    first = max(0, (hits[0] if hits else 0) - limit // 3)
    shown = spans[first : first + limit]
    hit_set = set(hits)
    pieces = ["… " if first else ""]
    cursor = shown[0][0]
    for n, (start, end) in enumerate(shown, start=first):
        pieces.append(escape(text[cursor:start]))
        word = escape(text[start:end])
        pieces.append(format_html("<mark>{}</mark>", word) if n in hit_set else word)
        cursor = end
    if first + limit < len(spans):
        pieces.append(" …")
    # Each piece is escaped text or a <mark> around escaped text.
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def ranked(results, expansion, order):
    wanted = {word.text for word in expansion.words}
    for position, result in enumerate(results):
        title_words = [fold(word) for word in TEXT_WORD.findall(result.title)]
        found = set().union(*(expansion.matches(word) for word in title_words)) & wanted
        whole = found == wanted and len(title_words) <= len(wanted)
        result.rank = (not whole, -len(found), -result.score, order.get(result.kind, 99), position)
    return sorted(results, key=lambda result: result.rank)


class SiteSearch:
    """One search of the site for `request`'s reader, in the reader's language."""

    def __init__(self, request, query):
        self.request = request
        self.language = get_language()
        self.locale = active_locale()
        self.expansion = expand(query, self.language)
        self._exchanges = None

    @property
    def exchanges(self):
        if self._exchanges is None:
            self._exchanges = ExchangesIndexPage.for_language(self.language) or False
        return self._exchanges

    def subpage_url(self, name, *args):
        if not self.exchanges:
            return ""
        return self.exchanges.url + self.exchanges.reverse_subpage(name, args=args)

    def run(self):
        query = self.expansion.query
        if query is None:
            return Outcome([], [], self.expansion.ignored)
        results = self.pages(query) + self.directory(query) + self.steps(query)
        results += self.public_visits(query)
        order = {kind: n for n, kind in enumerate(KIND_ORDER)}
        private = []
        if self.request.user.is_authenticated:
            private = ranked(self.private_records(query), self.expansion, order)
        return Outcome(ranked(results, self.expansion, order), private, self.expansion.ignored)

    def pages(self, query):
        pages = all_pages().live().public_searchable().filter(locale=self.locale)
        found = pages.search(query).annotate_score("_score")[:PAGE_LIMIT]
        return [
            Result(
                kind=page.specific_class._meta.verbose_name if page.specific_class else "",
                title=page.title,
                record=page,
                score=relevance(page._score),
            )
            for page in found
        ]

    def directory(self, query):
        """Municipalities and planning regions, each linked to its page in the directory."""
        municipalities = Municipality.objects.filter(locale=self.locale)
        regions = PlanningRegion.objects.filter(locale=self.locale)
        found = [
            (MUNICIPALITY, "municipality", row)
            for row in searched(query, municipalities, RECORD_LIMIT)
        ]
        found += [(REGION, "region", row) for row in searched(query, regions, 5)]
        return [
            Result(
                kind=kind,
                title=row.name,
                record=row,
                score=relevance(row._score),
                url=self.subpage_url(route, row.slug),
            )
            for kind, route, row in found
        ]

    def steps(self, query):
        steps = searched(query, SecapStep.objects.filter(locale=self.locale), 10)
        if not steps:
            return []
        roadmap = SecapRoadmapPage.objects.live().filter(locale=self.locale).first()
        return [
            Result(
                kind=STEP,
                title=str(step),
                record=step,
                score=relevance(step._score),
                url=f"{roadmap.url}#step-{step.number}" if roadmap else "",
            )
            for step in steps
            if roadmap
        ]

    def public_visits(self, query):
        visits = searched(query, Visit.objects.public(), RECORD_LIMIT)
        return [
            self.written(visit, PUBLIC_VISIT, self.subpage_url("visit", visit.pk))
            for visit in visits
        ]

    def written(self, record, kind, url):
        """A result for a record people wrote, in the language it was written in."""
        return Result(
            kind=kind,
            title=record.title,
            record=record,
            score=relevance(record._score),
            language=record.language,
            url=url,
        )

    def private_records(self, query):
        """The advice, visits and measures the reader may read: the permission querysets."""
        user = self.request.user
        advice = Advice.objects.filter(pk__in=perms.advice_visible_to(user).values("pk"))
        visits = Visit.objects.filter(pk__in=perms.visits_visible_to(user).values("pk"))
        measures = Measure.objects.filter(pk__in=perms.measures_visible_to(user).values("pk"))
        results = [
            self.written(item, ADVICE, reverse("exchanges:advice", kwargs={"pk": item.pk}))
            for item in searched(query, advice, RECORD_LIMIT)
        ]
        results += [
            self.written(visit, VISIT, self.subpage_url("visit", visit.pk))
            for visit in searched(query, visits, RECORD_LIMIT)
        ]
        results += [
            self.written(item, MEASURE, reverse("exchanges:measure", kwargs={"pk": item.pk}))
            for item in searched(query, measures, RECORD_LIMIT)
        ]
        return results

    def fill(self, results):
        """URLs and snippets for the results shown: each page type's fields in one query."""
        by_type = {}
        for result in results:
            if isinstance(result.record, Page):
                by_type.setdefault(result.record.specific_class, []).append(result)
        for page_class, of_type in by_type.items():
            specific = page_class.objects.in_bulk([result.record.pk for result in of_type])
            for result in of_type:
                result.record = specific.get(result.record.pk, result.record)
                result.url = result.record.get_url(self.request)
        for result in results:
            text = text_of(result.record) if reduced_fields(type(result.record)) else ""
            result.snippet = highlighted(text, self.expansion) if text else ""
        return results


MUNICIPALITY = _("Municipality")
REGION = _("Planning region")
STEP = _("SECAP step")
PUBLIC_VISIT = _("Visit")
ADVICE = _("Advice")
VISIT = _("Visit")
MEASURE = _("Measure")
# The order of kinds whose titles match equally well: the directory first.
KIND_ORDER = (MUNICIPALITY, REGION)
