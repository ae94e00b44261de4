"""Indexes the pages rely on at European scale, asked of each database's planner."""

import pytest
from wagtail.models import Page

from tests.plans import query_plan


@pytest.mark.django_db
def test_page_children__are_read_from_the_depth_and_path_index(site_tree):
    """home/migrations/0007: the home page's children without reading the pages below them."""
    children = Page.objects.child_of(site_tree.homes["lv"]).live().order_by("path")

    steps = query_plan(children, postgresql_off=["enable_seqscan"])

    assert any("home_page_depth_path" in step for step in steps), steps


@pytest.mark.django_db
def test_routing__finds_each_level_by_slug_and_depth(site_tree):
    """home/migrations/0007: not every page at that depth (20,000 case studies at depth 4)."""
    level = Page.objects.filter(depth=4, slug="introduction").order_by()  # as routing asks

    steps = query_plan(level, postgresql_off=["enable_seqscan"])

    assert any("home_page_slug_depth" in step for step in steps), steps
