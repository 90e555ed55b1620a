"""The store's tables (SQLAlchemy Core), portable across SQLite and PostgreSQL.

Natural keys throughout (document id, (doc, sid), (doc, sid, idx), commitment
key) so that two processes ingesting the same files, or an export imported
elsewhere, give identical rows. Only progress entries, which people append,
carry a surrogate integer id. List-valued fields (parties, speaker, targets)
are JSON arrays in TEXT columns: portable, and exported as they are.

This module describes the head revision; migrations under `migrations/versions`
are written out by hand and must be kept in step (a test compares them).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

DOC_ID = sa.String(255)
KEY = sa.String(300)

partnerships = sa.Table(
    "partnerships",
    metadata,
    sa.Column("id", sa.String(100), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("parties", sa.Text, nullable=False, server_default="[]"),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", DOC_ID, primary_key=True),
    sa.Column("content_sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("partnership", sa.String(100), sa.ForeignKey("partnerships.id"), index=True),
    sa.Column("lang", sa.String(8), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("kind", sa.String(40)),
    sa.Column("parties", sa.Text, nullable=False, server_default="[]"),
    sa.Column("path", sa.Text),
    sa.Column("coder_version", sa.String(100), nullable=False),
    sa.Column("translation_of", DOC_ID, sa.ForeignKey("documents.id")),
    sa.Column("n_sentences", sa.Integer, nullable=False),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

sentences = sa.Table(
    "sentences",
    metadata,
    sa.Column("doc", DOC_ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("sid", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("section", sa.Text),
)

sentence_topics = sa.Table(
    "sentence_topics",
    metadata,
    sa.Column("doc", DOC_ID, primary_key=True),
    sa.Column("sid", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("topic", sa.String(60), primary_key=True),
    sa.ForeignKeyConstraint(["doc", "sid"], ["sentences.doc", "sentences.sid"], ondelete="CASCADE"),
    sa.Index("ix_sentence_topics_topic", "topic"),
)

sentence_concepts = sa.Table(
    "sentence_concepts",
    metadata,
    sa.Column("doc", DOC_ID, primary_key=True),
    sa.Column("sid", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("concept", sa.String(100), primary_key=True),
    sa.ForeignKeyConstraint(["doc", "sid"], ["sentences.doc", "sentences.sid"], ondelete="CASCADE"),
    sa.Index("ix_sentence_concepts_concept", "concept"),
)

acts = sa.Table(
    "acts",
    metadata,
    sa.Column("doc", DOC_ID, primary_key=True),
    sa.Column("sid", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("idx", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("act", sa.String(20), nullable=False),
    sa.Column("intensity", sa.Integer, nullable=False),
    sa.Column("speaker", sa.Text, nullable=False),
    sa.Column("targets", sa.Text, nullable=False),
    sa.Column("commitment", sa.Boolean, nullable=False),
    sa.Column("cue", sa.Text, nullable=False, server_default=""),
    sa.ForeignKeyConstraint(["doc", "sid"], ["sentences.doc", "sentences.sid"], ondelete="CASCADE"),
)

# A commitment outlives a re-coding of its document: it references the
# document, not the sentence row, and `active` turns false when the act at
# (doc, sid, idx) is no longer coded as a commitment. Its progress stays.
commitments = sa.Table(
    "commitments",
    metadata,
    sa.Column("key", KEY, primary_key=True),
    sa.Column("doc", DOC_ID, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("sid", sa.Integer, nullable=False),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("partnership", sa.String(100), index=True),
    sa.Column("area", sa.String(60), nullable=False),
    sa.Column("act", sa.String(20), nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.UniqueConstraint("doc", "sid", "idx"),
    sa.Index("ix_commitments_area_active", "area", "active"),
)

commitment_links = sa.Table(
    "commitment_links",
    metadata,
    sa.Column(
        "commitment",
        KEY,
        sa.ForeignKey("commitments.key", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("doc", DOC_ID, sa.ForeignKey("documents.id"), primary_key=True),
    sa.Column("sid", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("idx", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("kind", sa.String(20), nullable=False),  # restate | translation
    sa.Column("state", sa.String(10), nullable=False),  # proposed | accepted | rejected
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("decided_by", sa.Text),
    sa.Column("decided_at", sa.String(32)),
    sa.Index("ix_commitment_links_doc_sid_idx", "doc", "sid", "idx"),
    sa.Index("ix_commitment_links_state", "state"),
)

progress = sa.Table(
    "progress",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("commitment", KEY, sa.ForeignKey("commitments.key"), nullable=False, index=True),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("sentence_doc", DOC_ID),
    sa.Column("sentence_sid", sa.Integer),
    sa.Column("date", sa.String(10), nullable=False),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("releasability", sa.String(20), nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
)

# Added by the second migration: sentence pairs of a translation and its original.
alignments = sa.Table(
    "alignments",
    metadata,
    sa.Column("doc", DOC_ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("sid", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column(
        "original_doc",
        DOC_ID,
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("original_sid", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Index("ix_alignments_original_doc_original_sid", "original_doc", "original_sid"),
)

# Export / import order: every table after the tables it references.
TABLES: tuple[sa.Table, ...] = (
    partnerships,
    documents,
    sentences,
    sentence_topics,
    sentence_concepts,
    acts,
    commitments,
    commitment_links,
    progress,
    alignments,
)

# Columns holding JSON arrays in TEXT.
JSON_LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "partnerships": ("parties",),
    "documents": ("parties",),
    "acts": ("speaker", "targets"),
}
