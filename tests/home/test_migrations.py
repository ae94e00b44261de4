"""The data migrations themselves (the only tests that read data the migrations made)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Site

from core.choices import Role
from home.models import HomePage


@pytest.mark.django_db
def test_migration__creates_the_home_page_in_both_languages():
    site = Site.objects.get(is_default_site=True)
    lv = site.root_page.specific
    en = lv.get_translation(Locale.objects.get(language_code="en"))

    assert isinstance(lv, HomePage)
    assert lv.locale.language_code == "lv"
    assert lv.title == "Energoplānošana pašvaldībās"
    assert en.title == "Municipal Energy Planning"
    assert "Ēnošana" in [block.value["heading"] for block in lv.methods]
    assert "Shadowing" in [block.value["heading"] for block in en.specific.methods]


@pytest.mark.django_db
def test_migration__creates_a_group_per_role():
    assert set(Role.values) <= set(Group.objects.values_list("name", flat=True))


@pytest.mark.django_db
def test_migration__coordinators_can_use_the_admin():
    coordinators = Group.objects.get(name=Role.COORDINATOR)

    assert coordinators.permissions.filter(codename="access_admin").exists()
    assert coordinators.page_permissions.exists()
