from wagtail.models import Locale

from config.demo import upsert_translatable

from ..models import Municipality, PlanningRegion
from .directory import MUNICIPALITIES, REGIONS

LANGUAGES = ("lv", "en")


def load_directory():
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    regions = {}
    for order, (slug, name_lv, name_en) in enumerate(REGIONS):
        for code, name in (("lv", name_lv), ("en", name_en)):
            regions[code, slug] = upsert_translatable(
                PlanningRegion,
                locales[code],
                {"slug": slug},
                {"name": name, "sort_order": order},
                regions.get(("lv", slug)),
            )
    for item in MUNICIPALITIES:
        source = None
        for code in LANGUAGES:
            fields = {
                name: item[name]
                for name in (
                    "covenant_joined_on",
                    "plan_approved_on",
                    "baseline_year",
                    "target_percent",
                    "target_year",
                )
            }
            fields.update(
                name=item["name"][code],
                description=item["description"][code],
                region=regions[code, item["region"]],
            )
            obj = upsert_translatable(
                Municipality, locales[code], {"slug": item["slug"]}, fields, source
            )
            source = source or obj
