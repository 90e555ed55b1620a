"""Migrations: head matches the schema module; a store of the first revision upgrades intact."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from renkei.store import schema as t
from renkei.store.engine import create_engine, current_revision, open_store, upgrade
from renkei.track.progress import history


def test_head_matches_schema_module(db_url: str) -> None:
    store = open_store(db_url)
    try:
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), t.metadata) == []
    finally:
        store.close()


def _insert(conn: sa.Connection, table: str, row: dict[str, object]) -> None:
    """Insert by table name: the first revision's tables, not the schema module's."""
    conn.execute(sa.insert(sa.table(table, *map(sa.column, row))), [row])


def test_upgrade_from_first_revision_keeps_data(db_url: str) -> None:
    from renkei.store.engine import resolve_url

    engine = create_engine(resolve_url(db_url))
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    assert not sa.inspect(engine).has_table("alignments")
    doc = {
        "id": "d1",
        "content_sha256": "0" * 64,
        "partnership": None,
        "lang": "en",
        "title": "T",
        "date": "2023-01-31",
        "kind": None,
        "parties": '["JPN","NATO"]',
        "path": None,
        "coder_version": "v1",
        "translation_of": None,
        "n_sentences": 1,
        "ingested_at": "2023-01-31T00:00:00+00:00",
    }
    with engine.begin() as conn:
        _insert(conn, "documents", doc)
        _insert(
            conn, "sentences", {"doc": "d1", "sid": 1, "text": "We will.", "start": 0, "end": 8}
        )
        _insert(
            conn,
            "acts",
            {"doc": "d1", "sid": 1, "idx": 0, "act": "commit", "intensity": 0, "speaker": "[]"}
            | {"targets": "[]", "commitment": True, "cue": ""},
        )
        _insert(
            conn,
            "commitments",
            {"key": "d1:1:1", "doc": "d1", "sid": 1, "idx": 0, "area": "general"}
            | {"act": "commit", "summary": "We will.", "active": True},
        )
        _insert(
            conn,
            "progress",
            {"commitment": "d1:1:1", "status": "limited", "evidence": "begun", "date": "2023-02-01"}
            | {"author": "a", "releasability": "public", "created_at": "x"},
        )
    engine.dispose()
    store = open_store(db_url)  # first use after an upgrade of the package: migrates to head
    try:
        assert current_revision(store.engine) != "0001"
        with store.read() as conn:
            assert conn.execute(sa.select(t.documents.c.title)).scalar() == "T"
            assert conn.execute(sa.select(t.sentences.c.text)).scalar() == "We will."
            entries = history(conn)
            assert [e.status for e in entries["d1:1:1"]] == ["limited"]
            assert conn.execute(sa.select(sa.func.count()).select_from(t.alignments)).scalar() == 0
    finally:
        store.close()


def test_head_revision_is_alembics_head() -> None:
    """engine.head_revision reads the numbered file names; Alembic's graph must agree."""
    from alembic.script import ScriptDirectory

    from renkei.store.engine import alembic_config, head_revision

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == head_revision()
