import factory
import wagtail_factories
from wagtail.models import Locale

from .models import ExchangesIndexPage, Municipality, PlanningRegion


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
