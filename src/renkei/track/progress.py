"""Progress of commitments: an append-only history of dated, evidenced entries.

Status follows the Open Government Partnership completion scale (not started,
limited, substantial, complete) plus withdrawn. Each entry says who may see
it: `public`, `partners` (every party of the partnership, and no one else),
or one party code. Entries are only ever added; a correction is a new entry.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from renkei.errors import TrackError
from renkei.store import schema as t
from renkei.store.engine import Store
from renkei.store.refs import resolve_commitment, resolve_sentence
from renkei.store.rows import load_list

NOT_STARTED = "not_started"
STATUSES: tuple[str, ...] = (NOT_STARTED, "limited", "substantial", "complete", "withdrawn")
RELEASABILITY = ("public", "partners")
_PARTY = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


@dataclass(frozen=True)
class ProgressEntry:
    id: int
    commitment: str
    status: str
    evidence: str
    url: str | None
    sentence: str | None  # DOC:SID
    date: str
    author: str
    releasability: str
    created_at: str


def normalise_status(value: str) -> str:
    status = value.strip().lower().replace("-", "_").replace(" ", "_")
    if status not in STATUSES:
        raise TrackError(f"unknown status {value!r}; use one of {', '.join(STATUSES)}")
    return status


def check_releasability(value: str, parties: list[str]) -> str:
    """public | partners | one party of the partnership (its code)."""
    low = value.strip().lower()
    if low in RELEASABILITY:
        return low
    code = value.strip().upper()
    if parties and code not in parties:
        raise TrackError(
            f"releasability {value!r}: use public, partners or one of {', '.join(parties)}"
        )
    if not _PARTY.match(code):
        raise TrackError(f"releasability {value!r}: use public, partners or a party code")
    return code


def visible(releasability: str, audience: str | None, parties: Collection[str] = ()) -> bool:
    """May `audience` see this entry of a commitment whose partnership has `parties`?

    The audience is None (the store's owner, who sees all), "public",
    "partners" (the partnership's parties together) or one party's code. A
    `partners` entry is for the parties of the partnership only: a party
    outside it sees what the public sees.
    """
    if audience is None or releasability == "public":
        return True
    if audience == "public":
        return False
    if audience == "partners":
        return releasability == "partners"
    party = audience.upper()
    if releasability == "partners":
        return party in {p.upper() for p in parties}
    return releasability == party


def check_date(value: str | None) -> str:
    if value is None:
        return date.today().isoformat()
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise TrackError(f"date {value!r}: use YYYY-MM-DD") from exc


def default_author() -> str:
    return os.environ.get("RENKEI_AUTHOR") or getpass.getuser()


def add_progress(
    store: Store,
    commitment: str,
    *,
    status: str,
    evidence: str,
    url: str | None = None,
    sentence: str | None = None,
    on: str | None = None,
    author: str | None = None,
    releasability: str = "partners",
) -> ProgressEntry:
    """Append one progress entry; returns it as stored."""
    status = normalise_status(status)
    if not evidence.strip():
        raise TrackError("--evidence is required: say what shows this status")
    when = check_date(on)
    with store.write() as conn:
        key = resolve_commitment(conn, commitment)
        release = check_releasability(releasability, commitment_parties(conn, key))
        doc, sid = resolve_sentence(conn, sentence) if sentence else (None, None)
        values = {
            "commitment": key,
            "status": status,
            "evidence": evidence.strip(),
            "url": url,
            "sentence_doc": doc,
            "sentence_sid": sid,
            "date": when,
            "author": author or default_author(),
            "releasability": release,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        new_id = conn.execute(t.progress.insert().values(**values)).inserted_primary_key
        assert new_id is not None
    return progress_entry({"id": int(new_id[0]), **values})


def progress_entry(r: Mapping[Any, Any]) -> ProgressEntry:
    """A stored progress row (table `progress`) as a ProgressEntry."""
    doc, sid = r.get("sentence_doc"), r.get("sentence_sid")
    return ProgressEntry(
        id=int(r["id"]),
        commitment=str(r["commitment"]),
        status=str(r["status"]),
        evidence=str(r["evidence"]),
        url=r["url"] if isinstance(r["url"], str) else None,
        sentence=f"{doc}:{sid}" if doc is not None else None,
        date=str(r["date"]),
        author=str(r["author"]),
        releasability=str(r["releasability"]),
        created_at=str(r["created_at"]),
    )


def parties_column() -> sa.ColumnElement[str]:
    """The parties of a commitment's partnership, else of its document, for a query that
    joins commitments with documents and (outer) partnerships."""
    return sa.func.coalesce(
        sa.func.nullif(t.partnerships.c.parties, "[]"), t.documents.c.parties
    ).label("parties_")


def commitment_parties(conn: sa.Connection, key: str) -> list[str]:
    """The parties a commitment is shared among: its partnership's, else its document's."""
    c = t.commitments
    stmt = (
        sa.select(parties_column())
        .select_from(
            c.join(t.documents, t.documents.c.id == c.c.doc).outerjoin(
                t.partnerships, t.partnerships.c.id == c.c.partnership
            )
        )
        .where(c.c.key == key)
    )
    return load_list(conn.execute(stmt).scalar())


def history(
    conn: sa.Connection,
    keys: Collection[str] | None = None,
    audience: str | None = None,
    *,
    partnership: str | None = None,
) -> dict[str, list[ProgressEntry]]:
    """Entries per commitment, oldest first (by date, then by the order they were added).

    Restricted to `keys`, or to the commitments of `partnership`, when given.
    """
    return history_for(
        conn,
        lambda releasability, parties: visible(releasability, audience, parties),
        keys=keys,
        partnership=partnership,
    )


def history_for(
    conn: sa.Connection,
    may_see: Callable[[str, list[str]], bool],
    *,
    keys: Collection[str] | None = None,
    partnership: str | None = None,
) -> dict[str, list[ProgressEntry]]:
    """The entries `may_see(releasability, partnership parties)` admits, per commitment,
    oldest first."""
    p, c = t.progress, t.commitments
    stmt = (
        sa.select(p, parties_column())
        .select_from(
            p.join(c, c.c.key == p.c.commitment)
            .join(t.documents, t.documents.c.id == c.c.doc)
            .outerjoin(t.partnerships, t.partnerships.c.id == c.c.partnership)
        )
        .order_by(p.c.date, p.c.id)
    )
    if keys is not None:
        stmt = stmt.where(p.c.commitment.in_(list(keys)))
    if partnership is not None:
        stmt = stmt.where(c.c.partnership == partnership)
    out: dict[str, list[ProgressEntry]] = {}
    for row in conn.execute(stmt).mappings():
        if may_see(str(row["releasability"]), load_list(row["parties_"])):
            out.setdefault(str(row["commitment"]), []).append(progress_entry(row))
    return out
