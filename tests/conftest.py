"""Fixtures shared by every test: a bilingual site built from factories."""

from dataclasses import dataclass, field

import pytest
from wagtail.models import Locale, Page, Site

from casestudies.factories import CaseStudyIndexPageFactory
from exchanges.factories import ExchangesIndexPageFactory
from home.factories import AccessibilityStatementPageFactory, HomePageFactory
from learning.factories import LearningIndexPageFactory

SECTION_TITLES = {
    "lv": {
        "learning": "Mācības",
        "exchanges": "Pieredzes apmaiņa",
        "case-studies": "Labās prakses piemēri",
        "accessibility": "Piekļūstamības paziņojums",
    },
    "en": {
        "learning": "Learning",
        "exchanges": "Exchanges",
        "case-studies": "Case studies",
        "accessibility": "Accessibility statement",
    },
}


@dataclass
class SiteTree:
    homes: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)  # (language, slug) -> page
    site: Site | None = None


def build_site_tree():
    """Replace whatever tree the migrations made with a fresh lv + en tree.

    Transactional tests flush the database, migration data included, so the tree root and
    the locales are made here when missing.
    """
    Site.objects.all().delete()
    Page.objects.filter(depth__gt=1).delete()
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("lv", "en")}
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["lv"])
    )
    tree = SiteTree()
    factories = {
        "learning": LearningIndexPageFactory,
        "exchanges": ExchangesIndexPageFactory,
        "case-studies": CaseStudyIndexPageFactory,
        "accessibility": AccessibilityStatementPageFactory,
    }
    source = None
    for code in ("lv", "en"):
        locale = locales[code]
        extra = {"translation_key": source.translation_key} if source else {}
        home = HomePageFactory(
            parent=root,
            locale=locale,
            title="Energoplānošana pašvaldībās" if code == "lv" else "Municipal Energy Planning",
            slug=f"home-{code}",
            **extra,
        )
        tree.homes[code] = home
        source = source or home
        for slug, factory in factories.items():
            translation_of = tree.pages.get(("lv", slug))
            extra = {"translation_key": translation_of.translation_key} if translation_of else {}
            tree.pages[(code, slug)] = factory(
                parent=home, locale=locale, title=SECTION_TITLES[code][slug], **extra
            )
    tree.site = Site.objects.create(
        hostname="localhost", port=80, root_page=tree.homes["lv"], is_default_site=True
    )
    return tree


@pytest.fixture
def site_tree(db):
    return build_site_tree()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached shells and settings must not leak from one test's site into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
