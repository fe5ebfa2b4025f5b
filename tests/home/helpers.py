"""The portal's public page types, found rather than listed: a new page type is then tested in
every language (tests/home/test_guides.py, tests/core/test_head_tags_demo.py) and weighed
(bench/page_weight.py) without being added anywhere."""

import re

from wagtail.models import get_page_models

from home.models import PortalPage


def page_type_name(model):
    """The page type's name in tests and benchmark tables: "section index" for SectionIndexPage."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", model.__name__.removesuffix("Page")).lower()


def public_page_types():
    """{name: model} of every public page type (each concrete PortalPage of the installed apps),
    in the order the apps define them."""
    return {
        page_type_name(model): model for model in get_page_models() if issubclass(model, PortalPage)
    }
