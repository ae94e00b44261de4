import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
GOOD_ENV = {
    "SECRET_KEY": "k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP",
    "ALLOWED_HOSTS": "energoplanosana.example",
    "DATABASE_URL": "postgres://user:password@127.0.0.1:5432/energoplanosana",
}


def manage(*args, **env):
    # DJANGO_ALLOW_ASYNC_UNSAFE is set for the browser tests and must not reach a deploy check.
    unset = {*GOOD_ENV, "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {key: value for key, value in os.environ.items() if key not in unset}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("missing", sorted(GOOD_ENV))
def test_production_settings__refuse_to_start_without(missing):
    env = {key: value for key, value in GOOD_ENV.items() if key != missing}

    result = manage("check", **env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_settings__refuse_a_short_secret_key():
    result = manage("check", **{**GOOD_ENV, "SECRET_KEY": "too-short"})

    assert result.returncode != 0
    assert "at least 50 characters" in result.stderr


def test_production_settings__pass_the_deployment_checklist():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **GOOD_ENV)

    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings__refuse_demo_content():
    result = manage("load_demo", **GOOD_ENV)

    assert result.returncode != 0
    assert "local use only" in result.stderr


def test_base_settings__are_production_safe():
    from config.settings import base

    assert base.DEBUG is False
    assert base.SESSION_COOKIE_SECURE and base.CSRF_COOKIE_SECURE
    assert base.DEMO_CONTENT_ALLOWED is False


def show(*names, **env):
    code = "from django.conf import settings as s; " + "; ".join(f"print({n})" for n in names)
    return manage("shell", "--no-imports", "-c", code, **env)


def test_production_settings__share_a_redis_cache_and_s3_media_when_configured():
    result = show(
        "s.CACHES['default']['BACKEND']",
        "s.CACHES['default']['LOCATION']",
        "s.STORAGES['default']['BACKEND']",
        "s.STORAGES['default']['OPTIONS']['bucket_name']",
        "s.STORAGES['default']['OPTIONS']['default_acl']",
        "s.WAGTAILDOCS_SERVE_METHOD",
        **GOOD_ENV,
        REDIS_URL="redis://cache.internal:6379/1",
        AWS_STORAGE_BUCKET_NAME="energoplanosana-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.lv",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "redis://cache.internal:6379/1",
        "storages.backends.s3.S3Storage",
        "energoplanosana-media",
        "private",
        "serve_view",
    ]


def test_production_settings__default_to_a_file_cache_the_workers_share_and_disk_media():
    result = show(
        "s.CACHES['default']['BACKEND']",
        "s.CACHES['default']['LOCATION']",
        "s.STORAGES['default']['BACKEND']",
        "s.PAGE_CACHE_SECONDS",
        **GOOD_ENV,
        CACHE_DIR="/var/cache/energoplanosana",
    )

    assert result.stdout.split() == [
        "django.core.cache.backends.filebased.FileBasedCache",
        "/var/cache/energoplanosana",
        "django.core.files.storage.FileSystemStorage",
        "300",
    ]


def test_home_app__its_own_config_runs_and_connects_the_login_receiver():
    """home/apps.py holds two configs; Django must still pick HomeConfig for "home"."""
    from django.apps import apps
    from django.contrib.auth.signals import user_logged_in

    from core.sessions import mark_login
    from home.apps import HomeConfig

    assert type(apps.get_app_config("home")) is HomeConfig
    assert any(receiver() is mark_login for _key, receiver, *_ in user_logged_in.receivers)
