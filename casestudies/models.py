from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class CaseStudyIndexPage(Page):
    """The section's landing page; its children arrive with the section's own features."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A short explanation of what this section offers, shown under the title."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    template = "casestudies/case_study_index_page.html"

    class Meta:
        verbose_name = _("case study index page")
        verbose_name_plural = _("case study index pages")
