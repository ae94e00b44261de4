"""The one table `core` keeps: the terms the search index holds (core/search/vocabulary.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchTerm(models.Model):
    """One term of the search index: a folded word or a stem (core/search/text.py).

    Queries widen a prefix or a misspelt word to the terms that exist (core/search/query.py),
    which neither database's full-text index lists cheaply. Terms are only added between
    rebuilds (`update_index`); one that no longer occurs widens a query to nothing.
    """

    shown_on_public_pages = False

    term = models.CharField(_("term"), max_length=40, primary_key=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.term
