"""Load the demo content: every app's data files in `<app>/content/`, and one account per role.

Local use only: the accounts share a published password, so production settings refuse it.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Site

from casestudies.demo.load import load_case_studies
from core.choices import Role
from core.content import content_dir, in_language, read, upsert_translated
from exchanges.demo.load import load_directory, load_programme
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
            load_programme()
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
        for section in read(content_dir("home", "sections.yaml"))["sections"]:
            texts = {code: in_language(section, code) for code in LANGUAGES}
            upsert_translated(
                homes,
                apps.get_model(section["app_model"]),
                section["slug"],
                {
                    code: {
                        "title": texts[code]["title"],
                        "search_description": texts[code]["search_description"],
                        "intro": texts[code]["intro"],
                        "show_in_menus": True,
                    }
                    for code in LANGUAGES
                },
            )

    def accessibility_statement(self, homes):
        statement = read(content_dir("home", "accessibility.yaml"))
        upsert_translated(
            homes,
            AccessibilityStatementPage,
            "accessibility",
            {code: {**in_language(statement, code), "show_in_menus": False} for code in LANGUAGES},
        )

    def contact_settings(self):
        site = Site.objects.get(is_default_site=True)
        contact = ContactSettings.for_site(site)
        if contact.email != settings.SITE_CONTACT_EMAIL:
            contact.email = settings.SITE_CONTACT_EMAIL
            contact.save()

    def users(self):
        """The demo accounts of `home/content/users.yaml`, built by the factories the tests use.

        factory_boy is a demo and test dependency (requirements-demo.txt), not a production
        one; it is imported here, after the settings check, so that a production install
        refuses with the message above instead of failing to import it.
        """
        from home.factories import UserFactory

        accounts = read(content_dir("home", "users.yaml"))
        User = get_user_model()
        for spec in accounts["users"]:
            role = Role(spec["role"])
            user = User.objects.filter(username=spec["username"]).first()
            if user is None:
                UserFactory(
                    username=spec["username"],
                    first_name=spec["first_name"],
                    last_name=spec["last_name"],
                    password=accounts["password"],
                    roles=[role],
                )
                continue
            group = Group.objects.get(name=role)
            if not user.groups.filter(pk=group.pk).exists():
                user.groups.add(group)
