"""Initial schema: partnerships, documents, sentences, acts, commitments, progress.

Revision ID: 0001
Revises:
Create Date: 2025-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

DOC_ID = sa.String(255)
KEY = sa.String(300)


def _sentence_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["doc", "sid"],
        ["sentences.doc", "sentences.sid"],
        name=f"fk_{table}_doc_sid_sentences",
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "partnerships",
        sa.Column("id", sa.String(100), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("parties", sa.Text, nullable=False, server_default="[]"),
        sa.PrimaryKeyConstraint("id", name="pk_partnerships"),
    )
    op.create_table(
        "documents",
        sa.Column("id", DOC_ID, nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("partnership", sa.String(100)),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("kind", sa.String(40)),
        sa.Column("parties", sa.Text, nullable=False, server_default="[]"),
        sa.Column("path", sa.Text),
        sa.Column("coder_version", sa.String(100), nullable=False),
        sa.Column("translation_of", DOC_ID),
        sa.Column("n_sentences", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("content_sha256", name="uq_documents_content_sha256"),
        sa.ForeignKeyConstraint(
            ["partnership"], ["partnerships.id"], name="fk_documents_partnership_partnerships"
        ),
        sa.ForeignKeyConstraint(
            ["translation_of"], ["documents.id"], name="fk_documents_translation_of_documents"
        ),
    )
    op.create_index("ix_documents_partnership", "documents", ["partnership"])
    op.create_table(
        "sentences",
        sa.Column("doc", DOC_ID, nullable=False),
        sa.Column("sid", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("section", sa.Text),
        sa.PrimaryKeyConstraint("doc", "sid", name="pk_sentences"),
        sa.ForeignKeyConstraint(
            ["doc"], ["documents.id"], name="fk_sentences_doc_documents", ondelete="CASCADE"
        ),
    )
    op.create_table(
        "sentence_topics",
        sa.Column("doc", DOC_ID, nullable=False),
        sa.Column("sid", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("topic", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("doc", "sid", "topic", name="pk_sentence_topics"),
        _sentence_fk("sentence_topics"),
    )
    op.create_index("ix_sentence_topics_topic", "sentence_topics", ["topic"])
    op.create_table(
        "sentence_concepts",
        sa.Column("doc", DOC_ID, nullable=False),
        sa.Column("sid", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("concept", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("doc", "sid", "concept", name="pk_sentence_concepts"),
        _sentence_fk("sentence_concepts"),
    )
    op.create_index("ix_sentence_concepts_concept", "sentence_concepts", ["concept"])
    op.create_table(
        "acts",
        sa.Column("doc", DOC_ID, nullable=False),
        sa.Column("sid", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("idx", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("act", sa.String(20), nullable=False),
        sa.Column("intensity", sa.Integer, nullable=False),
        sa.Column("speaker", sa.Text, nullable=False),
        sa.Column("targets", sa.Text, nullable=False),
        sa.Column("commitment", sa.Boolean, nullable=False),
        sa.Column("cue", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("doc", "sid", "idx", name="pk_acts"),
        _sentence_fk("acts"),
    )
    op.create_table(
        "commitments",
        sa.Column("key", KEY, nullable=False),
        sa.Column("doc", DOC_ID, nullable=False),
        sa.Column("sid", sa.Integer, nullable=False),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("partnership", sa.String(100)),
        sa.Column("area", sa.String(60), nullable=False),
        sa.Column("act", sa.String(20), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_commitments"),
        sa.UniqueConstraint("doc", "sid", "idx", name="uq_commitments_doc_sid_idx"),
        sa.ForeignKeyConstraint(["doc"], ["documents.id"], name="fk_commitments_doc_documents"),
    )
    op.create_index("ix_commitments_partnership", "commitments", ["partnership"])
    op.create_table(
        "commitment_links",
        sa.Column("commitment", KEY, nullable=False),
        sa.Column("doc", DOC_ID, nullable=False),
        sa.Column("sid", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("idx", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("decided_by", sa.Text),
        sa.Column("decided_at", sa.String(32)),
        sa.PrimaryKeyConstraint("commitment", "doc", "sid", "idx", name="pk_commitment_links"),
        sa.ForeignKeyConstraint(
            ["commitment"],
            ["commitments.key"],
            name="fk_commitment_links_commitment_commitments",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["doc"], ["documents.id"], name="fk_commitment_links_doc_documents"
        ),
    )
    op.create_index("ix_commitment_links_doc_sid_idx", "commitment_links", ["doc", "sid", "idx"])
    op.create_index("ix_commitment_links_state", "commitment_links", ["state"])
    op.create_table(
        "progress",
        sa.Column("id", sa.Integer, nullable=False, autoincrement=True),
        sa.Column("commitment", KEY, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("sentence_doc", DOC_ID),
        sa.Column("sentence_sid", sa.Integer),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("releasability", sa.String(20), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_progress"),
        sa.ForeignKeyConstraint(
            ["commitment"], ["commitments.key"], name="fk_progress_commitment_commitments"
        ),
    )
    op.create_index("ix_progress_commitment", "progress", ["commitment"])


def downgrade() -> None:
    for table in (
        "progress",
        "commitment_links",
        "commitments",
        "acts",
        "sentence_concepts",
        "sentence_topics",
        "sentences",
        "documents",
        "partnerships",
    ):
        op.drop_table(table)
