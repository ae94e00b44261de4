from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from .models import AccessibilityStatementPage


def _shell(request):
    """The localized home page, its menu children and the accessibility statement."""
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "nav_pages": [], "accessibility_page": None}
    home = site.root_page.localized
    children = list(home.get_children().live().public().select_related("content_type"))
    accessibility = next(
        (
            child
            for child in children
            if child.content_type.model_class() is AccessibilityStatementPage
        ),
        None,
    )
    return {
        "home": home,
        "nav_pages": [child for child in children if child.show_in_menus],
        "accessibility_page": accessibility,
    }


def site_shell(request):
    """Header and footer links for every template, computed once and only when used."""
    shell = SimpleLazyObject(lambda: _shell(request))
    return {"shell": shell}


