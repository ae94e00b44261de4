"""The sitemap: every live public page of the site, in both languages.

Wagtail's own sitemap lists the pages under the site's root page, which is the Latvian home
only; the English home is its translation beside it, so its tree is added here.
"""

from wagtail.contrib.sitemaps import Sitemap

from core.pages import all_pages


class PagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        pages = all_pages().none()
        for home in root.get_translations(inclusive=True):
            pages |= all_pages().descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
