from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Municipality, PlanningRegion


class PlanningRegionViewSet(SnippetViewSet):
    model = PlanningRegion
    icon = "site"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "region", "plan_type", "target_percent", "target_year", "locale"]
    list_filter = ["region", "plan_type"]
    search_fields = ["name"]
    list_export = ["name", "slug", "region", "plan_type", "covenant_joined_on", "target_percent"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (MunicipalityViewSet, PlanningRegionViewSet)
    menu_icon = "home"
    menu_label = _("Municipalities")
    menu_name = "municipalities"
