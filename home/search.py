"""Site search: every public kind of record in one ranked list, and the reader's own records.

Each kind is searched with Wagtail's search API on its own model (`search_fields`, reduced to
word forms by core.search) and the answers are merged here: a title that holds every word of
the query first (a municipality's profile for its name), then titles holding more of the
query's words, then the backend's relevance. Private records (advice, visits, measures) are
searched inside the reader's permission querysets and listed apart, never with the public ones.
"""

import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from core.locales import active_locale
from core.pages import all_pages
from core.search.fields import reduced_fields
from core.search.query import MAX_WORDS, expand
from core.search.text import fold, plain, stem, words
from exchanges import permissions as perms
from exchanges.models import (
    Advice,
    ExchangesIndexPage,
    Measure,
    Municipality,
    PlanningRegion,
    Visit,
)
from home import shell
from learning.models import SecapRoadmapPage, SecapStep

# How many of each kind are ranked: more than anyone pages through, few enough to rank here.
PAGE_LIMIT = 100
RECORD_LIMIT = 20
SNIPPET_WORDS = 28
# How long a page's searchable text is kept for its snippets (it is keyed by publication).
TEXT_TIMEOUT = 24 * 60 * 60
TEXT_WORD = re.compile(r"\w+")
# How many results of one kind come before the next kind's turn, among equal title matches.
TURN = 2


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
    """Up to `limit` words of `text` around its first match, matches in `<mark>`, escaped.

    Words are tested until the first match and then only within the words shown: a lesson
    runs to thousands of words, and the snippet needs a few dozen.
    """
    spans = [(match.start(), match.end()) for match in TEXT_WORD.finditer(text)]
    if not spans:
        return ""
    answers = {}

    def hit(n):
        word = fold(text[spans[n][0] : spans[n][1]])
        if word not in answers:
            answers[word] = bool(expansion.matches(word))
        return answers[word]

    first_hit = next((n for n in range(len(spans)) if hit(n)), 0)
    first = max(0, first_hit - limit // 3)
    shown = spans[first : first + limit]
    pieces = ["… " if first else ""]
    cursor = shown[0][0]
    for n, (start, end) in enumerate(shown, start=first):
        pieces.append(escape(text[cursor:start]))
        word = escape(text[start:end])
        pieces.append(format_html("<mark>{}</mark>", word) if hit(n) else word)
        cursor = end
    if first + limit < len(spans):
        pieces.append(" …")
    # Each piece is escaped text or a <mark> around escaped text.
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def ranked(results, expansion, order):
    """Results in the order a reader expects.

    A title holding every word of the query comes first, then titles holding more of its
    words. Among titles that match equally well, the kinds take turns two at a time, each
    kind's best first: the five planning regions all hold "planning" in their names, and
    would otherwise bury the lesson on planning. Scores are compared within a kind only,
    as a share of the best of that kind and title match, since each model's relevance is on
    its own scale.
    """
    wanted = {word.text for word in expansion.words}
    classes = {}
    for position, result in enumerate(results):
        title_words = [fold(word) for word in TEXT_WORD.findall(result.title)]
        found = set().union(*(expansion.matches(word) for word in title_words)) & wanted
        whole = found == wanted and len(title_words) <= len(wanted)
        result.rank = (not whole, -len(found), 0, 0.0, order.get(result.kind, 99), position)
        classes.setdefault((result.rank[:2], result.kind), []).append(result)
    for of_kind in classes.values():
        best = max(result.score for result in of_kind)
        for result in of_kind:
            share = result.score / best if best > 0 else 0.0
            result.rank = result.rank[:3] + (-share,) + result.rank[4:]
        of_kind.sort(key=lambda result: result.rank)
        for turn, result in enumerate(of_kind):
            result.rank = result.rank[:2] + (turn // TURN,) + result.rank[3:]
    return sorted(results, key=lambda result: result.rank)


@dataclass(frozen=True)
class Scope:
    """What every search in one language reads besides the index, cached with the site shell.

    The paths of pages under a view restriction (Wagtail's `public()` reads them on every
    query), and the addresses of the exchanges section and the SECAP roadmap that directory,
    visit and step results link into. The shell's generation retires it when a page is
    published, unpublished, moved or deleted, and when a view restriction changes
    (home.signal_handlers), so a page made private leaves the results at once.
    """

    restricted: tuple
    exchanges_url: str
    roadmap_url: str

    @classmethod
    def of(cls, language):
        return shell.GENERATION.cached(
            "search-scope", language, lambda: cls.compute(language), shell.TIMEOUT
        )

    @classmethod
    def compute(cls, language):
        exchanges = ExchangesIndexPage.for_language(language)
        roadmap = SecapRoadmapPage.objects.live().filter(locale__language_code=language).first()
        restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
        return cls(
            restricted=tuple(sorted(set(restricted))),
            exchanges_url=exchanges.url if exchanges else "",
            roadmap_url=roadmap.url if roadmap else "",
        )

    def public(self, pages):
        """`pages` without those under a view restriction, in filters a backend takes."""
        for path in self.restricted:
            pages = pages.exclude(path__startswith=path)
        return pages

    def exchanges(self, name, *args):
        """The address of one of the exchanges section's sub-pages ("" with no section)."""
        if not self.exchanges_url:
            return ""
        return self.exchanges_url + ExchangesIndexPage.get_resolver().reverse(name, *args)


class SiteSearch:
    """One search of the site for `request`'s reader, in the reader's language."""

    def __init__(self, request, query):
        self.request = request
        self.language = get_language()
        self.locale = active_locale()
        self.expansion = expand(query, self.language)
        self.scope = Scope.of(self.language)

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
        pages = self.scope.public(all_pages().live().filter(locale=self.locale))
        found = pages.search(query).annotate_score("_score")[:PAGE_LIMIT]
        return [
            Result(
                kind=kind_of(page),
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
                url=self.scope.exchanges(route, row.slug),
            )
            for kind, route, row in found
        ]

    def steps(self, query):
        roadmap = self.scope.roadmap_url
        if not roadmap:
            return []
        steps = searched(query, SecapStep.objects.filter(locale=self.locale), 10)
        return [
            Result(
                kind=STEP,
                title=str(step),
                record=step,
                score=relevance(step._score),
                url=f"{roadmap}#step-{step.number}",
            )
            for step in steps
        ]

    def public_visits(self, query):
        visits = searched(query, Visit.objects.public(), RECORD_LIMIT)
        return [
            self.written(visit, PUBLIC_VISIT, self.scope.exchanges("visit", visit.pk))
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
            self.written(visit, VISIT, self.scope.exchanges("visit", visit.pk))
            for visit in searched(query, visits, RECORD_LIMIT)
        ]
        results += [
            self.written(item, MEASURE, reverse("exchanges:measure", kwargs={"pk": item.pk}))
            for item in searched(query, measures, RECORD_LIMIT)
        ]
        return results

    def fill(self, results):
        """URLs and snippets for the results shown, without a query for pages already seen."""
        pages = [result.record for result in results if isinstance(result.record, Page)]
        texts = page_texts(pages)
        for result in results:
            record = result.record
            if isinstance(record, Page):
                result.url = record.get_url(self.request)
                text = texts.get(record.pk, "")
            else:
                text = text_of(record) if reduced_fields(type(record)) else ""
            result.snippet = highlighted(text, self.expansion) if text else ""
        return results


def stamp(moment):
    return f"{moment.timestamp():.6f}" if moment else "never"


def page_texts(pages):
    """{pk: the text a page is found by, beside its title} for `pages` (Wagtail's base rows).

    The text of a page's live version changes only when it is published, so it is kept in the
    cache under the page and the time it was last published; pages not found there are read
    in one query per page type.
    """
    keys = {page.pk: f"search-text:{page.pk}:{stamp(page.last_published_at)}" for page in pages}
    stored = cache.get_many(keys.values())
    texts = {pk: stored[key] for pk, key in keys.items() if key in stored}
    by_type = {}
    for page in pages:
        if page.pk not in texts and page.specific_class is not None:
            by_type.setdefault(page.specific_class, []).append(page.pk)
    fresh = {}
    for page_class, ids in by_type.items():
        for pk, specific in page_class.objects.in_bulk(ids).items():
            texts[pk] = fresh[keys[pk]] = text_of(specific)
    if fresh:
        cache.set_many(fresh, TEXT_TIMEOUT)
    return texts


MUNICIPALITY = _("Municipality")
REGION = _("Planning region")
STEP = _("SECAP step")
PUBLIC_VISIT = _("Visit")
ADVICE = _("Advice")
VISIT = _("Visit")
MEASURE = _("Measure")
# The order of kinds whose titles match equally well: the directory first.
KIND_ORDER = (MUNICIPALITY, REGION)


# Suggestions while the reader types: titles only, after the third letter.
SUGGESTIONS = 8
SUGGEST_AFTER = 3


def autocomplete_text(query, language):
    """The query as suggestions match it, folded; "" when under three letters.

    Words before the last by their stem, the last as a prefix: by its stem, when that begins
    it and keeps three letters, so that "enerģijas" suggests "Enerģiju…" too ("pašvaldību
    enerģijas" → "pasvaldib energij"), else as typed ("ener").
    """
    typed = words(query)[:MAX_WORDS]
    if sum(len(word) for word in typed) < SUGGEST_AFTER:
        return ""
    *done, last = typed
    last_stem = stem(last, language)
    if len(last_stem) >= SUGGEST_AFTER and last.startswith(last_stem):
        last = last_stem
    return " ".join([stem(word, language) for word in done] + [last])


@dataclass
class Suggestion:
    title: str
    url: str
    kind: str


class Suggestions:
    """Titles that begin like the reader's query: pages, municipalities and planning regions.

    Wagtail's `autocomplete()` on each model's title (`AutocompleteText`, folded words and
    stems), the last word matched as a prefix. A municipality or region whose name begins
    with the first word comes before pages: typing "Liep" means Liepāja first.
    """

    def __init__(self, request, query):
        self.request = request
        self.language = get_language()
        self.text = autocomplete_text(query, self.language)

    def run(self):
        if not self.text:
            return []
        locale = active_locale()
        backend = get_search_backend()
        scope = Scope.of(self.language)
        directory = []
        for queryset, route, kind in (
            (Municipality.objects.filter(locale=locale), "municipality", MUNICIPALITY),
            (PlanningRegion.objects.filter(locale=locale), "region", REGION),
        ):
            rows = backend.autocomplete(self.text, queryset)[:SUGGESTIONS]
            directory += [
                Suggestion(row.name, scope.exchanges(route, row.slug), capfirst(kind))
                for row in rows
            ]
        pages = scope.public(all_pages().live().filter(locale=locale))
        found = [
            Suggestion(page.title, page.get_url(self.request), capfirst(kind_of(page)))
            for page in pages.autocomplete(self.text)[:SUGGESTIONS]
        ]
        first = self.text.split()[0]
        leading = [item for item in directory if fold(item.title).startswith(first)]
        rest = [item for item in directory if item not in leading]
        return (leading + found + rest)[:SUGGESTIONS]


def kind_of(page):
    return page.specific_class._meta.verbose_name if page.specific_class else ""
