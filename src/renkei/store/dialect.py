"""The few statements that differ between SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

IN_LIST_MAX = 1000  # values per IN list: well inside every backend's bound-parameter limit


def insert_ignore(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT rows, skipping those whose key is already there (ON CONFLICT DO NOTHING)."""
    if not rows:
        return
    # Each dialect module is imported only when used: PostgreSQL's pulls in its
    # drivers' modules, a noticeable part of a short command's start-up.
    name = conn.dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects import postgresql

        stmt: Any = postgresql.insert(table).on_conflict_do_nothing()
    elif name == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt = sqlite.insert(table).on_conflict_do_nothing()
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(name)
    conn.execute(stmt, list(rows))


def lock_name(conn: sa.Connection, namespace: str, name: str) -> None:
    """Hold, until the (write) transaction ends, a lock on `name` that other writers
    taking the same lock wait for.

    PostgreSQL: a transaction-scoped advisory lock on a 64-bit hash of the
    name. SQLite: nothing to take, as a write transaction (BEGIN IMMEDIATE)
    already excludes every other writer.
    """
    name_ = conn.dialect.name
    if name_ == "postgresql":
        digest = hashlib.blake2b(f"{namespace}\0{name}".encode(), digest_size=8).digest()
        key = int.from_bytes(digest, "big", signed=True)
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})
    elif name_ != "sqlite":  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(name_)
