from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

LESSON_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    points = blocks.ListBlock(blocks.CharBlock(label=_("point")), label=_("points"))

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "blocks/key_points_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("example", _("Example")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="example",
    )
    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    text = blocks.RichTextBlock(label=_("text"), features=LESSON_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Example or callout")
        template = "blocks/callout_block.html"


class ActionPlanRowBlock(blocks.StructBlock):
    action = blocks.CharBlock(label=_("action"))
    responsible = blocks.CharBlock(label=_("responsible"))
    timeframe = blocks.CharBlock(label=_("timeframe"))
    financing = blocks.CharBlock(label=_("financing"))
    indicators = blocks.CharBlock(label=_("indicators"))


class ActionPlanBlock(blocks.StructBlock):
    """An action-plan sheet as a SECAP lays it out: who does what, when, paid how, measured how."""

    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    rows = blocks.ListBlock(ActionPlanRowBlock(), label=_("actions"))

    class Meta:
        icon = "table"
        label = _("Action plan sheet")
        template = "blocks/action_plan_block.html"


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("caption"), max_length=200)
    table = TableBlock(label=_("table"), table_options={"startRows": 3, "startCols": 2})

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)
    credit = blocks.CharBlock(label=_("credit"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    source = blocks.CharBlock(label=_("source"), max_length=250)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=160)
    items = blocks.ListBlock(blocks.CharBlock(label=_("item")), label=_("items"))

    class Meta:
        icon = "tick"
        label = _("Checklist")
        template = "blocks/checklist_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "blocks/document_block.html"


class RelatedPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("case study"), page_type="casestudies.CaseStudyPage")
    note = blocks.CharBlock(label=_("why it is relevant"), required=False)

    class Meta:
        icon = "link"
        label = _("Related case study")
        template = "blocks/related_page_block.html"


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("option"))
    correct = blocks.BooleanBlock(label=_("correct"), required=False)

    def get_api_representation(self, value, context=None):
        """The option without `correct`: the API is public, and the key is for grading only."""
        representation = super().get_api_representation(value, context)
        representation.pop("correct", None)
        return representation


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"))
    multiple = blocks.BooleanBlock(
        label=_("several answers may be right"),
        required=False,
        help_text=_("Shows check boxes instead of radio buttons."),
    )
    options = blocks.ListBlock(OptionBlock(), label=_("options"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("explanation"), help_text=_("Shown after answering: why the answer is right.")
    )

    def get_api_representation(self, value, context=None):
        """The question without its explanation, which gives the answer away (see above)."""
        representation = super().get_api_representation(value, context)
        representation.pop("explanation", None)
        return representation

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if correct == 0:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one option correct."))}
            )
        if correct > 1 and not value["multiple"]:
            raise StructBlockValidationError(
                block_errors={
                    "multiple": ValidationError(
                        _("Several options are correct: allow several answers.")
                    )
                }
            )
        return value


class QuizBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    questions = blocks.ListBlock(QuestionBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "pick"
        label = _("Quiz")
        template = "blocks/quiz_block.html"


class LessonBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"), features=LESSON_TEXT_FEATURES, template="blocks/text_block.html"
    )
    key_points = KeyPointsBlock()
    callout = CalloutBlock()
    action_plan = ActionPlanBlock()
    table = CaptionedTableBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    checklist = ChecklistBlock()
    document = DocumentBlock()
    related_case_study = RelatedPageBlock()
    quiz = QuizBlock()

    class Meta:
        block_counts = {"quiz": {"max_num": 1}}
