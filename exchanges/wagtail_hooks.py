from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .evidence import guard_evidence
from .viewsets import DirectoryViewSetGroup, ProgrammeViewSetGroup

register_snippet(DirectoryViewSetGroup)
hooks.register("before_serve_document", guard_evidence)


@hooks.register("register_admin_viewset")
def register_programme():
    return ProgrammeViewSetGroup()
