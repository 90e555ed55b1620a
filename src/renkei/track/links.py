"""Links from commitments to later acts that restate or report on them.

Candidate links are proposed automatically from shared language-independent
keys (concepts, topics, targets) and confirmed or rejected by a person.
Proposals are made only between documents of the same partnership: that is
what a programme tracks, and it keeps the work bounded on a large store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import sqlalchemy as sa

from renkei.errors import NotFoundError, TrackError
from renkei.store import schema as t
from renkei.store.dialect import insert_ignore
from renkei.store.engine import Store
from renkei.track.keys import ActKeys, block_keys, index_by_keys, jaccard, load_act_keys

LinkState = Literal["proposed", "accepted", "rejected"]

# Acts that can restate or report on an earlier commitment.
LINKABLE_ACTS = frozenset({"reaffirm", "commit", "report", "welcome", "stress"})
_ACT_WEIGHT = {"reaffirm": 0.15, "commit": 0.1, "welcome": 0.05, "report": 0.05, "stress": 0.0}
THRESHOLD = 0.35
PER_ACT = 3  # at most this many proposals per act: the best candidates


def link_score(commitment: ActKeys, act: ActKeys) -> float:
    """0..1; 0 unless the two share a concept or a topic."""
    shared = (commitment.concepts & act.concepts) or (commitment.topics & act.topics)
    if not shared:
        return 0.0
    concepts = jaccard(commitment.concepts, act.concepts)
    topics = jaccard(commitment.topics, act.topics)
    targets = jaccard(commitment.targets, act.targets)
    if commitment.targets == act.targets:
        targets = 1.0  # same (possibly no) targets agree fully
    score = 0.4 * concepts + 0.35 * topics + 0.1 * targets + _ACT_WEIGHT.get(act.act, 0.0)
    if not commitment.concepts and not act.concepts:
        score += 0.15  # a coder without concepts: topics carry the weight
    return round(min(score, 1.0), 4)


@dataclass(frozen=True)
class _Doc:
    id: str
    translation_of: str | None


def _eligible(commitment: ActKeys, act: ActKeys, docs: dict[str, _Doc]) -> bool:
    if act.doc == commitment.doc or act.act not in LINKABLE_ACTS:
        return False
    a, c = docs[act.doc], docs[commitment.doc]
    if a.translation_of == c.id or c.translation_of == a.id:
        return False  # the same text in another language: linked by alignment
    return not (act.date and commitment.date and act.date < commitment.date)


def _proposals(
    commitments: list[ActKeys], acts: list[ActKeys], new_docs: set[str], docs: dict[str, _Doc]
) -> list[dict[str, object]]:
    keys_of = {c.ref: key for c, key in ((c, _key_attr(c)) for c in commitments)}
    by_key_c = index_by_keys(commitments)
    by_key_a = index_by_keys(acts)
    pairs: set[tuple[tuple[str, int, int], tuple[str, int, int]]] = set()
    candidates: dict[tuple[str, int, int], list[tuple[float, ActKeys]]] = {}
    act_by_ref = {a.ref: a for a in acts}
    com_by_ref = {c.ref: c for c in commitments}
    for a in acts:
        if a.doc in new_docs:
            for k in block_keys(a):
                pairs.update((c.ref, a.ref) for c in by_key_c.get(k, ()))
    for c in commitments:
        if c.doc in new_docs:
            for k in block_keys(c):
                pairs.update((c.ref, a.ref) for a in by_key_a.get(k, ()))
    for c_ref, a_ref in pairs:
        c, a = com_by_ref[c_ref], act_by_ref[a_ref]
        if not _eligible(c, a, docs):
            continue
        score = link_score(c, a)
        if score >= THRESHOLD:
            candidates.setdefault(a_ref, []).append((score, c))
    rows: list[dict[str, object]] = []
    for a_ref, scored in sorted(candidates.items()):
        scored.sort(key=lambda sc: (-sc[0], sc[1].ref))
        for score, c in scored[:PER_ACT]:
            rows.append(
                {
                    "commitment": keys_of[c.ref],
                    "doc": a_ref[0],
                    "sid": a_ref[1],
                    "idx": a_ref[2],
                    "kind": "restate",
                    "state": "proposed",
                    "score": score,
                }
            )
    return rows


def _key_attr(c: ActKeys) -> str:
    from renkei.track.commitments import commitment_key

    return commitment_key(c.doc, c.sid, c.idx)


def _insert_proposals(store: Store, rows: list[dict[str, object]]) -> None:
    """Insert, skipping links already there; retried if a concurrent ingest deadlocks us."""
    for attempt in range(3):
        try:
            with store.write() as conn:
                insert_ignore(conn, t.commitment_links, rows)
            return
        except sa.exc.OperationalError:
            if attempt == 2:
                raise


def propose_links(store: Store, docs: Sequence[str]) -> int:
    """Propose links for these (new or re-coded) documents, both ways in time. Returns count."""
    total = 0
    with store.read() as conn:
        partnerships = sorted(
            {
                p
                for p in conn.execute(
                    sa.select(t.documents.c.partnership).where(t.documents.c.id.in_(list(docs)))
                ).scalars()
                if p
            }
        )
    for partnership in partnerships:
        with store.read() as conn:
            in_p = t.documents.c.partnership == partnership
            acts = load_act_keys(conn, in_p)
            active = {
                (r.doc, r.sid, r.idx)
                for r in conn.execute(
                    sa.select(t.commitments.c.doc, t.commitments.c.sid, t.commitments.c.idx).where(
                        t.commitments.c.partnership == partnership, t.commitments.c.active
                    )
                )
            }
            meta = {
                r.id: _Doc(r.id, r.translation_of)
                for r in conn.execute(
                    sa.select(t.documents.c.id, t.documents.c.translation_of).where(in_p)
                )
            }
        commitments = [a for a in acts if a.ref in active]
        rows = _proposals(commitments, acts, set(docs), meta)
        if rows:
            _insert_proposals(store, rows)
        total += len(rows)
    return total


@dataclass(frozen=True)
class Link:
    commitment: str
    doc: str
    sid: int
    idx: int
    kind: str
    state: str
    score: float
    text: str
    act: str | None
    decided_by: str | None
    decided_at: str | None

    @property
    def ref(self) -> str:
        return f"{self.doc}:{self.sid}:{self.idx + 1}"


def list_links(
    conn: sa.Connection,
    *,
    commitment: str | None = None,
    state: str | None = None,
    partnership: str | None = None,
) -> list[Link]:
    cl = t.commitment_links
    stmt = (
        sa.select(cl, t.sentences.c.text, t.acts.c.act)
        .select_from(
            cl.outerjoin(
                t.sentences, sa.and_(t.sentences.c.doc == cl.c.doc, t.sentences.c.sid == cl.c.sid)
            )
            .outerjoin(
                t.acts,
                sa.and_(
                    t.acts.c.doc == cl.c.doc, t.acts.c.sid == cl.c.sid, t.acts.c.idx == cl.c.idx
                ),
            )
            .join(t.commitments, t.commitments.c.key == cl.c.commitment)
        )
        .order_by(cl.c.commitment, sa.desc(cl.c.score), cl.c.doc, cl.c.sid, cl.c.idx)
    )
    if commitment:
        stmt = stmt.where(cl.c.commitment == commitment)
    if state:
        stmt = stmt.where(cl.c.state == state)
    if partnership:
        stmt = stmt.where(t.commitments.c.partnership == partnership)
    return [
        Link(
            commitment=r.commitment,
            doc=r.doc,
            sid=r.sid,
            idx=r.idx,
            kind=r.kind,
            state=r.state,
            score=r.score,
            text=r.text or "",
            act=r.act,
            decided_by=r.decided_by,
            decided_at=r.decided_at,
        )
        for r in conn.execute(stmt)
    ]


def decide_link(
    store: Store,
    commitment: str,
    doc: str,
    sid: int,
    idx: int,
    state: LinkState,
    author: str,
) -> None:
    """Accept or reject a link; accepting one nobody proposed records it by hand."""
    if state not in ("accepted", "rejected"):
        raise TrackError(f"a link is accepted or rejected, not {state}")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    cl = t.commitment_links
    with store.write() as conn:
        if (
            conn.execute(
                sa.select(t.commitments.c.key).where(t.commitments.c.key == commitment)
            ).first()
            is None
        ):
            raise NotFoundError(f"no commitment {commitment}")
        if (
            conn.execute(
                sa.select(t.acts.c.act).where(
                    t.acts.c.doc == doc, t.acts.c.sid == sid, t.acts.c.idx == idx
                )
            ).first()
            is None
        ):
            raise NotFoundError(f"no act {doc}:{sid}:{idx + 1}")
        where = sa.and_(
            cl.c.commitment == commitment, cl.c.doc == doc, cl.c.sid == sid, cl.c.idx == idx
        )
        values = {"state": state, "decided_by": author, "decided_at": now}
        if conn.execute(sa.select(cl.c.state).where(where)).first() is not None:
            conn.execute(cl.update().where(where).values(**values))
        else:
            conn.execute(
                cl.insert().values(
                    commitment=commitment,
                    doc=doc,
                    sid=sid,
                    idx=idx,
                    kind="restate",
                    score=1.0,
                    **values,
                )
            )
