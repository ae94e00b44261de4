from http import HTTPStatus

import pytest

from learning.factories import LearningIndexPageFactory

PUBLIC_URLS = [
    "/{lang}/",
    "/{lang}/learning/",
    "/{lang}/case-studies/",
    "/{lang}/exchanges/",
    "/{lang}/accessibility/",
    "/{lang}/search/",
    "/{lang}/search/?q=energo",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/password/reset/",
]


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_page__answers_in_its_language(client, site_tree, url, lang):
    response = client.get(url.format(lang=lang))

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert 'href="#main"' in html
    assert 'id="main"' in html


def test_root__redirects_to_latvian(client, site_tree):
    response = client.get("/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/lv/"


def test_root__honours_an_english_browser(client, site_tree):
    response = client.get("/", headers={"accept-language": "en"})

    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("lv", ["Mācības", "Pieredzes apmaiņa", "Labās prakses piemēri", "Meklēt"]),
        ("en", ["Learning", "Exchanges", "Case studies", "Search"]),
    ],
)
def test_header__links_the_sections_in_menu_order(client, site_tree, lang, titles):
    html = client.get(f"/{lang}/").content.decode()
    start = html.index('class="site-nav"')
    nav = html[start : html.index("</nav>", start)]

    positions = [nav.index(title) for title in titles]
    assert positions == sorted(positions)
    assert f'href="/{lang}/learning/"' in nav


def test_section_page__marks_itself_current_in_navigation(client, site_tree):
    html = client.get("/en/learning/").content.decode()

    assert 'href="/en/learning/" aria-current="page"' in html


@pytest.mark.parametrize("slug", ["learning", "case-studies"])
def test_section_page__says_honestly_that_content_is_coming(client, site_tree, slug):
    lv = client.get(f"/lv/{slug}/").content.decode()
    en = client.get(f"/en/{slug}/").content.decode()

    assert "This section is being prepared" in en
    assert "This section is being prepared" not in lv


def test_home_page__shows_entry_points_and_methods(client, site_tree):
    html = client.get("/lv/").content.decode()

    for slug in ("learning", "exchanges", "case-studies"):
        assert f'href="/lv/{slug}/"' in html
    assert "Ēnošana" in html
    assert 'class="methods"' in html


def test_footer__links_accessibility_statement_and_contact(client, site_tree):
    html = client.get("/en/").content.decode()
    footer = html[html.index('class="site-footer"') :]

    assert 'href="/en/accessibility/"' in footer
    assert "mailto:" in footer
    assert "European Union" in footer


def test_accessibility_statement__follows_the_template(client, site_tree):
    html = client.get("/lv/accessibility/").content.decode()

    assert "Piekļūstamības paziņojums" in html
    assert 'datetime="2026-11-23"' in html
    assert "WCAG" in html


@pytest.mark.parametrize(
    ("url", "other_lang", "expected"),
    [
        ("/lv/learning/", "en", "/en/learning/"),
        ("/en/accessibility/", "lv", "/lv/accessibility/"),
        ("/lv/", "en", "/en/"),
        ("/lv/search/?q=%C4%93no%C5%A1ana", "en", "/en/search/?q=%C4%93no%C5%A1ana"),
        ("/en/accounts/login/", "lv", "/lv/accounts/login/"),
    ],
)
def test_language_switcher__keeps_the_reader_on_the_same_page(
    client, site_tree, url, other_lang, expected
):
    html = client.get(url).content.decode()
    switcher = html[html.index('class="language-switcher"') :]

    assert f'href="{expected}" hreflang="{other_lang}"' in switcher


def test_language_switcher__untranslated_page_falls_back_to_that_language_home(client, site_tree):
    site_tree.pages[("en", "exchanges")].delete()

    html = client.get("/lv/exchanges/").content.decode()

    assert 'href="/en/" hreflang="en"' in html


