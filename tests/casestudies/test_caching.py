"""The library's and the case page's cached results: every change a reader can see shows at once.

Each test reads a page first, so that what it shows is in the cache, then changes the library
the way an editor does, and reads again.
"""

from django.core.management import call_command
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyPage
from core.streamfield import stream_data
from learning.factories import LessonPageFactory, ModulePageFactory
from learning.models import SecapStep, Sector

URL = "/lv/case-studies/"


def slugs(response):
    return [case.slug for case in response.context["results"]]


def count(response):
    return response.context["results"].paginator.count


def choices(response, name):
    return response.context["filter_form"].fields[name].choices


def test_library__a_published_case_shows_at_once_in_the_list_count_filters_and_search(
    client, library, site_tree
):
    index = site_tree.pages[("lv", "case-studies")]
    before = [client.get(URL), client.get(URL, {"country": "NO"}), client.get(URL, {"q": "Oslo"})]
    case = CaseStudyPageFactory(
        parent=index, slug="oslo", title="Oslo bez fosilā", country="NO", live=False
    )
    case.save_revision().publish()
    call_command("update_index", verbosity=0)

    listed, filtered, searched = (
        client.get(URL),
        client.get(URL, {"country": "NO"}),
        client.get(URL, {"q": "Oslo"}),
    )

    assert [count(response) for response in before] == [5, 5, 0]  # NO is no country yet
    assert before[1].context["notices"]  # so the filter was ignored
    assert count(listed) == 6 and slugs(listed)[0] == "oslo"
    assert slugs(filtered) == ["oslo"] and filtered.context["notices"] == []
    assert slugs(searched) == ["oslo"]


def test_library__an_edited_case_shows_its_new_title_and_figures_at_once(client, library):
    client.get(URL, {"sort": "co2"})
    before = client.get(URL, {"kind": "mitigation"})
    case = library["tenerife"]
    case.title = "Lalagunas jaunā vīzija"
    case.kind = "mitigation"
    case.co2_tonnes_per_year = 5000
    case.save_revision().publish()

    by_co2 = client.get(URL, {"sort": "co2"})
    html = by_co2.content.decode()

    assert "tenerife" not in slugs(before)
    assert slugs(by_co2)[0] == "tenerife"
    assert "Lalagunas jaunā vīzija" in html
    assert "Lalagunas pielāgošanās vīzija" not in html
    assert "tenerife" in slugs(client.get(URL, {"kind": "mitigation"}))


def test_library__unpublished_and_private_cases_leave_at_once(client, library):
    client.get(URL)
    client.get(URL, {"country": "SE"})
    library["tartu"].unpublish()
    PageViewRestriction.objects.create(
        page=library["vaxjo"], restriction_type=PageViewRestriction.LOGIN
    )

    listed = client.get(URL)

    assert set(slugs(listed)) == {"barcelona", "tenerife", "jurmala"}
    assert count(listed) == 3
    assert "SE" not in [code for code, _label in choices(listed, "country")]
    assert "EE" not in [code for code, _label in choices(listed, "country")]


def test_library__a_later_page_follows_publishing(client, library, site_tree):
    index = site_tree.pages[("lv", "case-studies")]
    for n in range(10):
        CaseStudyPageFactory(parent=index, slug=f"extra-{n}", title=f"Papildu {n:02d}")
    before = client.get(URL, {"sort": "title", "page": "2"})
    library["vaxjo"].unpublish()

    after = client.get(URL, {"sort": "title", "page": "2"})

    assert "vaxjo" in slugs(before)
    assert "vaxjo" not in slugs(after)
    assert count(after) == count(before) - 1


def test_library__renamed_sectors_and_steps_show_at_once_in_filters_and_cards(client, library):
    client.get(URL)
    sector = Sector.objects.get(slug="transport")
    sector.name = "Mobilitāte"
    sector.save()
    step = SecapStep.objects.get(number=5)
    step.title = "Kopīgā vīzija"
    step.save()

    response = client.get(URL)
    html = response.content.decode()

    assert ("transport", "Mobilitāte") in choices(response, "sector")
    assert (5, "5. Kopīgā vīzija") in choices(response, "step")
    assert '<span class="badge">Mobilitāte</span>' in html
    assert "Transports" not in html


