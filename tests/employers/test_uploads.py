"""Logo uploads: real PNG, JPEG and WebP pictures only, of sane size, stored re-encoded."""

import io
import struct
import zlib

import pytest
from PIL import Image

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.conftest import html

pytestmark = pytest.mark.skeleton

ORGANISATION_URL = "/nl/werkgevers/mijn-organisatie/"


def picture(image_format, size=(120, 60), name=None):
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 92, 85)).save(buffer, format=image_format)
    return SimpleUploadedFile(name or f"logo.{image_format.lower()}", buffer.getvalue())


def png_header_only(width, height):
    """A PNG that claims huge dimensions: the shape of a decompression bomb."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def profile_data(organisation):
    return {
        "sector": organisation.sector,
        "place": str(organisation.place_id),
        "public_contact": organisation.public_contact,
        "description": "Wij maken kantoren schoon.",
        "website": "",
    }


def upload(client, data, logo):
    return client.post(ORGANISATION_URL, {**data, "logo": logo})


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP"])
def test_a_real_picture_is_stored_as_a_small_webp(
    employer_client, organisation, profile_data, image_format, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path)
    response = upload(employer_client, profile_data, picture(image_format, (1600, 800)))
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.logo.name.endswith(".webp")
    with Image.open(organisation.logo.path) as stored:
        assert stored.format == "WEBP"
        assert max(stored.size) == 400


REJECTED = {
    "svg": (
        SimpleUploadedFile(
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            content_type="image/svg+xml",
        ),
        "not_an_image",
    ),
    "renamed executable": (
        SimpleUploadedFile("logo.png", b"MZ\x90\x00" + b"\x00" * 2000, content_type="image/png"),
        "not_an_image",
    ),
    "gif": (picture("GIF", name="logo.gif"), "format"),
    "decompression bomb": (
        SimpleUploadedFile("bom.png", png_header_only(50000, 50000)),
        "dimensions",
    ),
    "too many pixels": (SimpleUploadedFile("groot.png", png_header_only(4001, 100)), "dimensions"),
    "too small": (picture("PNG", (8, 8)), "dimensions"),
    "truncated": (
        SimpleUploadedFile("kapot.png", picture("PNG", (200, 200)).read()[:120]),
        "damaged",
    ),
}


@pytest.mark.parametrize("case", list(REJECTED))
def test_bad_uploads_are_refused_with_a_clear_message(
    employer_client, organisation, profile_data, case
):
    logo, _code = REJECTED[case]
    response = upload(employer_client, profile_data, logo)
    assert response.status_code == 200
    page = html(response)
    error = page.find(id="id_logo-error")
    assert error is not None and error.text.strip()
    # The other fields keep what was typed.
    assert page.find(id="id_description").text.strip() == "Wij maken kantoren schoon."
    organisation.refresh_from_db()
    assert not organisation.logo


@pytest.mark.parametrize("case", list(REJECTED))
def test_each_rejection_has_its_own_reason(case):
    from django.core.exceptions import ValidationError

    from employers.uploads import clean_logo

    logo, code = REJECTED[case]
    logo.seek(0)
    with pytest.raises(ValidationError) as refused:
        clean_logo(logo)
    assert refused.value.code == code


def test_a_file_over_five_megabytes_is_refused(employer_client, organisation, profile_data):
    big = SimpleUploadedFile("groot.jpg", b"\xff\xd8\xff" + b"\x00" * (5 * 1024 * 1024 + 1))
    page = html(upload(employer_client, profile_data, big))
    assert "5 MB" in page.find(id="id_logo-error").text


# --- stored names and old files ---------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


def upload_logo(client, data, logo, capture):
    with capture(execute=True):
        response = upload(client, data, logo)
    assert response.status_code == 302
    return response


def test_the_stored_name_has_nothing_of_the_upload_name(
    employer_client, organisation, profile_data, media, django_capture_on_commit_callbacks
):
    upload_name = ".htaccess.webp"
    upload_logo(
        employer_client,
        profile_data,
        picture("WEBP", name=upload_name),
        django_capture_on_commit_callbacks,
    )
    organisation.refresh_from_db()
    stored = organisation.logo.name
    assert stored.startswith("employers/logos/") and stored.endswith(".webp")
    file_name = stored.rsplit("/", 1)[1]
    assert "htaccess" not in file_name and not file_name.startswith(".")
    assert organisation.logo.storage.exists(stored)


def test_replacing_the_logo_deletes_the_old_file(
    employer_client, organisation, profile_data, media, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    upload_logo(employer_client, profile_data, picture("PNG"), capture)
    organisation.refresh_from_db()
    old_name = organisation.logo.name
    upload_logo(employer_client, profile_data, picture("JPEG"), capture)
    organisation.refresh_from_db()
    assert organisation.logo.name != old_name
    assert organisation.logo.storage.exists(organisation.logo.name)
    assert not organisation.logo.storage.exists(old_name)


def test_clearing_the_logo_deletes_the_file(
    employer_client, organisation, profile_data, media, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    upload_logo(employer_client, profile_data, picture("PNG"), capture)
    organisation.refresh_from_db()
    old_name = organisation.logo.name
    storage = organisation.logo.storage
    with capture(execute=True):
        response = employer_client.post(
            "/nl/werkgevers/mijn-organisatie/", {**profile_data, "logo-clear": "on"}
        )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert not organisation.logo
    assert not storage.exists(old_name)


def test_a_rolled_back_save_keeps_the_old_file(
    organisation, media, django_capture_on_commit_callbacks
):
    organisation.logo.save("logo.webp", ContentFile(picture("WEBP").read()))
    old_name = organisation.logo.name
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        organisation.logo = ""
        organisation.save()
    assert callbacks, "the delete waits for the commit"
    assert organisation.logo.storage.exists(old_name)
