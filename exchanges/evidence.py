"""Evidence files for advice updates: checked on upload, kept in a collection of their own,
and served through Wagtail's document view only to people who may read the advice."""

import re
import zipfile
from pathlib import Path

from defusedxml import ElementTree
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject
from wagtail.documents import get_document_model
from wagtail.models import Collection

EVIDENCE_COLLECTION = "Advice evidence"

# Extension -> the first bytes every such file starts with.
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
    "ods": (b"PK\x03\x04",),
}

# Office Open XML: the content type its main part must declare in [Content_Types].xml.
OOXML_MAIN_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
}
# OpenDocument: what its `mimetype` member and the manifest's root entry say.
ODF_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
IMAGE_FORMATS = {"png": {"PNG"}, "jpg": {"JPEG", "MPO"}, "jpeg": {"JPEG", "MPO"}}

# Packages: far above any real document's figures, far below what hurts the server.
MAX_MEMBERS = 5000
MAX_INFLATED_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100  # inflated / compressed, once the inflated size passes RATIO_FLOOR
RATIO_FLOOR = 8 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_PDF_OBJECTS = 500_000

# Markup a browser or viewer could run, looked for where a file has no business holding text.
MARKUP = re.compile(
    rb"<(?:script|html|body|iframe|!doctype|\?xml|svg[\s/>])|javascript:", re.IGNORECASE
)
# A PDF ends with its cross-reference offset and %%EOF; only white space may follow.
PDF_END = re.compile(rb"startxref\s+\d+\s*%%EOF[\s\x00]*\Z")
PDF_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/Rendition"}


def max_evidence_bytes():
    return getattr(settings, "EXCHANGES_EVIDENCE_MAX_BYTES", 10 * 1024 * 1024)


def max_evidence_pixels():
    return getattr(settings, "EXCHANGES_EVIDENCE_MAX_PIXELS", 50_000_000)


class Refused(Exception):
    """A structure check failed; carries the message shown to the person uploading."""

    def __init__(self, message, code):
        super().__init__(message)
        self.message, self.code = message, code


