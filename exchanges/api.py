"""The read-only API for visits: public visits and their public fields, nothing else."""

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter

from core.api import ProjectAPIViewSet

from .models import Visit
from .permissions import public_visits


class VisitsAPIViewSet(ProjectAPIViewSet):
    name = "visits"
    model = Visit
    filter_backends = [FieldsFilter, OrderingFilter]
    body_fields = [*ProjectAPIViewSet.body_fields, "title", "kind", "status", "starts_at"]
    body_fields += ["ends_at", "place", "host_name", "summary"]
    listing_default_fields = [*ProjectAPIViewSet.listing_default_fields, "title", "kind"]
    listing_default_fields += ["status", "starts_at", "ends_at", "place", "host_name"]

    def get_queryset(self):
        return public_visits().select_related("host").order_by("starts_at", "pk")
