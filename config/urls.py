from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path, register_converter
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.api import not_found as api_not_found
from core.converters import IdConverter
from home import views as home_views
from home.sitemaps import PagesSitemap

from .api import api_router

# Before the apps' URL modules are included: they name ids as <id:...>.
register_converter(IdConverter, "id")

# The site's own error pages (core/errors.py); a database outage answers 503 from handler500.
handler400 = "home.views.bad_request"
handler403 = "home.views.permission_denied"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PagesSitemap}}, name="sitemap"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    # The rest of /api/ answers the API's JSON 404, not a page of the site.
    re_path(r"^api/", api_not_found, name="api-not-found"),
]

if settings.DEBUG:  # pragma: no cover - development convenience only
    from django.urls import re_path
    from django.views.static import serve

    # Images only: documents (evidence among them) go through Wagtail's serve view, which
    # checks who may read them, even in development.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:images|original_images)/.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path("", include("home.urls")),
    path("", include("learning.urls")),
    path("", include("exchanges.urls")),
    # Wagtail's page serving catches everything else, so it comes last.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
