"""Language-independent keys of stored acts: what links, diffs and alignments compare.

An act is described by its act name, intensity, commitment flag, targets and
its sentence's topics and concepts; none of these depend on the language of
the text, which is what pairs a Japanese 2023 sentence with an English 2025 one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from renkei.store import schema as t
from renkei.store.rows import load_list


@dataclass(frozen=True)
class ActKeys:
    doc: str
    sid: int
    idx: int
    act: str
    intensity: int
    commitment: bool
    targets: frozenset[str]
    topics: frozenset[str]
    concepts: frozenset[str]
    date: str | None = None

    @property
    def ref(self) -> tuple[str, int, int]:
        return (self.doc, self.sid, self.idx)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def _sentence_sets(
    conn: sa.Connection, table: sa.Table, column: str, where: sa.ColumnElement[bool]
) -> dict[tuple[str, int], frozenset[str]]:
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    stmt = (
        sa.select(table.c.doc, table.c.sid, table.c[column])
        .select_from(table.join(t.documents, t.documents.c.id == table.c.doc))
        .where(where)
    )
    for doc, sid, value in conn.execute(stmt):
        out[(doc, sid)].add(value)
    return {k: frozenset(v) for k, v in out.items()}


def load_act_keys(conn: sa.Connection, where: sa.ColumnElement[bool]) -> list[ActKeys]:
    """Acts of the documents selected by `where` (a condition on `documents`), in order."""
    topics = _sentence_sets(conn, t.sentence_topics, "topic", where)
    concepts = _sentence_sets(conn, t.sentence_concepts, "concept", where)
    stmt = (
        sa.select(t.acts, t.documents.c.date)
        .select_from(t.acts.join(t.documents, t.documents.c.id == t.acts.c.doc))
        .where(where)
        .order_by(t.acts.c.doc, t.acts.c.sid, t.acts.c.idx)
    )
    empty: frozenset[str] = frozenset()
    return [
        ActKeys(
            doc=r.doc,
            sid=r.sid,
            idx=r.idx,
            act=r.act,
            intensity=r.intensity,
            commitment=bool(r.commitment),
            targets=frozenset(load_list(r.targets)),
            topics=topics.get((r.doc, r.sid), empty),
            concepts=concepts.get((r.doc, r.sid), empty),
            date=r.date,
        )
        for r in conn.execute(stmt)
    ]


def acts_of_documents(conn: sa.Connection, docs: Sequence[str]) -> list[ActKeys]:
    return load_act_keys(conn, t.documents.c.id.in_(list(docs)))


def index_by_keys(items: Iterable[ActKeys]) -> dict[str, list[ActKeys]]:
    """Inverted index: "topic:x" / "concept:y" -> acts having it (candidate blocking)."""
    index: dict[str, list[ActKeys]] = defaultdict(list)
    for item in items:
        for topic in item.topics:
            index["topic:" + topic].append(item)
        for concept in item.concepts:
            index["concept:" + concept].append(item)
    return index


def block_keys(item: ActKeys) -> list[str]:
    return ["topic:" + x for x in item.topics] + ["concept:" + x for x in item.concepts]
