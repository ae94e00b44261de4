from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from learning.blocks import CaptionedImageBlock, QuoteBlock

CASE_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class SectionBlock(blocks.RichTextBlock):
    """A rich-text section whose heading comes from the block type, translated."""

    def __init__(self, heading, **kwargs):
        self.heading = heading
        super().__init__(features=CASE_TEXT_FEATURES, **kwargs)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["heading"] = self.heading
        return context

    class Meta:
        icon = "doc-full"
        template = "blocks/case_section_block.html"


class TransferabilityBlock(blocks.StructBlock):
    success_factors = blocks.RichTextBlock(label=_("success factors"), features=CASE_TEXT_FEATURES)
    limitations = blocks.RichTextBlock(label=_("limitations"), features=CASE_TEXT_FEATURES)
    prerequisites = blocks.RichTextBlock(label=_("prerequisites"), features=CASE_TEXT_FEATURES)

    class Meta:
        icon = "resubmit"
        label = _("Transferability")
        template = "blocks/transferability_block.html"


class CaseBodyBlock(blocks.StreamBlock):
    challenge = SectionBlock(_("Challenge"), label=_("Challenge"))
    actions = SectionBlock(_("What was done"), label=_("What was done"))
    results = SectionBlock(_("Results"), label=_("Results"))
    lessons = SectionBlock(
        _("Lessons learnt, including what did not work"), label=_("Lessons learnt")
    )
    transferability = TransferabilityBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
