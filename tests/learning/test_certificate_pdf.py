"""The certificate PDF is accessible: tagged, in the page's language, titled, with a working
verification link and a QR code of it that has a text alternative."""

import io
import re
import subprocess
from http import HTTPStatus

import pytest
from pypdf import PdfReader

from learning.models import Certificate


@pytest.fixture
def certificate(course, trainee):
    return Certificate.objects.create(
        user=trainee, module=course.module["lv"], holder_name="Līga Ozola"
    )


def download(client, trainee, certificate, language):
    client.force_login(trainee)
    response = client.get(
        f"/{language}/learning/certificates/{certificate.code}/pdf/", HTTP_HOST="sertifikati.lv"
    )
    assert response.status_code == HTTPStatus.OK
    return PdfReader(io.BytesIO(response.content))


def structure(node, found=None):
    """Every structure element below `node`, as (type, element)."""
    found = [] if found is None else found
    kids = node.get("/K")
    if kids is None:
        return found
    kids = kids.get_object()
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object()
        if (
            isinstance(kid, dict)
            and kid.get("/Type", "/StructElem") == "/StructElem"
            and "/S" in kid
        ):
            found.append((kid["/S"], kid))
            structure(kid, found)
    return found


@pytest.mark.parametrize(
    ("language", "title", "module"),
    [("lv", "Sertifikāts", "SECAP izstrāde"), ("en", "Certificate", "Developing a SECAP")],
)
def test_certificate_pdf__is_tagged_titled_and_in_the_page_language(
    client, trainee, certificate, language, title, module
):
    pdf = download(client, trainee, certificate, language)
    root = pdf.trailer["/Root"]

    assert root["/Lang"] == language
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert pdf.metadata.title.startswith(title)
    assert certificate.code in pdf.metadata.title
    assert pdf.metadata.author
    assert pdf.metadata.subject == module
    assert pdf.xmp_metadata.dc_title["x-default"] == pdf.metadata.title
    elements = structure(root["/StructTreeRoot"])
    kinds = [kind for kind, _ in elements]
    assert kinds[0] == "/Document"
    assert "/H1" in kinds
    assert kinds.count("/P") >= 4
    # The fonts are embedded (what pdffonts reports as "emb yes").
    fonts = pdf.pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        font = font.get_object()
        descendant = font.get("/DescendantFonts")
        descriptor = (descendant[0].get_object() if descendant else font)["/FontDescriptor"]
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_certificate_pdf__links_the_verification_address_and_shows_it_as_a_qr_code(
    client, trainee, certificate
):
    pdf = download(client, trainee, certificate, "lv")
    verify_url = f"http://sertifikati.lv/lv/learning/certificates/{certificate.code}/"

    links = [
        annotation.get_object()
        for annotation in pdf.pages[0].get("/Annots", [])
        if annotation.get_object()["/Subtype"] == "/Link"
    ]
    assert [link["/A"]["/URI"] for link in links] == [verify_url, verify_url]
    assert all("/StructParent" in link and link.get("/Contents") for link in links)
    elements = dict(structure(pdf.trailer["/Root"]["/StructTreeRoot"]))
    assert "/Link" in elements
    figure = elements["/Figure"]
    assert verify_url in figure["/Alt"]
    assert verify_url in pdf.pages[0].extract_text()


def test_certificate_pdf__poppler_reads_it_tagged_with_every_font_embedded(
    client, trainee, certificate, tmp_path
):
    """What pdfinfo and pdffonts (installed by `make test`) report, as a reader would see it."""
    client.force_login(trainee)
    path = tmp_path / "certificate.pdf"
    path.write_bytes(client.get(f"/lv/learning/certificates/{certificate.code}/pdf/").content)

    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True).stdout

    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert re.search(rf"^Title:\s+Sertifikāts {certificate.code}$", info, re.M)
    font_rows = fonts.splitlines()[2:]
    assert font_rows
    for row in font_rows:  # name, type, encoding, then "emb" yes/no
        assert row.split()[-5] == "yes", row
