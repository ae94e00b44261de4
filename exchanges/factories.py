import factory
import wagtail_factories

from .models import ExchangesIndexPage


class ExchangesIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pieredzes apmaiņa {n}")
    slug = "exchanges"
    intro = "<p>Mentorings, līdzvērtīga sadarbība un ēnošana.</p>"
    show_in_menus = True

    class Meta:
        model = ExchangesIndexPage
