"""Logo uploads: only real PNG, JPEG or WebP pictures of sane size, stored re-encoded.

The browser's file name and content type are not trusted; Pillow reads the header. Re-encoding
to a small WebP drops anything hidden after the picture data (scripts, metadata).
"""

import io
import os

from PIL import Image, UnidentifiedImageError

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 4000
MIN_SIDE = 16
MAX_PIXELS = 16_000_000
ALLOWED_FORMATS = {"PNG", "JPEG", "WEBP"}
STORED_SIDE = 400


def clean_logo(upload):
    """Check an uploaded logo and return a re-encoded WebP file, or raise ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The logo is larger than 5 MB. Save it smaller and try again."), code="too_large"
        )
    too_many_pixels = ValidationError(
        _("The logo is too large: at most 4000 by 4000 pixels."), code="dimensions"
    )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
    except Image.DecompressionBombError as error:
        raise too_many_pixels from error
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise ValidationError(
            _("This file is not a picture we can use. Upload a PNG, JPEG or WebP file."),
            code="not_an_image",
        ) from error
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Upload a PNG, JPEG or WebP file. Other formats, such as SVG, are not accepted."),
            code="format",
        )
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise too_many_pixels
    if width < MIN_SIDE or height < MIN_SIDE:
        raise ValidationError(
            _("The logo is too small: at least 16 by 16 pixels."), code="dimensions"
        )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
            picture = image.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise ValidationError(
            _("This picture is damaged. Save it again and upload it once more."),
            code="damaged",
        ) from error
    picture.thumbnail((STORED_SIDE, STORED_SIDE))
    buffer = io.BytesIO()
    picture.save(buffer, format="WEBP", quality=85)
    name = os.path.splitext(os.path.basename(upload.name or "logo"))[0][:40] or "logo"
    return InMemoryUploadedFile(buffer, "logo", f"{name}.webp", "image/webp", buffer.tell(), None)
