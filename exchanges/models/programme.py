"""Mentoring pairs, peer groups, and the visits they hold, with the visit reports."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField

from ..choices import PairStatus, Transferability, VisitKind, VisitStatus
from .directory import Municipality

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


class MentoringPair(models.Model):
    """An experienced municipality guiding a less experienced one, with named mentors."""

    mentor_municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("mentor municipality"),
        on_delete=models.PROTECT,
        related_name="pairs_as_mentor",
        limit_choices_to=DEFAULT_LOCALE,
    )
    mentee_municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("mentee municipality"),
        on_delete=models.PROTECT,
        related_name="pairs_as_mentee",
        limit_choices_to=DEFAULT_LOCALE,
    )
    mentors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentors"),
        related_name="mentoring_pairs",
        blank=True,
        help_text=_("People from the mentor municipality who guide this pair."),
    )
    experts = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("external experts"),
        related_name="expert_pairs",
        blank=True,
        help_text=_("Experts from outside the municipalities who advise this pair."),
    )
    goals = models.TextField(
        _("goals"), blank=True, help_text=_("What the pair wants to achieve. Private.")
    )
    language = language_field()
    starts_on = models.DateField(_("start"))
    ends_on = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=PairStatus.choices, default=PairStatus.ACTIVE
    )

    class Meta:
        verbose_name = _("mentoring pair")
        verbose_name_plural = _("mentoring pairs")
        ordering = ["starts_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentor_municipality", "mentee_municipality", "starts_on"],
                name="unique_mentoring_pair",
            ),
            models.CheckConstraint(
                condition=~Q(mentor_municipality=models.F("mentee_municipality")),
                name="pair_is_two_municipalities",
            ),
        ]

    def __str__(self):
        return f"{self.mentor_municipality} → {self.mentee_municipality}"

    def clean(self):
        if self.mentor_municipality_id and (
            self.mentor_municipality_id == self.mentee_municipality_id
        ):
            raise ValidationError(_("A municipality cannot mentor itself."))
        if self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end cannot be before the start.")})

    def municipality_ids(self):
        return [self.mentor_municipality_id, self.mentee_municipality_id]


class PeerGroup(models.Model):
    """Neighbouring municipalities working together on a shared problem."""

    topic = models.CharField(_("topic"), max_length=200)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Shown publicly on the programme overview.")
    )
    language = language_field()
    members = models.ManyToManyField(
        Municipality,
        verbose_name=_("member municipalities"),
        related_name="peer_groups",
        limit_choices_to=DEFAULT_LOCALE,
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        related_name="facilitated_groups",
        blank=True,
        help_text=_("People who schedule the group's meetings, report and advise."),
    )
    starts_on = models.DateField(_("start"))
    ends_on = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=PairStatus.choices, default=PairStatus.ACTIVE
    )

    class Meta:
        verbose_name = _("peer group")
        verbose_name_plural = _("peer groups")
        ordering = ["starts_on", "pk"]

    def __str__(self):
        return self.topic


class VisitQuerySet(models.QuerySet):
    def public(self):
        """Visits announced to everyone: title, time, place and public summary only."""
        return self.filter(is_public=True).exclude(status=VisitStatus.CANCELLED)

    def upcoming(self):
        return self.filter(status=VisitStatus.PLANNED, ends_at__gte=timezone.now()).order_by(
            "starts_at", "pk"
        )

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

    def with_public_urls(self):
        """The visits as a list, each with `public_url` on the reader's exchanges page.

        Lets other apps (a case study page) link to visits without importing exchanges.
        """
        from .pages import ExchangesIndexPage

        visits = list(self)
        if not visits:
            return visits
        page = ExchangesIndexPage.for_language()
        for visit in visits:
            visit.public_url = (
                page.url + page.reverse_subpage("visit", args=[visit.pk]) if page else ""
            )
        return visits


class Visit(models.Model):
    """A meeting of a pair or a group, at one host municipality."""

    kind = models.CharField(_("kind"), max_length=12, choices=VisitKind.choices)
    pair = models.ForeignKey(
        MentoringPair,
        verbose_name=_("mentoring pair"),
        on_delete=models.CASCADE,
        related_name="visits",
        null=True,
        blank=True,
    )
    group = models.ForeignKey(
        PeerGroup,
        verbose_name=_("peer group"),
        on_delete=models.CASCADE,
        related_name="visits",
        null=True,
        blank=True,
    )
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


class VisitReport(models.Model):
    """What the visitors saw: private to the pair or group and coordinators."""

    visit = models.OneToOneField(
        Visit, verbose_name=_("visit"), on_delete=models.CASCADE, related_name="report"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    observations = models.TextField(_("what was observed"))
    strengths = models.TextField(_("strengths"), blank=True)
    weaknesses = models.TextField(_("weaknesses"), blank=True)
    language = language_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("visit report")
        verbose_name_plural = _("visit reports")

    def __str__(self):
        return str(self.visit)


class ObservedMeasure(models.Model):
    """On a shadowing visit: one measure seen at the host and whether the visitors can adopt it."""

    report = models.ForeignKey(
        VisitReport, verbose_name=_("report"), on_delete=models.CASCADE, related_name="measures"
    )
    title = models.CharField(_("measure"), max_length=200)
    transferability = models.CharField(
        _("how transferable"), max_length=8, choices=Transferability.choices
    )
    requirements = models.TextField(
        _("what adopting it would need"), blank=True, help_text=_("Money, people, decisions.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("observed measure")
        verbose_name_plural = _("observed measures")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title
