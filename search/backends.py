"""Which search engine answers: the database by default, Elasticsearch 8 when ELASTICSEARCH_URL
is set. The site search and the autocomplete use Wagtail's search API only, so the same code
runs on both (search/query.py).

Language: PostgreSQL indexes all text with the `dutch` configuration. It stems Dutch words
(werkgevers -> werkgever, aanvragen -> aanvrag) and leaves words in other scripts as they are,
lower-cased: Arabic, Persian and Tigrinya text matches itself, as with `simple`. Elasticsearch
gets the same behaviour from the analyzer below: a Dutch stemmer and stop words that only touch
Dutch words, over the standard tokenizer that splits every script.
"""

from django.core.exceptions import ImproperlyConfigured

DATABASE = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}

ELASTICSEARCH_INDEX_SETTINGS = {
    "settings": {
        "index": {
            "analysis": {
                "filter": {
                    "werkroute_dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                    "werkroute_dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "werkroute_dutch_stop", "werkroute_dutch_stemmer"],
                    }
                },
            }
        }
    }
}


def search_backends(environ):
    """The WAGTAILSEARCH_BACKENDS setting for this environment."""
    url = environ.get("ELASTICSEARCH_URL", "").strip()
    if not url:
        return {"default": DATABASE}
    if not url.startswith(("http://", "https://")):
        raise ImproperlyConfigured("ELASTICSEARCH_URL must start with http:// or https://.")
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [url],
            "INDEX_PREFIX": environ.get("ELASTICSEARCH_INDEX_PREFIX", "werkroute_"),
            "TIMEOUT": int(environ.get("ELASTICSEARCH_TIMEOUT", "5")),
            "OPTIONS": {},
            "INDEX_SETTINGS": ELASTICSEARCH_INDEX_SETTINGS,
            "ATOMIC_REBUILD": True,
        }
    }
