"""No request leaves the site from the admin: no avatars from gravatar.com, no CDN."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from core.choices import Role
from home.factories import UserFactory

LOADING = {"script": "src", "img": "src", "link": "href", "source": "srcset", "iframe": "src"}


class ResourceLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href", "srcset"):
            if tag in LOADING and attrs.get(name):
                self.urls.append(attrs[name])


def foreign_hosts(html):
    parser = ResourceLinks()
    parser.feed(html)
    hosts = set()
    for url in parser.urls:
        host = urlsplit(url.strip().split()[0]).netloc  # "//host/x" too
        if host and host != "testserver":
            hosts.add(host)
    return hosts


@pytest.mark.parametrize("url", ["/admin/", "/admin/users/", "/admin/account/"])
def test_admin__pages_load_nothing_from_other_hosts(client, db, url):
    coordinator = UserFactory(email="koordinatore@example.lv", roles=[Role.COORDINATOR])
    UserFactory(email="macekle@example.lv", roles=[Role.TRAINEE])  # listed with an avatar
    client.force_login(coordinator)

    html = client.get(url).content.decode()

    assert foreign_hosts(html) == set()
    assert "gravatar" not in html
