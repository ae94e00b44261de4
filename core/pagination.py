"""The one pagination helper, outside the app chain so every app's lists can use it."""

from django.core.paginator import Paginator


def paginate(request, object_list, per_page, param="page", count=None):
    """Return the requested page, falling back to the first or last page on bad input.

    A malformed or out-of-range page number is a typo or a stale link, not an error worth a
    404: the reader gets the nearest real page instead. `count`, when the caller has counted
    the list already (several lists in one query), spares the paginator its own count query.
    """
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # fills the cached property
    return paginator.get_page(request.GET.get(param))
