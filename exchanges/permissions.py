"""Who may see and change exchanges records. Private by default.

Every check is a small function on a `Scope`, the ids of what a user belongs to, worked out
once per request in two queries. Each check has a queryset twin ("what can this user see")
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

from dataclasses import dataclass, field, fields

from django.contrib.auth import get_user_model
from django.db.models import BooleanField, CharField, Q, Value

from core.choices import Role
from core.permissions import has_role, remember_coordinator

from .choices import VisitStatus

# The models' own modules, not the models package: the section page (models.pages) asks these
# checks who may see its directory and visits, and the package imports the page.
from .models.advice import Advice
from .models.followthrough import Measure
from .models.programmes import MentoringPair, PeerGroup
from .models.visits import Visit


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

    def cache_key(self):
        """Everything this scope decides, in a stable order: part of the key of anything cached
        per reader, so a change of role or membership never serves an old copy."""
        return tuple(
            tuple(sorted(value)) if isinstance(value, frozenset) else value
            for value in (getattr(self, f.name) for f in fields(self))
        )


ANONYMOUS = Scope()


def scope_of(user):
    """The user's memberships, cached on the user object for the rest of the request.

    Two queries: the profile with the two roles that matter here, then every pair and group
    membership at once. The profile stays on the user too (see `loaded_profile`), so the
    workspace and its navigation do not read it again.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return ANONYMOUS
    cached = getattr(user, "_exchanges_scope", None)
    if cached is not None:
        return cached
    profile, is_coordinator, is_region_viewer = _profile_and_roles(user)
    municipality_id = profile.municipality_id if profile else None
    managed_pairs, member_pairs, managed_groups, member_groups, guided = (set() for _ in range(5))
    for kind, pk, manages, municipality in _memberships(user.pk, municipality_id):
        (member_pairs if kind == PAIR else member_groups).add(pk)
        if manages:
            (managed_pairs if kind == PAIR else managed_groups).add(pk)
            guided.add(municipality)
    scope = Scope(
        user_id=user.pk,
        is_coordinator=user.is_superuser or is_coordinator,
        is_region_viewer=is_region_viewer,
        municipality_id=municipality_id,
        region_id=profile.region_id if profile and is_region_viewer else None,
        managed_pairs=frozenset(managed_pairs),
        member_pairs=frozenset(member_pairs),
        managed_groups=frozenset(managed_groups),
        member_groups=frozenset(member_groups),
        guided_municipalities=frozenset(guided - {None}),
    )
    user._exchanges_scope = scope
    user._exchanges_profile = profile
    if profile is not None:
        user.exchanges_profile = profile  # templates reading user.exchanges_profile reuse it
    return scope


def loaded_profile(user):
    """The profile `scope_of` read for this request (its municipality joined), or None."""
    scope_of(user)
    return getattr(user, "_exchanges_profile", None)


def _profile_and_roles(user):
    """The user's profile (None when they have none yet) and whether they are a coordinator
    and a region viewer: one query from the user row, with or without a profile."""
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .select_related("exchanges_profile__municipality")
        .annotate(
            is_coordinator=has_role(Role.COORDINATOR),
            is_region_viewer=has_role(Role.REGION_VIEWER),
        )
        .get()
    )
    profile = getattr(row, "exchanges_profile", None)  # select_related remembers "none" too
    remember_coordinator(user, row.is_coordinator)
    return profile, row.is_coordinator, row.is_region_viewer


PAIR, GROUP = "pair", "group"
PAIR_MENTEE = "mentoringpair__mentee_municipality_id"


def _memberships(user_id, municipality_id):
    """(kind, pk, manages, municipality) for each way the user belongs to a pair or group.

    One UNION ALL of five index lookups, each a plain select (an OR across the membership
    tables, or subqueries in it, costs more to build than to run): the pairs they mentor or
    advise, the pairs of their municipality, the groups they facilitate (a row per member),
    the groups of their municipality. `municipality` is whom a managed pair or group guides.
    """
    mine = municipality_id or -1
    as_mentor = MentoringPair.mentors.through.objects.filter(user_id=user_id)
    as_expert = MentoringPair.experts.through.objects.filter(user_id=user_id)
    pairs_of_mine = MentoringPair.objects.filter(mentee_municipality_id=mine)
    as_facilitator = PeerGroup.facilitators.through.objects.filter(user_id=user_id)
    groups_of_mine = PeerGroup.members.through.objects.filter(municipality_id=mine)
    return _rows(as_mentor, PAIR, "mentoringpair_id", True, PAIR_MENTEE).union(
        _rows(as_expert, PAIR, "mentoringpair_id", True, PAIR_MENTEE),
        _rows(pairs_of_mine, PAIR, "pk", False, "mentee_municipality_id"),
        _rows(as_facilitator, GROUP, "peergroup_id", True, "peergroup__members"),
        _rows(groups_of_mine, GROUP, "peergroup_id", False, "municipality_id"),
        all=True,
    )


def _rows(queryset, kind, pk, manages, municipality):
    kind, manages = Value(kind, CharField()), Value(manages, BooleanField())
    return queryset.values_list(kind, pk, manages, municipality).order_by()


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
    # The ids as a UNION of indexed lookups (programme columns, the participants table):
    # an OR with a subquery, or a correlated EXISTS, is tested on every visit row instead.
    in_programmes = Visit.objects.filter(_programme_q(scope)).order_by().values("pk")
    takes_part = Visit.participants.through.objects.filter(user_id=scope.user_id)
    return Visit.objects.filter(pk__in=in_programmes.union(takes_part.values("visit_id")))


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


def can_view_region_figures(user, region_id):
    """Counts and statuses for a region's municipalities; `region_id`: the default-language row."""
    scope = scope_of(user)
    return scope.is_coordinator or (scope.region_id is not None and scope.region_id == region_id)


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
