"""The site's sitemap: an index of sections, one of them every live page in every language.

Apps add their own sections (the board adds its vacancies, vacancies/sitemaps.py); the project's
root URLs (portal/urls.py) put the sections together, so this module names no app."""

from django.contrib.sitemaps import views as sitemap_views

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import Page


class PageSitemap(WagtailSitemap):
    """Live public pages in all locales (the Wagtail default only walks the Dutch tree)."""

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def sitemap_views_for(sections):
    """The index view and the section view over `sections`: a name and, for each, a function
    of the request that gives that section's Sitemap."""

    def sitemaps_for(request):
        return {name: make(request) for name, make in sections.items()}

    def index(request):
        return sitemap_views.index(
            request, sitemaps_for(request), sitemap_url_name="sitemap_section"
        )

    def section(request, section):
        return sitemap_views.sitemap(request, sitemaps_for(request), section=section)

    return index, section
