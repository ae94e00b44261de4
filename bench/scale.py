"""Synthetic data at the scale of the whole Covenant of Mayors, for benchmarks.

Everything is written with bulk inserts (pages too: their tree paths are computed here), so a
full run takes minutes. Names are synthetic but shaped like the real thing; every record is in
Latvian and, where the model is translated, in English too.
"""

import datetime
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from casestudies import caching
from casestudies.choices import Country, Kind, Level, Status
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from exchanges.choices import AdviceStatus, Priority, VisitKind, VisitStatus
from exchanges.models import (
    Advice,
    MentoringPair,
    Municipality,
    PeerGroup,
    PlanningRegion,
    Profile,
    Visit,
    VisitReport,
)
from learning.models import Enrollment, LessonCompletion, LessonPage, ModulePage, Sector

FULL = {
    "municipalities": 12_000,
    "regions": 250,
    "cases": 10_000,
    "pairs": 2_000,
    "groups": 1_000,
    "visits": 100_000,
    "trainees": 10_000,
}
BATCH = 2_000
SYLLABLES = ["al", "ber", "do", "ga", "ka", "li", "mar", "no", "pe", "ri", "sa", "ta", "ve", "zu"]


def counts_for(scale):
    return {name: max(2, round(count * scale)) for name, count in FULL.items()}


def _name(rng, words=2):
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        for _ in range(words)
    )


def _bulk(model, objects):
    return model.objects.bulk_create(objects, batch_size=BATCH)


def generate(scale=1.0, seed=2026, log=print):
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    counts = counts_for(scale)
    locales = {code: Locale.objects.get(language_code=code) for code in ("lv", "en")}
    with transaction.atomic():
        municipalities = _directory(rng, counts, locales, log)
        _case_studies(rng, counts, locales, log)
        users = _people(rng, counts, municipalities, log)
        pairs, groups = _programmes(rng, counts, municipalities, users, log)
        _visits(rng, counts, municipalities, pairs, groups, users, log)
        _training(rng, users, log)
    # Bulk inserts send no signals: retire the library's cached countries and related cases.
    caching.retire()
    return counts


def _translated(model, rng, locales, rows):
    """Bulk-create each row in lv and en with a shared translation key; returns the lv rows."""
    lv, en = [], []
    for fields, english in rows:
        key = uuid.uuid4()
        lv.append(model(locale=locales["lv"], translation_key=key, **fields))
        en.append(model(locale=locales["en"], translation_key=key, **{**fields, **english}))
    created = _bulk(model, lv)
    _bulk(model, en)
    return created


def _directory(rng, counts, locales, log):
    countries = [code for code, _label in Country.choices]
    regions_lv = _translated(
        PlanningRegion,
        rng,
        locales,
        (
            (
                {"slug": f"scale-region-{n}", "name": f"{_name(rng, 1)} reģions", "sort_order": n},
                {"name": f"{_name(rng, 1)} Region"},
            )
            for n in range(counts["regions"])
        ),
    )
    regions_en = {
        r.translation_key: r
        for r in PlanningRegion.objects.filter(locale=locales["en"], slug__startswith="scale-")
    }
    lv_rows, en_rows = [], []
    today = timezone.localdate()
    for n in range(counts["municipalities"]):
        region = rng.choice(regions_lv)
        key = uuid.uuid4()
        fields = {
            "slug": f"scale-{n}",
            "plan_type": rng.choice(["SEAP", "SECAP"]),
            "covenant_joined_on": today - datetime.timedelta(days=rng.randint(300, 6000)),
            "baseline_year": rng.choice([1990, 2005, 2006, 2008, 2010, 2015]),
            "target_percent": rng.choice([20, 40, 55]),
            "target_year": rng.choice([2020, 2030, 2050]),
            "description": f"<p>{rng.choice(countries)}</p>",
        }
        name = _name(rng)
        lv_rows.append(
            Municipality(
                locale=locales["lv"],
                translation_key=key,
                region=region,
                name=f"{name} novads",
                **fields,
            )
        )
        en_rows.append(
            Municipality(
                locale=locales["en"],
                translation_key=key,
                region=regions_en[region.translation_key],
                name=f"{name} Municipality",
                **fields,
            )
        )
    municipalities = _bulk(Municipality, lv_rows)
    _bulk(Municipality, en_rows)
    log(f"{len(regions_lv)} regions, {len(municipalities)} municipalities (lv + en)")
    return municipalities


def _case_studies(rng, counts, locales, log):
    sectors = list(Sector.objects.filter(locale=locales["lv"]))
    content_type = ContentType.objects.get_for_model(CaseStudyPage)
    countries = [code for code, _label in Country.choices]
    now = timezone.now()
    keys = [uuid.uuid4() for _ in range(counts["cases"])]
    for code, locale in locales.items():
        index = CaseStudyIndexPage.objects.filter(locale=locale).first()
        if index is None:
            log(f"No {code} case library page: run load_demo first; cases skipped.")
            return
        last = index.get_last_child()
        start = int(last.path[-Page.steplen :], 36) + 1 if last else 1
        pages = []
        for n, key in enumerate(keys):
            city = _name(rng, 1)
            title = f"{city}: {_name(rng, 2).lower()}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=f"scale-case-{n}",
                    content_type=content_type,
                    locale=locale,
                    translation_key=key,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                    path=index.path + Page._int2str(start + n).rjust(Page.steplen, "0"),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}scale-case-{n}/",
                )
            )
        pages = _bulk(Page, pages)
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(pages))
        for page in pages:
            case = CaseStudyPage(
                page_ptr_id=page.pk,
                summary=f"{page.title}. {_name(rng, 6)}.",
                city=page.title.split(":")[0],
                country=rng.choice(countries),
                level=rng.choice(Level.values),
                population=rng.randint(2_000, 900_000),
                status=rng.choice(Status.values),
                kind=rng.choice(Kind.values),
                start_year=rng.randint(2005, 2025),
                body=[],
            )
            case.save_base(raw=True)
        through = CaseStudyPage.sectors.through
        _bulk(
            through,
            [through(casestudypage_id=page.pk, sector_id=rng.choice(sectors).pk) for page in pages]
            if sectors
            else [],
        )
    log(f"{counts['cases']} case studies (lv + en)")


