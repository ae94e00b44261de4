"""The reader's own records in search: only what the permission querysets let them read."""

import pytest
from django.core.management import call_command

from exchanges.factories import AdviceFactory
from home.factories import UserFactory


@pytest.mark.django_db
def test_search__lists_private_advice_for_its_readers_only(client, site_tree):
    advice = AdviceFactory(title="Katlumājas siltumskaitītāju uzstādīšana", given_by=UserFactory())
    call_command("update_index", verbosity=0)
    stranger = UserFactory()

    anonymous = client.get("/lv/search/", {"q": "siltumskaitītāji"})
    client.force_login(stranger)
    outsider = client.get("/lv/search/", {"q": "siltumskaitītāji"})
    client.force_login(advice.given_by)
    author = client.get("/lv/search/", {"q": "siltumskaitītāji"})

    assert anonymous.context["private_results"] == []
    assert outsider.context["private_results"] == []
    assert [result.title for result in author.context["private_results"]] == [advice.title]
    assert advice.title not in anonymous.content.decode()
