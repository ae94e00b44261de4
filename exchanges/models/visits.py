"""The visits a pair or a group holds, at one host municipality."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.search import index

from core.search.fields import text_fields

from ..choices import VisitKind, VisitStatus
from .directory import Municipality
from .fields import DEFAULT_LOCALE, language_field, programme_links


class VisitQuerySet(models.QuerySet):
    def public(self):
        """Visits announced to everyone: title, time, place and public summary only."""
        return self.filter(is_public=True).exclude(status=VisitStatus.CANCELLED)

    def upcoming(self):
        return self.filter(status=VisitStatus.PLANNED, ends_at__gte=timezone.now()).order_by(
            "starts_at", "pk"
        )

    def with_detail_relations(self):
        """What a visit's own page shows: its host and visitors, and the pair or group."""
        return self.select_related(
            "host", "pair__mentor_municipality", "pair__mentee_municipality", "group"
        ).prefetch_related("visiting")

    def with_list_relations(self):
        """What a visit in a list (components/visit_item.html) or a calendar feed shows: its host.

        The visiting municipalities and the pair or group appear on the visit's own page only,
        so lists skip the joins and the extra query for them.
        """
        return self.select_related("host")

    def with_programme(self):
        """The pair or group joined: who may change a visit is decided by its programme."""
        return self.select_related("pair", "group")

    def with_summary(self):
        return self.filter(status=VisitStatus.HELD).exclude(public_summary="")

    def involving(self, municipality_id):
        """The visits a municipality hosted or visited, as a UNION of two indexed lookups.

        One query with `Q(host=…) | Q(visiting=…)` joins the visiting table and needs DISTINCT,
        and the database then walks every held visit (130 ms at 100,000 visits). Filter before
        calling this: a combined query only takes an order, a slice or a count.
        """
        visited = self.model.visiting.through.objects.filter(municipality_id=municipality_id)
        hosted = self.filter(host_id=municipality_id).order_by()
        return hosted.union(self.filter(pk__in=visited.values("visit_id")).order_by())

    def with_public_urls(self, page):
        """The visits as a list, each with `public_url` on `page`, the reader's exchanges page.

        Lets other apps (a case study page) link to visits without importing exchanges: they
        find the page through Page's reverse link to it and pass it in. Without a page (no
        section in the reader's language) the visits carry an empty `public_url`.
        """
        visits = list(self)
        for visit in visits:
            visit.public_url = (
                page.url + page.reverse_subpage("visit", args=[visit.pk]) if page else ""
            )
        return visits


class Visit(index.Indexed, models.Model):
    """A meeting of a pair or a group, at one host municipality."""

    shown_on_public_pages = True
    # What a public visit shows everyone, and nothing else: a private agenda word must not
    # make a public visit a result.
    search_fields = [
        *text_fields("title", "place", "public_summary"),
        index.FilterField("id"),
        index.FilterField("is_public"),
        index.FilterField("status"),
    ]

    kind = models.CharField(_("kind"), max_length=12, choices=VisitKind.choices)
    pair, group = programme_links("visits")
    title = models.CharField(_("title"), max_length=200)
    host = models.ForeignKey(
        Municipality,
        verbose_name=_("host municipality"),
        on_delete=models.PROTECT,
        related_name="hosted_visits",
        limit_choices_to=DEFAULT_LOCALE,
    )
    visiting = models.ManyToManyField(
        Municipality,
        verbose_name=_("visiting municipalities"),
        related_name="visits_made",
        blank=True,
        limit_choices_to=DEFAULT_LOCALE,
    )
    participants = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participants"),
        related_name="exchange_visits",
        blank=True,
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=250, blank=True)
    agenda = models.TextField(_("agenda"), blank=True, help_text=_("Private to the participants."))
    status = models.CharField(
        _("status"), max_length=12, choices=VisitStatus.choices, default=VisitStatus.PLANNED
    )
    is_public = models.BooleanField(
        _("show publicly"),
        default=False,
        help_text=_(
            "Title, time, place and the public summary appear on the public site and calendar. "
            "The agenda, participants, report and advice stay private."
        ),
    )
    public_summary = models.TextField(
        _("public summary"),
        blank=True,
        help_text=_(
            "What happened, in words fit for everyone. Shown on the public site and calendar "
            "once the visit is held, and only if the visit is shown publicly."
        ),
    )
    language = language_field()
    case_studies = models.ManyToManyField(
        "casestudies.CaseStudyPage",
        verbose_name=_("case studies"),
        related_name="exchange_visits",
        blank=True,
    )
    lessons = models.ManyToManyField(
        "learning.LessonPage",
        verbose_name=_("lessons"),
        related_name="exchange_visits",
        blank=True,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = VisitQuerySet.as_manager()

    # Public fields only: the API lists public visits (see exchanges.api).
    api_fields = [
        APIField("title"),
        APIField("kind"),
        APIField("status"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("place"),
        APIField("host_name"),
        APIField("summary"),
    ]

    class Meta:
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        ordering = ["-starts_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "starts_at"], name="visit_status_starts_idx"),
            models.Index(fields=["is_public", "status"], name="visit_public_idx"),
            # The two below carry every column their queries test, so the database filters
            # on the index and reads only the visits it keeps.
            # Calendar feeds: in date order, what ends inside the window and may be shown.
            models.Index(
                fields=["starts_at", "ends_at", "is_public", "status"], name="visit_calendar_idx"
            ),
            # A reader's upcoming visits: planned, not over, in one of their pairs or groups.
            models.Index(
                fields=["status", "ends_at", "starts_at", "pair", "group"],
                name="visit_upcoming_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(pair__isnull=False, group__isnull=True)
                | Q(pair__isnull=True, group__isnull=False),
                name="visit_of_pair_or_group",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="visit_ends_after_start"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if bool(self.pair_id) == bool(self.group_id):
            raise ValidationError(_("A visit belongs to either a mentoring pair or a peer group."))
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The visit must end after it starts.")})

    @property
    def programme(self):
        return self.pair or self.group

    @property
    def host_name(self):
        return self.host.name

    @property
    def summary(self):
        return self.public_summary if self.shows_summary else ""

    @property
    def shows_summary(self):
        return self.is_public and self.status == VisitStatus.HELD and bool(self.public_summary)
