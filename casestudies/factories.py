import factory
import wagtail_factories

from core.streamfield import stream_data

from .choices import Kind, Status
from .models import CaseStudyIndexPage, CaseStudyPage


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Labās prakses piemēri {n}")
    slug = "case-studies"
    intro = "<p>Labās prakses piemēri no Eiropas pašvaldībām.</p>"
    show_in_menus = True

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Piemērs {n}")
    slug = factory.Sequence(lambda n: f"piemers-{n}")
    summary = "Īss apraksts."
    city = "Tartu"
    country = "EE"
    status = Status.ONGOING
    kind = Kind.MITIGATION
    body = factory.LazyAttribute(
        lambda case: stream_data(
            [("challenge", "<p>Izaicinājums.</p>"), ("actions", f"<p>{case.body_text}</p>")],
            case.slug,
        )
    )

    class Meta:
        model = CaseStudyPage

    class Params:
        body_text = "Pašvaldība izveidoja enerģētikas aģentūru."
