"""Load the directory and the demo programme from `exchanges/content/`.

The directory (planning regions and municipalities) is written in Latvian and English side by
side. The programme's records are written in one language each, as people keep them; days are
counted from the day the demo is loaded, so there is always something upcoming and something
overdue. The accounts themselves are the home app's; this loader gives them their place.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from casestudies.models import CaseStudyPage
from core.content import content_dir, read, read_all, upsert_translatable
from learning.models import LessonPage, SecapStep, Sector

from ..models import (
    Advice,
    AdviceUpdate,
    AssessmentScore,
    Measure,
    MeasureComment,
    MeasureUpdate,
    MentoringPair,
    Municipality,
    ObservedMeasure,
    PeerGroup,
    PlanningRegion,
    Profile,
    SelfAssessment,
    Visit,
    VisitReport,
)

LANGUAGES = ("lv", "en")
# Programme records are written in Latvian unless a person's `writes_in` says otherwise.
RECORD_LANGUAGE = "lv"
PROFILE_FIELDS = ("municipality", "region", "organisation", "position")


def _content(*parts):
    """One data file of `exchanges/content/`."""
    return read(content_dir("exchanges", *parts))


def load_directory():
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    regions = {}
    for order, item in enumerate(_content("directory", "regions.yaml")["regions"]):
        slug = item["slug"]
        for code in LANGUAGES:
            regions[code, slug] = upsert_translatable(
                PlanningRegion,
                locales[code],
                {"slug": slug},
                {"name": item["name"][code], "sort_order": order},
                regions.get(("lv", slug)),
            )
    facts = ("covenant_joined_on", "plan_approved_on", "baseline_year")
    facts += ("target_percent", "target_year")
    municipalities = _content("directory", "municipalities.yaml")["municipalities"]
    neighbours = _content("directory", "neighbours.yaml")["municipalities"]
    for item in [*municipalities, *neighbours]:
        source = None
        for code in LANGUAGES:
            fields = {name: item.get(name) for name in facts}
            fields.update(
                name=item["name"][code],
                description=item["description"][code],
                region=regions[code, item["region"]],
            )
            obj = upsert_translatable(
                Municipality, locales[code], {"slug": item["slug"]}, fields, source
            )
            source = source or obj


def _day(offset):
    return timezone.localdate() + datetime.timedelta(days=offset)


def _moment(offset, clock="12:00"):
    hour, minute = (int(part) for part in clock.split(":"))
    return timezone.make_aware(datetime.datetime.combine(_day(offset), datetime.time(hour, minute)))


def _current(obj, name):
    field = obj._meta.get_field(name)
    if field.is_relation and field.many_to_one:
        return getattr(obj, field.attname)
    return getattr(obj, name)


def _wanted(obj, name, value):
    field = obj._meta.get_field(name)
    if field.is_relation and field.many_to_one:
        return value.pk if value is not None else None
    return value


def _save_if_changed(obj, fields):
    changed = [
        name for name, value in fields.items() if _current(obj, name) != _wanted(obj, name, value)
    ]
    for name in changed:
        setattr(obj, name, fields[name])
    if changed or obj.pk is None:
        obj.save()
    return obj


def _set_m2m(manager, objects):
    if {obj.pk for obj in manager.all()} != {obj.pk for obj in objects}:
        manager.set(objects)


class Programme:
    """The programme's data files, read once: the loader's steps refer to each other by key."""

    def __init__(self):
        self.people = _content("programme", "people.yaml")["people"]
        self.pairs = read_all("exchanges", "programme", "pairs")
        self.groups = read_all("exchanges", "programme", "groups")
        self.visits = read_all("exchanges", "programme", "visits")
        # Advice is kept with the pair or group it was given in: pairs first, then groups.
        self.advice = [spec for owner in [*self.pairs, *self.groups] for spec in owner["advice"]]
        self.measures = [
            spec
            for town in read_all("exchanges", "programme", "measures")
            for spec in town["measures"]
        ]
        self.self_assessments = [
            spec
            for town in read_all("exchanges", "programme", "self-assessments")
            for spec in town["self_assessments"]
        ]
        self.languages = {
            person["username"]: person.get("writes_in", RECORD_LANGUAGE) for person in self.people
        }

    def written_in(self, username):
        """The language a person writes their records in."""
        return self.languages.get(username, RECORD_LANGUAGE)


def load_programme():
    """People's places, pairs, the peer group, visits, reports and advice; dates follow today's
    date. The accounts exist already: the home app creates them."""
    programme = Programme()
    municipalities = {
        m.slug: m for m in Municipality.objects.filter(locale__language_code=LANGUAGES[0])
    }
    regions = {r.slug: r for r in PlanningRegion.objects.filter(locale__language_code="lv")}
    users = _people(programme, municipalities, regions)
    pairs = {}
    for spec in programme.pairs:
        pair = MentoringPair.objects.filter(
            mentor_municipality=municipalities[spec["mentor"]],
            mentee_municipality=municipalities[spec["mentee"]],
        ).first() or MentoringPair(
            mentor_municipality=municipalities[spec["mentor"]],
            mentee_municipality=municipalities[spec["mentee"]],
        )
        pairs[spec["key"]] = _save_if_changed(
            pair,
            {
                "goals": spec["goals"],
                "starts_on": _day(spec["start_offset_days"]),
                "ends_on": _day(spec["end_offset_days"]),
                "status": spec["status"],
                "language": "lv",
            },
        )
        _set_m2m(pair.mentors, [users[key] for key in spec["mentors"]])
        _set_m2m(pair.experts, [users[key] for key in spec["experts"]])
    groups = {}
    for spec in programme.groups:
        group = PeerGroup.objects.filter(topic=spec["topic"]).first() or PeerGroup(
            topic=spec["topic"]
        )
        groups[spec["key"]] = _save_if_changed(
            group,
            {
                "description": spec["description"],
                "starts_on": _day(spec["start_offset_days"]),
                "status": spec["status"],
                "language": "lv",
            },
        )
        _set_m2m(group.members, [municipalities[slug] for slug in spec["members"]])
        _set_m2m(group.facilitators, [users[key] for key in spec["facilitators"]])
    visits = _visits(programme, municipalities, users, pairs, groups)
    _advice(programme, municipalities, users, pairs, groups, visits)
    _measures(programme, municipalities, users)
    _self_assessments(programme, municipalities)


def _people(programme, municipalities, regions):
    User = get_user_model()
    usernames = [person["username"] for person in programme.people]
    users = {user.username: user for user in User.objects.filter(username__in=usernames)}
    places = {"municipality": municipalities, "region": regions}
    for person in programme.people:
        user = users[person["username"]]
        profile = Profile.objects.filter(user=user).first() or Profile(user=user)
        _save_if_changed(
            profile,
            {
                name: places[name].get(person[name]) if name in places else person[name]
                for name in PROFILE_FIELDS
                if name in person
            },
        )
    return users


def _pages(model, slugs):
    pages = model.objects.filter(locale__language_code="lv", slug__in=slugs)
    return list(pages)


def _visits(programme, municipalities, users, pairs, groups):
    visits = {}
    for spec in programme.visits:
        pair, group = pairs.get(spec["pair"]), groups.get(spec["group"])
        visit = Visit.objects.filter(title=spec["title"], pair=pair, group=group).first()
        visit = visit or Visit(title=spec["title"], pair=pair, group=group)
        _save_if_changed(
            visit,
            {
                "kind": spec["kind"],
                "host": municipalities[spec["host"]],
                "starts_at": _moment(spec["day_offset"], spec["starts"]),
                "ends_at": _moment(spec["day_offset"], spec["ends"]),
                "place": spec["place"],
                "agenda": spec["agenda"],
                "status": spec["status"],
                "is_public": spec["is_public"],
                "public_summary": spec["public_summary"],
                "language": "lv",
            },
        )
        _set_m2m(visit.visiting, [municipalities[slug] for slug in spec["visiting"]])
        _set_m2m(visit.participants, [users[key] for key in spec["participants"]])
        _set_m2m(visit.case_studies, _pages(CaseStudyPage, spec.get("case_studies", [])))
        _set_m2m(visit.lessons, _pages(LessonPage, spec.get("lessons", [])))
        if spec.get("report"):
            _report(programme, visit, spec, users, pair, group)
        visits[spec["key"]] = visit
    return visits


def _report(programme, visit, spec, users, pair, group):
    if spec["kind"] == "expert":
        author = users["expert"]
    elif pair is not None:
        author = pair.mentors.order_by("pk").first()
    else:
        author = group.facilitators.order_by("pk").first()
    data = spec["report"]
    report = VisitReport.objects.filter(visit=visit).first() or VisitReport(visit=visit)
    _save_if_changed(
        report,
        {
            "author": author,
            "observations": data["observations"],
            "strengths": data["strengths"],
            "weaknesses": data["weaknesses"],
            "language": programme.written_in("expert" if spec["kind"] == "expert" else "mentor"),
        },
    )
    wanted = [
        (measure["title"], measure["transferability"], measure["requirements"])
        for measure in data.get("measures", [])
    ]
    current = list(report.measures.values_list("title", "transferability", "requirements"))
    if current != wanted:
        report.measures.all().delete()
        ObservedMeasure.objects.bulk_create(
            ObservedMeasure(
                report=report,
                title=title,
                transferability=transferability,
                requirements=requirements,
                sort_order=order,
            )
            for order, (title, transferability, requirements) in enumerate(wanted)
        )


def _advice(programme, municipalities, users, pairs, groups, visits):
    sectors = {s.slug: s for s in Sector.objects.filter(locale__language_code="lv")}
    steps = {s.number: s for s in SecapStep.objects.filter(locale__language_code="lv")}
    for spec in programme.advice:
        municipality = municipalities[spec["municipality"]]
        advice = Advice.objects.filter(title=spec["title"], municipality=municipality).first()
        advice = advice or Advice(title=spec["title"], municipality=municipality)
        updates = spec["updates"]
        _save_if_changed(
            advice,
            {
                "text": spec["text"],
                "given_by": users[spec["given_by"]],
                "pair": pairs.get(spec["pair"]),
                "group": groups.get(spec["group"]),
                "visit": visits.get(spec["visit"]),
                "sector": sectors.get(spec["sector"]),
                "secap_step": steps.get(spec["step"]),
                "priority": spec["priority"],
                "due_on": _day(spec["due_offset_days"]),
                "status": updates[-1]["status"] if updates else "open",
                "created_at": _moment(spec["given_offset_days"], "09:00"),
                "language": programme.written_in(spec["given_by"]),
            },
        )
        for update in updates:
            existing = AdviceUpdate.objects.filter(
                advice=advice, status=update["status"], note=update["note"]
            ).first()
            _save_if_changed(
                existing or AdviceUpdate(advice=advice, status=update["status"]),
                {
                    "note": update["note"],
                    "author": users[update["author"]],
                    "created_at": _moment(update["offset_days"], "15:00"),
                    "language": programme.written_in(update["author"]),
                },
            )


def _measures(programme, municipalities, users):
    sectors = {s.slug: s for s in Sector.objects.filter(locale__language_code="lv")}
    steps = {s.number: s for s in SecapStep.objects.filter(locale__language_code="lv")}
    cases = {c.slug: c for c in CaseStudyPage.objects.filter(locale__language_code="lv")}
    advice_titles = {
        spec["key"]: (spec["title"], spec["municipality"]) for spec in programme.advice
    }
    for spec in programme.measures:
        municipality = municipalities[spec["municipality"]]
        measure = Measure.objects.filter(title=spec["title"], municipality=municipality).first()
        measure = measure or Measure(title=spec["title"], municipality=municipality)
        adaptation = spec.get("adaptation") or {}
        _save_if_changed(
            measure,
            {
                "description": spec["description"],
                "sector": sectors.get(spec["sector"]),
                "secap_step": steps.get(spec["step"]),
                "responsible_body": spec["responsible_body"],
                "start_year": spec["start_year"],
                "end_year": spec["end_year"],
                "budget_eur": spec["budget_eur"],
                "expected_mwh": spec["expected_mwh"],
                "expected_tco2": spec["expected_tco2"],
                "status": spec["status"],
                "is_draft": bool(spec.get("adopted_from")),
                "adopted_from": cases.get(spec.get("adopted_from")),
                "what_to_adapt": adaptation.get("what_to_adapt", ""),
                "prerequisites": adaptation.get("prerequisites", ""),
                "responsible_person": adaptation.get("responsible_person", ""),
                "language": "lv",
            },
        )
        for key in spec.get("advice", []):
            title, slug = advice_titles[key]
            Advice.objects.filter(title=title, municipality=municipalities[slug]).exclude(
                measure=measure
            ).update(measure=measure)
        for update in spec.get("updates", []):
            existing = MeasureUpdate.objects.filter(measure=measure, note=update["note"]).first()
            _save_if_changed(
                existing or MeasureUpdate(measure=measure, note=update["note"]),
                {
                    "status": update["status"],
                    "author": users[update["author"]],
                    "created_at": _moment(update["offset_days"], "14:00"),
                    "language": programme.written_in(update["author"]),
                },
            )
        for comment in spec.get("comments", []):
            existing = MeasureComment.objects.filter(measure=measure, text=comment["text"]).first()
            _save_if_changed(
                existing or MeasureComment(measure=measure, text=comment["text"]),
                {
                    "author": users[comment["author"]],
                    "created_at": _moment(comment["offset_days"], "11:00"),
                    "language": programme.written_in(comment["author"]),
                },
            )


def _self_assessments(programme, municipalities):
    for spec in programme.self_assessments:
        municipality = municipalities[spec["municipality"]]
        assessed_on = _day(spec["offset_days"])
        assessment = SelfAssessment.objects.filter(
            municipality=municipality, assessed_on=assessed_on
        ).first() or SelfAssessment(municipality=municipality, assessed_on=assessed_on)
        _save_if_changed(assessment, {"is_published": spec["published"], "language": "lv"})
        for element, entry in spec["scores"].items():
            row = AssessmentScore.objects.filter(assessment=assessment, element=element).first()
            _save_if_changed(
                row or AssessmentScore(assessment=assessment, element=element),
                {"score": entry["score"], "note": entry["note"]},
            )