def test_unknown_page__is_a_translated_404(client, site_tree):
    response = client.get("/en/no-such-page/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize("who", ["visitor", "trainee", "mentee"])
@pytest.mark.parametrize(
    "url", ["/lv/", "/en/", "/en/learning/", "/lv/case-studies/", "/lv/accessibility/"]
)
def test_page__at_most_15_queries_and_as_many_with_few_as_with_many_pages(
    client, site_tree, url, who, django_assert_max_num_queries
):
    from core.choices import Role
    from exchanges.factories import ProfileFactory
    from home.factories import UserFactory
    from tests.learning.helpers import QUERY_LIMIT, count_queries

    if who == "trainee":
        client.force_login(UserFactory(roles=[Role.TRAINEE]))
    elif who == "mentee":
        client.force_login(ProfileFactory(user=UserFactory(roles=[Role.MUNICIPALITY_MEMBER])).user)
    few = count_queries(client, url)
    for n in range(10):
        LearningIndexPageFactory(parent=site_tree.homes["lv"], slug=f"extra-{n}")
        LearningIndexPageFactory(parent=site_tree.homes["en"], slug=f"extra-{n}")
    client.get(url)

    with django_assert_max_num_queries(QUERY_LIMIT) as more_pages:
        response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    assert len(more_pages.captured_queries) == few


def test_user_menu__links_the_admin_for_coordinators_only(client, site_tree):
    from core.choices import Role
    from home.factories import UserFactory

    client.force_login(UserFactory(roles=[Role.TRAINEE]))
    trainee = client.get("/lv/").content.decode()
    client.force_login(UserFactory(roles=[Role.COORDINATOR]))
    coordinator = client.get("/lv/").content.decode()

    assert 'href="/admin/"' not in trainee
    assert "wagtail-userbar" not in trainee
    assert 'href="/admin/"' in coordinator
    assert "wagtail-userbar" in coordinator


def test_user_menu__admin_link_goes_at_once_when_the_right_is_revoked(client, site_tree):
    from django.contrib.auth.models import Group, Permission

    from core.choices import Role
    from home.factories import UserFactory

    client.force_login(UserFactory(roles=[Role.COORDINATOR]))
    assert 'href="/admin/"' in client.get("/lv/").content.decode()
    group = Group.objects.get(name=Role.COORDINATOR)
    group.permissions.remove(Permission.objects.get(codename="access_admin"))

    assert 'href="/admin/"' not in client.get("/lv/").content.decode()


def test_user_menu__admin_link_shows_from_the_next_login_once_granted(client, site_tree):
    """Sessions that were not privileged at login skip the permission queries on each page."""
    from django.contrib.auth.models import Permission

    from core.choices import Role
    from home.factories import UserFactory

    user = UserFactory(roles=[Role.TRAINEE])
    client.force_login(user)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    same_session = client.get("/lv/").content.decode()
    client.logout()
    client.force_login(type(user).objects.get(pk=user.pk))  # as a new login loads the user

    assert 'href="/admin/"' not in same_session
    assert 'href="/admin/"' in client.get("/lv/").content.decode()


def test_footer__follows_a_change_of_the_contact_details(client, site_tree):
    from home.models import ContactSettings

    client.get("/lv/")  # caches the contact details
    contact = ContactSettings.for_site(site_tree.site)
    contact.email = "jauns@example.lv"
    contact.phone = "+371 6000 0000"
    contact.save()

    footer = client.get("/lv/").content.decode()

    assert 'href="mailto:jauns@example.lv"' in footer
    assert 'href="tel:+37160000000"' in footer


def test_shell__follows_a_newly_published_section(client, site_tree):
    client.get("/en/")
    page = LearningIndexPageFactory(
        parent=site_tree.homes["en"], slug="news", title="Programme news", live=False
    )
    page.save_revision().publish()

    html = client.get("/en/").content.decode()

    assert 'href="/en/news/"' in html
