"""The board's link to an e-mail alert for the search on screen: a plain link, no cookie."""

from django.urls import reverse


def alert_link_context(request, page, query_string=""):
    url = reverse("alerts:subscribe")
    return {"alert_url": url + ("?" + query_string if query_string else "")}
