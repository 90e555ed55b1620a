"""Web serving at load: the store generation (cache key) and shared login failures.

`store_generation` holds one row whose counter the database bumps, by trigger,
in every transaction that changes documents, partnerships, alignments,
commitments, links or progress, whoever writes (server, CLI, another process).
SQLite: row triggers (writes are serialised, so the bump commits with the data).
PostgreSQL: deferred constraint triggers that bump once per transaction at
commit time, after the transaction's other locks, so concurrent writers never
wait on the counter while holding what another needs (no deadlock).

Revision ID: 0004
Revises: 0003
Create Date: 2025-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import renkei.serve.tables  # noqa: F401  (head definitions on the shared MetaData)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Kept here (not imported) so that this revision stays what it was when written.
TABLES = (
    "partnerships",
    "documents",
    "alignments",
    "commitments",
    "commitment_links",
    "progress",
)
BUMP = "UPDATE store_generation SET n = n + 1 WHERE id = 1"

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION renkei_bump_generation() RETURNS trigger AS $$
BEGIN
    -- once per transaction: the flag is transaction-local
    IF current_setting('renkei.generation_bumped', true) IS DISTINCT FROM
       txid_current()::text THEN
        PERFORM set_config('renkei.generation_bumped', txid_current()::text, true);
        UPDATE store_generation SET n = n + 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    op.create_table(
        "store_generation",
        sa.Column("id", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("n", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_store_generation"),
    )
    op.execute("INSERT INTO store_generation (id, n) VALUES (1, 1)")
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer, nullable=False, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("at", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_login_failures"),
    )
    op.create_index("ix_login_failures_key_at", "login_failures", ["key", "at"])
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(PG_FUNCTION)
    for table in TABLES:
        if dialect == "sqlite":
            for event in ("INSERT", "UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER renkei_gen_{table}_{event.lower()} AFTER {event} ON {table} "
                    f"BEGIN {BUMP}; END"
                )
        elif dialect == "postgresql":
            op.execute(
                f"CREATE CONSTRAINT TRIGGER renkei_gen_{table} "
                f"AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                "EXECUTE FUNCTION renkei_bump_generation()"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        if dialect == "sqlite":
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS renkei_gen_{table}_{event}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS renkei_gen_{table} ON {table}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS renkei_bump_generation()")
    op.drop_index("ix_login_failures_key_at", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_table("store_generation")
