import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from .choices import ComplianceStatus
from .models import AccessibilityStatementPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Energoplānošana {n}")
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "<p>Zināšanu pārnese starp pašvaldībām.</p>"
    methods_heading = "Kā pašvaldības mācās cita no citas"
    methods = factory.LazyFunction(
        lambda: [("method", {"heading": "Ēnošana", "text": "<p>Pašvaldības viesojas.</p>"})]
    )

    class Meta:
        model = HomePage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Piekļūstamības paziņojums"
    slug = "accessibility"
    organisation_name = "Energoplānošana pašvaldībās"
    intro = "<p>Apņemamies nodrošināt piekļūstamību.</p>"
    compliance_status = ComplianceStatus.PARTIAL
    non_accessible_content = "<p>Daži PDF dokumenti.</p>"
    alternatives = "<p>Rakstiet mums.</p>"
    prepared_on = factory.LazyFunction(lambda: datetime.date(2026, 11, 23))
    reviewed_on = factory.LazyFunction(lambda: datetime.date(2026, 11, 23))
    evaluation_method = "<p>Pašnovērtējums.</p>"
    feedback_contact = "<p>info@energoplanosana.lv</p>"
    enforcement = "<p>VARAM.</p>"

    class Meta:
        model = AccessibilityStatementPage


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"lietotajs{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.lv")
    first_name = "Anna"
    last_name = "Liepiņa"
    password = factory.django.Password("pareiza-parole-2026")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """`UserFactory(roles=[Role.MENTOR])` puts the user in those role groups."""
        if create and extracted:
            self.groups.add(*(Group.objects.get_or_create(name=role)[0] for role in extracted))
