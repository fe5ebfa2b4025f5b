"""Back up and restore the site: the database and the media files (docs/backups.md).

A backup is one directory under BACKUP_DIR named after the moment it was made
(`werkroute-20260110T021500Z`) holding:

- `database.dump` (PostgreSQL, `pg_dump --format=custom`) or `database.sqlite3` (SQLite, a
  consistent copy made with sqlite3's backup API, so a running site can be backed up);
- `media.tar`, everything under MEDIA_ROOT;
- `manifest.json`: when, from which Django/Wagtail, the migration heads per app, the database
  engine, and the size and sha256 of each part.

Restoring checks the manifest and the checksums before it changes anything. The commands
`backup_site` and `restore_site` are thin wrappers around `create_backup` and `restore_backup`.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import dj_database_url

import django
from django.conf import settings
from django.db import connections
from django.db.migrations.loader import MigrationLoader

import wagtail

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA_TAR = "media.tar"
DUMP_NAMES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
NAME_PREFIX = "werkroute-"
STAGING_PREFIX = ".restore-"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


@dataclass
class Database:
    """Where a backup comes from or a restore goes to, from a Django DATABASES entry."""

    engine: str
    name: str
    host: str = ""
    port: str = ""
    user: str = ""
    password: str = ""
    options: dict = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings_dict):
        django_engine = settings_dict["ENGINE"]
        if "postgresql" in django_engine or "postgis" in django_engine:
            engine = "postgresql"
        elif "sqlite3" in django_engine or "spatialite" in django_engine:
            engine = "sqlite"
        else:
            raise BackupError(f"Backups support PostgreSQL and SQLite, not {django_engine}.")
        return cls(
            engine=engine,
            name=str(settings_dict["NAME"]),
            host=str(settings_dict.get("HOST") or ""),
            port=str(settings_dict.get("PORT") or ""),
            user=str(settings_dict.get("USER") or ""),
            password=str(settings_dict.get("PASSWORD") or ""),
            options=dict(settings_dict.get("OPTIONS") or {}),
        )

    @classmethod
    def from_url(cls, url):
        return cls.from_settings(dj_database_url.parse(url))

    @classmethod
    def default(cls, alias="default"):
        return cls.from_settings(connections[alias].settings_dict)

    def describe(self):
        if self.engine == "sqlite":
            return f"SQLite file {self.name}"
        return f"PostgreSQL database {self.name!r} on {self.host or 'the local socket'}"

    def libpq_arguments(self):
        arguments = [f"--dbname={self.name}", "--no-password"]
        if self.host:
            arguments.append(f"--host={self.host}")
        if self.port:
            arguments.append(f"--port={self.port}")
        if self.user:
            arguments.append(f"--username={self.user}")
        return arguments

    def libpq_environment(self):
        # The password goes through the environment: on the command line every user of the
        # machine could read it in the process list.
        environment = dict(os.environ)
        if self.password:
            environment["PGPASSWORD"] = self.password
        for option, variable in (
            ("sslmode", "PGSSLMODE"),
            ("sslrootcert", "PGSSLROOTCERT"),
            ("sslcert", "PGSSLCERT"),
            ("sslkey", "PGSSLKEY"),
        ):
            if option in self.options:
                environment[variable] = str(self.options[option])
        return environment

    def applied_migrations(self):
        """(app, name) of every migration recorded in django_migrations."""
        query = "SELECT app, name FROM django_migrations"
        if self.engine == "sqlite":
            connection = sqlite3.connect(f"file:{self.name}?mode=ro", uri=True)
            try:
                return set(connection.execute(query).fetchall())
            finally:
                connection.close()
        import psycopg

        with psycopg.connect(**self._psycopg_arguments()) as connection:
            return set(connection.execute(query).fetchall())

    def _psycopg_arguments(self):
        arguments = {"dbname": self.name}
        for key, value in (
            ("host", self.host),
            ("port", self.port),
            ("user", self.user),
            ("password", self.password),
        ):
            if value:
                arguments[key] = value
        for option in ("sslmode", "sslrootcert", "sslcert", "sslkey"):
            if option in self.options:
                arguments[option] = self.options[option]
        return arguments


def default_backup_dir():
    return Path(os.environ.get("BACKUP_DIR") or Path(settings.BASE_DIR) / "backups")


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def migration_heads(applied):
    """Per app, the applied migrations that no other applied migration of that app follows."""
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    heads = {}
    for app, name in sorted(applied):
        node = graph.node_map.get((app, name))
        if node is None:
            # Replaced by a squashed migration, or gone from the code: only the name is known.
            continue
        if not any(child[0] == app and child in applied for child in node.children):
            heads.setdefault(app, []).append(name)
    for app in {app for app, _ in applied} - set(heads):
        heads[app] = [max(name for other, name in applied if other == app)]
    return heads


def code_migration_heads():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    heads = {}
    for app, name in graph.leaf_nodes():
        heads.setdefault(app, []).append(name)
    return {app: sorted(names) for app, names in heads.items()}


# Backing up


def create_backup(backup_dir=None, database=None, media_root=None, now=None):
    """Write a new backup directory under backup_dir and return its path."""
    database = database or Database.default()
    media_root = Path(media_root or settings.MEDIA_ROOT)
    backup_dir = Path(backup_dir or default_backup_dir())
    now = now or datetime.now(UTC)
    backup_dir.mkdir(parents=True, exist_ok=True)

    name = NAME_PREFIX + now.strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / name
    suffix = 1
    while target.exists():
        suffix += 1
        target = backup_dir / f"{name}-{suffix}"
    # Written under a hidden name and renamed when complete, so an interrupted backup is never
    # mistaken for a good one.
    partial = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=backup_dir))
    try:
        dump = partial / DUMP_NAMES[database.engine]
        if database.engine == "postgresql":
            _dump_postgresql(database, dump)
        else:
            _copy_sqlite(Path(database.name), dump)
        _tar_media(media_root, partial / MEDIA_TAR)
        manifest = {
            "format": FORMAT_VERSION,
            "created": now.isoformat(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "engine": database.engine,
            "migrations": migration_heads(database.applied_migrations()),
            "files": {
                part.name: {"size": part.stat().st_size, "sha256": sha256_of(part)}
                for part in (dump, partial / MEDIA_TAR)
            },
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        partial.chmod(0o700)
        partial.rename(target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return target


def _client_program(name):
    program = shutil.which(name)
    if not program:
        raise BackupError(
            f"{name} was not found on PATH. Install the PostgreSQL client programs "
            "(Debian: apt-get install postgresql-client), of the server's major version or newer."
        )
    return program


def _run_client(database, arguments):
    result = subprocess.run(  # noqa: S603 - fixed program, arguments are not parsed by a shell
        arguments,
        env=database.libpq_environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        program = Path(arguments[0]).name
        detail = result.stderr.strip() or f"exit status {result.returncode}"
        raise BackupError(f"{program} failed for {database.describe()}: {detail}")


def _dump_postgresql(database, path):
    program = _client_program("pg_dump")
    _run_client(
        database, [program, "--format=custom", f"--file={path}", *database.libpq_arguments()]
    )


def _copy_sqlite(source, path):
    if not source.is_file():
        raise BackupError(f"The SQLite database {source} does not exist.")
    _sqlite_copy(source, path)


def _sqlite_copy(source, target):
    """Through SQLite's backup API rather than a file copy: a consistent copy under SQLite's own
    locks, replacing the whole content of the target and leaving no stale -wal file behind."""
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def _tar_media(media_root, path):
    with tarfile.open(path, "w") as archive:
        if media_root.is_dir():
            for entry in sorted(media_root.iterdir()):
                if entry.name.startswith(STAGING_PREFIX):
                    continue  # left over from an interrupted restore
                archive.add(entry, arcname=entry.name)


# Restoring


@dataclass
class CheckedBackup:
    path: Path
    manifest: dict

    @property
    def dump(self):
        return self.path / DUMP_NAMES[self.manifest["engine"]]

    @property
    def media(self):
        return self.path / MEDIA_TAR

    def migration_notes(self):
        """What differs between the backup's migrations and this code's, in words."""
        notes = []
        code = code_migration_heads()
        for app, names in sorted(self.manifest.get("migrations", {}).items()):
            if app in code and sorted(names) != code[app]:
                notes.append(f"{app}: backup at {', '.join(names)}, code at {', '.join(code[app])}")
        return notes


def check_backup(path, database=None):
    """Read the manifest and verify every part; raise BackupError naming what is wrong."""
    path = Path(path)
    if path.is_file() and path.name == MANIFEST:
        path = path.parent
    if not path.is_dir():
        raise BackupError(f"No backup at {path}: give the directory that holds {MANIFEST}.")
    try:
        manifest = json.loads((path / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{path} holds no {MANIFEST}: it is not a backup.") from None
    except ValueError as error:
        raise BackupError(f"{path / MANIFEST} is not valid JSON: {error}") from None
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(
            f"{path} has backup format {manifest.get('format')!r}; "
            f"this code reads format {FORMAT_VERSION}."
        )
    engine = manifest.get("engine")
    if engine not in DUMP_NAMES:
        raise BackupError(f"{path / MANIFEST} names an unknown database engine {engine!r}.")
    database = database or Database.default()
    if engine != database.engine:
        raise BackupError(
            f"{path} is a {engine} backup; the configured database is {database.engine}. "
            "Restore it into a database of the same kind."
        )
    expected = {DUMP_NAMES[engine], MEDIA_TAR}
    files = manifest.get("files", {})
    if set(files) != expected:
        raise BackupError(
            f"{path / MANIFEST} should list {sorted(expected)}, lists {sorted(files)}."
        )
    for name, facts in sorted(files.items()):
        part = path / name
        if not part.is_file():
            raise BackupError(f"{part} is missing: the backup is incomplete.")
        size = part.stat().st_size
        if size != facts["size"] or sha256_of(part) != facts["sha256"]:
            raise BackupError(
                f"{part} does not match its checksum in {MANIFEST} "
                f"({size} bytes, expected {facts['size']}): the backup is damaged. "
                "Nothing was restored."
            )
    return CheckedBackup(path=path, manifest=manifest)


def restore_backup(checked, database=None, media_root=None):
    """Replace the database and MEDIA_ROOT with a checked backup, then empty the cache."""
    from django.core.cache import cache

    database = database or Database.default()
    media_root = Path(media_root or settings.MEDIA_ROOT)
    # Unpacked first: a broken archive stops the restore before the database is touched.
    staging = _unpack_media(checked.media, media_root)
    try:
        if database.engine == "postgresql":
            _restore_postgresql(database, checked.dump)
        else:
            _restore_sqlite(checked.dump, Path(database.name))
        _swap_media(staging, media_root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    cache.clear()


def _restore_postgresql(database, dump):
    program = _client_program("pg_restore")
    _run_client(
        database,
        [
            program,
            "--clean",
            "--if-exists",
            "--no-owner",
            # All or nothing: a failing statement leaves the database as it was.
            "--single-transaction",
            "--exit-on-error",
            *database.libpq_arguments(),
            str(dump),
        ],
    )


def _restore_sqlite(dump, target):
    target.parent.mkdir(parents=True, exist_ok=True)
    _sqlite_copy(dump, target)


def _unpack_media(archive_path, media_root):
    media_root.mkdir(parents=True, exist_ok=True)
    # Inside MEDIA_ROOT, so the final moves stay on one file system even when MEDIA_ROOT is a
    # mounted volume.
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=media_root))
    try:
        with tarfile.open(archive_path) as archive:
            archive.extractall(staging, filter="data")
    except (tarfile.TarError, OSError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise BackupError(f"Cannot unpack {archive_path}: {error}. Nothing was restored.") from None
    return staging


def _swap_media(staging, media_root):
    for entry in media_root.iterdir():
        if entry == staging:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for entry in staging.iterdir():
        entry.rename(media_root / entry.name)
