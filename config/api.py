from wagtail.api.v2.router import WagtailAPIRouter

from exchanges.api import VisitsAPIViewSet

from .api_views import ProjectPagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ProjectPagesAPIViewSet)
api_router.register_endpoint("visits", VisitsAPIViewSet)
