"""Links from commitments to later acts that restate or report on them.

Candidate links are proposed automatically from shared language-independent
keys (concepts, topics, targets) and confirmed or rejected by a person.
Proposals are made only between documents of the same partnership: that is
what a programme tracks, and it keeps the work bounded on a large store.
An act's proposals are its best PER_ACT candidates among all the commitments
of its partnership, recomputed for the whole partnership when one of its
documents changes: they depend on what is stored, not on the order of
ingests nor on which of two concurrent ingests stored which document.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import sqlalchemy as sa

from renkei.errors import NotFoundError, TrackError
from renkei.store import schema as t
from renkei.store.dialect import IN_LIST_MAX, insert_ignore, lock_name
from renkei.store.engine import Store
from renkei.track.keys import ActKeys, block_keys, jaccard, load_act_keys

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


LinkKey = tuple[str, str, int, int]  # commitment, doc, sid, idx


def _proposals(
    commitments: list[ActKeys], acts: list[ActKeys], docs: dict[str, _Doc]
) -> dict[LinkKey, float]:
    """Every act's best PER_ACT candidate commitments: (commitment key, doc, sid, idx) -> score.

    A pure function of the partnership's stored acts and commitments. The cap
    is per act over *all* its candidates, so it cannot be applied to a part of
    them (say, one ingest batch's commitments) and the results merged.

    Best means highest score, then first by reference, among the eligible. A
    score depends only on the keys (act, topics, concepts, targets), which
    many acts and commitments share: candidates are scored once per pair of
    key sets, and each act walks them best first until it has its PER_ACT.
    """
    groups: dict[tuple[frozenset[str], ...], list[ActKeys]] = {}
    for c in commitments:
        groups.setdefault((c.topics, c.concepts, c.targets), []).append(c)
    members = [sorted(g, key=lambda c: c.ref) for g in groups.values()]
    index: dict[str, list[int]] = {}
    for i, group in enumerate(members):
        for k in block_keys(group[0]):
            index.setdefault(k, []).append(i)
    same_keys: dict[tuple[object, ...], list[ActKeys]] = {}
    for a in acts:
        if a.act in LINKABLE_ACTS:
            same_keys.setdefault((a.act, a.topics, a.concepts, a.targets), []).append(a)
    out: dict[LinkKey, float] = {}
    for alike in same_keys.values():
        first = alike[0]
        by_score: dict[float, list[list[ActKeys]]] = {}
        seen: set[int] = set()
        for k in block_keys(first):
            for i in index.get(k, ()):
                if i not in seen:
                    seen.add(i)
                    score = link_score(members[i][0], first)
                    if score >= THRESHOLD:
                        by_score.setdefault(score, []).append(members[i])
        ranked = sorted(by_score.items(), reverse=True)
        for a in alike:
            picked = 0
            for score, lists in ranked:
                tied = lists[0] if len(lists) == 1 else heapq.merge(*lists, key=_ref)
                for c in tied:
                    if _eligible(c, a, docs):
                        out[(_commitment_key(c.ref), a.doc, a.sid, a.idx)] = score
                        picked += 1
                        if picked == PER_ACT:
                            break
                if picked == PER_ACT:
                    break
    return out


def _ref(item: ActKeys) -> tuple[str, int, int]:
    return item.ref


def _commitment_key(ref: tuple[str, int, int]) -> str:
    from renkei.track.commitments import commitment_key

    return commitment_key(*ref)


def _stored_links(conn: sa.Connection, partnership: str) -> dict[LinkKey, tuple[str, float]]:
    """Links (any state) to an act of the partnership or from one of its commitments."""
    cl = t.commitment_links
    cols = (cl.c.commitment, cl.c.doc, cl.c.sid, cl.c.idx, cl.c.state, cl.c.score)
    to_acts = (
        sa.select(*cols)
        .select_from(cl.join(t.documents, t.documents.c.id == cl.c.doc))
        .where(t.documents.c.partnership == partnership)
    )
    from_commitments = (
        sa.select(*cols)
        .select_from(cl.join(t.commitments, t.commitments.c.key == cl.c.commitment))
        .where(t.commitments.c.partnership == partnership)
    )
    out: dict[LinkKey, tuple[str, float]] = {}
    for stmt in (to_acts, from_commitments):
        for r in conn.execute(stmt):
            out[(r.commitment, r.doc, r.sid, r.idx)] = (r.state, r.score)
    return out


def _refresh(conn: sa.Connection, partnership: str) -> int:
    """Make the partnership's proposed links what its stored documents call for.

    Decided links (accepted, rejected) are people's work: never touched. A
    proposal no longer called for (its commitment retired, outranked by a
    commitment stored since, its document re-coded or moved) is withdrawn.
    """
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
        for r in conn.execute(sa.select(t.documents.c.id, t.documents.c.translation_of).where(in_p))
    }
    commitments = [a for a in acts if a.ref in active]
    wanted = _proposals(commitments, acts, meta)
    stored = _stored_links(conn, partnership)
    proposed = {k: score for k, (state, score) in stored.items() if state == "proposed"}
    stale = [k for k, score in proposed.items() if wanted.get(k) != score]
    new = [(k, score) for k, score in wanted.items() if k not in stored or k in stale]
    cl = t.commitment_links
    if stale:
        conn.execute(
            cl.delete().where(
                cl.c.commitment == sa.bindparam("b_c"),
                cl.c.doc == sa.bindparam("b_d"),
                cl.c.sid == sa.bindparam("b_s"),
                cl.c.idx == sa.bindparam("b_i"),
                cl.c.state == "proposed",
            ),
            [{"b_c": c, "b_d": d, "b_s": s, "b_i": i} for c, d, s, i in sorted(stale)],
        )
    rows: list[dict[str, object]] = [
        {
            "commitment": c,
            "doc": d,
            "sid": s,
            "idx": i,
            "kind": "restate",
            "state": "proposed",
            "score": score,
        }
        for (c, d, s, i), score in sorted(new)
    ]
    insert_ignore(conn, cl, rows)  # a person may decide one meanwhile: theirs stands
    return len(wanted)


def _partnerships(conn: sa.Connection, docs: Sequence[str]) -> set[str]:
    """Partnerships whose proposals these documents may change: their own, and those
    of links to or from them (a document moved to another partnership or none)."""
    cl, c, d = t.commitment_links, t.commitments, t.documents
    found: set[str | None] = set()
    for i in range(0, len(docs), IN_LIST_MAX):
        chunk = list(docs[i : i + IN_LIST_MAX])
        found.update(conn.execute(sa.select(d.c.partnership).where(d.c.id.in_(chunk))).scalars())
        found.update(
            conn.execute(
                sa.select(d.c.partnership)
                .select_from(cl.join(c, c.c.key == cl.c.commitment).join(d, d.c.id == cl.c.doc))
                .where(c.c.doc.in_(chunk))
                .distinct()
            ).scalars()
        )
        found.update(
            conn.execute(
                sa.select(c.c.partnership)
                .select_from(cl.join(c, c.c.key == cl.c.commitment))
                .where(cl.c.doc.in_(chunk))
                .distinct()
            ).scalars()
        )
    return {p for p in found if p}


_LOCK_NAMESPACE = "renkei.links"


def propose_links(store: Store, docs: Sequence[str]) -> int:
    """Bring up to date the link proposals of the partnerships of these (new, re-coded
    or moved) documents. Returns how many proposals those partnerships now have.

    Proposals are a function of the stored documents, never of which process
    stored which document or what it saw: each partnership's are recomputed
    whole, in one write transaction holding that partnership's lock (SQLite:
    the write lock itself). Two ingests racing on a partnership each do so
    after their own documents are committed, so whichever runs last sees them
    all and leaves exactly what a single ingest of everything would.
    """
    docs = list(dict.fromkeys(docs))
    with store.read() as conn:
        partnerships = sorted(_partnerships(conn, docs))
    total = 0
    for partnership in partnerships:
        for attempt in range(5):
            try:
                with store.write() as conn:
                    lock_name(conn, _LOCK_NAMESPACE, partnership)
                    count = _refresh(conn, partnership)
                break
            except (sa.exc.OperationalError, sa.exc.IntegrityError):
                # A deadlock with a concurrent document write, or a commitment
                # deleted under us: the whole recomputation is safe to redo.
                if attempt == 4:
                    raise
        total += count
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
