"""Who may see and change exchanges records. Private by default.

Every check is a small function on a `Scope`, the ids of what a user belongs to, worked out
once per request in three queries. Each check has a queryset twin ("what can this user see")
that lists, exports, feeds and the API all use, so a page and its CSV never disagree.

- Members of a mentoring pair: its mentors, its external experts and the people of the mentee
  municipality. Mentors and experts manage it: they schedule visits, report and advise.
- Members of a peer group: its facilitators (who manage it) and the people of its member
  municipalities.
- A visit's participants see that visit as well.
- Planning-region viewers see counts and statuses for their region's municipalities, no text.
- Coordinators see and change everything.
- Everyone, signed in or not, sees public visits: title, time, place and the public summary.
"""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q

from learning.choices import Role

from .choices import VisitStatus
from .models import (
    Advice,
    Measure,
    MentoringPair,
    PeerGroup,
    Profile,
    Visit,
)


@dataclass(frozen=True)
class Scope:
    user_id: int | None = None
    is_coordinator: bool = False
    is_region_viewer: bool = False
    municipality_id: int | None = None
    region_id: int | None = None
    managed_pairs: frozenset = field(default_factory=frozenset)
    member_pairs: frozenset = field(default_factory=frozenset)
    managed_groups: frozenset = field(default_factory=frozenset)
    member_groups: frozenset = field(default_factory=frozenset)
    # Municipalities this user guides: mentees of their pairs, members of their groups.
    guided_municipalities: frozenset = field(default_factory=frozenset)

    @property
    def is_member_anywhere(self):
        return bool(self.member_pairs or self.member_groups)

    @property
    def manages_anything(self):
        return bool(self.managed_pairs or self.managed_groups)


ANONYMOUS = Scope()


