"""Sentence alignments of translations; index documents by date.

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DOC_ID = sa.String(255)


def upgrade() -> None:
    op.create_table(
        "alignments",
        sa.Column("doc", DOC_ID, nullable=False),
        sa.Column("sid", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("original_doc", DOC_ID, nullable=False),
        sa.Column("original_sid", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("doc", "sid", "original_doc", "original_sid", name="pk_alignments"),
        sa.ForeignKeyConstraint(
            ["doc"], ["documents.id"], name="fk_alignments_doc_documents", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["original_doc"],
            ["documents.id"],
            name="fk_alignments_original_doc_documents",
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_alignments_original_doc_original_sid", "alignments", ["original_doc", "original_sid"]
    )
    op.create_index("ix_documents_date", "documents", ["date"])


def downgrade() -> None:
    op.drop_index("ix_documents_date", table_name="documents")
    op.drop_table("alignments")