def _people(rng, counts, municipalities, log):
    User = get_user_model()
    users = _bulk(
        User,
        [
            User(
                username=f"scale-{n}",
                first_name=_name(rng, 1),
                last_name=_name(rng, 1),
                email=f"scale-{n}@example.lv",
                password=UNUSABLE_PASSWORD_PREFIX,  # nobody logs in as a generated person
            )
            for n in range(counts["trainees"])
        ],
    )
    _bulk(
        Profile,
        [
            Profile(
                user=user,
                municipality=rng.choice(municipalities),
                calendar_token=uuid.uuid4().hex + uuid.uuid4().hex,
            )
            for user in users
        ],
    )
    log(f"{len(users)} people with profiles")
    return users


def _programmes(rng, counts, municipalities, users, log):
    today = timezone.localdate()
    pairs = []
    for _ in range(counts["pairs"]):
        mentor, mentee = rng.sample(municipalities, 2)
        pairs.append(
            MentoringPair(
                mentor_municipality=mentor,
                mentee_municipality=mentee,
                goals=_name(rng, 8),
                starts_on=today - datetime.timedelta(days=rng.randint(0, 900)),
            )
        )
    pairs = _bulk(MentoringPair, pairs)
    _bulk(
        MentoringPair.mentors.through,
        [MentoringPair.mentors.through(mentoringpair=p, user=rng.choice(users)) for p in pairs],
    )
    groups = _bulk(
        PeerGroup,
        [
            PeerGroup(
                topic=_name(rng, 3), starts_on=today - datetime.timedelta(days=rng.randint(0, 900))
            )
            for _ in range(counts["groups"])
        ],
    )
    members = PeerGroup.members.through
    _bulk(
        members,
        [
            members(peergroup=group, municipality=municipality)
            for group in groups
            for municipality in rng.sample(municipalities, min(4, len(municipalities)))
        ],
    )
    log(f"{len(pairs)} mentoring pairs, {len(groups)} peer groups")
    return pairs, groups


def _visits(rng, counts, municipalities, pairs, groups, users, log):
    now = timezone.now()
    visits = []
    for n in range(counts["visits"]):
        starts = now + datetime.timedelta(days=rng.randint(-730, 120), hours=rng.randint(8, 14))
        status = (
            VisitStatus.PLANNED
            if starts > now
            else rng.choice([VisitStatus.HELD, VisitStatus.HELD, VisitStatus.CANCELLED])
        )
        pair = rng.choice(pairs) if n % 3 else None
        group = None if pair else rng.choice(groups)
        public = rng.random() < 0.3
        visits.append(
            Visit(
                kind=rng.choice(VisitKind.values) if group is None else VisitKind.PEER,
                pair=pair,
                group=group,
                title=f"{_name(rng, 3)}",
                host=pair.mentee_municipality if pair else rng.choice(municipalities),
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=4),
                place=_name(rng, 2),
                agenda=_name(rng, 10),
                status=status,
                is_public=public,
                public_summary=_name(rng, 12) if public and status == VisitStatus.HELD else "",
            )
        )
    visits = _bulk(Visit, visits)
    held = [visit for visit in visits if visit.status == VisitStatus.HELD]
    _bulk(
        VisitReport,
        [
            VisitReport(visit=visit, observations=_name(rng, 15), strengths=_name(rng, 6))
            for visit in held
        ],
    )
    advice = []
    for visit in visits:
        if visit.status == VisitStatus.CANCELLED:
            continue
        recipient = visit.pair.mentee_municipality if visit.pair else visit.host
        advice.append(
            Advice(
                title=_name(rng, 4),
                text=_name(rng, 20),
                municipality=recipient,
                given_by=rng.choice(users),
                pair=visit.pair,
                group=visit.group,
                visit=visit,
                priority=rng.choice(Priority.values),
                due_on=(visit.starts_at + datetime.timedelta(days=rng.randint(30, 365))).date(),
                status=rng.choice(AdviceStatus.values),
            )
        )
    _bulk(Advice, advice)
    log(f"{len(visits)} visits, {len(held)} reports, {len(advice)} advice items")


def _training(rng, users, log):
    modules = list(ModulePage.objects.filter(locale__language_code="lv"))
    if not modules:
        log("No course: run load_demo first; learning progress skipped.")
        return
    lessons = {
        module.pk: list(LessonPage.objects.child_of(module).values_list("pk", flat=True))
        for module in modules
    }
    now = timezone.now()
    enrollments, completions = [], []
    for user in users:
        module = rng.choice(modules)
        done = rng.randint(0, len(lessons[module.pk]))
        enrollments.append(
            Enrollment(
                user=user,
                module=module,
                completed_at=now if done == len(lessons[module.pk]) and done else None,
            )
        )
        completions.extend(
            LessonCompletion(user=user, lesson_id=lesson, module=module)
            for lesson in lessons[module.pk][:done]
        )
    _bulk(Enrollment, enrollments)
    _bulk(LessonCompletion, completions)
    log(f"{len(enrollments)} enrolments, {len(completions)} lessons completed")
