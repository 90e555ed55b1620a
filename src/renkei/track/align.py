"""Sentence alignment of a translation with its original.

The coded records are the shared language (acts, targets, topics, concepts
are the same in both); sentence order and relative length support them. A
dynamic programme over the two sentence sequences allows 1-1, 1-0, 0-1, 2-1
and 1-2 beads (a translator may join or split sentences).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from renkei.store import schema as t
from renkei.store.engine import Store
from renkei.track.keys import ActKeys, acts_of_documents, jaccard


@dataclass(frozen=True)
class Unit:
    """One sentence as the aligner sees it."""

    sid: int
    length: int
    acts: tuple[str, ...]
    keys: frozenset[str]  # targets, topics, concepts, prefixed by kind


def _merge(a: Unit, b: Unit) -> Unit:
    return Unit(a.sid, a.length + b.length, a.acts + b.acts, a.keys | b.keys)


SKIP_COST = 0.85


def _cost(x: Unit, y: Unit, ratio: float) -> float:
    acts = jaccard(frozenset(x.acts), frozenset(y.acts))
    keys = jaccard(x.keys, y.keys)
    if not x.keys and not y.keys:
        keys = acts
    expected = x.length / ratio if ratio else 0
    length = min(expected, y.length) / max(expected, y.length, 1)
    similarity = 0.35 * acts + 0.35 * keys + 0.3 * length
    return 1.0 - similarity


def align(translation: Sequence[Unit], original: Sequence[Unit]) -> list[tuple[int, int, float]]:
    """(translation sid, original sid, score) pairs, in order."""
    n, m = len(translation), len(original)
    total_t = sum(u.length for u in translation) or 1
    total_o = sum(u.length for u in original) or 1
    ratio = total_t / total_o  # characters of translation per character of original
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            steps: list[tuple[int, int, float]] = [(1, 0, SKIP_COST), (0, 1, SKIP_COST)]
            if i < n and j < m:
                steps.append((1, 1, _cost(translation[i], original[j], ratio)))
            if i + 1 < n and j < m:
                merged = _merge(translation[i], translation[i + 1])
                steps.append((2, 1, _cost(merged, original[j], ratio) + 0.1))
            if i < n and j + 1 < m:
                merged = _merge(original[j], original[j + 1])
                steps.append((1, 2, _cost(translation[i], merged, ratio) + 0.1))
            for di, dj, c in steps:
                ni, nj = i + di, j + dj
                if ni <= n and nj <= m and here + c < cost[ni][nj]:
                    cost[ni][nj] = here + c
                    back[ni][nj] = (di, dj)
    beads: list[list[tuple[int, int, float]]] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj = step
        if di and dj:
            score = max(round(1.0 - (cost[i][j] - cost[i - di][j - dj]), 4), 0.0)
            beads.append(
                [
                    (translation[ti].sid, original[oj].sid, score)
                    for ti in range(i - di, i)
                    for oj in range(j - dj, j)
                ]
            )
        i, j = i - di, j - dj
    return [pair for bead in reversed(beads) for pair in bead]


def _units(conn: sa.Connection, doc: str, acts: list[ActKeys]) -> list[Unit]:
    by_sid: dict[int, list[ActKeys]] = defaultdict(list)
    for a in acts:
        by_sid[a.sid].append(a)
    units = []
    for sid, text in conn.execute(
        sa.select(t.sentences.c.sid, t.sentences.c.text)
        .where(t.sentences.c.doc == doc)
        .order_by(t.sentences.c.sid)
    ):
        items = by_sid.get(sid, [])
        keys: set[str] = set()
        for a in items:
            keys |= {"target:" + x for x in a.targets}
            keys |= {"topic:" + x for x in a.topics} | {"concept:" + x for x in a.concepts}
        units.append(Unit(sid, len(text), tuple(a.act for a in items), frozenset(keys)))
    return units


def record_translation(store: Store, doc: str, original: str) -> int:
    """Mark `doc` as a translation of `original`, align them, link their commitments.

    The translation's commitment acts are linked (accepted, kind "translation")
    to the commitments of the original sentences they align with, and the
    translation's own commitments are retired (kept only if they have history).
    """
    with store.write() as conn:
        conn.execute(
            t.documents.update().where(t.documents.c.id == doc).values(translation_of=original)
        )
        acts = acts_of_documents(conn, [doc, original])
        mine = [a for a in acts if a.doc == doc]
        theirs = [a for a in acts if a.doc == original]
        pairs = align(_units(conn, doc, mine), _units(conn, original, theirs))
        conn.execute(t.alignments.delete().where(t.alignments.c.doc == doc))
        if pairs:
            conn.execute(
                t.alignments.insert(),
                [
                    {"doc": doc, "sid": s, "original_doc": original, "original_sid": o, "score": sc}
                    for s, o, sc in pairs
                ],
            )
        _retire_own_commitments(conn, doc)
        _link_translation(conn, doc, original, pairs, mine)
    return len(pairs)


def _retire_own_commitments(conn: sa.Connection, doc: str) -> None:
    from renkei.track.commitments import sync_commitments

    sync_commitments(conn, doc, None, [], [], [])


def _link_translation(
    conn: sa.Connection,
    doc: str,
    original: str,
    pairs: list[tuple[int, int, float]],
    mine: list[ActKeys],
) -> None:
    from renkei.store.dialect import insert_ignore

    commitments = defaultdict(list)
    for r in conn.execute(
        sa.select(t.commitments.c.key, t.commitments.c.sid, t.commitments.c.act).where(
            t.commitments.c.doc == original
        )
    ):
        commitments[r.sid].append(r)
    acts_by_sid: dict[int, list[ActKeys]] = defaultdict(list)
    for a in mine:
        if a.commitment:
            acts_by_sid[a.sid].append(a)
    rows = []
    for sid, osid, score in pairs:
        for act in acts_by_sid.get(sid, []):
            # prefer the original's commitment with the same act, else its first
            options = commitments.get(osid, [])
            same = [c for c in options if c.act == act.act] or options
            if same:
                rows.append(
                    {
                        "commitment": same[0].key,
                        "doc": doc,
                        "sid": sid,
                        "idx": act.idx,
                        "kind": "translation",
                        "state": "accepted",
                        "score": score,
                        "decided_by": "alignment",
                    }
                )
    insert_ignore(conn, t.commitment_links, rows)
