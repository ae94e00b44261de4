"""A small programme for exchanges tests: two pairs, a group, visits, a report and advice.

Pair A (Liepāja → Jūrmala) is "this pair"; pair B (Liepāja → Saldus) is "another pair".
Every private text carries a marker so tests can prove where it does and does not appear.
"""

from dataclasses import dataclass, field

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from casestudies.factories import CaseStudyPageFactory
from core.choices import Role
from exchanges.choices import AssessmentElement, VisitKind
from exchanges.evidence import store_evidence
from exchanges.factories import (
    AdviceFactory,
    AdviceUpdateFactory,
    MentoringPairFactory,
    MunicipalityFactory,
    PeerGroupFactory,
    PlanningRegionFactory,
    ProfileFactory,
    VisitFactory,
    VisitReportFactory,
)
from exchanges.models import AssessmentScore, Measure, SelfAssessment
from home.factories import UserFactory

from .evidence_files import pdf

PDF_BYTES = pdf()  # a one-page PDF that pypdf reads, as evidence must be
ANONYMOUS = "anonymous"
ROLES = [
    ANONYMOUS,
    "trainee",
    "mentor",  # mentor of pair A
    "other_mentor",  # mentor of pair B
    "mentee",  # member of Jūrmala, pair A's mentee
    "other_member",  # member of Saldus, pair B's mentee
    "region_here",  # viewer of Rīga region, where Jūrmala is
    "region_other",  # viewer of Vidzeme region
    "coordinator",
]


@dataclass
class World:
    page: object
    users: dict = field(default_factory=dict)
    municipalities: dict = field(default_factory=dict)
    regions: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)

    def url(self, name, *args, **kwargs):
        """The address of `name`: a view of exchanges.urls, else a route of the section page."""
        with translation.override(self.page.locale.language_code):
            try:
                return reverse(f"exchanges:{name}", args=args or None, kwargs=kwargs or None)
            except NoReverseMatch:
                pass
        return self.page.url + self.page.reverse_subpage(name, args=args, kwargs=kwargs)


def build_world(site_tree):
    page = site_tree.pages[("lv", "exchanges")].specific
    world = World(page=page)
    regions = world.regions
    regions["kurzeme"] = PlanningRegionFactory(slug="kurzeme", name="Kurzemes plānošanas reģions")
    regions["riga"] = PlanningRegionFactory(slug="riga", name="Rīgas plānošanas reģions")
    regions["vidzeme"] = PlanningRegionFactory(slug="vidzeme", name="Vidzemes plānošanas reģions")
    m = world.municipalities
    m["liepaja"] = MunicipalityFactory(slug="liepaja", name="Liepāja", region=regions["kurzeme"])
    m["jurmala"] = MunicipalityFactory(slug="jurmala", name="Jūrmala", region=regions["riga"])
    m["saldus"] = MunicipalityFactory(slug="saldus", name="Saldus", region=regions["kurzeme"])
    m["kekava"] = MunicipalityFactory(slug="kekava", name="Ķekava", region=regions["riga"])

    def person(key, roles, municipality=None, region=None):
        user = UserFactory(username=key, first_name=key.title(), last_name="Test", roles=roles)
        ProfileFactory(user=user, municipality=municipality, region=region)
        world.users[key] = user
        return user

    person("trainee", [Role.TRAINEE])
    mentor = person("mentor", [Role.MENTOR], m["liepaja"])
    other_mentor = person("other_mentor", [Role.MENTOR], m["liepaja"])
    person("mentee", [Role.MUNICIPALITY_MEMBER], m["jurmala"])
    person("other_member", [Role.MUNICIPALITY_MEMBER], m["saldus"])
    person("region_here", [Role.REGION_VIEWER], region=regions["riga"])
    person("region_other", [Role.REGION_VIEWER], region=regions["vidzeme"])
    person("coordinator", [Role.COORDINATOR])

    o = world.objects
    o["pair_a"] = MentoringPairFactory(
        mentor_municipality=m["liepaja"],
        mentee_municipality=m["jurmala"],
        mentors=[mentor],
        goals="GOALS-A private",
    )
    o["pair_b"] = MentoringPairFactory(
        mentor_municipality=m["liepaja"],
        mentee_municipality=m["saldus"],
        mentors=[other_mentor],
        goals="GOALS-B private",
    )
    o["group"] = PeerGroupFactory(topic="Energopārvaldnieka kompetence", members=[m["kekava"]])
    o["visit_a"] = VisitFactory(
        pair=o["pair_a"], title="Visit A", agenda="AGENDA-A private", visiting=[m["liepaja"]]
    )
    o["public_visit_a"] = VisitFactory(
        pair=o["pair_a"],
        held=True,
        kind=VisitKind.SHADOWING,
        title="Public visit A",
        agenda="AGENDA-PUBLIC-A private",
        is_public=True,
        public_summary="SUMMARY-A public",
    )
    o["visit_b"] = VisitFactory(pair=o["pair_b"], title="Visit B", agenda="AGENDA-B private")
    o["report_a"] = VisitReportFactory(
        visit=o["public_visit_a"], author=mentor, observations="REPORT-A private"
    )
    o["advice_a"] = AdviceFactory(
        pair=o["pair_a"], given_by=mentor, title="Advice A", text="ADVICE-A private"
    )
    o["advice_b"] = AdviceFactory(
        pair=o["pair_b"], given_by=other_mentor, title="Advice B", text="ADVICE-B private"
    )
    o["measure_a"] = Measure.objects.create(
        municipality=m["jurmala"],
        title="Measure A",
        description="MEASURE-A private",
        start_year=2024,
        end_year=2027,
    )
    o["measure_b"] = Measure.objects.create(
        municipality=m["saldus"], title="Measure B", description="MEASURE-B private"
    )
    o["assessment_a"] = SelfAssessment.objects.create(municipality=m["jurmala"])
    AssessmentScore.objects.bulk_create(
        AssessmentScore(assessment=o["assessment_a"], element=e, score=2, note="NOTE-A private")
        for e in AssessmentElement.values
    )
    o["case"] = CaseStudyPageFactory(
        parent=site_tree.pages[("lv", "case-studies")], title="Kranj", slug="kranj"
    )
    o["evidence"] = store_evidence(
        SimpleUploadedFile("akts.pdf", PDF_BYTES, content_type="application/pdf"),
        title="Pieņemšanas akts",
        user=world.users["mentee"],
    )
    AdviceUpdateFactory(advice=o["advice_a"], author=world.users["mentee"], evidence=o["evidence"])
    return world


@pytest.fixture
def world(site_tree):
    return build_world(site_tree)


def client_for(client, world, role):
    if role != ANONYMOUS:
        client.force_login(world.users[role])
    return client


@pytest.fixture
def as_user(client, world):
    """The test client signed in as one of the world's people, by role key."""

    def login(role):
        client.force_login(world.users[role])
        return client

    return login
