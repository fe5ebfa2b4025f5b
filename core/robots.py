"""GET /robots.txt: crawlers may read the public site, not the admin or anyone's own pages, and
find the sitemap.

The project's root URLs (portal/urls.py) name what is private, so this module names no app:
paths outside the language prefix as they are, and URL names that are reversed in every
language (/nl/werkgevers/mijn-vacatures/, /ar/werkgevers/mijn-vacatures/ ...). A URL with a
token in it (a booking's confirmation link) is disallowed up to the token, so every such link
is covered; a name that does not resolve (an app not installed) is left out.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.languages import language_codes

ROBOTS_SECONDS = 24 * 60 * 60
# Stands in for a token or key when a private URL is reversed; cut off again afterwards.
PLACEHOLDER = "robots-placeholder"


def private_path(name, arguments=0):
    """The path of URL `name` in the active language, up to its first argument."""
    path = reverse(name, args=[PLACEHOLDER] * arguments)
    return path.split(PLACEHOLDER, 1)[0]


def disallowed_paths(private_paths, private_url_names):
    """Every path to disallow, each once, in a stable order."""
    paths = list(private_paths)
    for code in language_codes():
        with translation.override(code):
            for name, arguments in private_url_names:
                try:
                    paths.append(private_path(name, arguments))
                except NoReverseMatch:
                    continue
    return list(dict.fromkeys(paths))


def robots_txt_view(private_paths, private_url_names, sitemap_url_name):
    """The view of /robots.txt. `private_url_names`: (URL name, number of arguments) pairs."""

    @require_safe
    @cache_control(public=True, max_age=ROBOTS_SECONDS)
    def robots_txt(request):
        body = render_to_string(
            "robots.txt",
            {
                "disallowed": disallowed_paths(private_paths, private_url_names),
                "sitemap_url": request.build_absolute_uri(reverse(sitemap_url_name)),
            },
        )
        return HttpResponse(body, content_type="text/plain; charset=utf-8")

    return robots_txt
