"""The renditions the demo's pages show, made while the demo loads.

Without them the first visitor of each page waits while the 1200 px share image (every page's
og:image), a story's photo and its cards are cut and encoded. In the tests that wait came back
in every test that rendered such a page: the rendition is saved inside the test's transaction
and rolled back with it.
"""

from wagtail.images import get_image_model

from core.sharing import SHARE_IMAGE_SPEC
from home.models.pages import STORY_CARD_IMAGES

# home/templates/home/story_page.html: {% image page.image fill-800x450 format-webp %}
STORY_PHOTO = "fill-800x450|format-webp"


def load(command):
    for image in get_image_model().objects.all():
        image.get_renditions(SHARE_IMAGE_SPEC, STORY_PHOTO, *STORY_CARD_IMAGES)
