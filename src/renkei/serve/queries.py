"""Read-only queries the pages and the API share: documents, sentences, search.

Source documents are public (design: only progress carries releasability),
so nothing here filters by party; progress goes through `visibility`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from renkei.errors import NotFoundError
from renkei.models import Act
from renkei.store import schema as t
from renkei.store.rows import load_list

PAGE = 50
# The acts of coding-scheme.md, version 1 (also the highlight colours' names).
ACTS: tuple[str, ...] = (
    "condemn",
    "oppose",
    "concern",
    "urge",
    "welcome",
    "commit",
    "reaffirm",
    "stress",
    "assess",
    "report",
)


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    title: str | None
    date: str | None
    lang: str
    kind: str | None
    partnership: str | None
    parties: tuple[str, ...]
    n_sentences: int
    translation_of: str | None


@dataclass(frozen=True)
class ActInfo:
    idx: int
    act: str
    intensity: int
    speaker: tuple[str, ...]
    targets: tuple[str, ...]
    commitment: bool
    cue: str

    @property
    def no(self) -> int:
        return self.idx + 1

    def record(self) -> dict[str, Any]:
        """The scheme's act record (models.Act is its one definition)."""
        return Act(
            self.act, self.intensity, self.speaker, self.targets, self.commitment
        ).to_record()


@dataclass(frozen=True)
class SentenceInfo:
    doc: str
    sid: int
    text: str
    section: str | None
    acts: tuple[ActInfo, ...] = ()
    topics: tuple[str, ...] = ()
    date: str | None = None
    lang: str | None = None

    def pieces(self) -> list[tuple[str, ActInfo | None]]:
        """The text cut at each act's cue, for highlighting (cue found literally)."""
        spans: list[tuple[int, int, ActInfo]] = []
        for a in self.acts:
            cue = a.cue.strip()
            at = self.text.find(cue) if cue else -1
            if at >= 0 and not any(s < at + len(cue) and at < e for s, e, _ in spans):
                spans.append((at, at + len(cue), a))
        out: list[tuple[str, ActInfo | None]] = []
        pos = 0
        for start, end, a in sorted(spans, key=lambda s: s[0]):
            if start > pos:
                out.append((self.text[pos:start], None))
            out.append((self.text[start:end], a))
            pos = end
        if pos < len(self.text):
            out.append((self.text[pos:], None))
        return out

    def record(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "sid": self.sid,
            "text": self.text,
            "section": self.section,
            "date": self.date,
            "lang": self.lang,
            "acts": [a.record() for a in self.acts],
            "topics": list(self.topics),
        }


@dataclass
class DocumentView:
    info: DocumentInfo
    sentences: list[SentenceInfo]
    sections: list[tuple[str, int]]  # (section, first sid)
    pair: DocumentInfo | None = None  # original or translation shown beside it
    aligned: dict[int, list[SentenceInfo]] = field(default_factory=dict)


def _info(m: sa.RowMapping) -> DocumentInfo:
    return DocumentInfo(
        id=str(m["id"]),
        title=m["title"],
        date=m["date"],
        lang=str(m["lang"]),
        kind=m["kind"],
        partnership=m["partnership"],
        parties=tuple(load_list(m["parties"])),
        n_sentences=int(m["n_sentences"]),
        translation_of=m["translation_of"],
    )


_DOC_COLUMNS = (
    t.documents.c.id,
    t.documents.c.title,
    t.documents.c.date,
    t.documents.c.lang,
    t.documents.c.kind,
    t.documents.c.partnership,
    t.documents.c.parties,
    t.documents.c.n_sentences,
    t.documents.c.translation_of,
)


def list_documents(
    conn: sa.Connection,
    *,
    partnership: str | None = None,
    q: str | None = None,
    limit: int = PAGE,
    offset: int = 0,
) -> list[DocumentInfo]:
    """Newest first."""
    d = t.documents
    stmt = sa.select(*_DOC_COLUMNS).order_by(d.c.date.desc(), d.c.id).limit(limit).offset(offset)
    if partnership:
        stmt = stmt.where(d.c.partnership == partnership)
    if q:
        pattern = like_pattern(q)
        stmt = stmt.where(
            sa.or_(d.c.id.like(pattern, escape="\\"), d.c.title.like(pattern, escape="\\"))
        )
    return [_info(m) for m in conn.execute(stmt).mappings()]


def get_document(conn: sa.Connection, doc: str) -> DocumentInfo:
    m = conn.execute(sa.select(*_DOC_COLUMNS).where(t.documents.c.id == doc)).mappings().first()
    if m is None:
        raise NotFoundError(f"no document {doc}")
    return _info(m)


def partnerships(conn: sa.Connection) -> list[str]:
    return [str(p) for p in conn.execute(sa.select(t.partnerships.c.id).order_by("id")).scalars()]


