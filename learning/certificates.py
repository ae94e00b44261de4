"""The certificate PDF, drawn with ReportLab in a font that has every Latvian letter."""

from io import BytesIO
from pathlib import Path

from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = Path(__file__).resolve().parent / "fonts"
BRAND = HexColor("#14532d")


def _register_fonts():
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONTS / "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONTS / "DejaVuSans-Bold.ttf"))


def render_certificate_pdf(certificate, module_title, verify_url):
    _register_fonts()
    buffer = BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height), pageCompression=1)
    title = _("Certificate")
    pdf.setTitle(f"{title} {certificate.code}")
    pdf.setAuthor(_("Municipal Energy Planning"))
    pdf.setSubject(module_title)

    pdf.setStrokeColor(BRAND)
    pdf.setLineWidth(6)
    pdf.rect(28, 28, width - 56, height - 56)

    pdf.setFillColor(BRAND)
    pdf.setFont("DejaVuSans-Bold", 16)
    pdf.drawCentredString(width / 2, height - 90, _("Municipal Energy Planning"))
    pdf.setFont("DejaVuSans-Bold", 34)
    pdf.drawCentredString(width / 2, height - 160, _("Certificate"))

    pdf.setFillColor(HexColor("#1f2933"))
    pdf.setFont("DejaVuSans", 15)
    pdf.drawCentredString(width / 2, height - 215, _("This certifies that"))
    pdf.setFont("DejaVuSans-Bold", 28)
    pdf.drawCentredString(width / 2, height - 260, certificate.holder_name)
    pdf.setFont("DejaVuSans", 15)
    pdf.drawCentredString(width / 2, height - 300, _("has completed the training module"))
    pdf.setFont("DejaVuSans-Bold", 20)
    pdf.drawCentredString(width / 2, height - 335, module_title)

    issued = formats.date_format(certificate.issued_at, "DATE_FORMAT")
    date_label, code_label, verify_label = _("Date"), _("Certificate code"), _("Verify at")
    pdf.setFont("DejaVuSans", 12)
    pdf.drawCentredString(width / 2, 120, f"{date_label}: {issued}")
    pdf.drawCentredString(width / 2, 100, f"{code_label}: {certificate.code}")
    pdf.setFont("DejaVuSans", 10)
    pdf.drawCentredString(width / 2, 78, f"{verify_label}: {verify_url}")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
