"""backup_site / restore_site (core/backup.py, docs/backups.md)."""

import builtins
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection

from wagtail.images import get_image_model

from core.backup import MANIFEST, MEDIA_TAR

# Even the SQLite tests reach the test database: building the migration graph for the manifest
# imports wagtail_localize's first migration, which queries it.
pytestmark = pytest.mark.django_db

needs_pg_dump = pytest.mark.skipif(
    not (shutil.which("pg_dump") and shutil.which("pg_restore")),
    reason="the PostgreSQL client programs are not installed",
)


def media_files(root):
    """{relative path: sha256} of every file under root."""
    root = Path(root)
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def fill_media(root):
    root.mkdir(parents=True, exist_ok=True)
    (root / "documents").mkdir()
    (root / "documents" / "werkgeversfolder.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (root / "documents" / "réglement tijdelijk.txt").write_text("tekst", encoding="utf-8")
    (root / "empty.bin").write_bytes(b"")


def only_backup_in(directory):
    backups = [path for path in Path(directory).iterdir() if not path.name.startswith(".")]
    assert len(backups) == 1, backups
    return backups[0]


# PostgreSQL: the test database holds the committed demo content; it is restored into a new one.


def pg_arguments(name):
    settings_dict = connection.settings_dict
    arguments = {"dbname": name, "autocommit": True}
    for key, setting in (
        ("host", "HOST"),
        ("port", "PORT"),
        ("user", "USER"),
        ("password", "PASSWORD"),
    ):
        if settings_dict.get(setting):
            arguments[key] = settings_dict[setting]
    return arguments


def pg_url(name):
    settings_dict = connection.settings_dict
    credentials = settings_dict.get("USER") or ""
    if settings_dict.get("PASSWORD"):
        credentials += f":{settings_dict['PASSWORD']}"
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{credentials}@{host}:{port}/{name}"


def table_fingerprints(database_name):
    """Per table in the public schema: row count and an md5 of all rows; per sequence: its state."""
    import psycopg
    from psycopg import sql

    fingerprints = {}
    with psycopg.connect(**pg_arguments(database_name)) as pg:
        tables = pg.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
        ).fetchall()
        for (table,) in tables:
            fingerprints[table] = pg.execute(
                sql.SQL(
                    "SELECT count(*), md5(string_agg(t::text, '' ORDER BY t::text)) FROM {} t"
                ).format(sql.Identifier(table))
            ).fetchone()
        for name, last_value in pg.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"
        ).fetchall():
            fingerprints[f"sequence {name}"] = last_value
    return fingerprints


@pytest.fixture
def scratch_database():
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL round trip needs DATABASE_URL=postgres://... (CI sets it)")
    import psycopg

    name = f"{connection.settings_dict['NAME']}_restore"
    with psycopg.connect(**pg_arguments("postgres")) as pg:
        pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        pg.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(**pg_arguments("postgres")) as pg:
        pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@needs_pg_dump
@pytest.mark.django_db(transaction=False)
def test_postgresql_backup_restores_the_demo_site_exactly(tmp_path, settings, scratch_database):
    # pg_dump sees only committed data: the demo loaded at the start of the session.
    source_database = connection.settings_dict["NAME"]
    image = get_image_model().objects.order_by("pk").first()
    assert image is not None, "the demo has images"
    with image.file.open("rb") as original:
        image_bytes = original.read()

    source_media = tmp_path / "media"
    fill_media(source_media)
    settings.MEDIA_ROOT = str(source_media)
    (source_media / image.file.name).parent.mkdir(parents=True, exist_ok=True)
    (source_media / image.file.name).write_bytes(image_bytes)
    rendition = image.get_rendition("fill-83x61")
    assert (source_media / rendition.file.name).is_file()

    out = io.StringIO()
    call_command("backup_site", "--output-dir", str(tmp_path / "backups"), stdout=out)
    backup = only_backup_in(tmp_path / "backups")
    assert str(backup) in out.getvalue()
    manifest = json.loads((backup / MANIFEST).read_text())
    assert manifest["engine"] == "postgresql"
    assert set(manifest["files"]) == {"database.dump", MEDIA_TAR}

    restored_media = tmp_path / "restored-media"
    restored_media.mkdir()
    (restored_media / "stale.txt").write_text("not in the backup")
    settings.MEDIA_ROOT = str(restored_media)
    cache.set("page", "stale")
    call_command(
        "restore_site",
        str(backup),
        "--noinput",
        "--database-url",
        pg_url(scratch_database),
        stdout=io.StringIO(),
    )

    source = table_fingerprints(source_database)
    restored = table_fingerprints(scratch_database)
    assert source["wagtailcore_page"][0] > 6, "the demo is in the source database"
    assert source["wagtailimages_image"][0] >= 1
    assert restored == source
    assert media_files(restored_media) == media_files(source_media)
    assert rendition.file.name in media_files(restored_media)
    assert cache.get("page") is None