def default_partnership(conn: sa.Connection) -> str | None:
    """The partnership with the most commitments (what a newcomer wants to see)."""
    c = t.commitments
    row = conn.execute(
        sa.select(c.c.partnership)
        .where(c.c.partnership.is_not(None))
        .group_by(c.c.partnership)
        .order_by(sa.func.count().desc(), c.c.partnership)
        .limit(1)
    ).scalar()
    return str(row) if row is not None else None


def _acts_by_sentence(
    conn: sa.Connection, where: sa.ColumnElement[bool]
) -> dict[tuple[str, int], list[ActInfo]]:
    a = t.acts
    out: dict[tuple[str, int], list[ActInfo]] = defaultdict(list)
    for m in conn.execute(sa.select(a).where(where).order_by(a.c.doc, a.c.sid, a.c.idx)).mappings():
        out[(m["doc"], m["sid"])].append(
            ActInfo(
                idx=int(m["idx"]),
                act=str(m["act"]),
                intensity=int(m["intensity"]),
                speaker=tuple(load_list(m["speaker"])),
                targets=tuple(load_list(m["targets"])),
                commitment=bool(m["commitment"]),
                cue=str(m["cue"] or ""),
            )
        )
    return out


def _topics_by_sentence(
    conn: sa.Connection, where: sa.ColumnElement[bool]
) -> dict[tuple[str, int], list[str]]:
    st = t.sentence_topics
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for doc, sid, topic in conn.execute(
        sa.select(st.c.doc, st.c.sid, st.c.topic).where(where).order_by(st.c.topic)
    ):
        out[(doc, sid)].append(topic)
    return out


def sentences_of(conn: sa.Connection, doc: str) -> list[SentenceInfo]:
    s = t.sentences
    acts = _acts_by_sentence(conn, t.acts.c.doc == doc)
    topics = _topics_by_sentence(conn, t.sentence_topics.c.doc == doc)
    rows = conn.execute(
        sa.select(s.c.sid, s.c.text, s.c.section).where(s.c.doc == doc).order_by(s.c.sid)
    )
    return [
        SentenceInfo(
            doc,
            int(sid),
            str(text),
            section,
            tuple(acts.get((doc, sid), ())),
            tuple(topics.get((doc, sid), ())),
        )
        for sid, text, section in rows
    ]


def _pair_of(conn: sa.Connection, info: DocumentInfo) -> tuple[str, bool] | None:
    """(the other document, whether `info` is the translation), if it has a pair."""
    if info.translation_of:
        return info.translation_of, True
    other = conn.execute(
        sa.select(t.documents.c.id)
        .where(t.documents.c.translation_of == info.id)
        .order_by(t.documents.c.id)
        .limit(1)
    ).scalar()
    return (str(other), False) if other is not None else None


def document_view(conn: sa.Connection, doc: str) -> DocumentView:
    info = get_document(conn, doc)
    sentences = sentences_of(conn, doc)
    sections: list[tuple[str, int]] = []
    for s in sentences:
        if s.section and (not sections or sections[-1][0] != s.section):
            sections.append((s.section, s.sid))
    view = DocumentView(info, sentences, sections)
    pair = _pair_of(conn, info)
    if pair is None:
        return view
    other, is_translation = pair
    view.pair = get_document(conn, other)
    theirs = {s.sid: s for s in sentences_of(conn, other)}
    al = t.alignments
    if is_translation:
        stmt = sa.select(al.c.sid, al.c.original_sid).where(al.c.doc == doc)
    else:
        stmt = sa.select(al.c.original_sid, al.c.sid).where(
            al.c.doc == other, al.c.original_doc == doc
        )
    for mine, their in conn.execute(stmt.order_by(al.c.sid, al.c.original_sid)):
        if their in theirs:
            view.aligned.setdefault(int(mine), []).append(theirs[their])
    return view


# --- search ------------------------------------------------------------------------------

