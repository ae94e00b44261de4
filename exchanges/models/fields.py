"""What the exchanges' records share: the default-language limit, the record's language, the
optional links to the course's taxonomy, and the two shapes several records have in common."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

DEFAULT_LOCALE = {"locale__language_code": settings.LANGUAGE_CODE}


def current_language():
    """The language being read when a record is created: the author writes in it.

    A request's language (its URL prefix, or the admin user's language), or the site's default
    outside a request.
    """
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def language_field():
    """The language a person-written record is in, so pages in the other language mark it."""
    return models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=current_language,
        help_text=_(
            "The language the text is written in. Where it differs from the page's language "
            "the text is marked with it, so that screen readers pronounce it correctly."
        ),
    )


def taxonomy_key(model, verbose_name):
    """An optional link to a course taxonomy snippet (sector, SECAP step), default language."""
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to=DEFAULT_LOCALE,
    )


def programme_links(related_name):
    """The `pair` and `group` a record belongs to: exactly one is set (the models' checks).

    By model name, so that this module imports neither of them (programmes imports it).
    """
    return tuple(
        models.ForeignKey(
            model,
            verbose_name=verbose_name,
            on_delete=models.CASCADE,
            related_name=related_name,
            null=True,
            blank=True,
        )
        for model, verbose_name in (
            ("exchanges.MentoringPair", _("mentoring pair")),
            ("exchanges.PeerGroup", _("peer group")),
        )
    )


class PlanRecord(models.Model):
    """A titled record about a municipality's plan, filed under the course's taxonomy.

    A plan's measures and the advice given on them are filtered, listed and exported by the
    same sector and SECAP step, so they carry the same fields under the same names.
    """

    title = models.CharField(_("title"), max_length=200)
    language = language_field()
    sector = taxonomy_key("learning.Sector", _("sector"))
    secap_step = taxonomy_key("learning.SecapStep", _("SECAP step"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.title


class DatedEntry(models.Model):
    """One dated line in a record's history, by one person, in the language they wrote it in.

    Status steps of advice and measures and the comments on measures are read the same way:
    oldest first, each with its author and date.
    """

    language = language_field()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]
