"""Ordering by Latvian alphabet, shared by every app's lists (outside the app chain)."""

from django.db import connection
from django.db.models import F
from django.db.models.functions import Collate


def latvian_order(field):
    """Latvian alphabetical order (ā after a, č after c …) where the database can do it.

    PostgreSQL has the ICU collation; SQLite falls back to code-point order.
    """
    if connection.vendor == "postgresql":
        return Collate(field, "lv-x-icu")
    return F(field)
