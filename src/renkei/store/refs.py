"""Resolve what users type: documents (id, path or date), DOC:SID, commitment keys."""

from __future__ import annotations

import os
import re
from pathlib import Path

import sqlalchemy as sa

from renkei.errors import NotFoundError
from renkei.store import schema as t

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def resolve_document(conn: sa.Connection, ref: str, partnership: str | None = None) -> str:
    """A stored document by id, by the path of its file (content hash or stem), or by date."""
    docs = t.documents
    if conn.execute(sa.select(docs.c.id).where(docs.c.id == ref)).first():
        return ref
    if os.path.isfile(ref):
        from renkei.store.ingest import sha256_file

        found = conn.execute(
            sa.select(docs.c.id).where(docs.c.content_sha256 == sha256_file(ref))
        ).scalar()
        if found is not None:
            return str(found)
    stem = Path(ref).stem if ref.endswith((".txt", ".pdf", ".html", ".htm")) else None
    if stem and conn.execute(sa.select(docs.c.id).where(docs.c.id == stem)).first():
        return stem
    if _DATE.match(ref):
        stmt = sa.select(docs.c.id).where(docs.c.date.startswith(ref)).order_by(docs.c.id)
        if partnership:
            stmt = stmt.where(docs.c.partnership == partnership)
        found_ids = list(conn.execute(stmt).scalars())
        if len(found_ids) == 1:
            return str(found_ids[0])
        if len(found_ids) > 1:
            originals = _originals_only(conn, found_ids)
            if len(originals) == 1:
                return originals[0]
            raise NotFoundError(
                f"{ref} names {len(found_ids)} documents ({', '.join(found_ids[:4])}"
                f"{', ...' if len(found_ids) > 4 else ''}); give an id"
            )
    raise NotFoundError(f"no document {ref} in the store")


def _originals_only(conn: sa.Connection, ids: list[str]) -> list[str]:
    rows = conn.execute(
        sa.select(t.documents.c.id).where(
            t.documents.c.id.in_(ids), t.documents.c.translation_of.is_(None)
        )
    ).scalars()
    return [str(r) for r in rows]


def split_ref(ref: str) -> tuple[str, list[int]]:
    """ "DOC:12:2" -> ("DOC", [12, 2]); the document id may itself contain colons."""
    parts = ref.split(":")
    numbers: list[int] = []
    while len(parts) > 1 and parts[-1].isdigit() and len(numbers) < 2:
        numbers.insert(0, int(parts.pop()))
    return ":".join(parts), numbers


def resolve_sentence(conn: sa.Connection, ref: str) -> tuple[str, int]:
    doc, numbers = split_ref(ref)
    if len(numbers) != 1:
        raise NotFoundError(f"{ref}: a sentence is DOC:SID")
    if not conn.execute(
        sa.select(t.sentences.c.sid).where(
            t.sentences.c.doc == doc, t.sentences.c.sid == numbers[0]
        )
    ).first():
        raise NotFoundError(f"no sentence {ref} in the store")
    return doc, numbers[0]


def resolve_act(conn: sa.Connection, ref: str) -> tuple[str, int, int]:
    """DOC:SID:N (N from 1), or DOC:SID when that sentence has a single act."""
    doc, numbers = split_ref(ref)
    if not numbers:
        raise NotFoundError(f"{ref}: an act is DOC:SID:N")
    stmt = sa.select(t.acts.c.idx).where(t.acts.c.doc == doc, t.acts.c.sid == numbers[0])
    idxs = list(conn.execute(stmt.order_by(t.acts.c.idx)).scalars())
    if len(numbers) == 2:
        if numbers[1] - 1 not in idxs:
            raise NotFoundError(f"no act {ref} in the store")
        return doc, numbers[0], numbers[1] - 1
    if len(idxs) == 1:
        return doc, numbers[0], int(idxs[0])
    if not idxs:
        raise NotFoundError(f"no act in sentence {ref}")
    raise NotFoundError(f"{ref} has {len(idxs)} acts; say which: {ref}:1 .. {ref}:{len(idxs)}")


def resolve_commitment(conn: sa.Connection, ref: str) -> str:
    """A commitment by key, by DOC:SID when the sentence made one, or by a unique key suffix."""
    c = t.commitments
    if conn.execute(sa.select(c.c.key).where(c.c.key == ref)).first():
        return ref
    doc, numbers = split_ref(ref)
    if len(numbers) == 1:
        keys = list(
            conn.execute(sa.select(c.c.key).where(c.c.doc == doc, c.c.sid == numbers[0])).scalars()
        )
        if len(keys) == 1:
            return str(keys[0])
        if len(keys) > 1:
            raise NotFoundError(f"{ref} made {len(keys)} commitments: {', '.join(keys)}")
    if ref:
        keys = list(
            conn.execute(sa.select(c.c.key).where(c.c.key.endswith(ref)).limit(3)).scalars()
        )
        if len(keys) == 1:
            return str(keys[0])
        if len(keys) > 1:
            raise NotFoundError(f"{ref} matches several commitments ({', '.join(keys)}, ...)")
    raise NotFoundError(f"no commitment {ref}; `renkei programme` lists them")
