"""Back up and restore the database: `pg_dump -Fc` / `pg_restore` on PostgreSQL, SQLite's own
online backup on SQLite. Used by `manage.py backup_db` / `restore_db` and `make backup` /
`make restore`."""

import os
import shutil
import sqlite3
import subprocess  # noqa: S404 - runs the PostgreSQL client tools with fixed arguments

import dj_database_url


def _tool(name):
    """The absolute path of a PostgreSQL client program (postgresql-client provides them)."""
    path = shutil.which(name)
    if path is None:
        raise FileNotFoundError(f"{name} is not installed (apt-get install postgresql-client)")
    return path


def _pg_environment(settings_dict):
    environment = os.environ.copy()
    for key, name in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if settings_dict.get(key):
            environment[name] = str(settings_dict[key])
    return environment


def backup(settings_dict, path):
    engine = settings_dict["ENGINE"]
    if "postgresql" in engine:
        subprocess.run(  # noqa: S603 - fixed command, no shell
            [_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(path)],
            env=_pg_environment(settings_dict),
            check=True,
        )
    elif "sqlite" in engine:
        source = sqlite3.connect(settings_dict["NAME"])
        target = sqlite3.connect(str(path))
        with target:
            source.backup(target)
        source.close()
        target.close()
    else:  # pragma: no cover - only the two supported databases
        raise ValueError(f"Cannot back up {engine}")


def restore(path, settings_dict):
    """Restore `path` into the (empty or existing) database `settings_dict` describes."""
    engine = settings_dict["ENGINE"]
    if "postgresql" in engine:
        subprocess.run(  # noqa: S603 - fixed command, no shell
            [
                _tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--exit-on-error",
                "--dbname",
                settings_dict["NAME"],
                str(path),
            ],
            env=_pg_environment(settings_dict),
            check=True,
        )
    elif "sqlite" in engine:
        source = sqlite3.connect(str(path))
        target = sqlite3.connect(settings_dict["NAME"])
        with target:
            source.backup(target)
        source.close()
        target.close()
    else:  # pragma: no cover
        raise ValueError(f"Cannot restore into {engine}")


def settings_for(url):
    return {"ENGINE": "", **dj_database_url.parse(url)}
