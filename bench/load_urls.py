"""The portal's URLs plus a bare view and media files, for bench/load_settings.py."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import path, re_path
from django.views.decorators.cache import never_cache
from django.views.static import serve

from portal.urls import urlpatterns as portal_urlpatterns


# never_cache keeps it out of the page cache, so every request runs the whole middleware
# stack (including the page cache's look-up) and a view that does nothing.
@never_cache
def bare_view(request):
    return HttpResponse("ok")


urlpatterns = [
    path("bench/bare", bare_view),
    # In production the proxy serves MEDIA_ROOT; Django only does when DEBUG is on.
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *portal_urlpatterns,
]
