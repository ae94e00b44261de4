"""Every model says whether public pages show it, and the page cache follows what it says."""

from http import HTTPStatus
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import update_last_login
from django.test import override_settings

from casestudies import signal_handlers as casestudies_signals
from core import pagecache
from exchanges import signal_handlers as exchanges_signals
from exchanges.factories import AdviceFactory, MunicipalityFactory
from exchanges.models import Visit
from home.factories import UserFactory
from learning import signal_handlers as learning_signals

PROJECT_APPS = {"core", "home", "learning", "casestudies", "exchanges"}
MUNICIPALITIES = "/lv/exchanges/municipalities/"

cached = override_settings(PAGE_CACHE_SECONDS=300)


def test_every_model__says_whether_public_pages_show_it():
    silent = sorted(
        model._meta.label_lower
        for model in apps.get_models()
        if pagecache.declaration(model) is None
    )

    assert not silent, (
        f"{', '.join(silent)}: say whether public pages show these records, with "
        f"`{pagecache.ATTRIBUTE} = True/False` on the model's class (a project model) or an "
        "entry in core.pagecache.THIRD_PARTY (any other)"
    )


def test_project_models__declare_on_their_own_class():
    in_table = sorted(
        label for label in pagecache.THIRD_PARTY if label.split(".")[0] in PROJECT_APPS
    )

    assert not in_table


def test_third_party_table__names_installed_models_only():
    installed = {model._meta.label_lower for model in apps.get_models()}
    # Wagtail defines its SQLite full-text table only when the database is SQLite.
    sqlite_only = {"wagtailsearch.sqliteftsindexentry"}

    assert not set(pagecache.THIRD_PARTY) - installed - sqlite_only


def test_model_that_says_neither__counts_as_shown():
    meta = SimpleNamespace(label_lower="elsewhere.thing", proxy=False, auto_created=False)

    assert pagecache.declaration(SimpleNamespace(_meta=meta)) is None
    assert pagecache.shown_on_public_pages(SimpleNamespace(_meta=meta))


def test_relation_table__follows_the_model_that_declares_it():
    assert pagecache.shown_on_public_pages(Visit.participants.through)


@pytest.mark.parametrize(
    "reads",
    [learning_signals.READS, casestudies_signals.READS, exchanges_signals.READS],
    ids=["course-outline", "case-library", "calendar-feeds"],
)
def test_caches_of_public_content__read_only_models_public_pages_show(reads):
    private = [
        model._meta.label_lower for model in reads if pagecache.declaration(model) is not True
    ]

    assert not private


@cached
@pytest.mark.django_db
def test_saving_a_shown_record__retires_the_stored_page(
    client, site_tree, django_capture_on_commit_callbacks
):
    municipality = MunicipalityFactory(name="Dobeles novads")
    assert "Dobeles novads" in client.get(MUNICIPALITIES).content.decode()
    before = pagecache.GENERATION.current()

    with django_capture_on_commit_callbacks(execute=True):
        municipality.name = "Tukuma novads"
        municipality.save()

    assert pagecache.GENERATION.current() > before
    assert "Tukuma novads" in client.get(MUNICIPALITIES).content.decode()


@cached
@pytest.mark.django_db
def test_saving_a_record_public_pages_do_not_show__keeps_the_stored_page(
    client, site_tree, django_capture_on_commit_callbacks, django_assert_num_queries
):
    advice = AdviceFactory()
    client.get(MUNICIPALITIES)
    before = pagecache.GENERATION.current()

    with django_capture_on_commit_callbacks(execute=True):
        advice.title = "Cits ieteikums"
        advice.save()
        advice.delete()

    assert pagecache.GENERATION.current() == before
    with django_assert_num_queries(0):
        assert client.get(MUNICIPALITIES).status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_signing_in__keeps_the_stored_pages(django_capture_on_commit_callbacks):
    user = UserFactory()
    before = pagecache.GENERATION.current()

    with django_capture_on_commit_callbacks(execute=True):
        update_last_login(None, user)

    assert pagecache.GENERATION.current() == before
