from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import TaxonomyViewSetGroup, enrollment_viewset

register_snippet(TaxonomyViewSetGroup)


@hooks.register("register_admin_viewset")
def register_trainee_progress():
    return enrollment_viewset
