import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from .choices import AdviceStatus, AssessmentElement, VisitKind, VisitStatus
from .models import (
    Advice,
    AdviceUpdate,
    AssessmentScore,
    ExchangesIndexPage,
    Measure,
    MentoringPair,
    Municipality,
    PeerGroup,
    PlanningRegion,
    Profile,
    SelfAssessment,
    Visit,
    VisitReport,
)


class ExchangesIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pieredzes apmaiņa {n}")
    slug = "exchanges"
    intro = "<p>Mentorings, līdzvērtīga sadarbība un ēnošana.</p>"
    show_in_menus = True

    class Meta:
        model = ExchangesIndexPage


class PlanningRegionFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"region-{n}")
    name = factory.Sequence(lambda n: f"Reģions {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = PlanningRegion


class MunicipalityFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"pasvaldiba-{n}")
    name = factory.Sequence(lambda n: f"Pašvaldība {n}")
    region = factory.SubFactory(PlanningRegionFactory)
    locale = factory.LazyFunction(Locale.get_default)
    target_percent = 20
    target_year = 2020
    baseline_year = 2006

    class Meta:
        model = Municipality


def _add_related(field):
    def add(obj, create, extracted, **kwargs):
        if create and extracted:
            getattr(obj, field).add(*extracted)

    return add


class ProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory("home.factories.UserFactory")
    municipality = factory.SubFactory(MunicipalityFactory)

    class Meta:
        model = Profile
        django_get_or_create = ("user",)


class MentoringPairFactory(factory.django.DjangoModelFactory):
    mentor_municipality = factory.SubFactory(MunicipalityFactory)
    mentee_municipality = factory.SubFactory(MunicipalityFactory)
    goals = "Stiprināt energopārvaldību un ieviest IERP pasākumus."
    language = "lv"
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=90))
    mentors = factory.PostGeneration(_add_related("mentors"))
    experts = factory.PostGeneration(_add_related("experts"))

    class Meta:
        model = MentoringPair
        skip_postgeneration_save = True


class PeerGroupFactory(factory.django.DjangoModelFactory):
    topic = factory.Sequence(lambda n: f"Energopārvaldnieka kompetence {n}")
    description = "Kaimiņu pašvaldības stiprina energopārvaldnieka lomu."
    language = "lv"
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=60))
    members = factory.PostGeneration(_add_related("members"))
    facilitators = factory.PostGeneration(_add_related("facilitators"))

    class Meta:
        model = PeerGroup
        skip_postgeneration_save = True


def _in_days(days, hour=10):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class VisitFactory(factory.django.DjangoModelFactory):
    kind = VisitKind.MENTORING
    pair = factory.SubFactory(MentoringPairFactory)
    group = None
    title = factory.Sequence(lambda n: f"Mentoringa sesija {n}")
    host = factory.LazyAttribute(
        lambda visit: visit.pair.mentee_municipality if visit.pair else visit.group.members.first()
    )
    starts_at = factory.LazyFunction(lambda: _in_days(14))
    ends_at = factory.LazyAttribute(lambda visit: visit.starts_at + datetime.timedelta(hours=4))
    place = "Domes zāle"
    agenda = "Slepena darba kārtība: budžeta sarunas."
    language = "lv"
    status = VisitStatus.PLANNED
    visiting = factory.PostGeneration(_add_related("visiting"))
    participants = factory.PostGeneration(_add_related("participants"))

    class Meta:
        model = Visit
        skip_postgeneration_save = True

    class Params:
        held = factory.Trait(
            status=VisitStatus.HELD,
            starts_at=factory.LazyFunction(lambda: _in_days(-30)),
        )


class VisitReportFactory(factory.django.DjangoModelFactory):
    visit = factory.SubFactory(VisitFactory, held=True)
    observations = "Privāti novērojumi par ēku energomonitoringu."
    strengths = "Motivēta komanda."
    weaknesses = "Nav energopārvaldnieka."
    language = "lv"

    class Meta:
        model = VisitReport


class AdviceFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Ieteikums {n}")
    text = "Privāts ieteikums: iecelt energopārvaldnieku."
    language = "lv"
    pair = factory.SubFactory(MentoringPairFactory)
    group = None
    municipality = factory.LazyAttribute(
        lambda advice: (
            advice.pair.mentee_municipality if advice.pair else advice.group.members.first()
        )
    )
    due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))

    class Meta:
        model = Advice


class AdviceUpdateFactory(factory.django.DjangoModelFactory):
    advice = factory.SubFactory(AdviceFactory)
    status = AdviceStatus.IN_PROGRESS
    note = "Sākām darbu."
    language = "lv"

    class Meta:
        model = AdviceUpdate


class MeasureFactory(factory.django.DjangoModelFactory):
    municipality = factory.SubFactory(MunicipalityFactory)
    title = factory.Sequence(lambda n: f"Pasākums {n}")
    description = "Ielu apgaismojuma nomaiņa pret LED."
    language = "lv"
    start_year = 2025
    end_year = 2028

    class Meta:
        model = Measure


class SelfAssessmentFactory(factory.django.DjangoModelFactory):
    """A self-assessment with a score for every element, as the form saves it."""

    municipality = factory.SubFactory(MunicipalityFactory)
    language = "lv"

    class Meta:
        model = SelfAssessment
        skip_postgeneration_save = True

    @factory.post_generation
    def scores(self, create, extracted, **kwargs):
        if create:
            AssessmentScore.objects.bulk_create(
                AssessmentScore(assessment=self, element=element, score=extracted or 2)
                for element in AssessmentElement.values
            )
