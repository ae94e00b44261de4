from http import HTTPStatus

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

from core.content import content_dir, read

DEMO_ACCOUNTS = read(content_dir("home", "users.yaml"))


def row_counts():
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if not model._meta.proxy
    }


@pytest.mark.django_db
def test_load_demo__second_run_changes_nothing():
    call_command("load_demo", verbosity=0)
    first = row_counts()
    first_pages = list(Page.objects.order_by("path").values_list("path", "title", "live"))

    call_command("load_demo", verbosity=0)

    assert row_counts() == first
    assert list(Page.objects.order_by("path").values_list("path", "title", "live")) == first_pages


@pytest.mark.django_db
def test_load_demo__serves_every_section_in_both_languages(client):
    call_command("load_demo", verbosity=0)

    for url, title in [
        ("/lv/learning/", "Mācības"),
        ("/en/learning/", "Learning"),
        ("/lv/case-studies/", "Labās prakses piemēri"),
        ("/en/case-studies/", "Case studies"),
        ("/lv/exchanges/", "Pieredzes apmaiņa"),
        ("/en/exchanges/", "Exchanges"),
        ("/lv/accessibility/", "Piekļūstamības paziņojums"),
        ("/en/accessibility/", "Accessibility statement"),
        ("/lv/learning/secap/introduction/", "1.1. Ievads"),
        ("/en/learning/energy-management/pdca-cycle/", "Plan"),
        ("/lv/case-studies/barcelona-superblocks/", "Barselona"),
        ("/en/case-studies/tartu-city-and-energy-agency/", "Tartu"),
        ("/en/case-studies/?country=SE", "Växjö"),
        ("/lv/", "Energoplānošana pašvaldībās"),
        ("/en/", "Municipal Energy Planning"),
    ]:
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, url
        assert title in response.content.decode(), url


@pytest.mark.django_db
def test_load_demo__pages_are_translations_of_each_other():
    call_command("load_demo", verbosity=0)

    for page in Page.objects.filter(depth=3, locale__language_code="lv"):
        translation = page.get_translations().get()
        assert translation.locale.language_code == "en"
        assert translation.slug == page.slug


@pytest.mark.django_db
def test_load_demo__search_finds_demo_content_after_loading(client):
    call_command("load_demo", verbosity=0)

    response = client.get("/lv/search/", {"q": "Liepaja"})

    assert response.context["results"].paginator.count >= 1


@pytest.mark.django_db
@pytest.mark.parametrize("spec", DEMO_ACCOUNTS["users"], ids=lambda spec: spec["username"])
def test_load_demo__creates_one_user_per_role_with_the_documented_password(client, spec):
    call_command("load_demo", verbosity=0)

    user = get_user_model().objects.get(username=spec["username"])

    assert user.check_password(DEMO_ACCOUNTS["password"])
    assert list(user.groups.values_list("name", flat=True)) == [spec["role"]]


@pytest.mark.django_db
def test_load_demo__coordinator_can_open_the_admin(client):
    call_command("load_demo", verbosity=0)
    client.force_login(get_user_model().objects.get(username="coordinator"))

    assert client.get("/admin/").status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_load_demo__trainee_cannot_open_the_admin(client):
    call_command("load_demo", verbosity=0)
    client.force_login(get_user_model().objects.get(username="trainee"))

    response = client.get("/admin/")

    assert response.status_code == HTTPStatus.FOUND
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_load_demo__refuses_when_settings_do_not_allow_demo_content(settings):
    settings.DEMO_CONTENT_ALLOWED = False

    with pytest.raises(CommandError, match="local use only"):
        call_command("load_demo", verbosity=0)

    assert not get_user_model().objects.filter(username="coordinator").exists()
