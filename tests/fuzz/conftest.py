"""Settings and fixtures for the fuzz tests: bounded for CI, raised locally with FUZZ_EXAMPLES.

FUZZ_EXAMPLES=500 .venv/bin/python -m pytest tests/fuzz  runs every property 500 times (or
the test's own share of it); the default keeps the whole package at a few minutes on 2 cores.
"""

import os

from hypothesis import HealthCheck, settings

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))

settings.register_profile(
    "werkroute-fuzz",
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    # The same examples on every run, so a CI failure reproduces; no .hypothesis directory.
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    print_blob=False,
)