_LIKE_SPECIAL = re.compile(r"([\\%_])")


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with wildcards in it taken literally."""
    return "%" + _LIKE_SPECIAL.sub(r"\\\1", text.strip()) + "%"


def _json_has(column: sa.ColumnElement[Any], code: str) -> sa.ColumnElement[bool]:
    """A JSON array in TEXT contains this code (codes are [A-Z0-9_] so quoting is exact)."""
    return column.like(like_pattern(f'"{code}"'), escape="\\")


@dataclass(frozen=True)
class SearchQuery:
    q: str = ""
    act: str = ""
    topic: str = ""
    actor: str = ""
    party: str = ""
    lang: str = ""
    date_from: str = ""
    date_to: str = ""
    doc: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in self.__dataclass_fields__.values())


_CODE = re.compile(r"^[A-Za-z0-9_]{1,60}$")


def _code(value: str) -> str | None:
    return value.strip() if _CODE.match(value.strip()) else None


def _search_where(sq: SearchQuery) -> list[sa.ColumnElement[bool]]:
    s, d, a = t.sentences, t.documents, t.acts
    where: list[sa.ColumnElement[bool]] = []
    if sq.q.strip():
        where.append(s.c.text.like(like_pattern(sq.q), escape="\\"))
    if sq.doc:
        where.append(s.c.doc == sq.doc)
    act_conditions: list[sa.ColumnElement[bool]] = []
    if act := _code(sq.act):
        act_conditions.append(a.c.act == act.lower())
    if actor := _code(sq.actor):
        code = actor.upper()
        act_conditions.append(sa.or_(_json_has(a.c.speaker, code), _json_has(a.c.targets, code)))
    if act_conditions:
        where.append(sa.exists().where(a.c.doc == s.c.doc, a.c.sid == s.c.sid, *act_conditions))
    if topic := _code(sq.topic):
        st = t.sentence_topics
        where.append(
            sa.exists().where(st.c.doc == s.c.doc, st.c.sid == s.c.sid, st.c.topic == topic)
        )
    if party := _code(sq.party):
        where.append(_json_has(d.c.parties, party.upper()))
    if sq.lang in ("ja", "en"):
        where.append(d.c.lang == sq.lang)
    if sq.date_from:
        where.append(d.c.date >= sq.date_from)
    if sq.date_to:
        # "2023" or "2023-01" as an upper bound includes the whole year or month
        where.append(d.c.date <= sq.date_to + "\uffff")
    return where


def _keys_in_order(
    conn: sa.Connection, where: list[sa.ColumnElement[bool]], limit: int, offset: int
) -> list[tuple[str, int]]:
    """(doc, sid) of matching sentences, newest documents first.

    Sorting every match by date before LIMIT would read the whole sentences
    table for a common word; walking the documents newest first in growing
    batches stops as soon as a page is full, and a rare word costs one pass.
    """
    s, d = t.sentences, t.documents
    need = limit + offset
    doc_ids = list(conn.execute(sa.select(d.c.id).order_by(d.c.date.desc(), d.c.id)).scalars())
    found: list[tuple[str, int]] = []
    start, size = 0, 64
    while start < len(doc_ids) and len(found) < need:
        chunk = doc_ids[start : start + size]
        stmt = (
            sa.select(s.c.doc, s.c.sid)
            .select_from(s.join(d, d.c.id == s.c.doc))
            .where(s.c.doc.in_(chunk), *where)
            .order_by(d.c.date.desc(), s.c.doc, s.c.sid)
            .limit(need - len(found))
        )
        found.extend((str(doc), int(sid)) for doc, sid in conn.execute(stmt))
        start, size = start + size, min(size * 2, 2048)
    return found[offset:need]


def _sentences(conn: sa.Connection, keys: list[tuple[str, int]]) -> list[SentenceInfo]:
    """Sentences with their acts, topics and document date, in the order of `keys`."""
    if not keys:
        return []
    s, d = t.sentences, t.documents
    # By document (the primary keys' first column), not by (doc, sid) pairs: SQLite
    # answers a row-value IN list with a full scan of these large tables.
    docs = sorted({doc for doc, _ in keys})
    stmt = (
        sa.select(s.c.doc, s.c.sid, s.c.text, s.c.section, d.c.date, d.c.lang)
        .select_from(s.join(d, d.c.id == s.c.doc))
        .where(s.c.doc.in_(docs), s.c.sid.in_(sorted({sid for _, sid in keys})))
    )
    rows = {(r.doc, r.sid): r for r in conn.execute(stmt)}
    acts = _acts_by_sentence(conn, t.acts.c.doc.in_(docs))
    topics = _topics_by_sentence(conn, t.sentence_topics.c.doc.in_(docs))
    return [
        SentenceInfo(
            r.doc,
            int(r.sid),
            r.text,
            r.section,
            tuple(acts.get(k, ())),
            tuple(topics.get(k, ())),
            r.date,
            r.lang,
        )
        for k in keys
        if (r := rows.get(k)) is not None
    ]


def search(
    conn: sa.Connection, sq: SearchQuery, *, limit: int = PAGE, offset: int = 0
) -> list[SentenceInfo]:
    """Sentences matching every given filter, newest documents first."""
    return _sentences(conn, _keys_in_order(conn, _search_where(sq), limit, offset))


def get_sentence(conn: sa.Connection, doc: str, sid: int) -> SentenceInfo:
    found = _sentences(conn, [(doc, sid)])
    if not found:
        raise NotFoundError(f"no sentence {doc}:{sid}")
    return found[0]


def acts_of(conn: sa.Connection, doc: str, act: str | None = None) -> list[tuple[int, ActInfo]]:
    where = t.acts.c.doc == doc
    if act:
        where = sa.and_(where, t.acts.c.act == act)
    grouped = _acts_by_sentence(conn, where)
    return [(sid, a) for (_, sid), items in sorted(grouped.items()) for a in items]


def facet_values() -> dict[str, list[str]]:
    """Choices for the search filters: the scheme's acts and topics (fixed lists, so the
    search page never scans the acts table for them)."""
    from renkei.track.areas import COOPERATION_AREAS, ISSUE_TOPICS

    return {"acts": list(ACTS), "topics": [*COOPERATION_AREAS, *ISSUE_TOPICS]}
