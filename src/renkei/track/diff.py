"""Compare two stored statements: what is kept, new, dropped, hardened, softened.

Records are paired by language-independent keys (act family, targets,
topics, concepts), so a 2023 Japanese statement compares with a 2025 English
one. Within a pair, the stronger formulation is the higher (family rank,
intensity, commitment): "concern" -> "condemn" or "condemn" -> "strongly
condemn" is hardened, the reverse softened.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa

from renkei.store import schema as t
from renkei.track.areas import area_of, topic_rank
from renkei.track.keys import ActKeys, acts_of_documents, jaccard

Change = Literal["kept", "new", "dropped", "hardened", "softened"]
CHANGES: tuple[Change, ...] = ("kept", "hardened", "softened", "new", "dropped")

# Acts of one family can replace one another in a later statement; the rank
# orders them by strength (disapproval: concern < oppose < condemn).
_FAMILY: dict[str, tuple[str, int]] = {
    "concern": ("disapprove", 0),
    "oppose": ("disapprove", 1),
    "condemn": ("disapprove", 2),
    "reaffirm": ("undertake", 0),
    "commit": ("undertake", 0),
    "welcome": ("welcome", 0),
    "stress": ("stress", 0),
    "assess": ("assess", 0),
    "report": ("report", 0),
    "urge": ("urge", 0),
}


def family(act: str) -> tuple[str, int]:
    return _FAMILY.get(act, (act, 0))


def strength(a: ActKeys) -> tuple[int, int, int]:
    return (family(a.act)[1], a.intensity, int(a.commitment))


@dataclass(frozen=True)
class Side:
    """One act of one document, with the sentence that cites it."""

    doc: str
    sid: int
    act_no: int
    act: str
    intensity: int
    commitment: bool
    targets: tuple[str, ...]
    text: str

    @property
    def ref(self) -> str:
        return f"{self.doc}:{self.sid}:{self.act_no}"


@dataclass(frozen=True)
class DiffEntry:
    topic: str
    change: Change
    a: Side | None
    b: Side | None
    score: float = 0.0


@dataclass(frozen=True)
class DiffReport:
    a: str
    b: str
    entries: tuple[DiffEntry, ...]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(CHANGES, 0)
        for e in self.entries:
            out[e.change] += 1
        return out


def pair_score(a: ActKeys, b: ActKeys, pos_a: float, pos_b: float) -> float:
    """How likely b is a's counterpart; 0 when they cannot be (different family, no shared key)."""
    if family(a.act)[0] != family(b.act)[0]:
        return 0.0
    if a.targets and b.targets and not (a.targets & b.targets):
        return 0.0
    shared = (a.topics & b.topics) or (a.concepts & b.concepts) or (a.targets & b.targets)
    if not shared and (a.topics or b.topics or a.concepts or b.concepts):
        return 0.0
    score = 1.0
    score += 2.0 * jaccard(a.topics, b.topics)
    score += 3.0 * jaccard(a.concepts, b.concepts)
    score += 2.0 * (1.0 if a.targets == b.targets else jaccard(a.targets, b.targets))
    score += 0.5 if a.act == b.act else 0.0
    score -= abs(pos_a - pos_b)  # order: a tie-breaker, decisive for parallel texts
    return score


def _classify(a: ActKeys, b: ActKeys) -> Change:
    sa_, sb = strength(a), strength(b)
    if sb > sa_:
        return "hardened"
    if sb < sa_:
        return "softened"
    return "kept"


def _positions(items: Sequence[ActKeys]) -> dict[tuple[str, int, int], float]:
    n = max(len(items) - 1, 1)
    return {x.ref: i / n for i, x in enumerate(items)}


def match(
    left: Sequence[ActKeys], right: Sequence[ActKeys]
) -> list[tuple[ActKeys | None, ActKeys | None, float]]:
    """Greedy one-to-one pairing by descending score; unpaired items stand alone."""
    pa, pb = _positions(left), _positions(right)
    scored = [
        (pair_score(a, b, pa[a.ref], pb[b.ref]), i, j)
        for i, a in enumerate(left)
        for j, b in enumerate(right)
    ]
    scored = sorted((s for s in scored if s[0] > 0), key=lambda s: (-s[0], s[1], s[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[ActKeys | None, ActKeys | None, float]] = []
    for score, i, j in scored:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((left[i], right[j], round(score, 3)))
    out.extend((a, None, 0.0) for i, a in enumerate(left) if i not in used_a)
    out.extend((None, b, 0.0) for j, b in enumerate(right) if j not in used_b)
    return out


def _texts(conn: sa.Connection, docs: Sequence[str]) -> dict[tuple[str, int], str]:
    s = t.sentences
    stmt = sa.select(s.c.doc, s.c.sid, s.c.text).where(s.c.doc.in_(list(docs)))
    return {(d, sid): text for d, sid, text in conn.execute(stmt)}


def _side(a: ActKeys | None, texts: dict[tuple[str, int], str]) -> Side | None:
    if a is None:
        return None
    return Side(
        doc=a.doc,
        sid=a.sid,
        act_no=a.idx + 1,
        act=a.act,
        intensity=a.intensity,
        commitment=a.commitment,
        targets=tuple(sorted(a.targets)),
        text=texts.get((a.doc, a.sid), ""),
    )


def diff_documents(conn: sa.Connection, doc_a: str, doc_b: str) -> DiffReport:
    """Every act of A and B, once: paired (kept/hardened/softened) or alone (dropped/new)."""
    acts = acts_of_documents(conn, [doc_a, doc_b])
    left = [x for x in acts if x.doc == doc_a]
    right = [x for x in acts if x.doc == doc_b]
    texts = _texts(conn, [doc_a, doc_b])
    entries = []
    for a, b, score in match(left, right):
        if a is not None and b is not None:
            change: Change = _classify(a, b)
            topics = a.topics | b.topics
        elif a is not None:
            change, topics = "dropped", a.topics
        else:
            assert b is not None
            change, topics = "new", b.topics
        entries.append(DiffEntry(area_of(topics), change, _side(a, texts), _side(b, texts), score))

    def order(e: DiffEntry) -> tuple[tuple[int, str], int, int, int]:
        first = e.a or e.b
        assert first is not None
        return (topic_rank(e.topic), CHANGES.index(e.change), first.sid, first.act_no)

    return DiffReport(doc_a, doc_b, tuple(sorted(entries, key=order)))
