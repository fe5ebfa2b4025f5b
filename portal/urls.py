from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.health import healthz
from core.sitemaps import PageSitemap, sitemap_views_for
from portal.admin_login import RateLimitedAdminLoginView
from vacancies.sitemaps import VacancySitemap

sitemap_index, sitemap_section = sitemap_views_for(
    {"pages": PageSitemap, "vacancies": lambda request: VacancySitemap()}
)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
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
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
