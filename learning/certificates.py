"""The certificate PDF: drawn with ReportLab in a font that has every Latvian letter, then
given the structure a screen reader needs (PDF/UA-minded) with pypdf.

ReportLab draws but does not tag. Each piece of text and the QR code is therefore drawn inside a
marked-content sequence with its own MCID, the frame is marked as an artifact, and after drawing
the structure tree (Document → H1, P, Link, Figure) is written over those MCIDs, together with
the document language, MarkInfo, DisplayDocTitle and the link annotations' place in the tree.
"""

from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from django.utils import formats
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from pypdf.xmp import XmpInformation
from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = Path(__file__).resolve().parent / "fonts"
BRAND = HexColor("#14532d")
TEXT = HexColor("#1f2933")
QR_SIZE = 96


def _register_fonts():
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", FONTS / "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", FONTS / "DejaVuSans-Bold.ttf"))


@dataclass
class Tagged:
    """A canvas whose drawing is recorded as structure: (type, MCID, extra) per element."""

    pdf: canvas.Canvas
    elements: list = field(default_factory=list)
    links: list = field(default_factory=list)  # (element index, link text) per annotation

    def _marked(self, tag, draw, **extra):
        mcid = len(self.elements)
        self.pdf.addLiteral(f"/{tag} <</MCID {mcid}>> BDC")
        draw()
        self.pdf.addLiteral("EMC")
        self.elements.append((tag, mcid, extra))
        return mcid

    def artifact(self, draw):
        self.pdf.addLiteral("/Artifact BMC")
        draw()
        self.pdf.addLiteral("EMC")

    def text(self, tag, y, string, font, size, color=TEXT, link=None):
        def draw():
            self.pdf.setFillColor(color)
            self.pdf.setFont(font, size)
            self.pdf.drawCentredString(self.pdf._pagesize[0] / 2, y, string)

        mcid = self._marked("Link" if link else tag, draw)
        if link:
            width = pdfmetrics.stringWidth(string, font, size)
            x = (self.pdf._pagesize[0] - width) / 2
            self._link(mcid, link, (x, y - 3, x + width, y + size), string)

    def figure(self, x, y, size, draw, alt, link=None):
        mcid = self._marked("Figure", draw, alt=alt)
        if link:
            self._link(mcid, link, (x, y, x + size, y + size), alt)

    def _link(self, mcid, url, rect, description):
        self.pdf.linkURL(url, rect, thickness=0)
        self.links.append((mcid, description))


