"""The default share image: what a link to a page without a picture of its own shows in
WhatsApp, LinkedIn or Facebook (core.models.ShareSettings). Drawn here with Pillow, like the
stories' illustrations: the theme's colours, the logo's open ring and the site name."""

from io import BytesIO

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from django.conf import settings
from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Site

from core.models import ShareSettings

TITLE = "Werkroute: standaard deelafbeelding"
SIZE = (1200, 630)
BRAND = (10, 92, 85)  # --werkroute-color-brand
BRAND_DARK = (6, 63, 58)
PAPER = (255, 255, 255)
ACCENT = (168, 67, 0)


def share_card():
    """A 1200 × 630 PNG: the open ring of the logo and the site name on the brand colour."""
    canvas = PILImage.new("RGB", SIZE, BRAND)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 520, SIZE[0], SIZE[1]), fill=BRAND_DARK)
    draw.rectangle((0, 520, 400, 536), fill=ACCENT)
    # The header's logo: a ring with an open side.
    draw.arc((110, 175, 290, 355), start=-45, end=225, fill=PAPER, width=30)
    font = ImageFont.load_default(size=120)
    draw.text((340, 265), settings.WAGTAIL_SITE_NAME, fill=PAPER, font=font, anchor="lm")
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    return buffer


def load(command):
    Image = get_image_model()
    image = Image.objects.filter(title=TITLE).first()
    if image is None:
        image = Image.objects.create(
            title=TITLE, file=ImageFile(share_card(), name="werkroute-delen.png")
        )
    site = Site.objects.get(is_default_site=True)
    ShareSettings.objects.update_or_create(
        site=site,
        defaults={
            "default_image": image,
            "default_image_alt": "Het woord Werkroute naast een open cirkel, op groen.",
        },
    )
    command.stdout.write("Share image: set as the default for shared links.")
