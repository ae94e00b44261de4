from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("case study status", "planned")
    ONGOING = "ongoing", pgettext_lazy("case study status", "ongoing")
    COMPLETED = "completed", pgettext_lazy("case study status", "completed")


class Kind(models.TextChoices):
    MITIGATION = "mitigation", _("mitigation")
    ADAPTATION = "adaptation", _("adaptation")
    ENERGY_POVERTY = "energy_poverty", _("energy poverty")


class Level(models.TextChoices):
    MUNICIPALITY = "municipality", _("municipality")
    REGION = "region", _("region")
    AGENCY = "agency", _("energy agency")


class Sort(models.TextChoices):
    NEWEST = "newest", _("newest first")
    TITLE = "title", _("title")
    CO2 = "co2", _("largest CO2 reduction")


class Country(models.TextChoices):
    """Covenant of Mayors countries in Europe, by ISO 3166-1 alpha-2 code."""

    AT = "AT", _("Austria")
    BE = "BE", _("Belgium")
    BG = "BG", _("Bulgaria")
    CH = "CH", _("Switzerland")
    CY = "CY", _("Cyprus")
    CZ = "CZ", _("Czechia")
    DE = "DE", _("Germany")
    DK = "DK", _("Denmark")
    EE = "EE", _("Estonia")
    ES = "ES", _("Spain")
    FI = "FI", _("Finland")
    FR = "FR", _("France")
    GB = "GB", _("United Kingdom")
    GR = "GR", _("Greece")
    HR = "HR", _("Croatia")
    HU = "HU", _("Hungary")
    IE = "IE", _("Ireland")
    IS = "IS", _("Iceland")
    IT = "IT", _("Italy")
    LT = "LT", _("Lithuania")
    LU = "LU", _("Luxembourg")
    LV = "LV", _("Latvia")
    MT = "MT", _("Malta")
    NL = "NL", _("Netherlands")
    NO = "NO", _("Norway")
    PL = "PL", _("Poland")
    PT = "PT", _("Portugal")
    RO = "RO", _("Romania")
    SE = "SE", _("Sweden")
    SI = "SI", _("Slovenia")
    SK = "SK", _("Slovakia")
    UA = "UA", _("Ukraine")


class ChoiceLabels:
    """The labels of a case's country, kind and status, for pages and for the library's cards.

    Labels by value, built once: `get_FOO_display()` rebuilds its lookup table on every call,
    which is most of the cost of a list of cards (0.2 ms a country, times twelve).
    """

    __slots__ = ()  # the cards keep theirs
    COUNTRY_NAMES = dict(Country.choices)
    KIND_NAMES = dict(Kind.choices)
    STATUS_NAMES = dict(Status.choices)

    @property
    def country_name(self):
        return self.COUNTRY_NAMES.get(self.country, self.country)

    @property
    def kind_name(self):
        return self.KIND_NAMES.get(self.kind, self.kind)

    @property
    def status_name(self):
        return self.STATUS_NAMES.get(self.status, self.status)
