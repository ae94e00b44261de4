from decimal import Decimal

import pytest
from django.core.management import call_command

from casestudies.factories import CaseStudyPageFactory
from learning.factories import SecapPhaseFactory, SecapStepFactory, SectorFactory


@pytest.fixture
def library(site_tree):
    """Five Latvian case studies with distinct sectors, steps, countries, kinds and figures."""
    index = site_tree.pages[("lv", "case-studies")]
    transport = SectorFactory(slug="transport", name="Transports")
    buildings = SectorFactory(slug="municipal-buildings", name="Pašvaldības ēkas")
    governance = SectorFactory(slug="governance", name="Pārvaldība")
    phase = SecapPhaseFactory(slug="planning", name="Plānošana")
    vision = SecapStepFactory(number=5, phase=phase, title="Vīzijas izveide")
    plan = SecapStepFactory(number=6, phase=phase, title="Plāna izstrāde")
    specs = [
        (
            "vaxjo",
            "Vekše bez fosilā kurināmā",
            "Vekše",
            "SE",
            "mitigation",
            "ongoing",
            [governance],
            [vision],
            ["vīzija"],
            Decimal("1200"),
            "Pilsēta atteicās no fosilā kurināmā.",
        ),
        (
            "barcelona",
            "Barselonas superkvartāli",
            "Barselona",
            "ES",
            "mitigation",
            "completed",
            [transport],
            [plan],
            ["ielas", "transports"],
            Decimal("300"),
            "Ielas atdotas cilvēkiem.",
        ),
        (
            "tenerife",
            "Lalagunas pielāgošanās vīzija",
            "Sankristobala de Lalaguna",
            "ES",
            "adaptation",
            "planned",
            [governance],
            [vision],
            ["vīzija", "iedzīvotāji"],
            None,
            "Iedzīvotāju fokusa grupa.",
        ),
        (
            "tartu",
            "Tartu enerģētikas aģentūra",
            "Tartu",
            "EE",
            "mitigation",
            "ongoing",
            [buildings, governance],
            [plan],
            ["aģentūra"],
            Decimal("50"),
            "Reģionālā enerģētikas aģentūra.",
        ),
        (
            "jurmala",
            "Jūrmalas darba grupa",
            "Jūrmala",
            "LV",
            "energy_poverty",
            "completed",
            [buildings],
            [plan],
            ["darba-grupa"],
            None,
            "Stratēģiskās plānošanas nodaļa ēnošanā.",
        ),
    ]
    cases = {}
    for slug, title, city, country, kind, status, sectors, steps, tags, co2, text in specs:
        case = CaseStudyPageFactory(
            parent=index,
            slug=slug,
            title=title,
            city=city,
            country=country,
            kind=kind,
            status=status,
            co2_tonnes_per_year=co2,
            body_text=text,
        )
        case.sectors.set(sectors)
        case.steps.set(steps)
        case.tags.add(*tags)
        case.save_revision().publish()
        cases[slug] = case
    call_command("update_index", verbosity=0)
    return cases
