import factory
import wagtail_factories

from .models import CaseStudyIndexPage


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Labās prakses piemēri {n}")
    slug = "case-studies"
    intro = "<p>Labās prakses piemēri no Eiropas pašvaldībām.</p>"
    show_in_menus = True

    class Meta:
        model = CaseStudyIndexPage
