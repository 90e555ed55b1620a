"""Commitments: created from acts coded `commitment: true`, keyed stably.

The key is `DOC:SID:N` (N counts the sentence's acts from 1, as sid counts
sentences), so re-coding a document after a lexicon change finds the same
commitments again and their progress and links stay attached.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from renkei.store import schema as t
from renkei.store.rows import Row
from renkei.track.areas import area_of


def commitment_key(doc: str, sid: int, idx: int) -> str:
    return f"{doc}:{sid}:{idx + 1}"


@dataclass(frozen=True)
class SyncResult:
    created: int
    updated: int
    retired: int


def _wanted(
    doc: str,
    partnership: str | None,
    sentences: Sequence[Row],
    topics: Sequence[Row],
    acts: Sequence[Row],
) -> dict[str, Row]:
    text = {s["sid"]: s["text"] for s in sentences}
    by_sid: dict[int, list[str]] = defaultdict(list)
    for row in topics:
        by_sid[row["sid"]].append(row["topic"])
    return {
        commitment_key(doc, a["sid"], a["idx"]): {
            "key": commitment_key(doc, a["sid"], a["idx"]),
            "doc": doc,
            "sid": a["sid"],
            "idx": a["idx"],
            "partnership": partnership,
            "area": area_of(by_sid.get(a["sid"], ())),
            "act": a["act"],
            "summary": text.get(a["sid"], ""),
            "active": True,
        }
        for a in acts
        if a["commitment"]
    }


def _kept_for_history(conn: sa.Connection, keys: Sequence[str]) -> set[str]:
    """Commitments someone has worked on: progress recorded or a link decided."""
    if not keys:
        return set()
    with_progress = conn.execute(
        sa.select(t.progress.c.commitment).where(t.progress.c.commitment.in_(keys)).distinct()
    ).scalars()
    decided = conn.execute(
        sa.select(t.commitment_links.c.commitment)
        .where(
            t.commitment_links.c.commitment.in_(keys),
            t.commitment_links.c.state != "proposed",
        )
        .distinct()
    ).scalars()
    return set(with_progress) | set(decided)


def sync_commitments(
    conn: sa.Connection,
    doc: str,
    partnership: str | None,
    sentences: Sequence[Row],
    topics: Sequence[Row],
    acts: Sequence[Row],
) -> SyncResult:
    """Make the document's commitments match its coded acts.

    New commitment acts get a commitment; existing ones are refreshed. One
    whose act is no longer a commitment is deleted if nobody has touched it,
    and otherwise kept inactive with its history.
    """
    wanted = _wanted(doc, partnership, sentences, topics, acts)
    existing = set(
        conn.execute(sa.select(t.commitments.c.key).where(t.commitments.c.doc == doc)).scalars()
    )
    new = [row for key, row in wanted.items() if key not in existing]
    if new:
        conn.execute(t.commitments.insert(), new)
    refresh = [{**row, "b_key": key} for key, row in wanted.items() if key in existing]
    if refresh:
        conn.execute(
            t.commitments.update()
            .where(t.commitments.c.key == sa.bindparam("b_key"))
            .values(
                partnership=sa.bindparam("partnership"),
                area=sa.bindparam("area"),
                act=sa.bindparam("act"),
                summary=sa.bindparam("summary"),
                active=sa.true(),
            ),
            [
                {k: r[k] for k in ("b_key", "partnership", "area", "act", "summary")}
                for r in refresh
            ],
        )
    gone = sorted(existing - set(wanted))
    keep = _kept_for_history(conn, gone)
    drop = [k for k in gone if k not in keep]
    if drop:
        conn.execute(t.commitment_links.delete().where(t.commitment_links.c.commitment.in_(drop)))
        conn.execute(t.commitments.delete().where(t.commitments.c.key.in_(drop)))
    if keep:
        conn.execute(
            t.commitments.update().where(t.commitments.c.key.in_(sorted(keep))).values(active=False)
        )
    return SyncResult(created=len(new), updated=len(refresh), retired=len(gone))
