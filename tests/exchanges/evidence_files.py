"""Evidence files built in memory: small valid ones of every accepted type, and hostile ones."""

import functools
import io
import struct
import zipfile
import zlib

from openpyxl import Workbook
from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

SCRIPT_HTML = b"<html><body><script>alert(document.cookie)</script></body></html>\n"
SCRIPT_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(document.domain)</script></svg>\n"
)
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def pdf(*, javascript=False, password=None):
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Title": "Pieņemšanas akts"})
    if javascript:
        action = DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert(1);"),
            }
        )
        writer.root_object[NameObject("/OpenAction")] = action
    if password:
        writer.encrypt(password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image(kind="PNG", size=(16, 12)):
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, kind)
    return out.getvalue()


def png_claiming(width, height):
    """A PNG header claiming a huge picture, with one tiny compressed row behind it."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def package(members, *, mimetype=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype is not None:
            archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def docx_members(main_type=WORD_MAIN):
    return {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>"
        ),
        "word/document.xml": (
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>Pieņemšanas akts</w:t></w:r></w:p></w:body></w:document>"
        ),
    }


def docx(**changes):
    return package({**docx_members(), **changes})


def xlsx():
    workbook = Workbook()
    workbook.active.append(["Pasākums", "MWh"])
    workbook.active.append(["LED apgaismojums", 350])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def odf_members(media_type):
    return {
        "META-INF/manifest.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            ' manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{media_type}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>"
        ),
        "content.xml": (
            "<office:document-content"
            ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3">'
            "<office:body><office:text/></office:body>"
            "</office:document-content>"
        ),
    }


def odf(kind="text", **changes):
    media_type = f"application/vnd.oasis.opendocument.{kind}"
    return package({**odf_members(media_type), **changes}, mimetype=media_type)


@functools.cache
def inflating_to_a_gibibyte(base="docx"):
    """A sound Office package of about 1 MB with one part that inflates to 1 GiB."""
    out = io.BytesIO()
    members = docx_members() if base == "docx" else zipfile.ZipFile(io.BytesIO(xlsx())).namelist()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if base == "docx":
            for name, content in members.items():
                archive.writestr(name, content)
        else:
            source = zipfile.ZipFile(io.BytesIO(xlsx()))
            for name in members:
                archive.writestr(name, source.read(name))
        block = bytes(1024 * 1024)
        with archive.open("customXml/item1.xml", "w", force_zip64=True) as part:
            for _ in range(1024):
                part.write(block)
    return out.getvalue()


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    "<lolz>&lol3;</lolz>"
)
