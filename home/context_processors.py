from django.utils.functional import SimpleLazyObject

from core.sessions import may_see_admin_link

from .shell import get_shell


def site_shell(request):
    """Header and footer links for every template, looked up only when a template uses them."""
    return {
        "shell": SimpleLazyObject(lambda: get_shell(request)),
        "show_admin_link": SimpleLazyObject(lambda: may_see_admin_link(request)),
    }
