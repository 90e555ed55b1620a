"""Tables of the web layer: users, API tokens, sessions and the audit log.

They live on the store's MetaData (one schema, one migration history); the
migration `0003_web_access` creates them. Secrets are never stored in the
clear: passwords as argon2 hashes, tokens and session ids as SHA-256 digests
(a leaked database does not hand out live sessions).
"""

from __future__ import annotations

import sqlalchemy as sa

from renkei.store.schema import metadata

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("party", sa.String(20), nullable=False),
    sa.Column("role", sa.String(10), nullable=False),  # viewer | editor | admin
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("token_sha256", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Index("ix_api_tokens_user_id", "user_id"),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("id_sha256", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("expires_at", sa.String(32), nullable=False),
    sa.Index("ix_sessions_user_id", "user_id"),
)

# Append-only. `audience` is who may read the row: "public", or the party codes
# between commas (",JPN," for an entry marked JPN only, ",JPN,NATO," for
# partners), so the log itself leaks nothing to other parties.
audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.String(32), nullable=False, index=True),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("party", sa.String(20)),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("target", sa.Text, nullable=False),
    sa.Column("detail", sa.Text, nullable=False, server_default="{}"),
    sa.Column("audience", sa.Text, nullable=False),
)

WEB_TABLES: tuple[sa.Table, ...] = (users, api_tokens, sessions, audit_log)

# Added by `0004_serve_cache`. One row (id 1) whose `n` the database itself bumps
# (triggers in the migration) in every transaction that changes what the pages
# show: documents, partnerships, alignments, commitments, links, progress. The
# web layer keys its caches by it, so a write by any process, the CLI included,
# retires every cached page at once.
store_generation = sa.Table(
    "store_generation",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("n", sa.BigInteger, nullable=False),
)

# Failed logins, shared by every server process (the limit holds with --workers).
login_failures = sa.Table(
    "login_failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(200), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
    sa.Index("ix_login_failures_key_at", "key", "at"),
)

# The tables whose changes bump `store_generation` (users, sessions, tokens and the
# audit log do not change any cached view).
GENERATION_TABLES: tuple[str, ...] = (
    "partnerships",
    "documents",
    "alignments",
    "commitments",
    "commitment_links",
    "progress",
)