def scope_of(user):
    """The user's memberships, cached on the user object for the rest of the request."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return ANONYMOUS
    cached = getattr(user, "_exchanges_scope", None)
    if cached is not None:
        return cached
    roles = set(user.groups.values_list("name", flat=True))
    profile = Profile.objects.filter(user=user).values("municipality_id", "region_id").first()
    profile = profile or {"municipality_id": None, "region_id": None}
    municipality_id = profile["municipality_id"]
    pairs = MentoringPair.objects.filter(
        Q(mentors=user) | Q(experts=user) | Q(mentee_municipality_id=municipality_id or -1)
    ).values_list("pk", "mentors", "experts", "mentee_municipality_id")
    managed_pairs, member_pairs, guided = set(), set(), set()
    for pk, mentor_id, expert_id, mentee_id in pairs:
        member_pairs.add(pk)
        if user.pk in (mentor_id, expert_id):
            managed_pairs.add(pk)
            guided.add(mentee_id)
    groups = PeerGroup.objects.filter(
        Q(facilitators=user) | Q(members=municipality_id or -1)
    ).values_list("pk", "facilitators", "members")
    managed_groups, member_groups = set(), set()
    for pk, facilitator_id, member_id in groups:
        member_groups.add(pk)
        if facilitator_id == user.pk:
            managed_groups.add(pk)
            guided.add(member_id)
    is_region_viewer = Role.REGION_VIEWER in roles
    scope = Scope(
        user_id=user.pk,
        is_coordinator=user.is_superuser or Role.COORDINATOR in roles,
        is_region_viewer=is_region_viewer,
        municipality_id=municipality_id,
        region_id=profile["region_id"] if is_region_viewer else None,
        managed_pairs=frozenset(managed_pairs),
        member_pairs=frozenset(member_pairs),
        managed_groups=frozenset(managed_groups),
        member_groups=frozenset(member_groups),
        guided_municipalities=frozenset(guided - {None}),
    )
    user._exchanges_scope = scope
    return scope


# Pairs and groups -------------------------------------------------------------------------


def is_member(user, programme):
    """Member of a mentoring pair or a peer group."""
    scope = scope_of(user)
    if scope.is_coordinator:
        return True
    if isinstance(programme, MentoringPair):
        return programme.pk in scope.member_pairs
    return programme.pk in scope.member_groups


def can_manage(user, programme):
    """Schedule visits, write reports and give advice for this pair or group."""
    scope = scope_of(user)
    if scope.is_coordinator:
        return True
    if isinstance(programme, MentoringPair):
        return programme.pk in scope.managed_pairs
    return programme.pk in scope.managed_groups


# Visits ----------------------------------------------------------------------------------


def _programme_q(scope):
    return Q(pair_id__in=scope.member_pairs) | Q(group_id__in=scope.member_groups)


def public_visits():
    """What anyone may see of visits: the public ones, with their public fields only."""
    return Visit.objects.public()


def visits_visible_to(user):
    """Visits whose private details (agenda, participants, report, advice) the user may read."""
    scope = scope_of(user)
    if scope.is_coordinator:
        return Visit.objects.all()
    if scope.user_id is None:
        return Visit.objects.none()
    takes_part = Visit.participants.through.objects.filter(
        visit_id=OuterRef("pk"), user_id=scope.user_id
    )
    return Visit.objects.filter(_programme_q(scope) | Q(Exists(takes_part)))


def can_view_visit(user, visit):
    scope = scope_of(user)
    if scope.is_coordinator or visit.pair_id in scope.member_pairs:
        return True
    if visit.group_id in scope.member_groups:
        return True
    return scope.user_id is not None and visit.participants.filter(pk=scope.user_id).exists()


def can_view_visit_publicly(user, visit):
    return visit.is_public and visit.status != VisitStatus.CANCELLED


def can_edit_visit(user, visit):
    return can_manage(user, visit.programme)


def can_write_report(user, visit):
    return visit.status != VisitStatus.CANCELLED and can_edit_visit(user, visit)


# Advice ----------------------------------------------------------------------------------


def advice_visible_to(user):
    scope = scope_of(user)
    if scope.is_coordinator:
        return Advice.objects.all()
    if scope.user_id is None:
        return Advice.objects.none()
    return Advice.objects.filter(_programme_q(scope) | Q(given_by_id=scope.user_id))


def can_view_advice(user, advice):
    scope = scope_of(user)
    return (
        scope.is_coordinator
        or advice.pair_id in scope.member_pairs
        or advice.group_id in scope.member_groups
        or (scope.user_id is not None and advice.given_by_id == scope.user_id)
    )


def can_edit_advice(user, advice):
    """The author, while they still manage the pair or group, and coordinators."""
    scope = scope_of(user)
    if scope.is_coordinator:
        return True
    return advice.given_by_id == scope.user_id and can_manage(user, advice.pair or advice.group)


def can_update_advice_status(user, advice):
    """People of the municipality that received the advice report what they did with it."""
    scope = scope_of(user)
    if scope.is_coordinator:
        return True
    return (
        scope.municipality_id is not None
        and scope.municipality_id == advice.municipality_id
        and can_view_advice(user, advice)
    )


# Planning regions ------------------------------------------------------------------------


def can_view_region_figures(user, region):
    """Counts and statuses for a region's municipalities; `region` is the default-language row."""
    scope = scope_of(user)
    return scope.is_coordinator or (scope.region_id is not None and scope.region_id == region.pk)


# Measures and self-assessments -------------------------------------------------------------
# A municipality's own people keep its plan and its self-assessment; the mentors, experts and
# facilitators who guide it read both and comment on measures. Region viewers get counts.


def _reads_municipality(scope, municipality_id):
    return scope.is_coordinator or municipality_id in _read_municipalities(scope)


def _read_municipalities(scope):
    ids = set(scope.guided_municipalities)
    if scope.municipality_id:
        ids.add(scope.municipality_id)
    return ids


def measures_visible_to(user):
    scope = scope_of(user)
    if scope.is_coordinator:
        return Measure.objects.all()
    return Measure.objects.filter(municipality_id__in=_read_municipalities(scope))


def can_view_measure(user, measure):
    return _reads_municipality(scope_of(user), measure.municipality_id)


def can_edit_measures_of(user, municipality_id):
    scope = scope_of(user)
    return scope.is_coordinator or (
        scope.municipality_id is not None and scope.municipality_id == municipality_id
    )


def can_edit_measure(user, measure):
    return can_edit_measures_of(user, measure.municipality_id)


def can_comment_measure(user, measure):
    return can_view_measure(user, measure)


def can_view_assessments_of(user, municipality_id):
    return _reads_municipality(scope_of(user), municipality_id)


def can_assess(user, municipality_id):
    return can_edit_measures_of(user, municipality_id)
