"""The programme: areas -> commitments, each with status, last evidence and citations.

A commitment's status is that of its latest progress entry the audience may
see (`not_started` when there is none). A commitment that an accepted link
shows to be the restatement of an earlier one is folded into that one: it
appears among the documents that restated it, not as a commitment of its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from renkei.errors import NotFoundError
from renkei.store import schema as t
from renkei.store.dialect import IN_LIST_MAX
from renkei.store.refs import resolve_commitment
from renkei.track.areas import topic_rank
from renkei.track.links import Link, list_links
from renkei.track.progress import NOT_STARTED, STATUSES, ProgressEntry, history


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
    # All the area's commitments by status, when `commitments` shows only some of them.
    all_statuses: dict[str, int] = field(default_factory=dict)

    @property
    def statuses(self) -> dict[str, int]:
        if self.all_statuses:
            return self.all_statuses
        counted = Counter(c.status for c in self.commitments)
        return {s: counted[s] for s in STATUSES if counted[s]}

    @property
    def total(self) -> int:
        return sum(self.statuses.values())


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
        .order_by(d.c.date.nulls_first(), c.c.doc, c.c.sid, c.c.idx)
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
        .order_by(d.c.date.nulls_first(), cl.c.doc, cl.c.sid, cl.c.idx)
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
    conn: sa.Connection,
    partnership: str | None,
    key: str | None,
    only: list[sa.Row[tuple[object, ...]]] | None = None,
) -> dict[tuple[str, int], str]:
    """Texts of commitments' sentences; `only` limits them to these commitment rows."""
    c, s = t.commitments, t.sentences
    if only is not None:
        # One indexed lookup per sentence: a tuple IN list is not indexed on every backend.
        wanted = sorted({(str(r._mapping["doc"]), int(r._mapping["sid"])) for r in only})
        one = sa.select(s.c.text).where(s.c.doc == sa.bindparam("d"), s.c.sid == sa.bindparam("n"))
        texts: dict[tuple[str, int], str] = {}
        for doc, sid in wanted:
            text = conn.execute(one, {"d": doc, "n": sid}).scalar()
            if text is not None:
                texts[(doc, sid)] = text
        return texts
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
    per_area: int | None = None,
) -> list[AreaView]:
    """Areas in scheme order, each with its commitments (oldest first).

    `per_area` keeps only the latest commitments of each area (and records the
    area's total), so a store of tens of thousands of commitments answers at once.
    """
    entries = history(conn, audience=audience, partnership=partnership)
    links = _accepted_links(conn, partnership)
    proposed = _proposed_counts(conn, partnership)
    restatements = {(c.doc, c.sid, (c.act_no or 1) - 1) for cites in links.values() for c in cites}
    if per_area:
        # Room for rows the filters below drop, so each area still shows `per_area`.
        spare = len(restatements) + (0 if include_inactive else len(entries))
        rows = _latest_rows(conn, partnership, per_area + spare)
    else:
        rows = _commitment_rows(conn, partnership)
    by_area: dict[str, list[sa.Row[tuple[object, ...]]]] = defaultdict(list)
    for row in rows:
        m = row._mapping
        if (m["doc"], m["sid"], m["idx"]) in restatements:
            continue
        if not m["active"] and not include_inactive and str(m["key"]) not in entries:
            continue
        by_area[str(m["area"])].append(row)
    shown = {a: rs[-per_area:] if per_area else rs for a, rs in by_area.items()}
    texts = _sentence_texts(conn, partnership, None, [r for rs in shown.values() for r in rs])
    views: dict[str, list[CommitmentView]] = defaultdict(list)
    for area, area_rows in shown.items():
        for row in area_rows:
            m = row._mapping
            key = str(m["key"])
            views[area].append(
                _view(
                    row,
                    entries.get(key, []),
                    links.get(key, []),
                    proposed.get(key, 0),
                    texts.get((str(m["doc"]), int(m["sid"]))),
                )
            )
    statuses = _area_statuses(conn, partnership, entries, include_inactive, bool(restatements))
    return [
        AreaView(a, tuple(views[a]), statuses.get(a, {})) for a in sorted(views, key=topic_rank)
    ]


def _area_statuses(
    conn: sa.Connection,
    partnership: str | None,
    entries: dict[str, list[ProgressEntry]],
    include_inactive: bool,
    any_restated: bool,
) -> dict[str, dict[str, int]]:
    """Each area's listed commitments counted by status, by the same rules as the
    listing (restatements folded, retired ones only with history), whether shown or not."""
    c, cl = t.commitments, t.commitment_links
    restated = (
        sa.exists()
        .where(cl.c.state == "accepted")
        .where(cl.c.doc == c.c.doc, cl.c.sid == c.c.sid, cl.c.idx == c.c.idx)
    )
    counts = sa.select(c.c.area, c.c.active, sa.func.count())
    tracked = sa.select(c.c.key, c.c.area, c.c.active)
    if any_restated:  # the test costs a lookup per commitment, so only when needed
        counts = counts.where(~restated)
        tracked = tracked.where(~restated)
    if partnership is not None:
        counts = counts.where(c.c.partnership == partnership)
        tracked = tracked.where(c.c.partnership == partnership)
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for area, active, n in conn.execute(counts.group_by(c.c.area, c.c.active)):
        if active or include_inactive:
            out[str(area)][NOT_STARTED] += int(n)
    keys = sorted(entries)
    for start in range(0, len(keys), IN_LIST_MAX):
        chunk = keys[start : start + IN_LIST_MAX]
        for key, area, active in conn.execute(tracked.where(c.c.key.in_(chunk))):
            if active or include_inactive:
                out[str(area)][NOT_STARTED] -= 1
            out[str(area)][entries[key][-1].status] += 1
    return {area: {s: counter[s] for s in STATUSES if counter[s]} for area, counter in out.items()}


def _latest_rows(
    conn: sa.Connection, partnership: str | None, per_area: int
) -> list[sa.Row[tuple[object, ...]]]:
    """The latest `per_area` commitments of each area, oldest first.

    One small query per area, each answered from the area index: a store may hold
    tens of thousands of commitments, and ranking them all (a window over every
    row) costs several times more than reading a few from each area.
    """
    c, d = t.commitments, t.documents
    areas = sa.select(c.c.area).distinct()
    latest = (
        sa.select(c, d.c.date, d.c.lang)
        .select_from(c.join(d, d.c.id == c.c.doc))
        .where(c.c.area == sa.bindparam("area"))
        .order_by(d.c.date.desc().nulls_last(), c.c.doc.desc(), c.c.sid.desc(), c.c.idx.desc())
        .limit(per_area)
    )
    if partnership is not None:
        areas = areas.where(c.c.partnership == partnership)
        latest = latest.where(c.c.partnership == partnership)
    names = list(conn.execute(areas).scalars())
    rows = [row for area in names for row in conn.execute(latest, {"area": area})]
    # oldest first; undated ones before any dated one, as NULLS LAST above ranks them
    rows.sort(key=lambda r: (r.date is not None, r.date or "", r.doc, r.sid, r.idx))
    return rows


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