def _draw_qr(pdf, url, x, y, size=QR_SIZE, quiet_zone=4):
    """The QR code as filled squares on the canvas (ReportLab's own encoder); drawn directly
    rather than through a graphics Drawing, which would add an unembedded Helvetica."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    count = code.getModuleCount()
    box = size / (count + 2 * quiet_zone)
    path = pdf.beginPath()
    for row, modules in enumerate(code.modules):
        for column, dark in enumerate(modules):
            if dark:
                path.rect(
                    x + (quiet_zone + column) * box,
                    y + size - (quiet_zone + row + 1) * box,
                    box,
                    box,
                )
    pdf.setFillColor(HexColor("#000000"))
    pdf.drawPath(path, stroke=0, fill=1)


def render_certificate_pdf(certificate, module_title, verify_url):
    _register_fonts()
    buffer = BytesIO()
    width, height = landscape(A4)
    # The initial font is one that is embedded: ReportLab's default Helvetica would be named
    # in the page's resources without being embedded.
    pdf = canvas.Canvas(
        buffer, pagesize=(width, height), pageCompression=1, initialFontName="DejaVuSans"
    )
    title = f"{_('Certificate')} {certificate.code}"
    author = _("Municipal Energy Planning")
    pdf.setTitle(title)
    pdf.setAuthor(author)
    pdf.setSubject(module_title)
    pdf.setCreator(author)
    tagged = Tagged(pdf)

    def frame():
        pdf.setStrokeColor(BRAND)
        pdf.setLineWidth(6)
        pdf.rect(28, 28, width - 56, height - 56)

    tagged.artifact(frame)
    bold, regular = "DejaVuSans-Bold", "DejaVuSans"
    tagged.text("P", height - 90, _("Municipal Energy Planning"), bold, 16, BRAND)
    tagged.text("H1", height - 160, _("Certificate"), bold, 34, BRAND)
    tagged.text("P", height - 215, _("This certifies that"), regular, 15)
    tagged.text("P", height - 260, certificate.holder_name, bold, 28)
    tagged.text("P", height - 300, _("has completed the training module"), regular, 15)
    tagged.text("P", height - 335, module_title, bold, 20)

    issued = formats.date_format(certificate.issued_at, "DATE_FORMAT")
    tagged.text("P", 150, f"{_('Date')}: {issued}", regular, 12)
    tagged.text("P", 130, f"{_('Certificate code')}: {certificate.code}", regular, 12)
    tagged.text("P", 108, f"{_('Verify at')}: {verify_url}", regular, 10, link=verify_url)
    alt = _("QR code of the verification address %(url)s") % {"url": verify_url}
    qr_x, qr_y = width - 56 - QR_SIZE - 16, 44
    tagged.figure(
        qr_x, qr_y, QR_SIZE, lambda: _draw_qr(pdf, verify_url, qr_x, qr_y), alt, link=verify_url
    )
    pdf.showPage()
    pdf.save()
    language = (get_language() or "lv").split("-")[0]
    return _add_structure(buffer.getvalue(), tagged, language, title, author, module_title)


def _add_structure(drawn, tagged, language, title, author, subject):
    """Write the structure tree over the MCIDs the drawing recorded.

    pypdf has no public call for adding an indirect object other than through `_add_object`,
    which its own writer methods use; it is pinned in requirements.txt.
    """
    writer = PdfWriter(clone_from=PdfReader(BytesIO(drawn)))
    add = writer._add_object
    page = writer.pages[0]
    page_ref = page.indirect_reference

    def element(tag, parent, kids=()):
        obj = add(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/StructElem"),
                    NameObject("/S"): NameObject(f"/{tag}"),
                    NameObject("/P"): parent,
                    NameObject("/Pg"): page_ref,
                    NameObject("/K"): ArrayObject(kids),
                }
            )
        )
        if parent is not tree_root:
            parent.get_object()["/K"].append(obj)
        return obj

    tree_root = add(DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")}))
    document = element("Document", tree_root)
    annotations = [a for a in page.get("/Annots", []) if a.get_object()["/Subtype"] == "/Link"]
    links = {mcid: (n, text) for n, (mcid, text) in enumerate(tagged.links)}
    owners, link_keys = [], []
    for tag, mcid, extra in tagged.elements:
        parent = document
        if mcid in links:
            n, text = links[mcid]
            annotation = annotations[n].get_object()
            annotation[NameObject("/StructParent")] = NumberObject(n + 1)
            annotation[NameObject("/Contents")] = TextStringObject(text)
            if tag == "Link":  # a paragraph that is a link: P → Link → text
                parent = element("P", document)
            link = element("Link", parent)
            objr = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/OBJR"),
                    NameObject("/Obj"): annotations[n],
                    NameObject("/Pg"): page_ref,
                }
            )
            link_keys.append((n + 1, link))
            if tag == "Link":
                link.get_object()["/K"].extend([NumberObject(mcid), objr])
                owners.append(link)
                continue
            link.get_object()["/K"].append(objr)
            parent = link
        owner = element(tag, parent, [NumberObject(mcid)])
        if extra.get("alt"):
            owner.get_object()[NameObject("/Alt")] = TextStringObject(extra["alt"])
        owners.append(owner)

    nums = ArrayObject([NumberObject(0), ArrayObject(owners)])
    for key, link in link_keys:
        nums.extend([NumberObject(key), link])
    tree = tree_root.get_object()
    tree[NameObject("/K")] = ArrayObject([document])
    tree[NameObject("/ParentTree")] = add(DictionaryObject({NameObject("/Nums"): nums}))
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(len(link_keys) + 1)
    page[NameObject("/StructParents")] = NumberObject(0)
    page[NameObject("/Tabs")] = NameObject("/S")

    catalog = writer.root_object
    catalog[NameObject("/StructTreeRoot")] = tree_root
    catalog[NameObject("/MarkInfo")] = DictionaryObject(
        {NameObject("/Marked"): BooleanObject(True)}
    )
    catalog[NameObject("/Lang")] = TextStringObject(language)
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    writer.add_metadata({"/Title": title})
    xmp = XmpInformation.create()
    xmp.dc_title = {"x-default": title, language: title}
    xmp.dc_creator = [author]
    xmp.dc_description = {"x-default": subject, language: subject}
    xmp.dc_language = [language]
    writer.xmp_metadata = xmp
    writer.pdf_header = b"%PDF-1.7"
    output = BytesIO()
    writer.write(output)
    return output.getvalue()
