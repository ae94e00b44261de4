"""Uploads on S3-compatible object storage, the way several app servers share them.

A local S3 server (moto) stands in for the object store; the app server runs with production
settings and `AWS_STORAGE_BUCKET_NAME`, so django-storages writes there, and documents still
stream through Wagtail's serve view as attachments.
"""

from http import HTTPStatus

import boto3
import pytest
from moto.server import ThreadedMotoServer

from tests.servers import free_port, get, gunicorn, manage, prepare, production_env

BUCKET = "energoplanosana-media"
REGION = "eu-north-1"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
CONTENT = "Enerģijas patēriņš 2025: 1 234 MWh\n"


@pytest.fixture(scope="module")
def object_store():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    try:
        yield endpoint, client
    finally:
        server.stop()


@pytest.fixture(scope="module")
def deployment(tmp_path_factory, object_store):
    endpoint, client = object_store
    env = production_env(
        tmp_path_factory.mktemp("object-storage"),
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=endpoint,
        AWS_S3_REGION_NAME=REGION,
        **CREDENTIALS,
    )
    prepare(env)
    created = manage(
        env,
        "shell",
        "--no-imports",
        "-c",
        "from django.core.files.base import ContentFile; "
        "from wagtail.documents import get_document_model; "
        "document = get_document_model().objects.create(title='Patēriņš', "
        f"file=ContentFile({CONTENT!r}.encode(), name='paterins.csv')); "
        "print(document.pk, document.file.name)",
    )
    pk, name = created.stdout.split()
    with gunicorn(env) as base:
        yield {"base": base, "client": client, "pk": pk, "name": name}


def test_upload__is_written_to_the_bucket_not_to_local_media(deployment):
    stored = deployment["client"].get_object(Bucket=BUCKET, Key=deployment["name"])

    assert stored["Body"].read().decode() == CONTENT


def test_document__streams_from_the_bucket_through_the_app_as_an_attachment(deployment):
    filename = deployment["name"].rsplit("/", 1)[-1]

    status, headers, body = get(f"{deployment['base']}/documents/{deployment['pk']}/{filename}")

    assert status == HTTPStatus.OK
    assert headers["Content-Disposition"].startswith("attachment")
    assert body == CONTENT