def test_library__a_retagged_case_is_found_by_its_new_tag_at_once(client, library):
    client.get(URL, {"tag": "saule"})
    case = library["jurmala"]
    case.tags.add("saule")
    case.save_revision().publish()

    assert slugs(client.get(URL, {"tag": "saule"})) == ["jurmala"]


def test_case_page__new_links_sources_and_names_show_at_once(client, library):
    url = "/lv/case-studies/tartu/"
    client.get(url)
    case = library["tartu"]
    case.tags.add("zeta")
    case.sources.create(title="JRC112986", url="https://publications.jrc.ec.europa.eu/")
    case.save_revision().publish()

    republished = client.get(url)
    Sector.objects.filter(slug="governance").update(name="Vadība")  # a bulk change: no signal
    Sector.objects.get(slug="municipal-buildings").save()  # any saved sector retires the cache
    renamed = client.get(url)

    assert [tag.name for tag in republished.context["tags"]] == ["aģentūra", "zeta"]
    assert 'href="https://publications.jrc.ec.europa.eu/"' in republished.content.decode()
    assert [sector.name for sector in renamed.context["sectors"]] == [
        "Pašvaldības ēkas",
        "Vadība",
    ]


def test_case_page__a_lesson_published_later_is_listed_at_once_and_leaves_when_withdrawn(
    client, library, site_tree
):
    url = "/lv/case-studies/barcelona/"
    before = client.get(url).context["referencing_lessons"]
    module = ModulePageFactory(parent=site_tree.pages[("lv", "learning")], slug="m")
    lesson = LessonPageFactory(
        parent=module,
        slug="ar-piemeru",
        title="Nodarbība ar piemēru",
        live=False,
        body=stream_data(
            [("related_case_study", {"page": library["barcelona"].pk, "note": ""})], "x"
        ),
    )
    lesson.save_revision().publish()

    listed = client.get(url)
    lesson.refresh_from_db()
    lesson.unpublish()
    unpublished = client.get(url).context["referencing_lessons"]
    lesson.save_revision().publish()
    republished = client.get(url).context["referencing_lessons"]
    lesson.delete()
    deleted = client.get(url).context["referencing_lessons"]

    assert before == []
    assert [item.title for item in listed.context["referencing_lessons"]] == [
        "Nodarbība ar piemēru"
    ]
    assert 'href="/lv/learning/m/ar-piemeru/"' in listed.content.decode()
    assert unpublished == []
    assert len(republished) == 1
    assert deleted == []


def test_case_page__a_related_case_shows_its_new_title_and_leaves_when_unpublished(client, library):
    url = "/lv/case-studies/vaxjo/"
    client.get(url)
    related = library["tenerife"]
    related.title = "Lalagunas jaunā vīzija"
    related.save_revision().publish()

    renamed = client.get(url)
    related.refresh_from_db()
    related.unpublish()
    gone = client.get(url).context["related_cases"]

    assert renamed.context["related_cases"][0].title == "Lalagunas jaunā vīzija"
    assert 'href="/lv/case-studies/tenerife/"' in renamed.content.decode()
    assert "tenerife" not in [case.slug for case in gone]


def test_library__cards_link_to_their_pages_as_wagtail_does(client, library, site_tree):
    index = site_tree.pages[("lv", "case-studies")]
    CaseStudyPageFactory(parent=index, slug="ādaži-ēkas", title="Ādažu ēkas")

    cards = list(client.get(URL).context["results"])

    pages = {page.pk: page for page in CaseStudyPage.objects.filter(pk__in=[c.pk for c in cards])}
    assert len(cards) == 6
    assert [card.url for card in cards] == [pages[card.pk].url for card in cards]
    assert "/lv/case-studies/%C4%81da%C5%BEi-%C4%93kas/" in [card.url for card in cards]
