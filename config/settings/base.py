"""Settings shared by every environment.

This module is safe to run in production on its own: DEBUG is off and everything secret or
host-specific comes from the environment. `dev.py` and `test.py` loosen it for local work.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

INSTALLED_APPS = [
    "home",
    "core",
    "learning",
    "casestudies",
    "exchanges",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "home.apps.UsersConfig",  # wagtail.users with the project's user screens
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, locale and Wagtail: anonymous readers are answered from the cache.
    "core.pagecache.AnonymousPageCacheMiddleware",
    # The Site from the cache, before anything asks Wagtail for it.
    "home.shell.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Every answer to a signed-in request: Cache-Control private, no-store.
    "core.sessions.PrivateResponseMiddleware",
    # Django's, but a view's own 404 (the API's JSON) is not sent to a language prefix.
    "core.locales.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.sessions.PrivilegedSessionMiddleware",
    # A NUL character in the address or query answers 400 (no database takes one).
    "core.errors.NulCharacterMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Empty 4xx answers (Django's 405 among them) become the site's own error page.
    "core.errors.ErrorPageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # After the others, so that a locked-out login never reaches the view.
    "axes.middleware.AxesMiddleware",
]
# A database outage answers 503 wherever it is met, middleware included: see handler500 in
# config/urls.py and core/outage.py.

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.site_shell",
            ],
        },
    },
]

# SQLite is the embedded default; set DATABASE_URL for PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses locked-out credentials before any other backend sees them.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Coordinators and editors: 12 hours from login at most, 30 minutes idle (core.sessions).
PRIVILEGED_SESSION_MAX_AGE = 12 * 60 * 60
PRIVILEGED_SESSION_IDLE = 30 * 60

LOGIN_URL = "home:login"
# Login-restricted Wagtail pages send visitors to the same login page as everything else.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Login throttling: five failures for one username from one address lock that pair out for
# 15 minutes, so a shared municipal office IP is not locked out by one person's typos.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Internationalisation: Latvian first, English second, both under a URL prefix.
LANGUAGE_CODE = "lv"
LANGUAGES = [("lv", "Latviešu"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# One date style per language, the short forms included (core/formats/).
FORMAT_MODULE_PATH = ["core.formats"]
TIME_ZONE = "Europe/Riga"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    }
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }

# Whole pages for anonymous readers (core/pagecache.py); 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

# Uploaded media on S3-compatible object storage when a bucket is named (several app servers
# then share one media store). Files stay private: documents stream through Wagtail's serve
# view, which checks who may read them; images are served by signed, expiring URLs.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
WAGTAILDOCS_SERVE_METHOD = "serve_view"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "info@energoplanosana.lv")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security: secure by default, relaxed only in dev.py.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# The preload directive only makes submission to browser preload lists possible.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
if env_bool("BEHIND_TLS_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content Security Policy for the public site. Every asset ships with the project, so 'self'
# is enough; the Wagtail admin uses inline scripts and is left to its own protections.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Energoplānošana pašvaldībās"
# The address the site is served on, for absolute links (core/absolute.py). Empty: each
# request's own host and port; mail sent without a request uses WAGTAILADMIN_BASE_URL.
BASE_URL = os.environ.get("BASE_URL", "")
WAGTAILADMIN_BASE_URL = BASE_URL or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A text search configuration created by home/migrations: `simple` plus `unaccent`, so
    # "Liepaja" finds "Liepāja" and Latvian words are not mangled by an English stemmer.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "lv_unaccent"
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "jpeg",
    "jpg",
    "ods",
    "odt",
    "pdf",
    "png",
    "pptx",
    "txt",
    "xlsx",
]
# Every document downloads as an attachment: evidence files come from users, not editors.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
EXCHANGES_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILAPI_BASE_URL = BASE_URL or None  # unset: the project API asks core/absolute.py
WAGTAILAPI_LIMIT_MAX = 50
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Wagtail would load avatars from gravatar.com, sending a hash of each person's e-mail to a third
# party (and showing broken images offline); without a provider it shows its built-in avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"axes": {"level": "WARNING"}},
}

SITE_CONTACT_EMAIL = os.environ.get("SITE_CONTACT_EMAIL", "info@energoplanosana.lv")
# load_demo creates users with a published password: only dev.py switches it on.
DEMO_CONTENT_ALLOWED = False