@needs_pg_dump
def test_a_failing_pg_dump_stops_with_its_message_and_leaves_no_backup(tmp_path):
    # Port 1 on the loopback address: nothing listens there, so the connection is refused.
    with pytest.raises(CommandError, match=r"pg_dump failed for PostgreSQL database 'nowhere'"):
        call_command(
            "backup_site",
            "--output-dir",
            str(tmp_path),
            "--database-url",
            "postgres://postgres@127.0.0.1:1/nowhere",
        )
    assert list(tmp_path.iterdir()) == []


def test_a_missing_pg_dump_is_named_and_the_command_exits_non_zero(tmp_path):
    environment = {
        **os.environ,
        "PATH": str(tmp_path / "empty"),
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            str(Path(django_settings.BASE_DIR) / "manage.py"),
            "backup_site",
            "--output-dir",
            str(tmp_path / "backups"),
            "--database-url",
            "postgres://postgres@127.0.0.1:1/nowhere",
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "pg_dump was not found on PATH" in result.stderr
    assert "postgresql-client" in result.stderr
    assert list((tmp_path / "backups").iterdir()) == []


# SQLite, the embedded default: plain database files, no Django connection needed.


def make_sqlite(path, rows):
    database = sqlite3.connect(path)
    database.executescript(
        "CREATE TABLE django_migrations"
        " (id INTEGER PRIMARY KEY, app TEXT, name TEXT, applied TEXT);"
        "CREATE TABLE vacancy (id INTEGER PRIMARY KEY, title TEXT, salary REAL, logo BLOB);"
    )
    database.executemany(
        "INSERT INTO django_migrations (app, name, applied) VALUES (?, ?, '2026-01-01')",
        [("portal", "0001_initial"), ("vacancies", "0001_initial")],
    )
    database.executemany("INSERT INTO vacancy (title, salary, logo) VALUES (?, ?, ?)", rows)
    database.commit()
    database.close()


def sqlite_dump(path):
    database = sqlite3.connect(path)
    try:
        return list(database.iterdump())
    finally:
        database.close()


@pytest.fixture
def sqlite_backup(tmp_path, settings):
    """A backup of a small SQLite site with media, and a different site to restore into."""
    source = tmp_path / "site.sqlite3"
    make_sqlite(source, [("Kok (m/v)", 14.5, b"\x89PNG"), ("Schoonmaker", None, None)])
    settings.MEDIA_ROOT = str(tmp_path / "media")
    fill_media(tmp_path / "media")
    call_command(
        "backup_site",
        "--output-dir",
        str(tmp_path / "backups"),
        "--database-url",
        f"sqlite:///{source}",
        stdout=io.StringIO(),
    )
    target = tmp_path / "target.sqlite3"
    make_sqlite(target, [("Iets anders", 1.0, None)])
    sqlite3.connect(target).execute("CREATE TABLE only_in_target (x)").connection.close()
    target_media = tmp_path / "target-media"
    target_media.mkdir()
    (target_media / "stale.txt").write_text("not in the backup")
    settings.MEDIA_ROOT = str(target_media)
    return {
        "path": only_backup_in(tmp_path / "backups"),
        "source": source,
        "source_media": tmp_path / "media",
        "target": target,
        "target_media": target_media,
    }


def restore(backup, target, *extra, stdout=None):
    call_command(
        "restore_site",
        str(backup),
        "--database-url",
        f"sqlite:///{target}",
        *extra,
        stdout=stdout or io.StringIO(),
    )


def test_sqlite_backup_writes_a_manifest_that_describes_its_parts(sqlite_backup):
    backup = sqlite_backup["path"]
    assert backup.name.startswith("werkroute-")
    manifest = json.loads((backup / MANIFEST).read_text())

    assert manifest["engine"] == "sqlite"
    assert manifest["migrations"]["portal"] == ["0001_initial"]
    assert manifest["django"] and manifest["wagtail"] and manifest["created"]
    for name in ("database.sqlite3", MEDIA_TAR):
        part = backup / name
        assert manifest["files"][name] == {
            "size": part.stat().st_size,
            "sha256": hashlib.sha256(part.read_bytes()).hexdigest(),
        }


def test_sqlite_round_trip_replaces_database_and_media(sqlite_backup):
    restore(sqlite_backup["path"], sqlite_backup["target"], "--noinput")

    assert sqlite_dump(sqlite_backup["target"]) == sqlite_dump(sqlite_backup["source"])
    assert media_files(sqlite_backup["target_media"]) == media_files(sqlite_backup["source_media"])
    assert "stale.txt" not in media_files(sqlite_backup["target_media"])


@pytest.mark.parametrize("part", ["database.sqlite3", MEDIA_TAR])
def test_a_damaged_backup_is_refused_and_nothing_changes(sqlite_backup, part):
    damaged = sqlite_backup["path"] / part
    content = bytearray(damaged.read_bytes())
    content[len(content) // 2] ^= 0xFF
    damaged.write_bytes(bytes(content))
    database_before = sqlite_dump(sqlite_backup["target"])
    media_before = media_files(sqlite_backup["target_media"])

    with pytest.raises(CommandError, match=rf"{part} does not match its checksum.*damaged"):
        restore(sqlite_backup["path"], sqlite_backup["target"], "--noinput")

    assert sqlite_dump(sqlite_backup["target"]) == database_before
    assert media_files(sqlite_backup["target_media"]) == media_before


def test_a_missing_backup_path_is_refused(tmp_path):
    with pytest.raises(CommandError, match="No backup at .*nowhere"):
        restore(tmp_path / "nowhere", tmp_path / "target.sqlite3", "--noinput")
    assert not (tmp_path / "target.sqlite3").exists()


def test_a_directory_without_manifest_is_refused(tmp_path):
    (tmp_path / "not-a-backup").mkdir()
    with pytest.raises(CommandError, match="holds no manifest.json"):
        restore(tmp_path / "not-a-backup", tmp_path / "target.sqlite3", "--noinput")


def test_a_backup_of_another_database_engine_is_refused(sqlite_backup):
    with pytest.raises(CommandError, match="is a sqlite backup; the configured database is post"):
        call_command(
            "restore_site",
            str(sqlite_backup["path"]),
            "--noinput",
            "--database-url",
            "postgres://postgres@127.0.0.1:1/nowhere",
        )
    assert media_files(sqlite_backup["target_media"]) == {
        "stale.txt": hashlib.sha256(b"not in the backup").hexdigest()
    }


def test_restore_asks_first_and_answering_no_changes_nothing(sqlite_backup, monkeypatch):
    prompts = []

    def answer_no(prompt):
        prompts.append(prompt)
        return "no"

    monkeypatch.setattr(builtins, "input", answer_no)
    database_before = sqlite_dump(sqlite_backup["target"])
    media_before = media_files(sqlite_backup["target_media"])

    with pytest.raises(CommandError, match="Restore cancelled; nothing was changed"):
        restore(sqlite_backup["path"], sqlite_backup["target"])

    assert len(prompts) == 1
    assert str(sqlite_backup["target"]) in prompts[0]
    assert sqlite_dump(sqlite_backup["target"]) == database_before
    assert media_files(sqlite_backup["target_media"]) == media_before


def test_restore_goes_ahead_when_the_answer_is_yes(sqlite_backup, monkeypatch):
    monkeypatch.setattr(builtins, "input", lambda prompt: "yes")
    restore(sqlite_backup["path"], sqlite_backup["target"])
    assert sqlite_dump(sqlite_backup["target"]) == sqlite_dump(sqlite_backup["source"])
