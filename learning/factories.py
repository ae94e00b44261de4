import factory
import wagtail_factories

from .models import LearningIndexPage


class LearningIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mācības {n}")
    slug = "learning"
    intro = "<p>Mācību moduļi pašvaldību energopārvaldniekiem.</p>"
    show_in_menus = True

    class Meta:
        model = LearningIndexPage
