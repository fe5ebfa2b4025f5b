"""schema.org JSON-LD: the one way the portal writes it into a page, and the BreadcrumbList.

Each type is built in one place: BreadcrumbList here, Event and GovernmentOffice in
home/structured_data.py, JobPosting in vacancies/jobposting.py. They all reach the page through
`as_json` (in `json_ld_script`, or the vacancy page's `jsonld` filter), which escapes the JSON
so that no text in it, such as a title "</script><script>...", can end the script element.

A <script type="application/ld+json"> is a data block: browsers never execute it, so the
Content-Security-Policy's script-src (no 'unsafe-inline') does not apply to it.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

SCHEMA_ORG = "https://schema.org"

# The characters that could close the script element ("</script>"), open a comment ("<!--") or
# be read as markup or an entity by a careless consumer, as JSON escapes that mean the same.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def as_json(data):
    """The data as JSON safe to place between <script type="application/ld+json"> tags."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    # Every character that could end the script element or start markup is escaped above.
    return mark_safe(text)  # noqa: S308


def json_ld_script(data):
    """A complete <script type="application/ld+json"> element, or "" without data."""
    if not data:
        return ""
    return format_html('<script type="application/ld+json">{}</script>', as_json(data))


def breadcrumb_list(trail):
    """A BreadcrumbList from (name, absolute URL) pairs, top first; None for an empty trail.

    A step without a URL (a page that cannot be routed) keeps its place without an "item"."""
    if not trail:
        return None
    items = []
    for position, (name, url) in enumerate(trail, start=1):
        item = {"@type": "ListItem", "position": position, "name": str(name)}
        if url:
            item["item"] = url
        items.append(item)
    return {"@context": SCHEMA_ORG, "@type": "BreadcrumbList", "itemListElement": items}
