"""The one pagination helper, outside the app chain so every app's lists can use it."""

from django.core.paginator import Paginator


def paginate(request, object_list, per_page, param="page"):
    """Return the requested page, falling back to the first or last page on bad input.

    A malformed or out-of-range page number is a typo or a stale link, not an error worth a
    404: the reader gets the nearest real page instead.
    """
    paginator = Paginator(object_list, per_page)
    return paginator.get_page(request.GET.get(param))
