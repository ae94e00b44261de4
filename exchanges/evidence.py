"""Evidence files for advice updates: checked on upload, kept in a collection of their own,
and served through Wagtail's document view only to people who may read the advice."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
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


def max_evidence_bytes():
    return getattr(settings, "EXCHANGES_EVIDENCE_MAX_BYTES", 10 * 1024 * 1024)


def validate_evidence(upload):
    """Refuse files that are too large, of another type, or whose content is not that type."""
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
