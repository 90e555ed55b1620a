"""Where the store is, and that it is created and migrated on first use."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from renkei.errors import StoreError
from renkei.store.engine import current_revision, head_revision, open_store, resolve_url


def test_db_option_beats_environment_beats_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert resolve_url().endswith("/renkei/renkei.db")
    assert str(tmp_path / "xdg") in resolve_url()  # the user data dir (platformdirs)
    monkeypatch.setenv("RENKEI_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert resolve_url() == "postgresql+psycopg://u@h/db"
    assert resolve_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("sqlite:////tmp/y.db") == "sqlite:////tmp/y.db"


def test_default_store_needs_no_setup(tmp_path: Path) -> None:
    store = open_store()
    try:
        assert Path(str(store.url.database)).is_file()
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
    finally:
        store.close()


def test_bad_url_is_one_clear_error() -> None:
    with pytest.raises(StoreError):
        open_store("nosuchdialect://x/y")


def test_opening_twice_does_not_migrate_again(store: object, db_url: str) -> None:
    again = open_store(db_url)
    try:
        assert sa.inspect(again.engine).has_table("alignments")
    finally:
        again.close()


def test_an_in_memory_store_opens_and_keeps_its_journal_mode() -> None:
    # WAL is a file's mode: an in-memory database keeps "memory" and must not wait for WAL
    store = open_store("sqlite://")
    try:
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "memory"
    finally:
        store.close()
