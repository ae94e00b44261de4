from wagtail.api.v2.router import WagtailAPIRouter

from core.api import ProjectPagesAPIViewSet
from exchanges.api import VisitsAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ProjectPagesAPIViewSet)
api_router.register_endpoint("visits", VisitsAPIViewSet)
