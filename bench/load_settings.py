"""Production settings plus what the HTTP benchmarks need (bench/production_server.py).

Only the URLconf and STATIC_ROOT differ from portal.settings.production: the URLconf adds a
bare view (the floor of a request through the middleware), and the static files are collected
into a temporary directory so a benchmark never touches the real STATIC_ROOT. Media files are
answered before Django, the way the TLS proxy does (bench/load_wsgi.py).
"""

import os

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.load_urls"
STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
