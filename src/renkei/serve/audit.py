"""The audit log: who changed what, when. Append-only; read by admins, scoped by party."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from renkei.serve import tables as w
from renkei.serve.auth import iso, now
from renkei.store.engine import Store

PUBLIC = "public"


def audience_of(releasability: str, parties: Collection[str]) -> str:
    """The audit row's audience for something so releasable."""
    if releasability == "public":
        return PUBLIC
    codes = sorted(parties) if releasability == "partners" else [releasability]
    return "," + ",".join(codes) + ","


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    party: str | None
    action: str
    target: str
    detail: dict[str, Any]


def record(
    store: Store,
    *,
    actor: str,
    party: str | None,
    action: str,
    target: str,
    detail: dict[str, Any] | None = None,
    audience: str = PUBLIC,
) -> None:
    with store.write() as conn:
        conn.execute(
            w.audit_log.insert().values(
                at=iso(now()),
                actor=actor,
                party=party,
                action=action,
                target=target,
                detail=json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
                audience=audience,
            )
        )


def entries_for(conn: sa.Connection, party: str, *, limit: int = 200) -> list[AuditEntry]:
    """The newest rows `party` may read."""
    a = w.audit_log
    stmt = (
        sa.select(a)
        .where(sa.or_(a.c.audience == PUBLIC, a.c.audience.contains(f",{party},")))
        .order_by(a.c.id.desc())
        .limit(limit)
    )
    return [
        AuditEntry(
            int(m["id"]),
            str(m["at"]),
            str(m["actor"]),
            m["party"],
            str(m["action"]),
            str(m["target"]),
            json.loads(m["detail"] or "{}"),
        )
        for m in conn.execute(stmt).mappings()
    ]
