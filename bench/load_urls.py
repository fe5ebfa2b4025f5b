"""The portal's URLs plus a bare view, for bench/load_settings.py.

Media files never reach these URLs: bench/load_wsgi.py answers /media/ in front of Django, as the
TLS proxy does in production.
"""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache

from portal.urls import urlpatterns as portal_urlpatterns


# never_cache keeps it out of the page cache, so every request runs the whole middleware
# stack (including the page cache's look-up) and a view that does nothing.
@never_cache
def bare_view(request):
    return HttpResponse("ok")


urlpatterns = [
    path("bench/bare", bare_view),
    *portal_urlpatterns,
]
