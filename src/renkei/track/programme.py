"""The programme: areas -> commitments, each with status, last evidence and citations.

A commitment's status is that of its latest progress entry the audience may
see (`not_started` when there is none). A commitment that an accepted link
shows to be the restatement of an earlier one is folded into that one: it
appears among the documents that restated it, not as a commitment of its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from renkei.errors import NotFoundError
from renkei.store import schema as t
from renkei.store.refs import resolve_commitment
from renkei.track.areas import topic_rank
from renkei.track.links import Link, list_links
from renkei.track.progress import NOT_STARTED, ProgressEntry, history


@dataclass(frozen=True)
class Citation:
    doc: str
    sid: int
    date: str | None
    lang: str | None
    text: str
    act_no: int | None = None  # N of DOC:SID:N, when the citation is of one act

    @property
    def ref(self) -> str:
        base = f"{self.doc}:{self.sid}"
        return base if self.act_no is None else f"{base}:{self.act_no}"


@dataclass(frozen=True)
class CommitmentView:
    key: str
    area: str
    act: str
    active: bool
    status: str
    status_date: str | None
    last_evidence: str | None
    made_in: Citation
    restated_in: tuple[Citation, ...] = ()
    proposed_links: int = 0


@dataclass(frozen=True)
class AreaView:
    area: str
    commitments: tuple[CommitmentView, ...]


@dataclass(frozen=True)
class CommitmentDetail:
    commitment: CommitmentView
    partnership: str | None
    history: tuple[ProgressEntry, ...]
    links: tuple[Link, ...] = field(default_factory=tuple)


def _commitment_rows(
    conn: sa.Connection, partnership: str | None, key: str | None = None
) -> list[sa.Row[tuple[object, ...]]]:
    c, d = t.commitments, t.documents
    stmt = (
        sa.select(c, d.c.date, d.c.lang)
        .select_from(c.join(d, d.c.id == c.c.doc))
        .order_by(d.c.date, c.c.doc, c.c.sid, c.c.idx)
    )
    if partnership is not None:
        stmt = stmt.where(c.c.partnership == partnership)
    if key is not None:
        stmt = stmt.where(c.c.key == key)
    return list(conn.execute(stmt))


def _accepted_links(
    conn: sa.Connection, partnership: str | None, key: str | None = None
) -> dict[str, list[Citation]]:
    cl, d, s = t.commitment_links, t.documents, t.sentences
    stmt = (
        sa.select(cl.c.commitment, cl.c.doc, cl.c.sid, cl.c.idx, d.c.date, d.c.lang, s.c.text)
        .select_from(
            cl.join(d, d.c.id == cl.c.doc)
            .join(t.commitments, t.commitments.c.key == cl.c.commitment)
            .outerjoin(s, sa.and_(s.c.doc == cl.c.doc, s.c.sid == cl.c.sid))
        )
        .where(cl.c.state == "accepted")
        .order_by(d.c.date, cl.c.doc, cl.c.sid, cl.c.idx)
    )
    if partnership is not None:
        stmt = stmt.where(t.commitments.c.partnership == partnership)
    if key is not None:
        stmt = stmt.where(cl.c.commitment == key)
    out: dict[str, list[Citation]] = defaultdict(list)
    for r in conn.execute(stmt):
        out[r.commitment].append(Citation(r.doc, r.sid, r.date, r.lang, r.text or "", r.idx + 1))
    return out


def _proposed_counts(conn: sa.Connection, partnership: str | None) -> dict[str, int]:
    cl = t.commitment_links
    stmt = (
        sa.select(cl.c.commitment, sa.func.count())
        .where(cl.c.state == "proposed")
        .group_by(cl.c.commitment)
    )
    if partnership is not None:
        stmt = stmt.join(t.commitments, t.commitments.c.key == cl.c.commitment).where(
            t.commitments.c.partnership == partnership
        )
    return {k: int(n) for k, n in conn.execute(stmt)}


def _sentence_texts(
    conn: sa.Connection, partnership: str | None, key: str | None
) -> dict[tuple[str, int], str]:
    c, s = t.commitments, t.sentences
    stmt = sa.select(s.c.doc, s.c.sid, s.c.text).select_from(
        c.join(s, sa.and_(s.c.doc == c.c.doc, s.c.sid == c.c.sid))
    )
    if partnership is not None:
        stmt = stmt.where(c.c.partnership == partnership)
    if key is not None:
        stmt = stmt.where(c.c.key == key)
    return {(d, sid): text for d, sid, text in conn.execute(stmt)}


def _view(
    row: sa.Row[tuple[object, ...]],
    entries: list[ProgressEntry],
    restated: list[Citation],
    proposed: int,
    text: str | None,
) -> CommitmentView:
    m = row._mapping
    last = entries[-1] if entries else None
    return CommitmentView(
        key=str(m["key"]),
        area=str(m["area"]),
        act=str(m["act"]),
        active=bool(m["active"]),
        status=last.status if last else NOT_STARTED,
        status_date=last.date if last else None,
        last_evidence=last.evidence if last else None,
        made_in=Citation(
            str(m["doc"]),
            int(m["sid"]),
            m["date"],
            m["lang"],
            text if text is not None else str(m["summary"]),
            int(m["idx"]) + 1,
        ),
        restated_in=tuple(restated),
        proposed_links=proposed,
    )


def programme(
    conn: sa.Connection,
    partnership: str | None = None,
    *,
    audience: str | None = None,
    include_inactive: bool = False,
) -> list[AreaView]:
    """Areas in scheme order, each with its commitments (oldest first)."""
    rows = _commitment_rows(conn, partnership)
    entries = history(conn, audience=audience, partnership=partnership)
    links = _accepted_links(conn, partnership)
    proposed = _proposed_counts(conn, partnership)
    texts = _sentence_texts(conn, partnership, None)
    restatements = {(c.doc, c.sid, (c.act_no or 1) - 1) for cites in links.values() for c in cites}
    areas: dict[str, list[CommitmentView]] = defaultdict(list)
    for row in rows:
        m = row._mapping
        key = str(m["key"])
        if (m["doc"], m["sid"], m["idx"]) in restatements:
            continue
        if not m["active"] and not include_inactive and key not in entries:
            continue
        view = _view(
            row,
            entries.get(key, []),
            links.get(key, []),
            proposed.get(key, 0),
            texts.get((str(m["doc"]), int(m["sid"]))),
        )
        areas[view.area].append(view)
    return [AreaView(a, tuple(areas[a])) for a in sorted(areas, key=topic_rank)]


def commitment_detail(
    conn: sa.Connection, ref: str, *, audience: str | None = None
) -> CommitmentDetail:
    key = resolve_commitment(conn, ref)
    rows = _commitment_rows(conn, None, key)
    if not rows:
        raise NotFoundError(f"no commitment {ref}")
    entries = history(conn, [key], audience).get(key, [])
    links = list_links(conn, commitment=key)
    accepted = _accepted_links(conn, None, key).get(key, [])
    view = _view(
        rows[0],
        entries,
        accepted,
        sum(1 for link in links if link.state == "proposed"),
        _sentence_texts(conn, None, key).get(
            (str(rows[0]._mapping["doc"]), int(rows[0]._mapping["sid"]))
        ),
    )
    partnership = rows[0]._mapping["partnership"]
    return CommitmentDetail(
        commitment=view,
        partnership=str(partnership) if partnership is not None else None,
        history=tuple(entries),
        links=tuple(links),
    )
