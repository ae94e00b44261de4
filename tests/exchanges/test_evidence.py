"""Evidence files are checked as what they claim to be, not by their first bytes.

Each hostile file goes through the advice form as a mentee would send it: it is refused with
a message in the reader's language, and nothing is stored. Valid files of every accepted type
go through and are kept.
"""

import os
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model

from exchanges.evidence import validate_evidence
from exchanges.models import AdviceUpdate

from . import evidence_files as files

VALID = {
    "akts.pdf": files.pdf,
    "foto.png": files.image,
    "foto.jpg": lambda: files.image("JPEG"),
    "foto.jpeg": lambda: files.image("JPEG"),
    "akts.docx": files.docx,
    "tabula.xlsx": files.xlsx,
    "akts.odt": files.odf,
    "tabula.ods": lambda: files.odf("spreadsheet"),
}


def post_evidence(client, world, name, content, language="lv"):
    advice = world.objects["advice_a"]
    with translation.override(language):
        url = reverse("exchanges:advice", args=[advice.pk])
    upload = SimpleUploadedFile(name, content)
    return client.post(
        url, {"status": "in_progress", "note": "Pievienoju.", "evidence_file": upload}
    )


@pytest.fixture
def mentee(client, world):
    client.force_login(world.users["mentee"])
    return client


def stored():
    return AdviceUpdate.objects.count(), get_document_model().objects.count()


@pytest.mark.parametrize("name", VALID)
def test_valid_files_of_every_type_are_kept(mentee, world, name):
    content = VALID[name]()
    before = stored()

    response = post_evidence(mentee, world, name, content)

    assert response.status_code == HTTPStatus.FOUND
    assert stored() == (before[0] + 1, before[1] + 1)
    assert AdviceUpdate.objects.latest("pk").evidence.file_size == len(content)


def test_a_phone_photo_with_a_video_after_the_picture_is_kept(mentee, world):
    """Motion photos and MPO pictures carry data after the JPEG's end: that is no markup."""
    photo = files.image("JPEG") + b"\x00\x00\x00\x18ftypmp42" + os.urandom(20_000)

    response = post_evidence(mentee, world, "PXL_20261202.MP.jpg", photo)

    assert response.status_code == HTTPStatus.FOUND


HOSTILE = {
    "pdf header, then html": (
        "akts.pdf",
        lambda: b"%PDF-1.7\n" + files.SCRIPT_HTML,
        "cits saturs",
    ),
    "valid pdf, then html": ("akts.pdf", lambda: files.pdf() + files.SCRIPT_HTML, "cits saturs"),
    "pdf running javascript": ("akts.pdf", lambda: files.pdf(javascript=True), "JavaScript"),
    "png, then svg with a script": (
        "foto.png",
        lambda: files.image() + files.SCRIPT_SVG,
        "cits saturs",
    ),
    "jpeg, then html": ("foto.jpg", lambda: files.image("JPEG") + files.SCRIPT_HTML, "cits saturs"),
    "1 MB docx inflating to 1 GiB": (
        "akts.docx",
        files.inflating_to_a_gibibyte,
        "izpakojot",
    ),
    "1 MB xlsx inflating to 1 GiB": (
        "tabula.xlsx",
        lambda: files.inflating_to_a_gibibyte("xlsx"),
        "izpakojot",
    ),
    "random bytes after a zip header as odt": (
        "akts.odt",
        lambda: b"PK\x03\x04" + os.urandom(4096),
        "bojāta",
    ),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_files_are_refused_in_latvian_and_nothing_is_stored(mentee, world, case):
    name, content, message = HOSTILE[case]
    before = stored()

    response = post_evidence(mentee, world, name, content())

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in " ".join(response.context["form"].errors["evidence_file"])
    assert stored() == before
    advice = world.objects["advice_a"]
    advice.refresh_from_db()
    assert advice.status == "open"


def test_hostile_files_are_refused_in_english_too(mentee, world):
    response = post_evidence(mentee, world, "foto.png", files.image() + files.SCRIPT_SVG, "en")

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert response.context["form"].errors["evidence_file"] == [
        "The file carries other content after its .png data and is not accepted."
    ]


def refusal(name, content):
    with pytest.raises(ValidationError) as refused:
        validate_evidence(SimpleUploadedFile(name, content))
    return refused.value.code


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("akts.pdf", lambda: files.pdf(password="slepens"), "encrypted"),
        ("akts.pdf", lambda: b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "damaged"),
        ("akts.pdf", lambda: files.pdf()[: len(files.pdf()) // 2], "damaged"),
        ("foto.png", lambda: files.image()[:-20], "damaged"),
        ("foto.png", lambda: files.png_claiming(9000, 9000), "too_many_pixels"),
        ("foto.png", lambda: files.png_claiming(100_000, 100_000), "too_many_pixels"),
        ("foto.jpg", lambda: files.image("JPEG")[:-200], "damaged"),
        (
            "foto.jpg",
            lambda: files.image("PNG").replace(b"\x89PNG", b"\xff\xd8\xff\xe0"),
            "damaged",
        ),
        ("akts.docx", files.xlsx, "damaged"),  # a workbook renamed
        ("tabula.xlsx", files.docx, "damaged"),
        ("akts.docx", lambda: files.package({"word/document.xml": "<w:document/>"}), "damaged"),
        ("akts.docx", lambda: files.docx(**{"word/vbaProject.bin": b"\x00"}), "macros"),
        (
            "akts.docx",
            lambda: files.docx(
                **files.docx_members("application/vnd.ms-word.document.macroEnabled.main+xml")
            ),
            "macros",
        ),
        ("akts.odt", lambda: files.odf("spreadsheet"), "damaged"),  # a spreadsheet renamed
        ("akts.odt", lambda: files.odf(**{"META-INF/manifest.xml": "<x/>"}), "damaged"),
        ("akts.odt", lambda: files.odf(**{"Basic/Standard/Module1.xml": "<x/>"}), "macros"),
        (
            "akts.odt",
            lambda: files.odf(**{"META-INF/manifest.xml": files.BILLION_LAUGHS}),
            "damaged",
        ),
        (
            "akts.docx",
            lambda: files.docx(**{f"word/media/{n}.xml": "<x/>" for n in range(5001)}),
            "too_many_parts",
        ),
    ],
)
def test_structure_is_checked_for_what_the_name_claims(name, content, code):
    assert refusal(name, content()) == code


def test_pixel_limit_is_a_setting(settings):
    settings.EXCHANGES_EVIDENCE_MAX_PIXELS = 100

    assert refusal("foto.png", files.image(size=(11, 10))) == "too_many_pixels"
    validate_evidence(SimpleUploadedFile("foto.png", files.image(size=(10, 10))))
