from django.core.cache import cache
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site

from core.pages import BasePage, all_pages
from core.search.fields import page_search_fields
from exchanges.services import next_steps
from learning.services import continue_learning

from . import routing
from .blocks import MethodBlock
from .choices import ComplianceStatus

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
CONTACT_SETTINGS_TIMEOUT = 60 * 60


class HomePage(BasePage):
    """The site's front door: the three entry points and how municipalities learn together."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the platform is for, in two or three sentences."),
    )
    methods_heading = models.CharField(
        _("methods heading"),
        max_length=120,
        blank=True,
        help_text=_("Heading above the explanation of mentoring, peer collaboration, shadowing."),
    )
    methods = StreamField(
        [("method", MethodBlock())],
        blank=True,
        verbose_name=_("methods"),
        help_text=_("The ways municipalities learn from each other, one block each."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("methods_heading"), FieldPanel("methods")], _("Methods")),
    ]
    search_fields = page_search_fields("intro", "methods")
    api_fields = [APIField("intro"), APIField("methods_heading"), APIField("methods")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "learning.LearningIndexPage",
        "casestudies.CaseStudyIndexPage",
        "exchanges.ExchangesIndexPage",
        "home.AccessibilityStatementPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """Every URL of the site is routed from here; `home.routing` says why, with figures."""
        return routing.route(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Plain pages: the entry points need only title, URL and description, and skipping
        # .specific() saves one query per section type.
        context["sections"] = all_pages().child_of(self).live().public().in_menu()
        context["continue_learning"] = continue_learning(request.user)
        context["next_steps"] = next_steps(request.user)
        return context


class AccessibilityStatementPage(BasePage):
    """The statement every public-sector website in Latvia must publish.

    Fields follow the annex of Cabinet Regulation No. 445 (14 July 2020), which implements the
    EU model statement (Implementing Decision 2018/1523); the template supplies the headings so
    editors only fill in the facts.
    """

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        help_text=_("The body responsible for this website, as it should appear in the statement."),
    )
    intro = RichTextField(
        _("commitment"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Who commits to making which website accessible, and under which law."),
    )
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
        help_text=_("Compliance with WCAG 2.1 AA (LVS EN 301 549)."),
    )
    non_accessible_content = RichTextField(
        _("non-accessible content"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Known gaps and why they exist. Leave empty only when fully compliant."),
    )
    alternatives = RichTextField(
        _("accessible alternatives"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("How a person can get inaccessible content in another form."),
    )
    prepared_on = models.DateField(
        _("statement prepared on"), help_text=_("When this statement was first prepared.")
    )
    reviewed_on = models.DateField(
        _("last reviewed on"), help_text=_("When the statement was last checked against the site.")
    )
    evaluation_method = RichTextField(
        _("evaluation method"),
        features=RICH_TEXT_FEATURES,
        help_text=_("How compliance was assessed: self-assessment, automated and manual checks."),
    )
    feedback_contact = RichTextField(
        _("feedback and contact"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Where to report an accessibility problem, and how soon we answer."),
    )
    enforcement = RichTextField(
        _("enforcement procedure"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Where to turn if the answer is not satisfactory."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("organisation_name"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("non_accessible_content")],
            _("Compliance"),
        ),
        FieldPanel("alternatives"),
        MultiFieldPanel(
            [
                FieldPanel("prepared_on"),
                FieldPanel("reviewed_on"),
                FieldPanel("evaluation_method"),
            ],
            _("Preparation of this statement"),
        ),
        FieldPanel("feedback_contact"),
        FieldPanel("enforcement"),
    ]
    search_fields = page_search_fields("intro", "non_accessible_content", "feedback_contact")
    api_fields = [
        APIField("organisation_name"),
        APIField("compliance_status"),
        APIField("prepared_on"),
        APIField("reviewed_on"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Contact details shown in the footer of every page."""

    shown_on_public_pages = True

    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("The programme's public contact address.")
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("Shown as a tel: link when set.")
    )
    address = models.CharField(
        _("address"), max_length=200, blank=True, help_text=_("Postal address, one line.")
    )

    class Meta:
        verbose_name = _("contact details")

    @staticmethod
    def cache_key(site_id):
        return f"home:contact-settings:{site_id}"

    @classmethod
    def for_request(cls, request):
        """The contact details of the request's site, from the cache: every footer shows them.

        Wagtail reads them once per request; here once per change. Saving or deleting them
        through the model retires the cached copy (`save`, `delete`); the timeout bounds how
        long a change made around the model (a bulk update) can linger. The admin's edit form
        still reads the database (`for_site`). Measured with Wagtail 8.0: Wagtail's own
        `for_request` makes every page one query more (bench/run.py at scale: a lesson 5
        instead of 4, a case page 7 instead of 6), which would take the home page in English
        for a mentee (15, tests/home/test_pages.py) over its budget.
        """
        site = Site.find_for_request(request)  # Wagtail keeps it on the request
        if site is None:
            return super().for_request(request)
        attribute = cls.get_cache_attr_name()
        if not hasattr(request, attribute):
            key = cls.cache_key(site.pk)
            instance = cache.get(key)
            if instance is None:
                instance = cls.for_site(site)
                cache.set(key, instance, CONTACT_SETTINGS_TIMEOUT)
            instance._request = request
            setattr(request, attribute, instance)
        return getattr(request, attribute)

    def _forget(self):
        key = self.cache_key(self.site_id)
        cache.delete(key)
        # Again once committed, in case a request cached the old row in between.
        transaction.on_commit(lambda: cache.delete(key))

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self._forget()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self._forget()
        return result
