from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class MethodBlock(blocks.StructBlock):
    """One way of learning together (mentoring, peer collaboration, shadowing)."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "group"
        label = _("Method")
        template = "blocks/method_block.html"
