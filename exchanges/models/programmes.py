"""The two ways municipalities work together: mentoring pairs and peer groups."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _

from ..choices import PairStatus
from .directory import Municipality
from .fields import DEFAULT_LOCALE, language_field


class MentoringPairQuerySet(models.QuerySet):
    def with_municipalities(self):
        """Both municipalities joined: every list and page of pairs names them."""
        return self.select_related("mentor_municipality", "mentee_municipality")


class PeerGroupQuerySet(models.QuerySet):
    def with_members(self):
        """The member municipalities in one more query: every list and page of groups names them."""
        return self.prefetch_related(Prefetch("members", queryset=Municipality.objects.all()))


class MentoringPair(models.Model):
    """An experienced municipality guiding a less experienced one, with named mentors."""

    shown_on_public_pages = True

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

    objects = MentoringPairQuerySet.as_manager()

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

    shown_on_public_pages = True

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

    objects = PeerGroupQuerySet.as_manager()

    class Meta:
        verbose_name = _("peer group")
        verbose_name_plural = _("peer groups")
        ordering = ["starts_on", "pk"]

    def __str__(self):
        return self.topic
