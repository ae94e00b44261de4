"""Benchmarks (bench/run.py): the development database and demo rights, without DEBUG."""

from .dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