def validate_evidence(upload):
    """Refuse files that are too large, of another type, or whose content is not that type.

    The first bytes only say what a file claims to be; the structure is then checked as the
    claimed type's own reader would see it: a PDF must parse (pypdf) and end at its %%EOF, an
    image must decode (Pillow) within a pixel limit with nothing hidden after it, an Office or
    OpenDocument file must be a sound zip with its own manifest, bounded in parts and size.
    """
    if upload.size > max_evidence_bytes():
        raise ValidationError(
            _("The file is too large (%(size)s). The largest allowed is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_evidence_bytes())},
            code="too_large",
        )
    extension = Path(upload.name).suffix.lower().lstrip(".")
    if extension not in SIGNATURES:
        raise ValidationError(
            _("This file type is not accepted. Use one of: %(types)s.")
            % {"types": ", ".join(sorted(SIGNATURES))},
            code="wrong_type",
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not head.startswith(SIGNATURES[extension]):
        raise ValidationError(
            _("The file's content does not match its .%(extension)s name.")
            % {"extension": extension},
            code="wrong_content",
        )
    if extension == "pdf":
        check = _check_pdf
    elif extension in IMAGE_FORMATS:
        check = _check_image
    else:
        check = _check_package
    try:
        check(upload, extension)
    except Refused as refused:
        raise ValidationError(refused.message, code=refused.code) from None
    except Exception:  # parsers of hostile input fail in every way there is: all say "damaged"
        raise ValidationError(_damaged(extension), code="damaged") from None
    finally:
        upload.seek(0)


def _damaged(extension):
    return _(
        "The file cannot be read as a .%(extension)s file: it is damaged, or it is another "
        "kind of file renamed."
    ) % {"extension": extension}


def _appended(extension):
    return Refused(
        _("The file carries other content after its .%(extension)s data and is not accepted.")
        % {"extension": extension},
        "appended",
    )


# PDF -----------------------------------------------------------------------------------------


def _check_pdf(upload, extension):
    upload.seek(0)
    data = upload.read()
    end = data.rfind(b"%%EOF")
    if (end != -1 and data[end + 5 :].strip(b" \t\r\n\x00\x0c")) or (
        end == -1 and MARKUP.search(data[-4096:])
    ):
        raise _appended(extension)
    if not PDF_END.search(data[-2048:]):
        raise Refused(_damaged(extension), "damaged")
    reader = PdfReader(upload, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise Refused(
            _("The PDF is protected by a password. Upload it without the password."), "encrypted"
        )
    if len(reader.pages) < 1:
        raise Refused(_damaged(extension), "damaged")
    if _pdf_runs_code(reader):
        raise Refused(
            _(
                "The PDF contains JavaScript or an action that opens other files or programs. "
                "Save it again without them, for example by printing it to PDF."
            ),
            "active_content",
        )


def _pdf_runs_code(reader):
    """Whether any object of the file is a script or an action that starts something."""
    numbers = [(number, generation) for generation, ids in reader.xref.items() for number in ids]
    numbers += [(number, 0) for number in reader.xref_objStm]
    if len(numbers) > MAX_PDF_OBJECTS:
        raise Refused(_damaged("pdf"), "damaged")
    for number, _generation in numbers:
        stack = [reader.get_object(number)]
        while stack:
            item = stack.pop()
            if isinstance(item, DictionaryObject):  # streams included: their dictionaries
                if "/JS" in item or item.get("/S") in PDF_ACTIONS:
                    return True
                stack.extend(v for k, v in item.items() if k != "/Parent")
            elif isinstance(item, ArrayObject):
                stack.extend(item)
    return False


# Images --------------------------------------------------------------------------------------


def _check_image(upload, extension):
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            _check_pixels(image)
            if image.format not in IMAGE_FORMATS[extension]:
                raise Refused(_damaged(extension), "damaged")
            image.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
    except Image.DecompressionBombError:
        raise Refused(_too_many_pixels(None), "too_many_pixels") from None
    upload.seek(0)
    data = upload.read()
    end = _png_end(data) if extension == "png" else _jpeg_end(data)
    trailer = data[end:]
    # PNG has no use for anything after IEND. Phones do append to JPEGs (motion photos, the
    # second picture of an MPO, vendor trailers), so there only markup is refused.
    if (extension == "png" and trailer) or MARKUP.search(trailer):
        raise _appended(extension)


def _check_pixels(image):
    width, height = image.size
    if width * height > max_evidence_pixels():
        raise Refused(_too_many_pixels(width * height), "too_many_pixels")


def _too_many_pixels(pixels):
    limit = max_evidence_pixels() / 1_000_000
    if pixels is None:
        return _("The image has too many pixels. The largest allowed is %(limit)s megapixels.") % {
            "limit": f"{limit:g}"
        }
    return _(
        "The image has too many pixels (%(pixels)s megapixels). The largest allowed is "
        "%(limit)s megapixels."
    ) % {"pixels": f"{pixels / 1_000_000:.1f}", "limit": f"{limit:g}"}


def _png_end(data):
    """Where the IEND chunk ends: chunk by chunk from the signature."""
    position = 8
    while position + 8 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        position += 12 + length
        if kind == b"IEND":
            return position
    raise Refused(_damaged("png"), "damaged")


def _jpeg_end(data):
    """Where the first picture's End Of Image marker ends, segment by segment."""
    position = 2
    while position + 2 <= len(data):
        if data[position] != 0xFF:
            raise Refused(_damaged("jpg"), "damaged")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
        elif marker == 0xD9:
            return position + 2
        elif marker == 0x01 or 0xD0 <= marker <= 0xD7:
            position += 2
        else:
            position += 2 + int.from_bytes(data[position + 2 : position + 4], "big")
            if marker == 0xDA:  # entropy-coded data runs to the next marker that is not
                while True:  # a stuffed 0x00 or a restart marker
                    position = data.index(b"\xff", position)
                    following = data[position + 1]
                    if following != 0x00 and not 0xD0 <= following <= 0xD7:
                        break
                    position += 2
    raise Refused(_damaged("jpg"), "damaged")


# Office Open XML and OpenDocument ------------------------------------------------------------


def _check_package(upload, extension):
    upload.seek(0)
    with zipfile.ZipFile(upload) as package:
        members = package.infolist()
        names = [member.filename for member in members]
        if len(members) > MAX_MEMBERS or len(set(names)) != len(names):
            raise Refused(
                _("The file holds too many parts (at most %(limit)s are allowed).")
                % {"limit": MAX_MEMBERS},
                "too_many_parts",
            )
        inflated = sum(member.file_size for member in members)
        packed = sum(member.compress_size for member in members)
        if inflated > MAX_INFLATED_BYTES or (
            inflated > RATIO_FLOOR and inflated > MAX_RATIO * max(packed, 1)
        ):
            raise Refused(
                _(
                    "The file unpacks to %(size)s, or is packed unusually tightly; at most "
                    "%(limit)s unpacked is accepted."
                )
                % {"size": filesizeformat(inflated), "limit": filesizeformat(MAX_INFLATED_BYTES)},
                "too_large_unpacked",
            )
        if any(member.flag_bits & 0x1 for member in members):
            raise Refused(_damaged(extension), "damaged")
        for member in members:  # every part inflates to its declared size and checksum
            with package.open(member) as stream:
                while stream.read(1024 * 1024):
                    pass
        if extension in OOXML_MAIN_TYPES:
            _check_ooxml(package, set(names), extension)
        else:
            _check_odf(package, set(names), extension)


def _macros(extension):
    return Refused(
        _("The file contains macros. Save it as an ordinary .%(extension)s file without them.")
        % {"extension": extension},
        "macros",
    )


def _xml(package, name, names, extension):
    if name not in names or package.getinfo(name).file_size > MAX_MANIFEST_BYTES:
        raise Refused(_damaged(extension), "damaged")
    return ElementTree.fromstring(package.read(name))


def _check_ooxml(package, names, extension):
    types = _xml(package, "[Content_Types].xml", names, extension)
    declared = {
        element.get("PartName", "").lstrip("/"): element.get("ContentType", "")
        for element in types
        if element.tag.endswith("}Override")
    }
    all_types = set(declared.values()) | {
        element.get("ContentType", "") for element in types if element.tag.endswith("}Default")
    }
    if any("macroEnabled" in kind or "vbaProject" in kind for kind in all_types) or any(
        name.lower().endswith("vbaproject.bin") for name in names
    ):
        raise _macros(extension)
    main = [part for part, kind in declared.items() if kind == OOXML_MAIN_TYPES[extension]]
    if len(main) != 1 or main[0] not in names or "_rels/.rels" not in names:
        raise Refused(_damaged(extension), "damaged")


def _check_odf(package, names, extension):
    expected = ODF_TYPES[extension]
    if "mimetype" not in names or package.read("mimetype").strip() != expected.encode():
        raise Refused(_damaged(extension), "damaged")
    manifest = _xml(package, "META-INF/manifest.xml", names, extension)
    namespace = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
    root_types = [
        entry.get(f"{namespace}media-type")
        for entry in manifest
        if entry.get(f"{namespace}full-path") == "/"
    ]
    if root_types != [expected] or "content.xml" not in names:
        raise Refused(_damaged(extension), "damaged")
    if any(name.startswith(("Basic/", "Scripts/")) for name in names):
        raise _macros(extension)


def evidence_collection():
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    existing = root.get_children().filter(name=EVIDENCE_COLLECTION).first()
    if existing:
        return existing
    with transaction.atomic():
        return root.add_child(name=EVIDENCE_COLLECTION)


def store_evidence(upload, *, title, user):
    document = get_document_model()(
        title=title[:255],
        file=upload,
        collection=evidence_collection(),
        uploaded_by_user=user,
    )
    document.file_size = upload.size
    document.save()
    return document


def guard_evidence(document, request):
    """Wagtail's `before_serve_document` hook: evidence goes only to readers of its advice."""
    from django.http import Http404

    from .models import AdviceUpdate
    from .permissions import can_view_advice

    updates = AdviceUpdate.objects.filter(evidence=document).select_related("advice")
    found = False
    for update in updates:
        found = True
        if can_view_advice(request.user, update.advice):
            return None
    if found or document.collection.name == EVIDENCE_COLLECTION:
        raise Http404
    return None
