from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import routing
from core.health import healthz
from core.robots import robots_txt_view
from core.sitemaps import PageSitemap, sitemap_views_for
from portal.admin_login import RateLimitedAdminLoginView
from vacancies.sitemaps import VacancySitemap

sitemap_index, sitemap_section = sitemap_views_for(
    {"pages": PageSitemap, "vacancies": lambda request: VacancySitemap()}
)

# Private: the admin (editors, desk staff, Django's own admin is not routed), the employers'
# own pages, links with a token (confirmations, cancellations) and site search. The
# employers' sign-up page and public organisation profiles stay open.
robots_txt = robots_txt_view(
    private_paths=["/admin/"],
    private_url_names=[
        ("employers:dashboard", 0),
        ("employers:organisation", 0),
        ("employers:login", 0),
        ("employers:logout", 0),
        ("employers:password_reset", 0),
        ("employers:confirm", 2),
        ("bookings:confirmation", 1),
        ("bookings:cancel", 1),
        ("alerts:confirm", 1),
        ("alerts:unsubscribe", 1),
        ("search:results", 0),
    ],
    sitemap_url_name="sitemap",
)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap_section"),
    # Before Wagtail's own route of the same name, which it replaces.
    path("admin/login/", RateLimitedAdminLoginView.as_view(), name="wagtailadmin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language in the path (/nl/, /ar/ ...). A request for "/" is
# redirected by LocaleMiddleware to the visitor's best language from Accept-Language, or Dutch.
urlpatterns += i18n_patterns(
    # Before Wagtail's pages: these paths sit below the employers' section page /werkgevers/.
    path("werkgevers/", include("employers.urls")),
    path("zoeken/", include("search.urls")),
    path("afspraak/", include("bookings.urls")),
    path("vacaturemail/", include("alerts.urls")),
    # Wagtail's pages, found in one query (core/routing.py).
    path("", include(routing)),
    prefix_default_language=True,
)
