from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in every site language.

    A Wagtail page links to its translation (or that language's home page when it has none); any
    other view is reversed in the other language, keeping the query string. A class-based view
    (Django puts it in the context as `view`) has its own address in every language even when
    it shows its section as `page` (the exchanges workspace), so it is reversed too.
    """
    request = context["request"]
    page = None if "view" in context else context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page):
        # Routing fetched them with the page (home.routing); other pages ask the database.
        found = getattr(page, "routed_translations", None)
        if found is None:
            found = page.get_translations(inclusive=True).live().select_related("locale")
        translations = {p.locale.language_code: p for p in found}
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            target = translations.get(code)
            url = target.url if target else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


@register.simple_tag(takes_context=True)
def nav_state(context, item):
    """The aria-current value for a menu link: "page" on it, "true" below it, "" elsewhere."""
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    if item.pk == page.pk:
        return "page"
    return "true" if page.path.startswith(item.path) else ""


@register.simple_tag(takes_context=True)
def query_replace(context, *pairs, **changes):
    """The current query string with some parameters replaced, for pagination links.

    Names known only at render time come as positional pairs: `{% query_replace param 2 %}`.
    """
    query = context["request"].GET.copy()
    changes.update(zip(pairs[::2], pairs[1::2], strict=True))
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Links to the page's ancestors below the home page: known from routing, or one query."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 3:
        return {"ancestors": []}
    routed = getattr(page, "routed_ancestors", None)
    if routed is not None:
        return {"ancestors": [ancestor for ancestor in routed if ancestor.depth > 2]}
    return {"ancestors": list(Page.objects.ancestor_of(page).filter(depth__gt=2))}
