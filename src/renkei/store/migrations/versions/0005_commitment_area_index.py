"""Index commitments by area (and active, so that counting them reads the index alone):
the programme asks for each area's latest commitments and its counts.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_commitments_area_active", "commitments", ["area", "active"])


def downgrade() -> None:
    op.drop_index("ix_commitments_area_active", table_name="commitments")
