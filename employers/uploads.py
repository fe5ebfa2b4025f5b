"""Logo uploads: only real PNG, JPEG or WebP pictures of sane size, stored re-encoded.

The browser's file name and content type are not trusted; Pillow reads the header. Re-encoding
to a small WebP drops anything hidden after the picture data (scripts, metadata).
"""

import io
import uuid

from PIL import Image, UnidentifiedImageError

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 4000
MIN_SIDE = 16
MAX_PIXELS = 16_000_000
ALLOWED_FORMATS = {"PNG", "JPEG", "WEBP"}
STORED_SIDE = 400
LOGO_FOLDER = "employers/logos"
EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}


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
    return InMemoryUploadedFile(buffer, "logo", "logo.webp", "image/webp", buffer.tell(), None)


def logo_upload_to(organisation, filename):
    """A generated name: nothing of the uploader's file name (".htaccess.webp") reaches the
    storage. The extension follows the picture's real format, read from its header; where the
    file cannot be read here, clean_logo's own name for it ("logo.webp") or else .webp."""
    extension = EXTENSIONS.get(picture_format(organisation.logo))
    if extension is None:
        given = filename.rsplit(".", 1)[-1].lower()
        extension = given if given in EXTENSIONS.values() else "webp"
    return f"{LOGO_FOLDER}/{uuid.uuid4().hex}.{extension}"


def picture_format(logo):
    """The format Pillow reads from the header of the file being saved, or None."""
    try:
        picture = logo.file
        position = picture.tell()
        picture.seek(0)
        try:
            with Image.open(picture) as image:
                return image.format
        finally:
            picture.seek(position)
    except (OSError, ValueError, AttributeError, Image.DecompressionBombError):
        return None


def delete_replaced_logo(organisation_model, storage, old_name):
    """Delete a logo file nobody uses any more, once the save that replaced it has committed
    (a rolled-back save keeps pointing at the old file)."""

    def delete():
        if not organisation_model.objects.filter(logo=old_name).exists():
            storage.delete(old_name)

    transaction.on_commit(delete)
