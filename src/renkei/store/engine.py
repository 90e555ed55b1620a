"""Where the store lives and how to open it.

URL resolution: `--db PATH` (or a full URL) > `RENKEI_DATABASE_URL` > SQLite
at `<user data dir>/renkei/renkei.db`. Opening a store creates and migrates
it to the head revision on first use, under a lock so that two processes
starting on a fresh store do not both create tables.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from renkei.errors import StoreError

ENV_URL = "RENKEI_DATABASE_URL"
MIGRATIONS = Path(__file__).parent / "migrations"
# Long enough to wait out another process's document transaction.
SQLITE_BUSY_TIMEOUT_MS = 60_000
_PG_MIGRATION_LOCK = 0x72656E6B  # "renk": advisory lock id serialising migrations


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("renkei", appauthor=False)) / "renkei.db"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """The database URL for `--db` (a path or URL), the environment, or the default."""
    if db is not None:
        text = os.fspath(db)
        if "://" in text:
            return text
        return "sqlite:///" + str(Path(text).expanduser().resolve())
    env = os.environ.get(ENV_URL, "").strip()
    if env:
        return env
    return "sqlite:///" + str(default_path())


def _is_sqlite(url: sa.URL) -> bool:
    return url.get_backend_name() == "sqlite"


def _use_wal(cur: Any) -> None:
    """Switch a new database file to WAL (the mode persists in the file).

    Switching needs the file to itself and SQLite answers "database is locked" at once,
    without waiting out the busy timeout, while another process holds it (two ingests
    creating one store): so the switch is retried. An in-memory database answers with
    its own mode ("memory") and stays so.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _install_sqlite_pragmas(engine: sa.Engine) -> None:
    """WAL, busy timeout and foreign keys; explicit BEGIN so we control locking.

    pysqlite's own implicit transactions are switched off (isolation_level=None)
    and every transaction is begun by us: `BEGIN IMMEDIATE` for writes (taking
    the write lock up front, so a read-then-write transaction never fails with
    SQLITE_BUSY on upgrade), plain `BEGIN` for reads.
    """

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        _use_wal(cur)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get("renkei_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_engine(url: str) -> sa.Engine:
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"not a database URL: {url}") from exc
    if _is_sqlite(parsed):
        path = parsed.database
        if path and path != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create {Path(path).parent}: {exc}") from exc
        engine = sa.create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine)
        return engine
    try:
        return sa.create_engine(parsed, pool_pre_ping=True)
    except (ImportError, sa.exc.NoSuchModuleError) as exc:
        raise StoreError(f"no driver for {parsed.drivername}: {exc}") from exc


def alembic_config() -> Any:
    # Alembic is imported only to migrate: it costs every command a tenth of a second.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest migration. Migrations are numbered in one line (0001, 0002, ...), each
    file named after its revision, so the head is the highest number (a test checks this
    against Alembic's own graph)."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


@contextmanager
def _migration_lock(engine: sa.Engine) -> Iterator[None]:
    """A lock across processes for the time of a migration."""
    url = engine.url
    if _is_sqlite(url):
        path = url.database
        if not path or path == ":memory:":
            yield
            return
        with open(f"{path}.lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
        return
    if url.get_backend_name() == "postgresql":
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_MIGRATION_LOCK})
                conn.commit()
        return
    yield


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Migrate the database to `revision` (head by default)."""
    cfg = alembic_config()
    with _migration_lock(engine), engine.connect() as conn:
        conn = conn.execution_options(renkei_write=True)
        with conn.begin():
            cfg.attributes["connection"] = conn
            from alembic import command

            command.upgrade(cfg, revision)


@dataclass
class Store:
    """An open, migrated store: an engine plus the write/read transaction helpers."""

    engine: sa.Engine

    @property
    def url(self) -> sa.URL:
        return self.engine.url

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """One write transaction (SQLite: BEGIN IMMEDIATE)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(renkei_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def open_store(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (creating and migrating on first use) the store named by `db`/env/default."""
    url = resolve_url(db)
    engine = create_engine(url)
    try:
        if migrate and current_revision(engine) != head_revision():
            upgrade(engine)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise StoreError(f"cannot open the store at {engine.url!r}: {exc.orig}") from exc
    return Store(engine)
