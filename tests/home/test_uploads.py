"""Uploads: only accepted types and sizes, and documents never straight from the media folder."""

from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.exchanges.conftest import build_world


@pytest.fixture
def world(site_tree):
    return build_world(site_tree)


def upload(client, file):
    collection = Collection.get_first_root_node()
    return client.post(
        "/admin/documents/add/", {"title": "Dokuments", "file": file, "collection": collection.pk}
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [("programma.exe", b"MZ\x90\x00"), ("lapa.html", b"<script>alert(1)</script>")],
)
def test_admin_documents__refuse_other_file_types(client, world, name, content):
    client.force_login(world.users["coordinator"])
    before = get_document_model().objects.count()

    upload(client, SimpleUploadedFile(name, content))

    assert get_document_model().objects.count() == before


def test_admin_documents__refuse_files_over_the_size_limit(client, world, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    client.force_login(world.users["coordinator"])
    before = get_document_model().objects.count()

    upload(client, SimpleUploadedFile("liels.pdf", b"%PDF-1.4\n" + b"0" * 4096))

    assert get_document_model().objects.count() == before


def test_evidence__is_never_served_from_the_media_folder(client, world):
    evidence = world.objects["evidence"]
    client.force_login(world.users["mentee"])

    direct = client.get("/media/" + evidence.file.name)
    through_wagtail = client.get(evidence.url)

    assert direct.status_code == HTTPStatus.NOT_FOUND
    assert through_wagtail.status_code == HTTPStatus.OK
    assert through_wagtail["Content-Disposition"].startswith("attachment")
    assert through_wagtail["X-Content-Type-Options"] == "nosniff"


def test_admin_documents__accept_a_pdf_within_the_limits(client, world):
    client.force_login(world.users["coordinator"])
    before = get_document_model().objects.count()

    upload(client, SimpleUploadedFile("plans.pdf", b"%PDF-1.4\n%%EOF\n"))

    assert get_document_model().objects.count() == before + 1
