from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Site

from casestudies.demo.load import load_case_studies
from config.demo import upsert_translated
from exchanges.demo.load import load_directory, load_programme
from home.demo.accessibility import ACCESSIBILITY_STATEMENT, PREPARED_ON, REVIEWED_ON
from home.demo.sections import SECTIONS
from home.demo.users import DEMO_PASSWORD, DEMO_USERS
from home.models import AccessibilityStatementPage, ContactSettings, HomePage
from learning.demo.load import load_learning

LANGUAGES = ("lv", "en")


class Command(BaseCommand):
    help = "Load the demo content in Latvian and English. Safe to run again: it changes nothing."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Demo content is for local use only; these settings do not allow it "
                "(DEMO_CONTENT_ALLOWED is off, as in production)."
            )
        with transaction.atomic():
            homes = self.home_pages()
            self.sections(homes)
            self.accessibility_statement(homes)
            self.contact_settings()
            self.users()
            load_learning(homes)
            load_case_studies(homes)
            load_directory()
            load_programme(DEMO_PASSWORD)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))

    def home_pages(self):
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None or not isinstance(site.root_page.specific, HomePage):
            raise CommandError("The home page is missing: run `python manage.py migrate` first.")
        home = site.root_page.specific
        homes = {home.locale.language_code: home}
        for code, locale in locales.items():
            if code not in homes:
                translation = home.get_translation_or_none(locale)
                if translation is None:
                    raise CommandError(f"The {code} home page is missing: run migrate first.")
                homes[code] = translation
        return homes

    def sections(self, homes):
        for section in SECTIONS:
            upsert_translated(
                homes,
                apps.get_model(section["app_model"]),
                section["slug"],
                {code: {**section[code], "show_in_menus": True} for code in LANGUAGES},
            )

    def accessibility_statement(self, homes):
        dates = {"prepared_on": PREPARED_ON, "reviewed_on": REVIEWED_ON, "show_in_menus": False}
        upsert_translated(
            homes,
            AccessibilityStatementPage,
            "accessibility",
            {code: {**ACCESSIBILITY_STATEMENT[code], **dates} for code in LANGUAGES},
        )

    def contact_settings(self):
        site = Site.objects.get(is_default_site=True)
        contact = ContactSettings.for_site(site)
        if contact.email != settings.SITE_CONTACT_EMAIL:
            contact.email = settings.SITE_CONTACT_EMAIL
            contact.save()

    def users(self):
        User = get_user_model()
        for spec in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=spec["username"],
                defaults={
                    "first_name": spec["first_name"],
                    "last_name": spec["last_name"],
                    "email": f"{spec['username']}@example.lv",
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
            group = Group.objects.get(name=spec["role"])
            if not user.groups.filter(pk=group.pk).exists():
                user.groups.add(group)
