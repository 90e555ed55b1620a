"""Releasability for web users: what a principal of one party may see of progress.

`renkei.track.progress.visible` lets any non-public audience see `partners`
entries; on a server shared by several partnerships that is too loose. Here
`partners` means the parties of the commitment's partnership (or, without
one, of its document), and one party's entry is that party's alone, whatever
the viewer's role. The programme and commitment views are built from the
track library with the public audience (nothing withheld can leak through
them) and then given the progress this principal may see.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

import sqlalchemy as sa

from renkei.track.programme import AreaView, CommitmentDetail, CommitmentView, commitment_detail
from renkei.track.programme import programme as track_programme
from renkei.track.progress import NOT_STARTED, ProgressEntry, history_for


def releasable_to(releasability: str, party: str, partners: Collection[str]) -> bool:
    """May someone of `party` see an entry so marked, given the partnership's parties?"""
    if releasability == "public":
        return True
    if releasability == "partners":
        return party in partners
    return releasability == party


def visible_history(
    conn: sa.Connection,
    party: str,
    *,
    keys: Collection[str] | None = None,
    partnership: str | None = None,
) -> dict[str, list[ProgressEntry]]:
    """Progress entries `party` may see, per commitment, oldest first."""
    return history_for(
        conn,
        lambda releasability, parties: releasable_to(releasability, party, parties),
        keys=keys,
        partnership=partnership,
    )


def _with_history(view: CommitmentView, entries: list[ProgressEntry]) -> CommitmentView:
    last = entries[-1] if entries else None
    return dataclasses.replace(
        view,
        status=last.status if last else NOT_STARTED,
        status_date=last.date if last else None,
        last_evidence=last.evidence if last else None,
    )


def programme_for(conn: sa.Connection, party: str, partnership: str | None) -> list[AreaView]:
    """Areas -> commitments with the status `party` may see."""
    areas = track_programme(conn, partnership, audience="public", include_inactive=True)
    history = visible_history(conn, party, partnership=partnership)
    out = []
    for area in areas:
        views = tuple(
            _with_history(v, history.get(v.key, []))
            for v in area.commitments
            if v.active or v.key in history  # retired ones only for their history
        )
        if views:
            out.append(AreaView(area.area, views))
    return out


def commitment_for(conn: sa.Connection, party: str, ref: str) -> CommitmentDetail:
    detail = commitment_detail(conn, ref, audience="public")
    key = detail.commitment.key
    entries = visible_history(conn, party, keys=[key]).get(key, [])
    return dataclasses.replace(
        detail, commitment=_with_history(detail.commitment, entries), history=tuple(entries)
    )
